/**
 * Quarters and trailing twelve months (PRODUCT.md, "Quarters"): lookups of a quarter's figure, the
 * LTM sum of four quarters (flows only, where all four exist; ratios from the LTM sums of their
 * operands; never per-share figures), growth between two periods of the same kind, and SERIES
 * across quarters. Only the filings basis has quarters (Q1 2025 – Q1 2026); a figure the basis
 * lacks is #N/A naming the quarters that exist.
 */
import { type Basis, type MetricId, type Quarter, FILINGS_DERIVATIONS, METRICS } from "../../data/index";
import type { BasisChoice } from "./bases";
import {
  type Figure,
  type FigureLookup,
  type Operand,
  type QuarterRef,
  figures,
  findQuarterFigure,
  lookupFigure,
  quarterIndex,
  quartersOf,
  yearsOf,
} from "./dataset";
import { AmznError, type Lang, type Spill, type SpillCell, malformed, notAvailable } from "../runtime";
import { basisName, formatYears, otherBasis, q } from "../wording";
import { lazy } from "../runtime";

import { type Period, periodLabel } from "./periods";
import { type UnitCode, convertMoney, unitLabel } from "./units";

/** "2025Q3". */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

function fromIndex(index: number): QuarterRef {
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
    const rounded = [left.figure, right.figure].some((f) => f.provenance.flags.includes("rounded"));
    return {
      figure: {
        basis,
        metric,
        year,
        quarter,
        ltm: true,
        plan: false,
        value: left.figure.value / right.figure.value,
        unit: "ratio",
        provenance: {
          basis: "filings",
          evidence: "derived",
          sources: sourcesOf([left.figure, right.figure]),
          label: { en: `${d.label.en}, ${asked}`, fr: `${d.label.fr}, ${asked}` },
          flags: rounded ? ["computed", "rounded"] : ["computed"],
          computation: {
            op: "ratio",
            formula: { en: `${asked} ${d.formula.en}`, fr: `${asked} ${d.formula.fr}` },
            operands: [
              { metric: d.left, year, quarter, value: left.figure.value },
              { metric: d.right, year, quarter, value: right.figure.value },
            ],
          },
        },
      },
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
  const rounded = parts.some((f) => f.provenance.flags.includes("rounded"));
  const template = parts[parts.length - 1];
  const label = template?.provenance.label ?? METRICS[metric].label;
  return {
    figure: {
      basis,
      metric,
      year,
      quarter,
      ltm: true,
      plan: false,
      value: Number(parts.reduce((sum, f) => sum + f.value, 0).toPrecision(15)),
      unit: template?.unit ?? "M$",
      provenance: {
        basis: "filings",
        evidence: "derived",
        sources: sourcesOf(parts),
        label: { en: `${label.en}, ${asked}`, fr: `${label.fr}, ${asked}` },
        flags: rounded ? ["computed", "rounded"] : ["computed"],
        computation: {
          op: "sum",
          formula: SUM_FORMULA(first, { year, quarter }),
          operands: parts.map((f): Operand => ({ metric, year: f.year, quarter: f.quarter, value: f.value })),
        },
      },
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

/** A figure in the caller's unit: money converted, ratios, counts and per-share figures as stored. */
export function convertFigure(metric: MetricId, found: FigureLookup, unit: UnitCode): number {
  return METRICS[metric].kind === "money" ? convertMoney(found.value, found.figure.unit, unit) : found.value;
}

function sameKind(a: Period, b: Period): boolean {
  return (a.quarter === undefined) === (b.quarter === undefined) && (a.ltm === true) === (b.ltm === true);
}

function kindName(p: Period, lang: Lang): string {
  if (p.quarter === undefined) return lang === "fr" ? "un exercice" : "a fiscal year";
  if (p.ltm === true) return lang === "fr" ? "douze mois glissants" : "twelve trailing months";
  return lang === "fr" ? "un trimestre" : "a quarter";
}

/** Throws #VALUE! unless both periods are of one kind (year, quarter or LTM). */
export function checkSameKind(from: Period, to: Period): void {
  if (sameKind(from, to)) return;
  const [a, b] = [periodLabel(from), periodLabel(to)];
  throw malformed(
    `from (${a}) is ${kindName(from, "en")} and to (${b}) ${kindName(to, "en")}: compare two periods of the same kind (two years, two quarters, such as "2025Q1" and "2026Q1", or two LTM periods)`,
    `le début (${a}) est ${kindName(from, "fr")} et la fin (${b}) ${kindName(to, "fr")} : comparez deux périodes de même nature (deux années, deux trimestres comme « 2025Q1 » et « 2026Q1 », ou deux périodes LTM)`,
  );
}

/**
 * GROWTH between two quarters (or two LTM periods), both from one basis: "total" (to / from − 1),
 * "multiple" (to / from), "cagr" annualised over (quarters apart) / 4 years. "reported" is the
 * report's yearly rates only.
 */
export function quarterGrowth(
  metric: MetricId,
  from: Period,
  to: Period,
  method: "total" | "cagr" | "multiple" | "reported",
  choice: BasisChoice,
): number {
  checkSameKind(from, to);
  const fromIndex = quarterIndex(from.year, from.quarter ?? 1);
  const toIndex = quarterIndex(to.year, to.quarter ?? 1);
  if (fromIndex >= toIndex) {
    throw malformed(
      `from (${periodLabel(from)}) must be before to (${periodLabel(to)})`,
      `le début (${periodLabel(from)}) doit précéder la fin (${periodLabel(to)})`,
    );
  }
  if (method === "reported") {
    throw malformed(
      `method "reported" reads the yearly rates the report prints; for quarters use "total", "cagr" or "multiple"`,
      `la méthode « rapporté » lit les taux annuels imprimés par le rapport ; pour des trimestres utilisez « total », « tcam » ou « fois »`,
    );
  }
  const candidates: Basis[] = choice.named ? [choice.basis] : [choice.basis, otherBasis(choice.basis)];
  let failure: AmznError | undefined;
  for (const basis of candidates) {
    try {
      const a = lookupPeriod(metric, from, basis).value;
      const b = lookupPeriod(metric, to, basis).value;
      return growthBetween(metric, a, b, from, to, (toIndex - fromIndex) / 4, method);
    } catch (error) {
      if (!(error instanceof AmznError) || error.kind !== "na") throw error;
      failure = error;
    }
  }
  throw failure ?? notAvailable(`no ${metric} for ${periodLabel(from)}`, `pas de ${metric} pour ${periodLabel(from)}`);
}

function growthBetween(
  metric: MetricId,
  a: number,
  b: number,
  from: Period,
  to: Period,
  years: number,
  method: "total" | "cagr" | "multiple",
): number {
  if (a <= 0) {
    throw malformed(
      `growth from ${a === 0 ? "zero" : "a negative base"} is not meaningful: ${metric} is ${a} in ${periodLabel(from)}`,
      `une croissance depuis ${a === 0 ? "zéro" : "une base négative"} n'a pas de sens : ${q(metric, "fr")} vaut ${a} en ${periodLabel(from)}`,
    );
  }
  const ratio = b / a;
  let result: number;
  if (method === "total") result = ratio - 1;
  else if (method === "multiple") result = ratio;
  else {
    if (ratio < 0) {
      throw malformed(
        `no CAGR across a change of sign: ${metric} goes from ${a} (${periodLabel(from)}) to ${b} (${periodLabel(to)})`,
        `pas de TCAM à travers un changement de signe : ${q(metric, "fr")} passe de ${a} (${periodLabel(from)}) à ${b} (${periodLabel(to)})`,
      );
    }
    result = ratio ** (1 / years) - 1;
  }
  if (!Number.isFinite(result)) {
    throw malformed(
      `growth of ${metric} is not a finite number`,
      `la croissance de ${q(metric, "fr")} n'est pas un nombre fini`,
    );
  }
  return result;
}

export interface QuarterSeriesOptions {
  readonly from?: Period;
  readonly to?: Period;
  readonly unit: UnitCode;
  readonly choice: BasisChoice;
  readonly headers: boolean;
  readonly lang: Lang;
}

/**
 * SERIES across quarters (or LTM periods): one column per quarter from `from` to `to`. An omitted
 * end defaults to the first / last quarter every metric has; any quarter a metric lacks is #N/A.
 */
export function buildQuarterSeries(metrics: readonly MetricId[], options: QuarterSeriesOptions): Spill {
  const { choice, unit, lang } = options;
  const given = options.from ?? options.to;
  if (given === undefined) throw new Error("buildQuarterSeries needs a quarter");
  if (options.from !== undefined && options.to !== undefined) checkSameKind(options.from, options.to);
  for (const p of [options.from, options.to]) {
    if (p !== undefined && p.quarter === undefined) checkSameKind(given.quarter === undefined ? p : given, p);
  }
  const ltm = given.ltm === true;
  const sets = metrics.map((m) => new Set(quartersOf("filings", m).map((r) => quarterIndex(r.year, r.quarter))));
  const common = [...(sets[0] ?? new Set<number>())].filter((i) => sets.every((s) => s.has(i))).sort((a, b) => a - b);
  const first = options.from === undefined ? common[0] : quarterIndex(options.from.year, options.from.quarter ?? 1);
  const last =
    options.to === undefined ? common[common.length - 1] : quarterIndex(options.to.year, options.to.quarter ?? 1);
  if (first === undefined || last === undefined) {
    const list = (l: Lang): string =>
      metrics.map((m) => `${m} ${formatQuarters(quartersOf("filings", m), l)}`).join(", ");
    throw notAvailable(
      `these metrics have no quarter in common: ${list("en")}`,
      `ces indicateurs n'ont aucun trimestre en commun : ${list("fr")}`,
    );
  }
  if (first > last) {
    const [a, b] = [fromIndex(first), fromIndex(last)];
    throw malformed(
      `from (${quarterLabel(a.year, a.quarter)}) must not be after to (${quarterLabel(b.year, b.quarter)})`,
      `le début (${quarterLabel(a.year, a.quarter)}) ne doit pas suivre la fin (${quarterLabel(b.year, b.quarter)})`,
    );
  }
  const periods: Period[] = [];
  for (let i = first; i <= last; i++) {
    const r = fromIndex(i);
    periods.push({ year: r.year, plan: false, quarter: r.quarter, ...(ltm ? { ltm: true } : {}) });
  }
  const named = choice.named ? choice.basis : undefined;
  const rows: Spill = [];
  if (options.headers) {
    const corner = metrics.some((m) => METRICS[m].kind === "money") ? unitLabel(unit, lang) : "ratio";
    rows.push([corner, ...periods.map((p): SpillCell => periodLabel(p))]);
  }
  for (const metric of metrics) {
    let fellBack = false;
    const cells: SpillCell[] = periods.map((p) => {
      const found = lookupPeriod(metric, p, named);
      if (found.fallback) fellBack = true;
      return convertFigure(metric, found, unit);
    });
    if (!options.headers) {
      rows.push(cells);
      continue;
    }
    let label = METRICS[metric].label[lang];
    if (METRICS[metric].kind === "ratio") label += " (ratio)";
    if (fellBack) label += ` [${basisName(otherBasis(choice.basis), lang)}]`;
    rows.push([label, ...cells]);
  }
  return rows;
}
