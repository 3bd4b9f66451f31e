/**
 * The raw-argument API of the AMZN data functions. The custom-functions layer wraps each function
 * one-to-one; arguments arrive exactly as Excel passes them (CellArg: a number, text, a boolean,
 * null for an empty cell or an omitted optional argument, undefined where a JavaScript caller omits
 * one, or a range as a matrix; core/inputs/args.ts).
 *
 * Contract: every failure is an AmznError (kind value / na / num, messages in English and French),
 * never a raw exception; no NaN or ±Infinity is ever returned, not even inside a spill; every
 * spill is a non-empty rectangle of finite numbers and text.
 *
 * Argument conventions (PRODUCT.md):
 * - optional arguments: undefined, null (empty cell) and blank text mean the default;
 * - a one-cell range is read as its value, a larger range where one value is expected is #VALUE!;
 * - period: 2024, "2024", "FY2024", "FY24", "FY0" (latest actual year of the basis), "FY-1",
 *   "FY+1", plan years 2026 / "2026E" (see periods.ts);
 * - unit: "B" (default), "M", "K", "U", French "Mds", "milliards", "millions" (see units.ts);
 * - basis: "report" (default) / "filings", French "rapport", "publié", "dépôts" (see bases.ts).
 *   A figure the report lacks falls back to the filings only when no basis was named;
 * - lang: "en" (default) / "fr", "english", "français", "fr-FR"; it picks labels only: errors
 *   always carry both languages.
 */
import { type KpiId, type MetricId, METRICS } from "../../data/index";
import { flattenArg, isBlank, parseHeaders, parseLang, scalarArg } from "../inputs";
import { type BasisChoice, parseBasis } from "../dataset";
import { catalogueSpill, kpiRecord } from "../dataset";
import { AmznError, type Bilingual, type CellArg, type Spill, malformed } from "../runtime";
import { computeGrowth, parseMethod } from "./growth";
import { checkFitsGrid, checkSpill, finite, guard } from "../runtime";
import { resolveKpi, resolveMetric, resolveSubject } from "../inputs";
import { type Period, parsePeriod } from "../dataset";
import { buildSeries } from "./series";
import { kpiSource, metricSource, metricYearSource } from "./source";
import { buildTable, parseTable } from "./tables";
import { parseUnit } from "../dataset";
import { valueAt } from "../dataset";
import { memoize } from "../runtime";
import { yearsOf } from "../dataset";
import { formatYears } from "../wording";

export { type Figure, type FigureLookup, type Provenance, findFigure, lookupFigure, yearsOf } from "../dataset";
export { type KpiInfo, type MetricInfo, kpiList, metricLabel, metricList } from "../dataset";
export { type GrowthMethod, GROWTH_METHODS } from "./growth";
export { type TableId, TABLE_IDS } from "./tables";

function figure(metricId: MetricId, period: CellArg, unit: CellArg, basis: CellArg): number {
  const choice = parseBasis(basis);
  // Ratios and counts ignore the unit (PRODUCT.md), so "%" is accepted for them.
  const unitCode = parseUnit(unit, { ratio: METRICS[metricId].kind !== "money" });
  return finite(valueAt(metricId, periodFor(metricId, period, choice), unitCode, choice).converted);
}

/**
 * Parses a period for one metric. A malformed period's message also names the years this metric
 * has, so "=AMZN.REVENUE(2024.5)" tells the user which years to type.
 */
function periodFor(metricId: MetricId, period: CellArg, choice: BasisChoice): Period {
  try {
    return parsePeriod(period, choice.basis);
  } catch (error) {
    if (!(error instanceof AmznError) || error.kind !== "value") throw error;
    const years = yearsOf(choice.basis, metricId);
    if (years.length === 0) throw error;
    const sourceEn = choice.basis === "report" ? "the report has" : "the filings have";
    const sourceFr = choice.basis === "report" ? "le rapport donne" : "les comptes publiés donnent";
    throw new AmznError("value", {
      en: `${error.messages.en} (${sourceEn} ${metricId} for ${formatYears(years, "en")})`,
      fr: `${error.messages.fr} (${sourceFr} ${metricId} pour ${formatYears(years, "fr")})`,
    });
  }
}

/** AMZN.REVENUE(period, [unit], [basis]): total net sales. */
function revenueUncached(period: CellArg, unit?: CellArg, basis?: CellArg): number {
  return guard(() => figure("revenue", period, unit, basis));
}

/** AMZN.NET_INCOME(period, [unit], [basis]). */
function netIncomeUncached(period: CellArg, unit?: CellArg, basis?: CellArg): number {
  return guard(() => figure("net_income", period, unit, basis));
}

/** AMZN.AWS_REVENUE(period, [unit], [basis]). */
function awsRevenueUncached(period: CellArg, unit?: CellArg, basis?: CellArg): number {
  return guard(() => figure("aws_revenue", period, unit, basis));
}

/** AMZN.METRIC(metric, period, [unit], [basis]): any metric id or alias. Ratios ignore the unit. */
function metricUncached(metricArg: CellArg, period: CellArg, unit?: CellArg, basis?: CellArg): number {
  return guard(() => figure(resolveMetric(metricArg), period, unit, basis));
}

/** AMZN.GROWTH(metric, from, to, [method], [basis]): a fraction, or a multiple for "multiple". */
function growthUncached(metricArg: CellArg, from: CellArg, to: CellArg, method?: CellArg, basis?: CellArg): number {
  return guard(() => {
    const id = resolveMetric(metricArg);
    const choice = parseBasis(basis);
    const how = parseMethod(method);
    const start = parsePeriod(from, choice.basis, { en: "from", fr: "début" });
    const end = parsePeriod(to, choice.basis, { en: "to", fr: "fin" });
    return finite(computeGrowth(id, start, end, how, choice));
  });
}

function optionalPeriod(arg: CellArg, choice: BasisChoice, name: Bilingual): Period | undefined {
  const value = scalarArg(arg, name);
  return isBlank(value) ? undefined : parsePeriod(value, choice.basis, name);
}

/** The metric ids, one row each; refused before any is read when `extraRows` more cannot fit Excel's grid. */
function metricIds(arg: CellArg, extraRows: number): MetricId[] {
  const cells = flattenArg(arg).filter(
    (cell) => !(cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")),
  );
  checkFitsGrid(cells.length + extraRows, 1);
  const ids: MetricId[] = [];
  for (const cell of cells) ids.push(resolveMetric(cell));
  if (ids.length === 0) {
    throw malformed(
      "metrics: give a metric id such as 'revenue', or a range of ids",
      "indicateurs : donnez un identifiant comme « revenue », ou une plage d'identifiants",
    );
  }
  return ids;
}

/**
 * AMZN.SERIES(metrics, [from], [to], [unit], [basis], [headers], [lang]): years across columns,
 * one row per metric; headers 1 (default) adds the year row and the label column. See series.ts
 * for the default years (no holes: #N/A when an explicit year lacks data).
 */
function seriesUncached(
  metrics: CellArg,
  from?: CellArg,
  to?: CellArg,
  unit?: CellArg,
  basis?: CellArg,
  headers?: CellArg,
  lang?: CellArg,
): Spill {
  return guard(() => {
    const withHeaders = parseHeaders(headers);
    const ids = metricIds(metrics, withHeaders ? 1 : 0);
    const choice = parseBasis(basis);
    const unitCode = parseUnit(unit);
    const language = parseLang(lang);
    const start = optionalPeriod(from, choice, { en: "from", fr: "début" });
    const end = optionalPeriod(to, choice, { en: "to", fr: "fin" });
    return checkSpill(
      buildSeries(ids, {
        ...(start === undefined ? {} : { from: start }),
        ...(end === undefined ? {} : { to: end }),
        unit: unitCode,
        choice,
        headers: withHeaders,
        lang: language,
      }),
    );
  });
}

/** AMZN.TABLE(table, [lang]): "results" (§1), "aws" (§2) or "kpis" (§3–§6), as printed. */
function tableUncached(name: CellArg, lang?: CellArg): Spill {
  return guard(() => {
    const id = parseTable(name);
    return checkSpill(buildTable(id, parseLang(lang)));
  });
}

/** AMZN.KPI(name): rufus_users, rufus_purchase_uplift, ai_listing_sellers, deepfleet_robots, capex_plan_2026. */
function kpiUncached(name: CellArg): number {
  return guard(() => {
    const id: KpiId = resolveKpi(name);
    return finite(kpiRecord(id).value);
  });
}

/** AMZN.METRICS([lang]): id, label, unit, years (report), years (filings), source section. */
function metricsCatalogueUncached(lang?: CellArg): Spill {
  return guard(() => checkSpill(catalogueSpill(parseLang(lang))));
}

/** AMZN.SOURCE(metric, [period], [basis], [lang]): where a figure (or a KPI) comes from. */
function sourceUncached(metricArg: CellArg, period?: CellArg, basis?: CellArg, lang?: CellArg): string {
  return guard(() => {
    const subject = resolveSubject(metricArg);
    const choice = parseBasis(basis);
    const language = parseLang(lang);
    const p = optionalPeriod(period, choice, { en: "period", fr: "période" });
    let text: string;
    if (subject.kind === "kpi") {
      if (p !== undefined) {
        throw malformed(
          `${subject.id} is a KPI with no year: leave the period empty`,
          `${subject.id} est un KPI sans année : laissez la période vide`,
        );
      }
      text = kpiSource(subject.id, choice, language);
    } else {
      text =
        p === undefined
          ? metricSource(subject.id, choice, language)
          : metricYearSource(subject.id, p, choice, language);
    }
    if (text.length === 0) throw malformed("empty source text", "texte de source vide");
    return text;
  });
}

// Every AMZN data function answers a repeated call from its cache (see memo.ts).
export const revenue = memoize(revenueUncached);
export const netIncome = memoize(netIncomeUncached);
export const awsRevenue = memoize(awsRevenueUncached);
export const metric = memoize(metricUncached);
export const growth = memoize(growthUncached);
export const series = memoize(seriesUncached);
export const table = memoize(tableUncached);
export const kpi = memoize(kpiUncached);
export const metricsCatalogue = memoize(metricsCatalogueUncached);
export const source = memoize(sourceUncached);
