/**
 * Quarters and trailing twelve months (PRODUCT.md, "Quarters"): the figure of any period (a year,
 * a quarter, an LTM period), with the LTM sum of four quarters (flows only, where all four exist;
 * ratios from the LTM sums of their operands; never per-share figures). Only the filings basis has
 * quarters (Q1 2025 – Q1 2026); a figure the basis lacks is #N/A naming the quarters that exist.
 * What is done with the figures (growth, series) is core/figures' business: this file only
 * resolves periods to figures.
 */
import {
  type Basis,
  type Bilingual,
  type MetricId,
  type Quarter,
  type StoredUnit,
  FILINGS_DERIVATIONS,
  METRICS,
} from "../../data/index";
import {
  type Figure,
  type FigureLookup,
  type Operand,
  type QuarterRef,
  figures,
  findFigure,
  findQuarterFigure,
  lookupFigure,
  quarterIndex,
  quartersOf,
  yearsOf,
} from "./dataset";
import { type Lang, notAvailable } from "../runtime";
import { basisName, formatYears, otherBasis, q } from "../wording";
import { lazy } from "../runtime";

import { type Period, periodLabel } from "./periods";

/** "2025Q3". */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

/** The quarter at a quarterIndex: 8101 -> 2025Q1. */
export function fromIndex(index: number): QuarterRef {
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter };
}

/** [2025Q1, 2025Q2, 2025Q3] -> "2025Q1–2025Q3"; gaps split the runs. */
export function formatQuarters(list: readonly QuarterRef[], lang: Lang): string {
  if (list.length === 0) return lang === "fr" ? "aucun" : "none";
  const indexes = [...new Set(list.map((r) => quarterIndex(r.year, r.quarter)))].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = indexes[0] ?? 0;
  let previous = start;
  const label = (i: number): string => {
    const r = fromIndex(i);
    return quarterLabel(r.year, r.quarter);
  };
  const flush = (): void => {
    runs.push(start === previous ? label(start) : `${label(start)}–${label(previous)}`);
  };
  for (const i of indexes.slice(1)) {
    if (i === previous + 1) previous = i;
    else {
      flush();
      start = i;
      previous = i;
    }
  }
  flush();
  return runs.join(", ");
}

/** The last quarter any figure of the dataset has (Q1 2026). */
const latestQuarter = lazy((): QuarterRef => {
  let best = 0;
  for (const f of figures()) if (f.quarter !== undefined) best = Math.max(best, quarterIndex(f.year, f.quarter));
  return fromIndex(best);
});

function latestText(lang: Lang): string {
  const { year, quarter } = latestQuarter();
  const label = quarterLabel(year, quarter);
  return lang === "fr" ? `les trimestres s'arrêtent à ${label}` : `quarters end at ${label}`;
}

/** The four quarters an LTM period sums, oldest first. */
export function ltmQuarters(year: number, quarter: Quarter): QuarterRef[] {
  const end = quarterIndex(year, quarter);
  return [end - 3, end - 2, end - 1, end].map(fromIndex);
}

type Attempt = { readonly figure: Figure } | { readonly why: (lang: Lang) => string };

const SUM_FORMULA = (from: QuarterRef, to: QuarterRef): { en: string; fr: string } => ({
  en: `sum of the four quarters ${quarterLabel(from.year, from.quarter)}–${quarterLabel(to.year, to.quarter)}`,
  fr: `somme des quatre trimestres ${quarterLabel(from.year, from.quarter)}–${quarterLabel(to.year, to.quarter)}`,
});

function ltmAttempt(basis: Basis, metric: MetricId, year: number, quarter: Quarter): Attempt {
  const kind = METRICS[metric].kind;
  const asked = `LTM ${quarterLabel(year, quarter)}`;
  if (kind === "per_share") {
    return {
      why: (lang) =>
        lang === "fr"
          ? `pas de ${asked} pour ${q(metric, lang)} : un chiffre par action n'est pas la somme de ses trimestres`
          : `no ${asked} for ${metric}: a per-share figure is not the sum of its quarters`,
    };
  }
  // The report prints fiscal years only: say so, rather than list the quarters an LTM would sum.
  if (basis === "report") {
    const period: Period = { year, plan: false, quarter, ltm: true };
    return { why: (lang) => missingQuarterText(basis, metric, period, lang) };
  }
  if (kind === "ratio") {
    const d = FILINGS_DERIVATIONS.find((x) => x.metric === metric && x.op === "ratio");
    if (d === undefined) {
      return {
        why: (lang) =>
          lang === "fr" ? `pas de ${asked} pour le ratio ${q(metric, lang)}` : `no ${asked} for the ratio ${metric}`,
      };
    }
    const left = ltmAttempt(basis, d.left, year, quarter);
    const right = ltmAttempt(basis, d.right, year, quarter);
    if (!("figure" in left)) return left;
    if (!("figure" in right)) return right;
    if (right.figure.value === 0) return { why: (lang) => (lang === "fr" ? "dénominateur nul" : "zero denominator") };
    return {
      figure: ltmFigure(basis, metric, year, quarter, {
        value: left.figure.value / right.figure.value,
        unit: "ratio",
        label: d.label,
        parts: [left.figure, right.figure],
        op: "ratio",
        formula: { en: `${asked} ${d.formula.en}`, fr: `${asked} ${d.formula.fr}` },
        operands: [
          { metric: d.left, year, quarter, value: left.figure.value },
          { metric: d.right, year, quarter, value: right.figure.value },
        ],
      }),
    };
  }
  const span = ltmQuarters(year, quarter);
  const parts: Figure[] = [];
  const missing: QuarterRef[] = [];
  for (const r of span) {
    const f = findQuarterFigure(basis, metric, r.year, r.quarter);
    if (f === undefined) missing.push(r);
    else parts.push(f);
  }
  const first = span[0] ?? { year, quarter };
  if (missing.length > 0) {
    return {
      why: (lang) => {
        const has = formatQuarters(quartersOf(basis, metric), lang);
        const lacks = formatQuarters(missing, lang);
        return lang === "fr"
          ? `${asked} additionne ${quarterLabel(first.year, first.quarter)}–${quarterLabel(year, quarter)} ; ${basisName(basis, lang)} n'ont pas ${q(metric, lang)} pour ${lacks} (trimestres ${has})`
          : `${asked} sums ${quarterLabel(first.year, first.quarter)}–${quarterLabel(year, quarter)}; ${basisName(basis, lang)} lack ${metric} for ${lacks} (quarters ${has})`;
      },
    };
  }
  const template = parts[parts.length - 1];
  return {
    figure: ltmFigure(basis, metric, year, quarter, {
      value: Number(parts.reduce((sum, f) => sum + f.value, 0).toPrecision(15)),
      unit: template?.unit ?? "M$",
      label: template?.provenance.label ?? METRICS[metric].label,
      parts,
      op: "sum",
      formula: SUM_FORMULA(first, { year, quarter }),
      operands: parts.map((f): Operand => ({ metric, year: f.year, quarter: f.quarter, value: f.value })),
    }),
  };
}

/** How an LTM figure was computed: its value, what it is called, and the figures it uses. */
interface LtmComputation {
  readonly value: number;
  readonly unit: StoredUnit;
  /** The metric's label; ", LTM 2025Q4" is appended. */
  readonly label: Bilingual;
  /** The figures it is computed from: their sources and "rounded" flags carry over. */
  readonly parts: readonly Figure[];
  readonly op: "sum" | "ratio";
  readonly formula: Bilingual;
  readonly operands: readonly Operand[];
}

/**
 * The one place an LTM figure is made, whether four quarters were summed (flows) or two LTM sums
 * divided (ratios): an LTM figure is never stored, always "derived", and rounded when any part is.
 */
function ltmFigure(basis: Basis, metric: MetricId, year: number, quarter: Quarter, c: LtmComputation): Figure {
  const asked = `LTM ${quarterLabel(year, quarter)}`;
  const rounded = c.parts.some((f) => f.provenance.flags.includes("rounded"));
  return {
    basis,
    metric,
    year,
    quarter,
    ltm: true,
    plan: false,
    value: c.value,
    unit: c.unit,
    provenance: {
      basis: "filings",
      evidence: "derived",
      sources: sourcesOf(c.parts),
      label: { en: `${c.label.en}, ${asked}`, fr: `${c.label.fr}, ${asked}` },
      flags: rounded ? ["computed", "rounded"] : ["computed"],
      computation: { op: c.op, formula: c.formula, operands: c.operands },
    },
  };
}

function sourcesOf(figures: readonly Figure[]) {
  const keys: Extract<Figure["provenance"], { basis: "filings" }>["sources"][number][] = [];
  for (const f of figures) {
    if (f.provenance.basis !== "filings") continue;
    for (const k of f.provenance.sources) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

function quarterAttempt(basis: Basis, metric: MetricId, period: Period): Attempt {
  const quarter = period.quarter as Quarter;
  if (period.ltm === true) return ltmAttempt(basis, metric, period.year, quarter);
  const figure = findQuarterFigure(basis, metric, period.year, quarter);
  if (figure !== undefined) return { figure };
  return { why: (lang) => missingQuarterText(basis, metric, period, lang) };
}

function missingQuarterText(basis: Basis, metric: MetricId, period: Period, lang: Lang): string {
  const asked = periodLabel(period);
  const quarters = quartersOf(basis, metric);
  if (basis === "report") {
    const filings = quartersOf("filings", metric);
    const tail =
      filings.length === 0
        ? ""
        : lang === "fr"
          ? ` ; la base « filings » a ${q(metric, lang)} pour les trimestres ${formatQuarters(filings, lang)}`
          : `; basis 'filings' has ${metric} for quarters ${formatQuarters(filings, lang)}`;
    return lang === "fr"
      ? `le rapport n'a pas de chiffres trimestriels (${asked}) : il imprime des exercices${tail}`
      : `the report has no quarterly figures (${asked}): it prints fiscal years${tail}`;
  }
  if (quarters.length === 0) {
    const years = formatYears(yearsOf(basis, metric), lang);
    return lang === "fr"
      ? `${q(metric, lang)} est annuel seulement dans ${basisName(basis, lang)} (années ${years}) : pas de ${asked}`
      : `${metric} is annual-only in ${basisName(basis, lang)} (years ${years}): no ${asked}`;
  }
  const has = formatQuarters(quarters, lang);
  return lang === "fr"
    ? `${basisName(basis, lang)} n'ont pas ${q(metric, lang)} pour ${asked} ; trimestres ${has} (${latestText(lang)})`
    : `the filings have no ${metric} for ${asked}; quarters ${has} (${latestText(lang)})`;
}

/**
 * The figure of a metric for any period: a fiscal year (lookupFigure), a quarter or an LTM. With
 * `basis` omitted, the report is asked first and the filings fill what it lacks (the report has
 * no quarters). Throws AmznError #N/A naming the quarters that exist.
 */
export function lookupPeriod(metric: MetricId, period: Period, basis?: Basis): FigureLookup {
  if (period.quarter === undefined) return lookupFigure(metric, period.year, basis);
  const requested: Basis = basis ?? "report";
  const candidates: Basis[] = basis === undefined ? [requested, otherBasis(requested)] : [requested];
  let reason: ((lang: Lang) => string) | undefined;
  for (const b of candidates) {
    const attempt = quarterAttempt(b, metric, period);
    if ("figure" in attempt) {
      return {
        value: attempt.figure.value,
        figure: attempt.figure,
        requestedBasis: requested,
        basis: b,
        fallback: b !== requested,
      };
    }
    // With no basis named, the filings' reason is the useful one (the report has no quarters).
    reason = attempt.why;
  }
  const why = reason ?? ((lang: Lang) => missingQuarterText(requested, metric, period, lang));
  throw notAvailable(why("en"), why("fr"));
}

/**
 * The figure of a metric for any period in exactly this basis, no fallback: what a computation
 * that must not mix bases (growth) reads. Undefined when the basis lacks it; lookupPeriod says why.
 */
export function findPeriodFigure(basis: Basis, metric: MetricId, period: Period): Figure | undefined {
  if (period.quarter === undefined) return findFigure(basis, metric, period.year);
  const attempt = quarterAttempt(basis, metric, period);
  return "figure" in attempt ? attempt.figure : undefined;
}
