/**
 * Why one file of over 400 lines: Microsoft's metadata plugin reads every custom function's JSDoc
 * and signature from this one file (README, "functions.ts"); it holds declarations and one-line
 * forwarders only.
 *
 * The AMZN custom functions as Excel registers them: the metadata (the JSDoc below generates
 * functions.json through custom-functions-metadata-plugin, which appends the
 * CustomFunctions.associate calls to this module) and a thin forwarder per function. What each one
 * answers is in answers.ts, with core and the dataset, in a chunk of its own loaded at the first
 * call: registering waits only for this small chunk (npm run bench, "cold start"), and a page
 * outside Excel, where office.js defines CustomFunctions.associate too, never evaluates core.
 * Until the answers have loaded a call returns a promise, which Excel awaits like any asynchronous
 * function; from then on, the answer itself. Ids are explicit because the plugin would otherwise
 * upper-case the TypeScript name (capexScenario -> CAPEXSCENARIO).
 *
 * One declaration per function: its JSDoc and its TypeScript parameters are the metadata (the
 * plugin reads the syntax of top-level function declarations: parameter types naming the enums
 * below, optional parameters, `number[][]` for a range), and its body forwards the call. The
 * result is declared in the JSDoc (`@returns {Promise<any[][]>}`), not in TypeScript: the plugin
 * unwraps a `Promise<…>` it reads there (a spill stays a "matrix") and TypeScript infers what the
 * body really returns, the answer or a promise of it (a written union with a promise would lose
 * the spill's dimensionality in the metadata). Excel passes any text where a parameter names an
 * enum; the answers (answers.ts) take it as text.
 *
 * Metadata types: an argument that takes several forms (2024, "FY2024", "2026E") is a union, which
 * the plugin declares `any`; core validates it. Optional `lang` arguments default to Office's
 * display language.
 *
 * AutoComplete: every fixed-choice argument is typed with a `@customenum` below (the plugin links
 * the parameter with `customEnumId`). An enum suggests, it does not restrict: Excel passes whatever
 * the user typed ("milliards", "bénéfice net"), which the body forwards as text and core parses. Each enum holds one seed member: the build fills the values from core's lists
 * (src/functions/enum-values.ts, webpack.config.js), so an id added in core is offered at once.
 *
 * Figures: REVENUE, NET_INCOME, AWS_REVENUE, METRIC, KPI and GROWTH return a number or a number
 * with its provenance (an Excel.DoubleCellValue, answers.ts); their result is therefore declared `any`.
 */
import type * as AnswersModule from "./answers";
import { notLoadedError } from "./excel-errors";

type Answers = typeof AnswersModule;
type Arguments = { [Name in keyof Answers]: Parameters<Answers[Name]> };
type Results = { [Name in keyof Answers]: ReturnType<Answers[Name]> };
type Forwarders = { [Name in keyof Answers]: (...args: Arguments[Name]) => Results[Name] };

/** The answers once their chunk has run: from then on every call is answered synchronously. */
let answers: Answers | undefined;
let loading: Promise<Answers> | undefined;

/**
 * Loads the answers (with core and the dataset: webpack.config.js moves the "answers" chunk's
 * modules into core.js) once, at the first call: registering the functions waits for none of it,
 * and a page outside Excel never evaluates it. If the chunk does not arrive, the calls waiting for
 * it get a message, and the next call tries again.
 */
export function loadAnswers(): Promise<Answers> {
  loading ??= import(/* webpackChunkName: "answers" */ "./answers").then(
    (loaded) => (answers = loaded),
    (error: unknown) => {
      loading = undefined;
      throw notLoadedError(error);
    },
  );
  return loading;
}

/**
 * A call made before the answers loaded, answered once they have. It takes the function's name and
 * arguments rather than a closure: a closure over the arguments, even one never created, makes V8
 * allocate a context for them on every call of the forwarder (measured: +5–10 ns on REVENUE).
 */
function later<Name extends keyof Answers>(name: Name, args: Arguments[Name]): Promise<Results[Name]> {
  // Through the mapped type, TypeScript relates `name` to `args` (a plain Answers[Name] it cannot).
  return loadAnswers().then((loaded) => {
    const forward: Forwarders = loaded;
    return forward[name](...args);
  });
}

// The seed member of each enum is its default (or first) value; see the header.

/**
 * Metric ids of the dataset, with their labels.
 * @customenum {string}
 */
enum MetricIds {
  /** Total net sales. */
  revenue = "revenue",
}

/**
 * The metrics Amazon gives guidance for.
 * @customenum {string}
 */
enum GuidanceMetrics {
  /** Total net sales. */
  revenue = "revenue",
}

/**
 * The metrics BRIDGE walks from their filed components.
 * @customenum {string}
 */
enum BridgeMetrics {
  /** Net income. */
  net_income = "net_income",
}

/**
 * The report's non-yearly indicators.
 * @customenum {string}
 */
enum KpiIds {
  /** Customers who used Rufus. */
  rufus_users = "rufus_users",
}

/**
 * Metric ids and KPI ids (SOURCE accepts both).
 * @customenum {string}
 */
enum SourceSubjects {
  /** Total net sales. */
  revenue = "revenue",
}

/**
 * Units of money.
 * @customenum {string}
 */
enum Units {
  /** Billions of US$. */
  B = "B",
}

/**
 * The two bases of figures.
 * @customenum {string}
 */
enum Bases {
  /** The report's figures. */
  report = "report",
}

/**
 * Growth methods.
 * @customenum {string}
 */
enum GrowthMethods {
  /** to / from − 1. */
  total = "total",
}

/**
 * The report's tables.
 * @customenum {string}
 */
enum TableIds {
  /** §1 financial results. */
  results = "results",
}

/**
 * Label languages.
 * @customenum {string}
 */
enum Languages {
  /** English. */
  en = "en",
}

/**
 * Scenario cases.
 * @customenum {string}
 */
enum ScenarioCases {
  /** Base case. */
  base = "base",
}

/**
 * Line items of the capex scenario, the payback year, NPV and IRR.
 * @customenum {string}
 */
enum ScenarioOutputs {
  /** Capex (B$). */
  capex = "capex",
}

/**
 * What a sensitivity grid shows in each cell.
 * @customenum {string}
 */
enum SensitivityOutputs {
  /** NPV (B$). */
  npv = "npv",
}

/**
 * The capex scenario's inputs a sensitivity grid can vary.
 * @customenum {string}
 */
enum ScenarioInputs {
  /** Useful life (years). */
  useful_life = "useful_life",
}

/**
 * SERIES's headers switch.
 * @customenum {number}
 */
enum HeaderRows {
  /** A year row and a label column. */
  withHeaders = 1,
}

/**
 * Depreciation conventions.
 * @customenum {string}
 */
enum Conventions {
  /** A full year's charge in the year of purchase. */
  full = "full",
}

/**
 * Amazon's total net sales for a fiscal year. Example: =AMZN.REVENUE(2024) returns 638.
 * @customfunction REVENUE
 * @helpurl https://localhost:3000/assets/help/en/revenue.html
 * @param period Fiscal year: 2024, "FY2024", "FY0" (latest, 2025), "FY-1"; a quarter "2025Q3" / "Q3 2025" (filings), "LTM 2025Q4".
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U" (dollars).
 * @param [basis] "report" (default: the report's figures) or "filings" (Amazon's filed figures).
 * @returns {Promise<number | Excel.DoubleCellValue>} Revenue in the chosen unit.
 */
export function revenue(period: number | string, unit?: Units, basis?: Bases) {
  return answers ? answers.revenue(period, unit, basis) : later("revenue", [period, unit, basis]);
}

/**
 * Amazon's net income for a fiscal year. Example: =AMZN.NET_INCOME(2025) returns 77.7.
 * @customfunction NET_INCOME
 * @helpurl https://localhost:3000/assets/help/en/net_income.html
 * @param period Fiscal year: 2024, "FY2024", "FY0" (latest, 2025), "FY-1"; a quarter "2025Q3" / "Q3 2025" (filings), "LTM 2025Q4".
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U" (dollars).
 * @param [basis] "report" (default: the report's figures) or "filings" (Amazon's filed figures).
 * @returns {Promise<number | Excel.DoubleCellValue>} Net income in the chosen unit.
 */
export function netIncome(period: number | string, unit?: Units, basis?: Bases) {
  return answers ? answers.netIncome(period, unit, basis) : later("netIncome", [period, unit, basis]);
}

/**
 * AWS net sales for a fiscal year. Example: =AMZN.AWS_REVENUE(2024) returns 107.6.
 * @customfunction AWS_REVENUE
 * @helpurl https://localhost:3000/assets/help/en/aws_revenue.html
 * @param period Fiscal year: 2024, "FY2024", "FY0" (latest, 2025), "FY-1"; a quarter "2025Q3" / "Q3 2025" (filings), "LTM 2025Q4".
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U" (dollars).
 * @param [basis] "report" (default: the report's figures) or "filings" (Amazon's filed figures).
 * @returns {Promise<number | Excel.DoubleCellValue>} AWS revenue in the chosen unit.
 */
export function awsRevenue(period: number | string, unit?: Units, basis?: Bases) {
  return answers ? answers.awsRevenue(period, unit, basis) : later("awsRevenue", [period, unit, basis]);
}

/**
 * Any metric of the dataset for a fiscal year, by id or French name. Example: =AMZN.METRIC("capex", 2025, "B", "filings") returns 131.819.
 * @customfunction METRIC
 * @helpurl https://localhost:3000/assets/help/en/metric.html
 * @param metric Metric id (revenue, net_income, aws_revenue, aws_operating_margin, capex, free_cash_flow, ...) or French name ("bénéfice net").
 * @param period Fiscal year: 2024, "FY2024", "FY0" (latest actual year), "FY-1", plan year "2026E"; a quarter "2025Q3", "Q3 2025", "Q3-25", "2025-Q3", "T3 2025"; "LTM 2025Q3" / "TTM 2025Q3".
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U". Ratios come back as fractions, counts as plain numbers.
 * @param [basis] "report" (default: the report's figures) or "filings" (Amazon's filed figures).
 * @returns {Promise<number | Excel.DoubleCellValue>} The figure in the chosen unit.
 */
export function metric(metric: MetricIds, period: number | string, unit?: Units, basis?: Bases) {
  return answers ? answers.metric(metric, period, unit, basis) : later("metric", [metric, period, unit, basis]);
}

/**
 * Growth of a metric between two years, as a fraction. Example: =AMZN.GROWTH("net_income", 2023, 2025, "cagr") returns 0.609.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/assets/help/en/growth.html
 * @param metric Metric id or French name, e.g. "revenue", "net_income", "aws_revenue".
 * @param from Start year (before `to`), or a quarter ("2025Q1") or an LTM period to compare with one of the same kind.
 * @param to End year, or quarter ("2026Q1": year on year from "2025Q1").
 * @param [method] "total" (default, to/from − 1; for a ratio such as a margin, the change in points, to − from), "cagr" (compound annual; not for ratios), "multiple" (to/from) or "reported" (the rate the report prints, consecutive years).
 * @param [basis] "report" (default) or "filings".
 * @returns {Promise<number | Excel.DoubleCellValue>} Growth as a fraction (0.12 = 12%), or a multiple; for a ratio, the change in points as a fraction (0.08 = 8 points).
 */
export function growth(
  metric: MetricIds,
  from: number | string,
  to: number | string,
  method?: GrowthMethods,
  basis?: Bases,
) {
  return answers ? answers.growth(metric, from, to, method, basis) : later("growth", [metric, from, to, method, basis]);
}

/**
 * Metrics by year as a spill: years across columns, one row per metric. Example: =AMZN.SERIES("revenue").
 * @customfunction SERIES
 * @helpurl https://localhost:3000/assets/help/en/series.html
 * @param metrics One metric id, or a range or array of ids (one row each).
 * @param [from] First year or quarter ("2025Q1") (default: the first year every metric has).
 * @param [to] Last year or quarter ("2026Q1") (default: the last year every metric has).
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U".
 * @param [basis] "report" (default) or "filings".
 * @param [headers] 1 (default) adds a year row and a label column; 0 returns the values only.
 * @returns {Promise<any[][]>} A spill of years across, metrics down.
 */
export function series(
  metrics: string[][],
  from?: number | string,
  to?: number | string,
  unit?: Units,
  basis?: Bases,
  headers?: HeaderRows,
) {
  return answers
    ? answers.series(metrics, from, to, unit, basis, headers)
    : later("series", [metrics, from, to, unit, basis, headers]);
}

/**
 * One of the report's tables as printed. Example: =AMZN.TABLE("results").
 * @customfunction TABLE
 * @helpurl https://localhost:3000/assets/help/en/table.html
 * @param table "results" (§1 financial results), "aws" (§2 AWS) or "kpis" (§3–§6 AI indicators).
 * @param [lang] Labels in "en" or "fr" (default: Excel's display language).
 * @returns {Promise<any[][]>} A spill with the table's labels and figures.
 */
export function table(table: TableIds, lang?: Languages) {
  return answers ? answers.table(table, lang) : later("table", [table, lang]);
}

/**
 * A non-yearly indicator of the report. Example: =AMZN.KPI("rufus_users") returns 250000000.
 * @customfunction KPI
 * @helpurl https://localhost:3000/assets/help/en/kpi.html
 * @param name rufus_users, rufus_purchase_uplift, ai_listing_sellers, deepfleet_robots or capex_plan_2026 (French names accepted).
 * @returns {Promise<number | Excel.DoubleCellValue>} The indicator: a count, a fraction or B$.
 */
export function kpi(name: KpiIds) {
  return answers ? answers.kpi(name) : later("kpi", [name]);
}

/**
 * The catalogue of metrics: id, label, unit, years per basis, source. Example: =AMZN.METRICS().
 * @customfunction METRICS
 * @helpurl https://localhost:3000/assets/help/en/metrics.html
 * @param [lang] Labels in "en" or "fr" (default: Excel's display language).
 * @returns {Promise<any[][]>} A spill with one row per metric.
 */
export function metrics(lang?: Languages) {
  return answers ? answers.metrics(lang) : later("metrics", [lang]);
}

/**
 * Where a figure comes from: section, original French label, basis and flags. Example: =AMZN.SOURCE("revenue", 2024).
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/assets/help/en/source.html
 * @param metric Metric id, KPI id or French name.
 * @param [period] Fiscal year, quarter ("2025Q3") or "LTM 2025Q4" (leave empty for a KPI).
 * @param [basis] "report" (default) or "filings".
 * @param [lang] "en" or "fr" (default: Excel's display language).
 * @returns {Promise<string>} The provenance as text.
 */
export function source(metric: SourceSubjects, period?: number | string, basis?: Bases, lang?: Languages) {
  return answers ? answers.source(metric, period, basis, lang) : later("source", [metric, period, basis, lang]);
}

/**
 * Amazon's guidance for a quarter beside the actual: low, high, actual, actual − midpoint (ranges of class "secondary": read in reports of the releases). Example: =AMZN.GUIDANCE("revenue", "2025Q4") returns 206, 213, 213.386, 3.886.
 * @customfunction GUIDANCE
 * @helpurl https://localhost:3000/assets/help/en/guidance.html
 * @param metric "revenue" (net sales) or "operating_income" (French names accepted).
 * @param quarter A quarter: "2025Q4", "Q4 2025", "Q4-25", "2025-Q4" or "T4 2025" (guided quarters 2025Q1–2026Q2).
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U".
 * @returns {Promise<any[][]>} One row: low, high, actual and actual − midpoint ("—" where the actual is not in the dataset yet).
 */
export function guidance(metric: GuidanceMetrics, quarter: number | string, unit?: Units) {
  return answers ? answers.guidance(metric, quarter, unit) : later("guidance", [metric, quarter, unit]);
}

/**
 * Every derived claim of the report (growth rates, margin, multiples, wording, the Anthropic year) against the report's own figures and Amazon's filings, with a status: ok, rounding or mismatch. Example: =AMZN.RECONCILE("net_income").
 * @customfunction RECONCILE
 * @helpurl https://localhost:3000/assets/help/en/reconcile.html
 * @param [metric] Only the claims about this metric (id or French name); empty for all.
 * @param [lang] "en" or "fr" (default: Excel's display language).
 * @returns {Promise<any[][]>} A spill: one row per claim with reported, computed and filed values, gap and status.
 */
export function reconcile(metric?: MetricIds, lang?: Languages) {
  return answers ? answers.reconcile(metric, lang) : later("reconcile", [metric, lang]);
}

/**
 * Where a change in profit came from: the walk from one period's net income (or operating income) to another's, one step per filed component (segments' operating income, non-operating income, taxes, equity-method), plus a rounding step where published components do not add up. Example: =AMZN.BRIDGE("net_income", 2023, 2025, "M") starts at 30425, AWS +20975, ends at 77670.
 * @customfunction BRIDGE
 * @helpurl https://localhost:3000/assets/help/en/bridge.html
 * @param metric "net_income" (segments, non-operating income, taxes, equity-method) or "operating_income" (the three segments); French names accepted.
 * @param from Start year 2022–2025 (before `to`), or a quarter ("2025Q1") or "LTM 2025Q4" for operating income.
 * @param to End year, quarter or LTM period, of the same kind as `from`.
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U".
 * @param [lang] Labels in "en" or "fr" (default: Excel's display language).
 * @returns {Promise<any[][]>} A spill of two columns, label and value: the start, one row per component's change, the end (start + steps = end).
 */
export function bridge(
  metric: BridgeMetrics,
  from: number | string,
  to: number | string,
  unit?: Units,
  lang?: Languages,
) {
  return answers ? answers.bridge(metric, from, to, unit, lang) : later("bridge", [metric, from, to, unit, lang]);
}

/**
 * Straight-line depreciation of yearly capex amounts, oriented like the input (a row gives a row, a column a column), ending at the last input year or at the end of the last amount's life, whichever is first. Example: =AMZN.DEPRECIATION(B2:F2, 5).
 * @customfunction DEPRECIATION
 * @helpurl https://localhost:3000/assets/help/en/depreciation.html
 * @param capex A row or column of yearly capex amounts (empty cells count as 0).
 * @param useful_life Useful life in years, an integer from 1 to 50.
 * @param [convention] "full" (default: a full year's charge in the year of purchase) or "half" (half in the first and in the year after the life ends).
 * @returns {Promise<number[][]>} Depreciation per year, in the unit of the capex.
 */
export function depreciation(capex: number[][], useful_life: number, convention?: Conventions) {
  return answers
    ? answers.depreciation(capex, useful_life, convention)
    : later("depreciation", [capex, useful_life, convention]);
}

/**
 * An illustrative capex model around Amazon's 2026 plan: capex, depreciation, net PP&E, revenue, EBITDA, EBIT, NOPAT, FCF, cumulative FCF and ROIC by year. Example: =AMZN.CAPEX_SCENARIO("bull").
 * @customfunction CAPEX_SCENARIO
 * @helpurl https://localhost:3000/assets/help/en/capex_scenario.html
 * @param [case_name] "bear", "base" (default) or "bull": the preset for every omitted argument.
 * @param [capex] First-year capex in B$, 0 to 2,000 (preset: 200, the report's 2026 plan).
 * @param [capex_growth] Yearly change of capex after the first year, a fraction or percent text: 0.1 or "10%", above −100% and at most +100% (presets −10%, 0%, +10%).
 * @param [years] Horizon in years, 1 to 30 (preset 5).
 * @param [useful_life] Straight-line useful life in years, 1 to 50 (presets 4, 6, 7).
 * @param [revenue_yield] Yearly revenue per $ of capex in service, 0 to 5 (presets 0.30, 0.45, 0.60).
 * @param [ebitda_margin] EBITDA margin on that revenue, 0.55 or "55%", −100% to 100% (presets 40%, 55%, 60%).
 * @param [tax_rate] Tax rate on EBIT, 0.21 or "21%", 0% to 100% (preset 21%); 21 is refused as "did you mean 21%?".
 * @param [start_year] Calendar year of the first column, 1990 to 2100 (preset 2026).
 * @param [output] One line item alone, without label: capex, depreciation, net_ppe, revenue, ebitda, ebit, nopat, fcf, cumulative_fcf, roic, or payback (the year, or "beyond horizon" as on the scenario sheet), npv (B$, Excel's NPV of the FCF row), irr (Excel's IRR; #N/A when FCF never changes sign).
 * @param [discount_rate] Discount rate of npv, 0.09 or "9%", 0% to 50% (preset 9%); 9 is refused as "did you mean 9%?".
 * @returns {Promise<any[][]>} A spill: a header row of years, then one row per line item (B$, ROIC as a fraction).
 */
export function capexScenario(
  case_name?: ScenarioCases,
  capex?: number | string,
  capex_growth?: number | string,
  years?: number | string,
  useful_life?: number | string,
  revenue_yield?: number | string,
  ebitda_margin?: number | string,
  tax_rate?: number | string,
  start_year?: number | string,
  output?: ScenarioOutputs,
  discount_rate?: number | string,
) {
  return answers
    ? answers.capexScenario(
        case_name,
        capex,
        capex_growth,
        years,
        useful_life,
        revenue_yield,
        ebitda_margin,
        tax_rate,
        start_year,
        output,
        discount_rate,
      )
    : later("capexScenario", [
        case_name,
        capex,
        capex_growth,
        years,
        useful_life,
        revenue_yield,
        ebitda_margin,
        tax_rate,
        start_year,
        output,
        discount_rate,
      ]);
}

/**
 * A grid of one capex scenario output over two of its inputs: each cell is CAPEX_SCENARIO with those two set. Example: =AMZN.SENSITIVITY("npv", "useful_life", {4;5;6}, "revenue_yield", {0.3,0.45,0.6}, "base", , , 30).
 * @customfunction SENSITIVITY
 * @helpurl https://localhost:3000/assets/help/en/sensitivity.html
 * @param output What each cell shows: npv (B$), irr ("none" where there is none), payback (a year or "beyond horizon"), cumulative_fcf or roic (the last year's).
 * @param row_input The input varied down the rows: capex, capex_growth, years, useful_life, revenue_yield, ebitda_margin, tax_rate or discount_rate.
 * @param row_values Its values: a row or column of 1 to 25, each in the input's valid range (rates as 0.1 or "10%").
 * @param col_input The input varied across the columns, another one of the same list.
 * @param col_values Its values: a row or column of 1 to 25.
 * @param [case_name] "bear", "base" (default) or "bull": the preset for every input not given.
 * @param [capex] First-year capex in B$, 0 to 2,000, as in CAPEX_SCENARIO (ignored if varied, like every input below).
 * @param [capex_growth] Yearly change of capex after the first year, above −100% and at most +100%.
 * @param [years] Horizon in years, 1 to 30 (preset 5).
 * @param [useful_life] Straight-line useful life in years, 1 to 50.
 * @param [revenue_yield] Yearly revenue per $ of capex in service, 0 to 5.
 * @param [ebitda_margin] EBITDA margin, −100% to 100%.
 * @param [tax_rate] Tax rate on EBIT, 0% to 100%.
 * @param [start_year] Calendar year of the first year, 1990 to 2100.
 * @param [discount_rate] Discount rate of npv, 0% to 50% (preset 9%).
 * @returns {Promise<any[][]>} A spill of (1 + rows) × (1 + columns): the corner names the output and inputs, the first row the column values, the first column the row values.
 */
// The values are a range of numbers or percent texts ("9%"): `any[][]` is the metadata's "any"
// matrix, which lets Excel pass both (the plugin reads the TypeScript type; a union is not read).
/* eslint-disable @typescript-eslint/no-explicit-any */
export function sensitivity(
  output: SensitivityOutputs,
  row_input: ScenarioInputs,
  row_values: any[][],
  col_input: ScenarioInputs,
  col_values: any[][],
  case_name?: ScenarioCases,
  capex?: number | string,
  capex_growth?: number | string,
  years?: number | string,
  useful_life?: number | string,
  revenue_yield?: number | string,
  ebitda_margin?: number | string,
  tax_rate?: number | string,
  start_year?: number | string,
  discount_rate?: number | string,
) {
  const args = [
    output,
    row_input,
    row_values,
    col_input,
    col_values,
    case_name,
    capex,
    capex_growth,
    years,
    useful_life,
    revenue_yield,
    ebitda_margin,
    tax_rate,
    start_year,
    discount_rate,
  ] as const;
  return answers ? answers.sensitivity(...args) : later("sensitivity", [...args]);
}
/* eslint-enable @typescript-eslint/no-explicit-any */
