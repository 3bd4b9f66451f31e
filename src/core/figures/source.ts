/**
 * SOURCE: where a figure comes from, as one line of text, e.g.
 * "Report §1 Résultats financiers globaux, 'Chiffre d'affaires total' 2024: 638 Mds$".
 * Flags (approximate, unverified, estimate, computed, lower bound, the report's claim), notes
 * and a fallback to the other basis are spelled out in parentheses.
 */
import {
  type Basis,
  type Evidence,
  type FilingSourceKey,
  type SpecialItemRecord,
  SPECIAL_ITEMS,
  type KpiId,
  type MetricId,
  FILING_SOURCES,
  FILINGS_FACTS,
  METRICS,
  REPORT_SECTIONS,
} from "../../data/index";
import type { BasisChoice } from "../dataset";
import { kpiRecord } from "../dataset";
import { type Figure, figures, missingMetric, quartersOf, yearsOf } from "../dataset";
import { type Lang, malformed } from "../runtime";
import {
  EVIDENCE_TAG,
  FLAG_TEXT,
  basisHas,
  basisName,
  colon,
  formatNumber,
  formatPercent,
  formatYears,
  q,
  sep,
  yearLabel,
} from "../wording";
import { type Period, periodLabel } from "../dataset";
import { formatQuarters, lookupPeriod } from "../dataset";

/** "[class: filed]" / "[classe : déposé]". */
export function evidenceTag(evidence: Evidence, lang: Lang): string {
  return lang === "fr" ? `[classe : ${EVIDENCE_TAG[evidence].fr}]` : `[class: ${EVIDENCE_TAG[evidence].en}]`;
}

/** The special items Amazon names for a figure's quarter (FTC settlement, severance, Anthropic gains...). */
export function specialItemsFor(metric: MetricId, year: number, quarter: number | undefined): SpecialItemRecord[] {
  return SPECIAL_ITEMS.filter(
    (item) =>
      item.year === year && (quarter === undefined || item.quarter === quarter) && item.metrics.includes(metric),
  );
}

/** One special item as text: "Q3 2025 FTC legal settlement: 2,500 M$ [class: release] (R-Q325; …)". */
export function specialItemText(item: SpecialItemRecord, lang: Lang): string {
  const amount =
    item.amount === null ? (lang === "fr" ? "non chiffré" : "not quantified") : `${formatNumber(item.amount, lang)} M$`;
  const sources = item.sources.length === 0 ? "" : item.sources.join(", ");
  const extra = [sources, ...(item.note === undefined ? [] : [item.note[lang]])].filter((x) => x !== "");
  return `${item.label[lang]}${colon(lang)}${amount} ${evidenceTag(item.evidence, lang)}${extra.length === 0 ? "" : ` (${extra.join(sep(lang))})`}`;
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
  if (figure.unit === "$/sh") return `${formatNumber(figure.value, lang, 2)} $/sh`;
  return `${formatNumber(figure.value, lang)} ${figure.unit === "B$" ? (lang === "fr" ? "Mds$" : "B$") : "M$"}`;
}

function extras(parts: readonly string[], lang: Lang): string {
  return parts.length === 0 ? "" : ` (${parts.join(sep(lang))})`;
}

/** The figure's period: "2024", "2026E", "2025Q3", "LTM 2025Q3". */
export function figurePeriod(figure: Figure): string {
  if (figure.quarter === undefined) return yearLabel(figure.year);
  return periodLabel({
    year: figure.year,
    plan: false,
    quarter: figure.quarter,
    ...(figure.ltm === true ? { ltm: true } : {}),
  });
}

function operandText(value: number, lang: Lang): string {
  return formatNumber(value, lang);
}

/** The one-line provenance of a figure, with its evidence class and, for a quarter, its special items. */
export function figureText(figure: Figure, lang: Lang, fallbackFrom?: Basis): string {
  const p = figure.provenance;
  const period = figurePeriod(figure);
  const notes: string[] = [];
  if (fallbackFrom !== undefined) {
    const id = lang === "fr" ? q(figure.metric, lang) : figure.metric;
    const missing = `${basisName(fallbackFrom, lang)} ${basisHas(fallbackFrom, lang, true)} ${id} ${lang === "fr" ? "pour" : "for"} ${period}`;
    const to = basisName(figure.basis, lang);
    notes.push(lang === "fr" ? `repli sur ${to} : ${missing}` : `fallback to ${to}: ${missing}`);
  }
  for (const f of p.flags) notes.push(FLAG_TEXT[f][lang]);
  if (figure.plan && !p.flags.includes("estimate")) notes.push(FLAG_TEXT.estimate[lang]);
  if (p.note !== undefined) notes.push(p.note[lang]);
  if (figure.quarter !== undefined && figure.ltm !== true) {
    const items = specialItemsFor(figure.metric, figure.year, figure.quarter);
    if (items.length > 0) {
      const head = lang === "fr" ? "éléments exceptionnels du trimestre" : "special items of the quarter";
      notes.push(`${head}${colon(lang)}${items.map((item) => specialItemText(item, lang)).join(sep(lang))}`);
    }
  }
  const tag = evidenceTag(p.evidence, lang);

  if (p.basis === "report") {
    return `${word("report", lang)} ${p.sectionTitle}, ${q(p.label.fr, lang)} ${period}${colon(lang)}${p.printed} ${tag}${extras(notes, lang)}`;
  }
  const head = `${word("filings", lang)}`;
  if (p.computation !== undefined) {
    const symbol = p.computation.op === "difference" ? "−" : p.computation.op === "sum" ? "+" : "/";
    const operands =
      p.computation.operands.length === 0
        ? ""
        : ` = ${p.computation.operands.map((o) => operandText(o.value, lang)).join(` ${symbol} `)}`;
    const computedWord = lang === "fr" ? "calculé à partir de" : "computed from";
    return `${head}, ${computedWord} ${sourcesText(p.sources, lang)}, ${q(p.label[lang], lang)} ${period} = ${p.computation.formula[lang]}${operands} = ${valueText(figure, lang)} ${tag}${extras(
      notes.filter((n) => n !== FLAG_TEXT.computed[lang]),
      lang,
    )}`;
  }
  return `${head} ${sourcesText(p.sources, lang)}, ${q(p.label[lang], lang)} ${period}${colon(lang)}${valueText(figure, lang)} ${tag}${extras(notes, lang)}`;
}

/** SOURCE for a metric and a year. */
export function metricYearSource(metric: MetricId, period: Period, choice: BasisChoice, lang: Lang): string {
  const found = lookupPeriod(metric, period, choice.named ? choice.basis : undefined);
  return figureText(found.figure, lang, found.fallback ? found.requestedBasis : undefined);
}

/** SOURCE for a metric without a year: what each basis has and where it comes from. */
export function metricSource(metric: MetricId, choice: BasisChoice, lang: Lang): string {
  const bases: Basis[] = choice.named ? [choice.basis] : ["report", "filings"];
  const parts: string[] = [];
  for (const basis of bases) {
    const years = yearsOf(basis, metric);
    if (years.length === 0) continue;
    const ofBasis = figures().filter((f) => f.basis === basis && f.metric === metric);
    const firstFigure = ofBasis[0];
    if (firstFigure === undefined) continue;
    const p = firstFigure.provenance;
    if (p.basis === "report") {
      const sections = [
        ...new Set(ofBasis.map((f) => (f.provenance.basis === "report" ? f.provenance.sectionTitle : ""))),
      ];
      const labels = [...new Set(ofBasis.map((f) => q(f.provenance.label.fr, lang)))];
      parts.push(
        `${word("report", lang)} ${sections.join(", ")}, ${labels.join(", ")}${colon(lang)}${formatYears(years, lang)}`,
      );
    } else {
      const keys: FilingSourceKey[] = [];
      let computed: string | undefined;
      for (const f of ofBasis) {
        if (f.provenance.basis !== "filings") continue;
        for (const k of f.provenance.sources) if (!keys.includes(k)) keys.push(k);
        if (f.provenance.computation !== undefined) computed = f.provenance.computation.formula[lang];
      }
      const how = computed === undefined ? "" : lang === "fr" ? `, calculé : ${computed}` : `, computed: ${computed}`;
      const quarters = quartersOf(basis, metric);
      const quarterText =
        quarters.length === 0
          ? lang === "fr"
            ? " (annuel seulement)"
            : " (annual only)"
          : `${sep(lang)}${lang === "fr" ? "trimestres" : "quarters"} ${formatQuarters(quarters, lang)}`;
      const classes: Evidence[] = [];
      for (const f of ofBasis) if (!classes.includes(f.provenance.evidence)) classes.push(f.provenance.evidence);
      const classText = `${lang === "fr" ? "classes" : "classes"}${colon(lang)}${classes.map((c) => EVIDENCE_TAG[c][lang]).join(", ")}`;
      parts.push(
        `${word("filings", lang)} ${keys.join(", ")}, ${q(p.label[lang], lang)}${how}${colon(lang)}${formatYears(years, lang)}${quarterText} [${classText}]`,
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
    const notes = [
      ...k.flags.map((f) => FLAG_TEXT[f][lang]),
      ...(k.note === undefined ? [] : [k.note[lang]]),
      `${lang === "fr" ? "statut" : "status"}${colon(lang)}${k.statusNote[lang]}`,
    ];
    const section = REPORT_SECTIONS[k.section];
    const value =
      k.kind === "ratio" ? formatPercent(k.value, lang, 0) : `${formatNumber(k.value, lang)} ${k.unitLabel[lang]}`;
    parts.push(
      `${word("report", lang)} ${section.number} ${section.title.fr}, ${q(k.printed, lang)}${colon(lang)}${value} ${evidenceTag("report", lang)}${extras(notes, lang)}`,
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
      `${word("filings", lang)} ${sourcesText(fact.sources, lang)}, ${q(fact.label[lang], lang)}${colon(lang)}${value} ${evidenceTag(fact.evidence, lang)}${extras(notes, lang)}`,
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
