/**
 * SOURCE: where a figure comes from, as one line of text, e.g.
 * "Report §1 Résultats financiers globaux, 'Chiffre d'affaires total' 2024: 638 Mds$".
 * Flags (approximate, unverified, estimate, computed, lower bound, the report's claim), notes
 * and a fallback to the other basis are spelled out in parentheses.
 */
import {
  type Basis,
  type FilingSourceKey,
  type Flag,
  type KpiId,
  type MetricId,
  FILING_SOURCES,
  FILINGS_FACTS,
  METRICS,
  REPORT_SECTIONS,
} from "../data";
import type { BasisChoice } from "./bases";
import { kpiRecord } from "./catalogue";
import { type Figure, FIGURES, lookupFigure, missingMetric, yearsOf } from "./dataset";
import { type Lang, malformed } from "./errors";
import { basisHas, basisName, colon, formatNumber, formatPercent, formatYears, sep, yearLabel } from "./format";
import type { Period } from "./periods";

export const FLAG_TEXT: Readonly<Record<Flag, { en: string; fr: string }>> = {
  approximate: { en: "approximate", fr: "approximatif" },
  unverified: { en: "unverified", fr: "non vérifié" },
  estimate: { en: "estimate (plan year)", fr: "estimation (année de plan)" },
  computed: { en: "computed", fr: "calculé" },
  lower_bound: { en: 'lower bound ("over")', fr: "borne basse (« plus de »)" },
  reported_claim: { en: "the report's claim, not computed", fr: "affirmation du rapport, non calculée" },
};

function quote(text: string, lang: Lang): string {
  return lang === "fr" ? `« ${text} »` : `'${text}'`;
}

function word(basis: Basis, lang: Lang): string {
  if (basis === "report") return lang === "fr" ? "Rapport" : "Report";
  return lang === "fr" ? "Dépôts" : "Filings";
}

function sourcesText(keys: readonly FilingSourceKey[], lang: Lang): string {
  if (keys.length === 0)
    return lang === "fr" ? "amazon-filings.md (sans clé de source)" : "amazon-filings.md (no source key)";
  return keys.map((k) => `${k} (${FILING_SOURCES[k].title[lang]})`).join(", ");
}

/** A stored figure with its unit: "638 B$", "637,959 M$", "38.0%". */
export function figureValueText(figure: Figure, lang: Lang): string {
  return valueText(figure, lang);
}

function valueText(figure: Figure, lang: Lang): string {
  if (figure.unit === "ratio") return formatPercent(figure.value, lang);
  if (figure.unit === "count") return formatNumber(figure.value, lang);
  return `${formatNumber(figure.value, lang)} ${figure.unit === "B$" ? (lang === "fr" ? "Mds$" : "B$") : "M$"}`;
}

function extras(parts: readonly string[], lang: Lang): string {
  return parts.length === 0 ? "" : ` (${parts.join(sep(lang))})`;
}

/** The one-line provenance of a figure. */
export function figureText(figure: Figure, lang: Lang, fallbackFrom?: Basis): string {
  const p = figure.provenance;
  const notes: string[] = [];
  if (fallbackFrom !== undefined) {
    const id = lang === "fr" ? quote(figure.metric, lang) : figure.metric;
    const missing = `${basisName(fallbackFrom, lang)} ${basisHas(fallbackFrom, lang, true)} ${id} ${lang === "fr" ? "pour" : "for"} ${yearLabel(figure.year)}`;
    const to = basisName(figure.basis, lang);
    notes.push(lang === "fr" ? `repli sur ${to} : ${missing}` : `fallback to ${to}: ${missing}`);
  }
  for (const f of p.flags) notes.push(FLAG_TEXT[f][lang]);
  if (figure.plan && !p.flags.includes("estimate")) notes.push(FLAG_TEXT.estimate[lang]);
  if (p.note !== undefined) notes.push(p.note[lang]);

  if (p.basis === "report") {
    return `${word("report", lang)} ${p.sectionTitle}, ${quote(p.label.fr, lang)} ${yearLabel(figure.year)}${colon(lang)}${p.printed}${extras(notes, lang)}`;
  }
  const head = `${word("filings", lang)}`;
  if (p.computation !== undefined) {
    const [a, b] = p.computation.operands;
    const op = p.computation.op === "difference" ? "−" : "/";
    const operands =
      a === undefined || b === undefined
        ? ""
        : ` = ${formatNumber(a.value, lang)} ${op} ${formatNumber(b.value, lang)}`;
    const computedWord = lang === "fr" ? "calculé à partir de" : "computed from";
    return `${head}, ${computedWord} ${sourcesText(p.sources, lang)}, ${quote(p.label[lang], lang)} ${yearLabel(figure.year)} = ${p.computation.formula[lang]}${operands} = ${valueText(figure, lang)}${extras(
      notes.filter((n) => n !== FLAG_TEXT.computed[lang]),
      lang,
    )}`;
  }
  return `${head} ${sourcesText(p.sources, lang)}, ${quote(p.label[lang], lang)} ${yearLabel(figure.year)}${colon(lang)}${valueText(figure, lang)}${extras(notes, lang)}`;
}

/** SOURCE for a metric and a year. */
export function metricYearSource(metric: MetricId, period: Period, choice: BasisChoice, lang: Lang): string {
  const found = lookupFigure(metric, period.year, choice.named ? choice.basis : undefined);
  return figureText(found.figure, lang, found.fallback ? found.requestedBasis : undefined);
}

/** SOURCE for a metric without a year: what each basis has and where it comes from. */
export function metricSource(metric: MetricId, choice: BasisChoice, lang: Lang): string {
  const bases: Basis[] = choice.named ? [choice.basis] : ["report", "filings"];
  const parts: string[] = [];
  for (const basis of bases) {
    const years = yearsOf(basis, metric);
    if (years.length === 0) continue;
    const figures = FIGURES.filter((f) => f.basis === basis && f.metric === metric);
    const firstFigure = figures[0];
    if (firstFigure === undefined) continue;
    const p = firstFigure.provenance;
    if (p.basis === "report") {
      const sections = [
        ...new Set(figures.map((f) => (f.provenance.basis === "report" ? f.provenance.sectionTitle : ""))),
      ];
      const labels = [...new Set(figures.map((f) => quote(f.provenance.label.fr, lang)))];
      parts.push(
        `${word("report", lang)} ${sections.join(", ")}, ${labels.join(", ")}${colon(lang)}${formatYears(years, lang)}`,
      );
    } else {
      const keys: FilingSourceKey[] = [];
      let computed: string | undefined;
      for (const f of figures) {
        if (f.provenance.basis !== "filings") continue;
        for (const k of f.provenance.sources) if (!keys.includes(k)) keys.push(k);
        if (f.provenance.computation !== undefined) computed = f.provenance.computation.formula[lang];
      }
      const how = computed === undefined ? "" : lang === "fr" ? `, calculé : ${computed}` : `, computed: ${computed}`;
      parts.push(
        `${word("filings", lang)} ${keys.join(", ")}, ${quote(p.label[lang], lang)}${how}${colon(lang)}${formatYears(years, lang)}`,
      );
    }
  }
  if (parts.length === 0) throw missingMetric(metric, choice.basis);
  return `${metric} (${METRICS[metric].label[lang]})${colon(lang)}${parts.join(" | ")}`;
}

/** SOURCE for a KPI: the report's bullet, and what the filings reference says about it. */
export function kpiSource(id: KpiId, choice: BasisChoice, lang: Lang): string {
  const k = kpiRecord(id);
  const parts: string[] = [];
  if (!choice.named || choice.basis === "report") {
    const notes = [...k.flags.map((f) => FLAG_TEXT[f][lang]), ...(k.note === undefined ? [] : [k.note[lang]])];
    const section = REPORT_SECTIONS[k.section];
    const value =
      k.kind === "ratio" ? formatPercent(k.value, lang, 0) : `${formatNumber(k.value, lang)} ${k.unitLabel[lang]}`;
    parts.push(
      `${word("report", lang)} ${section.number} ${section.title.fr}, ${quote(k.printed, lang)}${colon(lang)}${value}${extras(notes, lang)}`,
    );
  }
  const fact = FILINGS_FACTS.find((f) => f.id === k.filingsFact);
  if ((!choice.named || choice.basis === "filings") && fact !== undefined) {
    const value =
      fact.value === null
        ? lang === "fr"
          ? "aucune source publique"
          : "no public source"
        : fact.unit === "ratio"
          ? formatPercent(fact.value, lang, 0)
          : fact.unit === "M$"
            ? `${formatNumber(fact.value, lang)} M$`
            : formatNumber(fact.value, lang);
    const notes = [...fact.flags.map((f) => FLAG_TEXT[f][lang]), fact.note[lang]];
    parts.push(
      `${word("filings", lang)} ${sourcesText(fact.sources, lang)}, ${quote(fact.label[lang], lang)}${colon(lang)}${value}${extras(notes, lang)}`,
    );
  }
  if (parts.length === 0) {
    throw malformed(
      `${id} has no entry in basis '${choice.basis}'`,
      `${id} n'a pas d'entrée dans la base « ${choice.basis} »`,
    );
  }
  return parts.join(" | ");
}
