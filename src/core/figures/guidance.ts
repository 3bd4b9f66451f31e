/**
 * AMZN.GUIDANCE(metric, quarter, [unit]): Amazon's guidance for a quarter (net sales or operating
 * income), one row: low, high, actual, actual − midpoint, in the unit asked (B$ by default). The
 * ranges come from amazon-filings-extended.md §3.5 (all read in secondary reports of the releases,
 * class "secondary"); the actual is the filings' quarter figure (METRIC for that quarter). A quarter
 * whose actual the dataset lacks (Q2 2026, guided on 29 April 2026) shows "—" for actual and gap.
 */
import { type GuidanceRecord, type MetricId, GUIDANCE } from "../../data/index";
import { isBlank, scalarArg } from "../inputs";
import { findQuarterFigure, quarterIndex } from "../dataset";
import { type CellArg, type Spill, malformed, notAvailable } from "../runtime";
import { checkSpill, guard } from "../runtime";
import { memoize } from "../runtime";
import { resolveMetric } from "../inputs";
import { type Period, QUARTER_FORMS, parsePeriod, periodLabel } from "../dataset";
import { formatQuarters } from "../dataset";
import { type UnitCode, convertMoney, parseUnit } from "../dataset";

/** What a cell shows where the actual is not in the dataset yet. */
export const NO_ACTUAL = "—";

/** The metrics Amazon guides (its quarterly outlook gives net sales and operating income). */
export const GUIDED: readonly MetricId[] = ["revenue", "operating_income"];

function guidanceQuarters(metric: MetricId): { year: number; quarter: 1 | 2 | 3 | 4 }[] {
  return GUIDANCE.filter((g) => g.metric === metric).map((g) => ({ year: g.year, quarter: g.quarter }));
}

/** The guidance record for a metric and a quarter, or #N/A naming the guided quarters. */
export function guidanceFor(metric: MetricId, period: Period): GuidanceRecord {
  if (!GUIDED.includes(metric)) {
    throw notAvailable(
      `Amazon guides net sales (revenue) and operating income (operating_income) only, not ${metric}`,
      `Amazon ne donne de prévisions que pour les ventes (revenue) et le résultat opérationnel (operating_income), pas pour « ${metric} »`,
    );
  }
  if (period.quarter === undefined || period.ltm === true) {
    throw malformed(
      `quarter ${periodLabel(period)}: guidance is given for one quarter; use ${QUARTER_FORMS.en.replace(/ or twelve.*$/, "")}`,
      `trimestre ${periodLabel(period)} : les prévisions portent sur un trimestre ; utilisez ${QUARTER_FORMS.fr.replace(/ ou douze.*$/, "")}`,
    );
  }
  const found = GUIDANCE.find((g) => g.metric === metric && g.year === period.year && g.quarter === period.quarter);
  if (found === undefined) {
    const list = (lang: "en" | "fr"): string => formatQuarters(guidanceQuarters(metric), lang);
    throw notAvailable(
      `no guidance for ${metric} ${periodLabel(period)} in the dataset; guided quarters ${list("en")}`,
      `pas de prévision de « ${metric} » pour ${periodLabel(period)} dans les données ; trimestres couverts ${list("fr")}`,
    );
  }
  return found;
}

/** The row GUIDANCE spills, in `unit`: [low, high, actual | "—", actual − midpoint | "—"]. */
export function guidanceRow(metric: MetricId, period: Period, unit: UnitCode): (number | string)[] {
  const g = guidanceFor(metric, period);
  const to = (m: number): number => convertMoney(m, "M$", unit);
  const actual = findQuarterFigure("filings", metric, g.year, g.quarter);
  if (actual === undefined) return [to(g.low), to(g.high), NO_ACTUAL, NO_ACTUAL];
  const midpoint = (g.low + g.high) / 2;
  return [to(g.low), to(g.high), to(actual.value), to(Number((actual.value - midpoint).toPrecision(15)))];
}

/** Sorted guided quarters, as an index list (for tests and the gallery). */
export function guidedQuarterIndexes(metric: MetricId): number[] {
  return guidanceQuarters(metric)
    .map((r) => quarterIndex(r.year, r.quarter))
    .sort((a, b) => a - b);
}

function guidanceUncached(metricArg: CellArg, quarter: CellArg, unit?: CellArg): Spill {
  return guard(() => {
    const metric = resolveMetric(metricArg);
    const value = scalarArg(quarter, { en: "quarter", fr: "trimestre" });
    if (isBlank(value)) {
      throw malformed(
        `quarter is required: ${QUARTER_FORMS.en.replace(/ or twelve.*$/, "")}`,
        `trimestre obligatoire : ${QUARTER_FORMS.fr.replace(/ ou douze.*$/, "")}`,
      );
    }
    const period = parsePeriod(value, "filings", { en: "quarter", fr: "trimestre" });
    const unitCode = parseUnit(unit);
    return checkSpill([guidanceRow(metric, period, unitCode)]);
  });
}

/** Repeated calls are answered from a cache (see memo.ts). */
export const guidance = memoize(guidanceUncached);
