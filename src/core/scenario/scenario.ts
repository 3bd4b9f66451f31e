/**
 * Why one file of over 400 lines: the engine's equations, presets and parameter bounds are one
 * model (PRODUCT.md, "The capex scenario model"); the API (scenario-api.ts), valuation and
 * sensitivity live beside it.
 *
 * The capex scenario engine: PRODUCT.md "The capex scenario model", equation for equation.
 *
 * For year index t = 0 … years−1 (calendar year start_year + t), with L the useful life:
 *   Capex_t        = capex × (1 + capex_growth)^t
 *   Depreciation_t = straight-line charge of every vintage v ≤ t (full-year convention by default)
 *   NetPPE_t       = NetPPE_{t−1} + Capex_t − Depreciation_t      (= Σ capex − Σ depreciation)
 *   Revenue_t      = revenue_yield × Σ Capex_v over vintages with 1 ≤ t − v ≤ L
 *   EBITDA_t       = ebitda_margin × Revenue_t;   EBIT_t = EBITDA_t − Depreciation_t
 *   NOPAT_t        = EBIT_t × (1 − tax_rate);     FCF_t  = NOPAT_t + Depreciation_t − Capex_t
 *   CumFCF_t       = CumFCF_{t−1} + FCF_t
 *   ROIC_t         = NOPAT_t / average(NetPPE_{t−1}, NetPPE_t), NetPPE_{−1} = 0
 *
 * ROIC when the average net PP&E is 0 (no capital employed: capex of 0, or a useful life of one
 * year under the full-year convention, which expenses every vintage in its purchase year): the
 * ratio is undefined, and the engine returns 0, which the spec's percent format shows as "–"
 * (not meaningful). An error would blank the whole spill for one undefined ratio, and a text
 * marker would break arithmetic on the row. The native-formula sheet does the same with
 * IF(average = 0, 0, NOPAT / average).
 *
 * Payback year: the first calendar year whose cumulative FCF is positive, compared with zero to a
 * tolerance of 1e-9 of the model's scale (PAYBACK_TOLERANCE × the largest yearly capex): a
 * cumulative FCF within rounding noise of zero is zero, and zero is not yet paid back. With a
 * 100% tax rate cumulative FCF is exactly −net PP&E, and a useful life of one year makes it 0:
 * left-to-right sums can leave ±4.5e-15 there, which must not read as a payback year (LibreOffice,
 * summing more exactly, finds none). The scenario sheet applies the same comparison. null (shown
 * "beyond horizon", PAYBACK_BEYOND_HORIZON) when cumulative FCF does not turn positive within the
 * horizon.
 *
 * Every number the engine returns is finite: the valid ranges (capex ≤ 2,000 B$, growth ≤ +100%,
 * 30 years) keep it so, and the engine still checks (AmznError "value", #VALUE!, never Infinity).
 */
import { AmznError, type Bilingual, type Lang } from "../runtime";
import { type BoundedInput, type CheckOptions, type TypedUnit, checkBounded, rangeText } from "../inputs";
import { straightLineSchedule, type DepreciationConvention } from "./depreciation";
import { resolveAlias } from "./scenario-text";

export const SCENARIO_CASES = ["bear", "base", "bull"] as const;
export type ScenarioCase = (typeof SCENARIO_CASES)[number];

export interface ScenarioParams {
  /** First-year capex, B$. */
  readonly capex: number;
  /** Yearly change of capex after the first year, as a fraction (−0.1 = −10%). */
  readonly capexGrowth: number;
  /** Horizon, whole years 1–30. */
  readonly years: number;
  /** Straight-line useful life, whole years 1–50. */
  readonly usefulLife: number;
  /** Yearly revenue per $ of capex in service. */
  readonly revenueYield: number;
  /** EBITDA margin on that revenue, fraction −1 … 1. */
  readonly ebitdaMargin: number;
  /** Tax rate on EBIT, fraction 0 … 1. */
  readonly taxRate: number;
  /** Calendar year of t = 0, 1990–2100. */
  readonly startYear: number;
  /** Discount rate of NPV, fraction 0 … 0.5 (9% in every case). */
  readonly discountRate: number;
}

export type ScenarioParamId = keyof ScenarioParams;

/** Parameter ids in the order of CAPEX_SCENARIO's arguments (`output` comes before discount_rate). */
export const SCENARIO_PARAM_IDS: readonly ScenarioParamId[] = [
  "capex",
  "capexGrowth",
  "years",
  "usefulLife",
  "revenueYield",
  "ebitdaMargin",
  "taxRate",
  "startYear",
  "discountRate",
];

/** PRODUCT.md's case table. The first-year capex is the report's 2026 plan (200 B$, §6). */
export const SCENARIO_PRESETS: Readonly<Record<ScenarioCase, ScenarioParams>> = {
  bear: {
    capex: 200,
    capexGrowth: -0.1,
    years: 5,
    usefulLife: 4,
    revenueYield: 0.3,
    ebitdaMargin: 0.4,
    taxRate: 0.21,
    startYear: 2026,
    discountRate: 0.09,
  },
  base: {
    capex: 200,
    capexGrowth: 0,
    years: 5,
    usefulLife: 6,
    revenueYield: 0.45,
    ebitdaMargin: 0.55,
    taxRate: 0.21,
    startYear: 2026,
    discountRate: 0.09,
  },
  bull: {
    capex: 200,
    capexGrowth: 0.1,
    years: 5,
    usefulLife: 7,
    revenueYield: 0.6,
    ebitdaMargin: 0.6,
    taxRate: 0.21,
    startYear: 2026,
    discountRate: 0.09,
  },
};

/** Payback compares cumulative FCF with zero to this fraction of the model's scale (PRODUCT.md). */
export const PAYBACK_TOLERANCE = 1e-9;

/** The payback answer when cumulative FCF does not turn positive within the horizon: function and sheet. */
export const PAYBACK_BEYOND_HORIZON: Bilingual = {
  en: "beyond horizon",
  fr: "au-delà de l'horizon",
};

export const LINE_ITEMS = [
  "capex",
  "depreciation",
  "net_ppe",
  "revenue",
  "ebitda",
  "ebit",
  "nopat",
  "fcf",
  "cumulative_fcf",
  "roic",
] as const;
export type LineItem = (typeof LINE_ITEMS)[number];

export interface ScenarioResult {
  readonly params: ScenarioParams;
  /** Calendar years, start_year + t. */
  readonly years: readonly number[];
  /** One value per year for each line item: money in B$, ROIC as a fraction. */
  readonly rows: Readonly<Record<LineItem, readonly number[]>>;
  /** First year with cumulative FCF positive beyond rounding noise, or null if none within the horizon. */
  readonly paybackYear: number | null;
}

// ---------------------------------------------------------------------------------------------
// Names: cases and line items, English ids with French aliases.

const CASE_ALIASES: Readonly<Record<string, ScenarioCase>> = {
  bear: "bear",
  base: "base",
  bull: "bull",
  pessimiste: "bear",
  baissier: "bear",
  central: "base",
  centrale: "base",
  optimiste: "bull",
  haussier: "bull",
};

/** Parse a case name (English or French, case- and accent-insensitive). Throws AmznError "value". */
export function parseCaseName(text: string): ScenarioCase {
  return resolveAlias(
    text,
    CASE_ALIASES,
    { en: "unknown case", fr: "scénario inconnu" },
    {
      en: "'bear', 'base' (default) or 'bull'",
      fr: "« bear » / « pessimiste », « base » / « central » (par défaut) ou « bull » / « optimiste »",
    },
  );
}

/** The plan's value: NPV and IRR of the FCF row (valuation.ts). */
export const VALUATION_OUTPUTS = ["npv", "irr"] as const;
export type ValuationOutput = (typeof VALUATION_OUTPUTS)[number];

/** What `output` may name: a line item, the payback year, or the plan's NPV or IRR. */
export type ScenarioOutput = LineItem | "payback" | ValuationOutput;

const OUTPUT_ALIASES: Readonly<Record<string, ScenarioOutput>> = {
  capex: "capex",
  capital_expenditure: "capex",
  investissements: "capex",
  investissement: "capex",
  depreciation: "depreciation",
  "d&a": "depreciation",
  da: "depreciation",
  amortissements: "depreciation",
  amortissement: "depreciation",
  dotations: "depreciation",
  net_ppe: "net_ppe",
  ppe: "net_ppe",
  "net_pp&e": "net_ppe",
  immobilisations_nettes: "net_ppe",
  immobilisations: "net_ppe",
  revenue: "revenue",
  revenues: "revenue",
  sales: "revenue",
  chiffre_affaires: "revenue",
  chiffre_d_affaires: "revenue",
  ca: "revenue",
  revenus: "revenue",
  ebitda: "ebitda",
  ebe: "ebitda",
  ebit: "ebit",
  operating_income: "ebit",
  resultat_exploitation: "ebit",
  resultat_d_exploitation: "ebit",
  nopat: "nopat",
  fcf: "fcf",
  free_cash_flow: "fcf",
  flux_tresorerie_disponible: "fcf",
  flux_de_tresorerie_disponible: "fcf",
  cumulative_fcf: "cumulative_fcf",
  cum_fcf: "cumulative_fcf",
  fcf_cumule: "cumulative_fcf",
  fcf_cumul: "cumulative_fcf",
  roic: "roic",
  rcpi: "roic",
  payback: "payback",
  payback_year: "payback",
  retour_sur_investissement: "payback",
  annee_de_retour: "payback",
  delai_de_recuperation: "payback",
  npv: "npv",
  net_present_value: "npv",
  van: "npv",
  valeur_actuelle_nette: "npv",
  irr: "irr",
  internal_rate_of_return: "irr",
  tri: "irr",
  taux_de_rendement_interne: "irr",
};

/** Parse an `output` name (English id or French alias). Throws AmznError "value" with a suggestion. */
export function parseOutputName(text: string): ScenarioOutput {
  const valid = [...LINE_ITEMS, "payback", ...VALUATION_OUTPUTS].join(", ");
  return resolveAlias(text, OUTPUT_ALIASES, { en: "unknown output", fr: "résultat inconnu" }, { en: valid, fr: valid });
}

// ---------------------------------------------------------------------------------------------
// Bilingual (units in the labels, as analysts lay out models).

const LINE_ITEM_LABELS: Readonly<Record<LineItem, Bilingual>> = {
  capex: { en: "Capex (B$)", fr: "Investissements (Mds$)" },
  depreciation: { en: "Depreciation (B$)", fr: "Amortissements (Mds$)" },
  net_ppe: { en: "Net PP&E (B$)", fr: "Immobilisations nettes (Mds$)" },
  revenue: { en: "Revenue (B$)", fr: "Chiffre d'affaires (Mds$)" },
  ebitda: { en: "EBITDA (B$)", fr: "EBITDA (Mds$)" },
  ebit: { en: "EBIT (B$)", fr: "Résultat d'exploitation (Mds$)" },
  nopat: { en: "NOPAT (B$)", fr: "Résultat d'exploitation après impôt (Mds$)" },
  fcf: { en: "Free cash flow (B$)", fr: "Flux de trésorerie disponible (Mds$)" },
  cumulative_fcf: { en: "Cumulative FCF (B$)", fr: "Flux de trésorerie disponible cumulé (Mds$)" },
  roic: { en: "ROIC (fraction)", fr: "ROIC (fraction)" },
};

/**
 * A line item's label in `lang`. `percentFormatted` gives "ROIC (%)" for a sheet whose cell is
 * percent-formatted; the raw spill, which has no format, says "(fraction)".
 */
export function lineItemLabel(item: LineItem, lang: Lang, percentFormatted = false): string {
  if (item === "roic" && percentFormatted) return "ROIC (%)";
  return LINE_ITEM_LABELS[item][lang];
}

const CASE_LABELS: Readonly<Record<ScenarioCase, Bilingual>> = {
  bear: { en: "Bear case", fr: "Scénario pessimiste" },
  base: { en: "Base case", fr: "Scénario central" },
  bull: { en: "Bull case", fr: "Scénario optimiste" },
};

export function caseLabel(caseName: ScenarioCase, lang: Lang): string {
  return CASE_LABELS[caseName][lang];
}

export interface ParamInfo extends BoundedInput {
  /** The argument name users see in English Excel (CAPEX_SCENARIO's JSDoc). */
  readonly arg: string;
  /** The task pane's field label, with its unit. */
  readonly label: Bilingual;
  /** Percent text such as "10%" is accepted (rates and the revenue yield). */
  readonly rate: boolean;
}

/**
 * PRODUCT.md's valid inputs ("The capex scenario model"): capex 0–2,000 B$, capex_growth above
 * −100% and at most +100%, years 1–30, useful_life 1–50, revenue_yield 0–5, margins −100%–100%,
 * tax_rate 0–100%, start_year 1990–2100; "Valuing the capex plan": discount_rate 0–50%. `name` is the argument's name in English and French Excel
 * (functions.fr.json; test/functions/function-names.test.ts keeps them equal).
 */
export const SCENARIO_PARAM_INFO: Readonly<Record<ScenarioParamId, ParamInfo>> = {
  capex: {
    arg: "capex",
    name: { en: "capex", fr: "investissement" },
    noun: { en: "the first-year capex", fr: "l'investissement de la 1re année" },
    label: { en: "First-year capex (B$)", fr: "Investissements de la 1re année (Mds$)" },
    bounds: { kind: "money", min: 0, max: 2000 },
    rate: false,
  },
  capexGrowth: {
    arg: "capex_growth",
    name: { en: "capex_growth", fr: "croissance_invest" },
    noun: { en: "the yearly capex growth", fr: "la croissance annuelle des investissements" },
    label: { en: "Capex growth per year (%)", fr: "Croissance annuelle des investissements (%)" },
    bounds: { kind: "rate", min: -1, max: 1, minExclusive: true },
    rate: true,
  },
  years: {
    arg: "years",
    name: { en: "years", fr: "annees" },
    noun: { en: "the horizon", fr: "l'horizon" },
    label: { en: "Horizon (years)", fr: "Horizon (années)" },
    bounds: { kind: "years", min: 1, max: 30, integer: true },
    rate: false,
  },
  usefulLife: {
    arg: "useful_life",
    name: { en: "useful_life", fr: "duree_vie" },
    noun: { en: "the useful life", fr: "la durée d'utilité" },
    label: { en: "Useful life (years)", fr: "Durée d'utilité (années)" },
    bounds: { kind: "years", min: 1, max: 50, integer: true },
    rate: false,
  },
  revenueYield: {
    arg: "revenue_yield",
    name: { en: "revenue_yield", fr: "rendement_ca" },
    noun: {
      en: "the revenue yield ($ of revenue per $ of capex in service)",
      fr: "le rendement (chiffre d'affaires par $ d'actifs en service)",
    },
    label: {
      en: "Revenue yield ($ of revenue per $ of capex in service)",
      fr: "Rendement (chiffre d'affaires par $ d'actifs en service)",
    },
    bounds: { kind: "multiple", min: 0, max: 5 },
    rate: true,
  },
  ebitdaMargin: {
    arg: "ebitda_margin",
    name: { en: "ebitda_margin", fr: "marge_ebitda" },
    noun: { en: "the EBITDA margin", fr: "la marge d'EBITDA" },
    label: { en: "EBITDA margin (%)", fr: "Marge d'EBITDA (%)" },
    bounds: { kind: "rate", min: -1, max: 1 },
    rate: true,
  },
  taxRate: {
    arg: "tax_rate",
    name: { en: "tax_rate", fr: "taux_impot" },
    noun: { en: "the tax rate", fr: "le taux d'imposition" },
    label: { en: "Tax rate (%)", fr: "Taux d'imposition (%)" },
    bounds: { kind: "rate", min: 0, max: 1 },
    rate: true,
  },
  startYear: {
    arg: "start_year",
    name: { en: "start_year", fr: "annee_debut" },
    noun: { en: "the first year", fr: "la première année" },
    label: { en: "First year", fr: "Première année" },
    bounds: { kind: "year", min: 1990, max: 2100, integer: true },
    rate: false,
  },
  discountRate: {
    arg: "discount_rate",
    name: { en: "discount_rate", fr: "taux_actualisation" },
    noun: { en: "the discount rate", fr: "le taux d'actualisation" },
    label: { en: "Discount rate (%)", fr: "Taux d'actualisation (%)" },
    bounds: { kind: "rate", min: 0, max: 0.5 },
    rate: true,
  },
};

// ---------------------------------------------------------------------------------------------
// Validation.

/**
 * Check one parameter value; returns it or throws AmznError "value" (#VALUE!) with the valid range
 * (bounded.ts: one rule for every bounded input). `options` name the field and its unit for the
 * task pane ("Tax rate (%)", percent) and say how the value was typed (percent text gets no
 * "did you mean").
 */
export function checkScenarioParam(id: ScenarioParamId, value: number, options: CheckOptions = {}): number {
  return checkBounded(SCENARIO_PARAM_INFO[id], value, options);
}

/** A parameter's valid range in words, in the unit of the field ("percent" for a "(%)" field). */
export function scenarioParamRange(id: ScenarioParamId, lang: Lang, unit: TypedUnit = "fraction"): string {
  return rangeText(SCENARIO_PARAM_INFO[id].bounds, lang, unit);
}

/** Every parameter checked; throws the first AmznError, in argument order. */
export function validateScenarioParams(params: ScenarioParams): ScenarioParams {
  for (const id of SCENARIO_PARAM_IDS) checkScenarioParam(id, params[id]);
  return params;
}

/** The case's preset with the given overrides applied and checked. */
export function resolveScenarioParams(caseName: ScenarioCase, overrides: Partial<ScenarioParams> = {}): ScenarioParams {
  const merged: Record<ScenarioParamId, number> = { ...SCENARIO_PRESETS[caseName] };
  for (const id of SCENARIO_PARAM_IDS) {
    const value = overrides[id];
    if (value !== undefined) merged[id] = value;
  }
  return validateScenarioParams(merged);
}

// ---------------------------------------------------------------------------------------------
// The model.

function allFinite(values: readonly number[]): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/**
 * Run the model. Parameters are validated first (AmznError on failure); `convention` defaults to
 * the contract's full-year convention (CAPEX_SCENARIO and the sheet always use "full").
 */
export function runScenario(params: ScenarioParams, convention: DepreciationConvention = "full"): ScenarioResult {
  validateScenarioParams(params);
  const {
    capex,
    capexGrowth,
    years: horizon,
    usefulLife: life,
    revenueYield,
    ebitdaMargin,
    taxRate,
    startYear,
  } = params;

  // Plain loops: Array.from({ length }) and every(Number.isFinite) were half the model's cost
  // (npm run bench, "CAPEX_SCENARIO 30 years (first call, engine)").
  const years: number[] = [];
  const capexRow: number[] = [];
  for (let t = 0; t < horizon; t++) {
    years.push(startYear + t);
    capexRow.push(capex * Math.pow(1 + capexGrowth, t));
  }
  const depreciation = straightLineSchedule(capexRow, life, convention);

  const netPpe: number[] = [];
  const revenue: number[] = [];
  const ebitda: number[] = [];
  const ebit: number[] = [];
  const nopat: number[] = [];
  const fcf: number[] = [];
  const cumulativeFcf: number[] = [];
  const roic: number[] = [];
  let previousPpe = 0;
  let cumulative = 0;
  let paybackYear: number | null = null;
  // The model's scale: its largest yearly capex (capex is ≥ 0). 0 capex: nothing to pay back.
  const paybackThreshold = PAYBACK_TOLERANCE * Math.max(0, ...capexRow);

  for (let t = 0; t < horizon; t++) {
    const capexT = capexRow[t] ?? 0;
    const depreciationT = depreciation[t] ?? 0;
    const ppe = previousPpe + capexT - depreciationT;

    // Capex in service: vintages bought 1 … L years before t, in ascending order.
    let inService = 0;
    for (let v = Math.max(0, t - life); v <= t - 1; v++) inService += capexRow[v] ?? 0;
    const revenueT = revenueYield * inService;
    const ebitdaT = ebitdaMargin * revenueT;
    const ebitT = ebitdaT - depreciationT;
    const nopatT = ebitT * (1 - taxRate);
    const fcfT = nopatT + depreciationT - capexT;
    cumulative += fcfT;
    const averageCapital = (previousPpe + ppe) / 2;
    // Undefined ratio without capital employed: 0, shown "–" (see the module comment).
    const roicT = averageCapital === 0 ? 0 : nopatT / averageCapital;

    netPpe.push(ppe);
    revenue.push(revenueT);
    ebitda.push(ebitdaT);
    ebit.push(ebitT);
    nopat.push(nopatT);
    fcf.push(fcfT);
    cumulativeFcf.push(cumulative);
    roic.push(roicT);
    if (paybackYear === null && cumulative > paybackThreshold) paybackYear = years[t] ?? null;
    previousPpe = ppe;
  }

  const rows: Record<LineItem, readonly number[]> = {
    capex: capexRow,
    depreciation,
    net_ppe: netPpe,
    revenue,
    ebitda,
    ebit,
    nopat,
    fcf,
    cumulative_fcf: cumulativeFcf,
    roic,
  };
  for (const item of LINE_ITEMS) {
    if (!allFinite(rows[item])) {
      throw new AmznError("value", {
        en: `the scenario's numbers overflow (${item} is not a finite number): use a smaller capex or capex_growth`,
        fr: `les montants du scénario débordent (${item} n'est pas un nombre fini) : réduisez capex ou capex_growth`,
      });
    }
  }
  return { params, years, rows, paybackYear };
}
