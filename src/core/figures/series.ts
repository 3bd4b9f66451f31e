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
 */
import { type MetricId, METRICS } from "../../data/index";
import type { BasisChoice } from "../dataset";
import { metricLabel } from "../dataset";
import { missingFigure, missingMetric, yearsOf } from "../dataset";
import { type AmznError, type Lang, type Spill, type SpillCell, malformed, notAvailable } from "../runtime";
import { basisName, formatYears, isPlanYear, otherBasis, yearLabel } from "../wording";
import type { Period } from "../dataset";
import { type UnitCode, unitLabel } from "../dataset";
import { valueOf } from "../dataset";
import { buildQuarterSeries } from "../dataset";

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
  // Quarterly ranges (SERIES("aws_revenue", "2025Q1", "2026Q1")): see quarters.ts.
  if (options.from?.quarter !== undefined || options.to?.quarter !== undefined)
    return buildQuarterSeries(metrics, options);
  const { choice, unit, lang } = options;
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

  const rows: Spill = [];
  if (options.headers) {
    const corner = metrics.some((m) => METRICS[m].kind === "money") ? unitLabel(unit, lang) : "ratio";
    rows.push([corner, ...years.map((y): SpillCell => (isPlanYear(y) ? yearLabel(y) : y))]);
  }
  for (const metric of metrics) {
    const cells: SpillCell[] = [];
    const fellBack: number[] = [];
    for (const y of years) {
      const v = valueOf(metric, y, unit, choice);
      if (v.fallback) fellBack.push(y);
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
      label += ` [${other}${lang === "fr" ? " :" : ":"} ${formatYears(fellBack, lang)}]`;
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
