/**
 * SERIES: years across columns, one row per metric. Every cell is what METRIC returns for that
 * metric, year, unit and basis: with no basis named, a year the report lacks comes from the
 * filings, and the row's label says so ("Net income [the filings: 2022]").
 *
 * No holes, decided as follows:
 * - default `to` is the latest year every metric has (a plan year such as 2026E included);
 *   default `from` is the earliest year from which every metric has every year up to `to`;
 * - an explicit `from` or `to` is honoured exactly: if any metric lacks any year in the span,
 *   the result is #N/A naming that metric and the years it has.
 * With headers, the top-left cell is the money unit ("B$", "Mds$", "M$"...) or "ratio" when every
 * row is a ratio; actual years are numbers, plan years text ("2026E"); ratio rows say "(ratio)".
 *
 * Quarterly ranges (SERIES("aws_revenue", "2025Q1", "2026Q1"), PRODUCT.md "Quarters") take the
 * same options and the same rows: one column per quarter (or LTM period), an omitted end
 * defaulting to the first / last quarter every metric has; headers are "2025Q1", "LTM 2025Q4".
 */
import { type MetricId, METRICS } from "../../data/index";
import type { BasisChoice } from "../dataset";
import { metricLabel } from "../dataset";
import { missingFigure, missingMetric, yearsOf } from "../dataset";
import { type AmznError, type Lang, type Spill, type SpillCell, malformed, notAvailable } from "../runtime";
import { basisName, formatYears, isPlanYear, otherBasis, yearLabel } from "../wording";
import { type Period, checkSameKind, periodLabel, periodOrdinal } from "../dataset";
import { type UnitCode, unitLabel } from "../dataset";
import { valueAt } from "../dataset";
import { formatQuarters, fromIndex, quarterLabel, quartersOf } from "../dataset";

/** SERIES's options, for years and quarters alike. */
export interface SeriesOptions {
  readonly from?: Period;
  readonly to?: Period;
  readonly unit: UnitCode;
  readonly choice: BasisChoice;
  readonly headers: boolean;
  readonly lang: Lang;
}

/** The years a metric has under a basis choice (both bases when none was named). */
function available(metric: MetricId, choice: BasisChoice): ReadonlySet<number> {
  const years = new Set(yearsOf(choice.basis, metric));
  if (!choice.named) for (const y of yearsOf(otherBasis(choice.basis), metric)) years.add(y);
  return years;
}

export function buildSeries(metrics: readonly MetricId[], options: SeriesOptions): Spill {
  const quarterly = options.from?.quarter !== undefined || options.to?.quarter !== undefined;
  const periods = quarterly ? quarterColumns(metrics, options) : yearColumns(metrics, options);
  return seriesRows(metrics, periods, options);
}

/** The years of a yearly SERIES: the span asked, or the widest span every metric has. */
function yearColumns(metrics: readonly MetricId[], options: SeriesOptions): Period[] {
  const { choice } = options;
  const named = choice.named ? choice.basis : undefined;
  const sets = new Map<MetricId, ReadonlySet<number>>();
  for (const m of metrics) {
    const years = available(m, choice);
    if (years.size === 0) throw missingMetric(m, choice.basis);
    sets.set(m, years);
  }
  const has = (m: MetricId, y: number): boolean => sets.get(m)?.has(y) ?? false;
  const common = (y: number): boolean => metrics.every((m) => has(m, y));
  const missingAt = (y: number): AmznError => {
    const m = metrics.find((metric) => !has(metric, y)) ?? metrics[0] ?? "revenue";
    return missingFigure(m, y, named);
  };

  const first = metrics[0];
  const commonYears = first === undefined ? [] : [...(sets.get(first) ?? [])].filter(common).sort((a, b) => a - b);
  const fromArg = options.from?.year;
  let to = options.to?.year;
  if (to === undefined) {
    const after = fromArg === undefined ? commonYears : commonYears.filter((y) => y >= fromArg);
    to = after[after.length - 1];
    if (to === undefined) throw fromArg === undefined ? noCommonYear(metrics, sets) : missingAt(fromArg);
  }
  let from = fromArg;
  if (from === undefined) {
    from = to;
    if (common(to)) while (common(from - 1)) from -= 1;
  }
  if (from > to) {
    throw malformed(
      `from (${yearLabel(from)}) must not be after to (${yearLabel(to)})`,
      `le début (${yearLabel(from)}) ne doit pas suivre la fin (${yearLabel(to)})`,
    );
  }
  const years: number[] = [];
  for (let y = from; y <= to; y++) {
    if (!common(y)) throw missingAt(y);
    years.push(y);
  }

  return years.map((y) => ({ year: y, plan: isPlanYear(y) }));
}

/**
 * The quarters (or LTM periods) of a quarterly SERIES, from `from` to `to`; an omitted end is the
 * first / last quarter every metric has in the filings (the only basis with quarters).
 */
function quarterColumns(metrics: readonly MetricId[], options: SeriesOptions): Period[] {
  const given = options.from ?? options.to;
  if (given === undefined) throw new Error("quarterColumns needs a quarter");
  if (options.from !== undefined && options.to !== undefined) checkSameKind(options.from, options.to);
  const ltm = given.ltm === true;
  const sets = metrics.map((m) => new Set(quartersOf("filings", m).map((r) => periodOrdinal({ ...r, plan: false }))));
  const common = [...(sets[0] ?? new Set<number>())].filter((i) => sets.every((s) => s.has(i))).sort((a, b) => a - b);
  const first = options.from === undefined ? common[0] : periodOrdinal(options.from);
  const last = options.to === undefined ? common[common.length - 1] : periodOrdinal(options.to);
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
  return periods;
}

/**
 * One row per metric across `periods`, each cell what METRIC returns. With headers: the unit
 * corner, the period row (actual years as numbers, other periods as text), and labels saying which
 * cells the other basis supplied (the years by name; quarters only ever come from the filings).
 */
function seriesRows(metrics: readonly MetricId[], periods: readonly Period[], options: SeriesOptions): Spill {
  const { choice, unit, lang } = options;
  const rows: Spill = [];
  if (options.headers) {
    const corner = metrics.some((m) => METRICS[m].kind === "money") ? unitLabel(unit, lang) : "ratio";
    rows.push([
      corner,
      ...periods.map((p): SpillCell => (p.quarter === undefined && !p.plan ? p.year : periodLabel(p))),
    ]);
  }
  for (const metric of metrics) {
    const cells: SpillCell[] = [];
    const fellBack: Period[] = [];
    for (const p of periods) {
      const v = valueAt(metric, p, unit, choice);
      if (v.fallback) fellBack.push(p);
      cells.push(v.converted);
    }
    if (!options.headers) {
      rows.push(cells);
      continue;
    }
    let label = metricLabel(metric, lang);
    if (METRICS[metric].kind === "ratio") label += " (ratio)";
    if (fellBack.length > 0) {
      const other = basisName(otherBasis(choice.basis), lang);
      const yearly = fellBack.filter((p) => p.quarter === undefined).map((p) => p.year);
      label +=
        yearly.length === 0 ? ` [${other}]` : ` [${other}${lang === "fr" ? " :" : ":"} ${formatYears(yearly, lang)}]`;
    }
    rows.push([label, ...cells]);
  }
  return rows;
}

function noCommonYear(metrics: readonly MetricId[], sets: ReadonlyMap<MetricId, ReadonlySet<number>>): AmznError {
  const list = (lang: Lang): string =>
    [...new Set(metrics)].map((m) => `${m} ${formatYears([...(sets.get(m) ?? [])], lang)}`).join(", ");
  return notAvailable(
    `these metrics have no year in common: ${list("en")}`,
    `ces indicateurs n'ont aucune année en commun : ${list("fr")}`,
  );
}
