/**
 * What the card of a figure says: the content of the number value that REVENUE, NET_INCOME,
 * AWS_REVENUE, METRIC, KPI and GROWTH return where Excel supports data types from custom functions
 * (src/functions/number-values.ts turns a card into an Excel.DoubleCellValue). Pure: the same
 * arguments give the same card; no Office global is read here.
 *
 * A card is built only after the plain function answered, from the same parsers and lookups, and
 * carries its value: the wrapper refuses a card whose value differs from the plain answer.
 *
 * Evidence class: the dataset's `provenance.evidence` (filed, release, derived, secondary, report)
 * when the dataset gives it; until then it is derived: "report" for the report basis, "derived"
 * for a filings figure computed from others, "filed" for the other filings figures. A growth rate
 * is "derived" (computed from two figures) unless it is the rate the report prints ("report").
 */
import {
  type Basis,
  type Evidence,
  type Flag,
  type KpiId,
  type MetricId,
  FILINGS_FACTS,
  FILING_SOURCES,
  METRICS,
  REPORT_TITLE,
} from "../../data/index";
import { parseBasis } from "../dataset";
import { kpiRecord, metricLabel } from "../dataset";
import { type Figure, findFigure, sectionName } from "../dataset";
import type { Bilingual, CellArg, Lang } from "../runtime";
import { EVIDENCE_CLASSES, EVIDENCE_DESCRIPTION, FLAG_TEXT, formatNumber, yearLabel } from "../wording";
import { type GrowthMethod, computeGrowth, measureGrowth, parseMethod } from "./growth";
import { resolveKpi, resolveMetric } from "../inputs";
import { parsePeriod, periodLabel } from "../dataset";
import { type UnitCode, convertMoney, parseUnit, unitLabel } from "../dataset";
import { valueOf } from "../dataset";

/** A property of the card: its value is a number (it calculates) or a text. */
export interface CardProperty {
  readonly name: string;
  readonly value: number | string;
}

export interface CardSection {
  readonly title?: string;
  readonly properties: readonly string[];
}

export interface Card {
  /** The number the cell holds and calculates with. */
  readonly value: number;
  readonly title: string;
  readonly properties: readonly CardProperty[];
  readonly sections: readonly CardSection[];
  /** Who the figure comes from: the card's attribution and provider. */
  readonly source: { readonly text: string; readonly address?: string };
}

const NAMES = {
  label: { en: "Label", fr: "Libellé" },
  period: { en: "Period", fr: "Période" },
  unit: { en: "Unit", fr: "Unité" },
  basis: { en: "Basis", fr: "Base" },
  evidence: { en: "Evidence", fr: "Preuve" },
  source: { en: "Source", fr: "Source" },
  section: { en: "Section", fr: "Section" },
  printed: { en: "As printed", fr: "Tel qu'imprimé" },
  flags: { en: "Flags", fr: "Signalements" },
  note: { en: "Note", fr: "Note" },
  filed: { en: "Filed figure", fr: "Chiffre déposé" },
  gap: { en: "Gap (report − filed)", fr: "Écart (rapport − déposé)" },
  fallback: { en: "Fallback", fr: "Repli" },
  method: { en: "Method", fr: "Méthode" },
  from: { en: "Start value", fr: "Valeur de début" },
  to: { en: "End value", fr: "Valeur de fin" },
  filedGrowth: { en: "Growth on filed figures", fr: "Croissance sur chiffres déposés" },
  amazon: { en: "What Amazon said", fr: "Ce qu'a dit Amazon" },
  reconciliation: { en: "Against the filings", fr: "Face aux dépôts" },
  provenance: { en: "Provenance", fr: "Provenance" },
} as const satisfies Record<string, Bilingual>;

type NameKey = keyof typeof NAMES;

const BASIS_TEXT: Readonly<Record<Basis, Bilingual>> = {
  report: { en: "report (the report's figures)", fr: "rapport (chiffres du rapport)" },
  filings: { en: "filings (Amazon's filed figures)", fr: "dépôts (chiffres déposés par Amazon)" },
};

const METHOD_TEXT: Readonly<Record<GrowthMethod, Bilingual>> = {
  total: { en: "total (to / from − 1)", fr: "totale (fin / début − 1)" },
  cagr: { en: "CAGR", fr: "TCAM" },
  multiple: { en: "multiple (to / from)", fr: "multiple (fin / début)" },
  reported: { en: "rate the report prints", fr: "taux imprimé par le rapport" },
};

/** The dataset's evidence class when it gives one, else the class its provenance implies. */
export function evidenceOf(figure: Figure): Evidence {
  const given = (figure.provenance as { readonly evidence?: unknown }).evidence;
  if (typeof given === "string" && (EVIDENCE_CLASSES as readonly string[]).includes(given)) return given as Evidence;
  if (figure.provenance.basis === "report") return "report";
  return figure.provenance.computation !== undefined ? "derived" : "filed";
}

function decimals(value: number): number {
  const text = String(value);
  return text.includes("e") ? 12 : (text.split(".")[1]?.length ?? 0);
}

/** a − b without float noise: 638 − 637.959 is 0.041 (not 0.04100000000002), to the operands' decimals. */
function difference(a: number, b: number): number {
  return Number((a - b).toFixed(Math.min(12, Math.max(decimals(a), decimals(b)))));
}

function flagsText(flags: readonly Flag[], lang: Lang): string {
  return flags.length === 0 ? "—" : flags.map((flag) => FLAG_TEXT[flag][lang]).join(", ");
}

function figureSource(figure: Figure, lang: Lang): { section: string; source: Card["source"] } {
  const p = figure.provenance;
  if (p.basis === "report") {
    const section = sectionName(p.section, lang);
    return { section, source: { text: `${REPORT_TITLE[lang]}, ${section}` } };
  }
  const keys = p.sources;
  const titles = keys.map((key) => {
    const { title, filed } = FILING_SOURCES[key];
    const date = filed === undefined ? "" : lang === "fr" ? `, déposé le ${filed}` : `, filed ${filed}`;
    return `${key}: ${title[lang]}${date}`;
  });
  const text = titles.length === 0 ? (lang === "fr" ? "Dépôts d'Amazon" : "Amazon's filings") : titles.join("; ");
  // The first primary source a reader can open; a figure with only secondary sources gets no link.
  const address = keys.map((key) => FILING_SOURCES[key].address).find((a) => a !== undefined);
  return {
    section: keys.length === 0 ? "—" : keys.join(", "),
    source: address === undefined ? { text } : { text, address },
  };
}

/** Exhaustive on MetricKind: a kind added to the dataset does not compile until its card says its unit. */
function unitText(metric: MetricId, unit: UnitCode, lang: Lang): string {
  const kind = METRICS[metric].kind;
  switch (kind) {
    case "money":
      return unitLabel(unit, lang);
    case "ratio":
      return lang === "fr" ? "fraction (0,38 = 38 %)" : "fraction (0.38 = 38%)";
    case "count":
      return lang === "fr" ? "nombre" : "count";
    case "per_share":
      return lang === "fr" ? "US$ par action" : "US$ per share";
    default:
      return kind satisfies never;
  }
}

/** A money figure in the caller's unit; ratios and counts as stored. */
function inUnit(figure: Figure, unit: UnitCode): number {
  return METRICS[figure.metric].kind === "money" ? convertMoney(figure.value, figure.unit, unit) : figure.value;
}

function named(lang: Lang, entries: readonly (readonly [NameKey, number | string] | undefined)[]): CardProperty[] {
  const out: CardProperty[] = [];
  for (const entry of entries) if (entry !== undefined) out.push({ name: NAMES[entry[0]][lang], value: entry[1] });
  return out;
}

function sectionsOf(
  properties: readonly CardProperty[],
  lang: Lang,
  reconciliation: readonly NameKey[],
): CardSection[] {
  const inReconciliation = new Set<string>(reconciliation.map((key) => NAMES[key][lang]));
  const main = properties.filter((p) => !inReconciliation.has(p.name)).map((p) => p.name);
  const rest = properties.filter((p) => inReconciliation.has(p.name)).map((p) => p.name);
  const sections: CardSection[] = [{ properties: main }];
  if (rest.length > 0) sections.push({ title: NAMES.reconciliation[lang], properties: rest });
  return sections;
}

/** REVENUE, NET_INCOME, AWS_REVENUE (metric given as an id) and METRIC (metric as typed). */
export function figureCard(metricArg: CellArg, period: CellArg, unitArg: CellArg, basisArg: CellArg, lang: Lang): Card {
  const metric = resolveMetric(metricArg);
  const choice = parseBasis(basisArg);
  const unit = parseUnit(unitArg);
  const year = parsePeriod(period, choice.basis).year;
  const found = valueOf(metric, year, unit, choice);
  const figure = found.figure;
  const { section, source } = figureSource(figure, lang);
  const p = figure.provenance;
  const filed = figure.basis === "report" ? findFigure("filings", metric, year) : undefined;
  const filedValue = filed === undefined ? undefined : inUnit(filed, unit);
  const label = metricLabel(metric, lang);
  const properties = named(lang, [
    ["label", label],
    ["period", yearLabel(year)],
    ["unit", unitText(metric, unit, lang)],
    ["basis", BASIS_TEXT[figure.basis][lang]],
    ["evidence", EVIDENCE_DESCRIPTION[evidenceOf(figure)][lang]],
    ["source", source.text],
    ["section", section],
    p.basis === "report" ? ["printed", p.printed] : undefined,
    ["flags", flagsText(p.flags, lang)],
    p.note === undefined ? undefined : ["note", p.note[lang]],
    found.fallback
      ? [
          "fallback",
          lang === "fr"
            ? "le rapport n'a pas ce chiffre : les dépôts répondent (aucune base nommée)"
            : "the report lacks this figure: the filings answer (no basis named)",
        ]
      : undefined,
    filedValue === undefined ? undefined : ["filed", filedValue],
    filedValue === undefined ? undefined : ["gap", difference(found.converted, filedValue)],
  ]);
  return {
    value: found.converted,
    title: `${label}, ${yearLabel(year)}`,
    properties,
    sections: sectionsOf(properties, lang, ["filed", "gap"]),
    source,
  };
}

/** KPI(name): the report's indicator, with what Amazon said where the filings reference has it. */
export function kpiCard(name: CellArg, lang: Lang): Card {
  const id: KpiId = resolveKpi(name);
  const k = kpiRecord(id);
  const section = sectionName(k.section, lang);
  const fact = k.filingsFact === undefined ? undefined : FILINGS_FACTS.find((f) => f.id === k.filingsFact);
  const amazon =
    fact === undefined
      ? undefined
      : `${fact.value === null ? "—" : formatNumber(fact.value, lang)} (${fact.label[lang]}; ${fact.note[lang]})`;
  const properties = named(lang, [
    ["label", k.label[lang]],
    ["unit", k.unitLabel[lang]],
    ["basis", BASIS_TEXT.report[lang]],
    ["evidence", EVIDENCE_DESCRIPTION.report[lang]],
    ["source", `${REPORT_TITLE[lang]}, ${section}`],
    ["section", section],
    ["printed", k.printed],
    ["flags", flagsText(k.flags, lang)],
    k.note === undefined ? undefined : ["note", k.note[lang]],
    // No "filed figure" here: the filings reference often has only secondary reports of what Amazon said.
    amazon === undefined ? undefined : ["amazon", amazon],
  ]);
  return {
    value: k.value,
    title: k.label[lang],
    properties,
    sections: sectionsOf(properties, lang, ["amazon"]),
    source: { text: `${REPORT_TITLE[lang]}, ${section}` },
  };
}

/** GROWTH(metric, from, to, [method], [basis]): the rate, the two figures it uses, and the filed rate. */
export function growthCard(
  metricArg: CellArg,
  fromArg: CellArg,
  toArg: CellArg,
  methodArg: CellArg,
  basisArg: CellArg,
  lang: Lang,
): Card {
  const metric = resolveMetric(metricArg);
  const choice = parseBasis(basisArg);
  const method = parseMethod(methodArg);
  const from = parsePeriod(fromArg, choice.basis);
  const to = parsePeriod(toArg, choice.basis);
  // The card shows the very figures the growth was computed from (a quarter's, not its year's).
  const { value, basis, start, end, claim } = measureGrowth(metric, from, to, method, choice);
  const label = metricLabel(metric, lang);
  const span = `${periodLabel(from)}→${periodLabel(to)}`;
  let filedGrowth: number | undefined;
  if (basis === "report") {
    try {
      filedGrowth = computeGrowth(metric, from, to, method === "reported" ? "total" : method, {
        basis: "filings",
        named: true,
      });
    } catch {
      filedGrowth = undefined; // the filings lack a year: the card says nothing rather than guess
    }
  }
  const sources = [start, end].filter((f): f is Figure => f !== undefined).map((f) => figureSource(f, lang));
  const sourceText =
    method === "reported" && claim !== undefined
      ? `${REPORT_TITLE[lang]}, ${sectionName(claim.section, lang)}`
      : (sources[0]?.source.text ?? REPORT_TITLE[lang]);
  // A rate the report prints is the report's; any other growth is computed from two figures.
  const evidence: Evidence = method === "reported" ? "report" : "derived";
  const properties = named(lang, [
    ["label", label],
    ["period", span],
    ["method", METHOD_TEXT[method][lang]],
    ["basis", BASIS_TEXT[basis][lang]],
    ["evidence", EVIDENCE_DESCRIPTION[evidence][lang]],
    ["source", sourceText],
    method === "reported" && claim !== undefined ? ["printed", claim.printed] : undefined,
    start === undefined ? undefined : ["from", start.value],
    end === undefined ? undefined : ["to", end.value],
    start === undefined ? undefined : ["unit", start.unit === "B$" ? unitLabel("B", lang) : start.unit],
    filedGrowth === undefined ? undefined : ["filedGrowth", filedGrowth],
    filedGrowth === undefined ? undefined : ["gap", difference(value, filedGrowth)],
  ]);
  return {
    value,
    title: `${label}, ${span}`,
    properties,
    sections: sectionsOf(properties, lang, ["filedGrowth", "gap"]),
    source: { text: sourceText },
  };
}
