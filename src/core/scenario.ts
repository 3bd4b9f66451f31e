/**
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
 * Payback year: the first calendar year whose cumulative FCF is ≥ 0, or null when cumulative FCF
 * stays negative over the whole horizon.
 *
 * Every number the engine returns is finite: a scenario whose numbers overflow (a capex of 1e300
 * growing 1000% a year) is an impossible number, AmznError "num" (#NUM!).
 */
import { AmznError, impossible, malformed, type Lang } from "./errors";
import { straightLineSchedule, type DepreciationConvention } from "./depreciation";
import { formatNumber, resolveAlias } from "./scenario-text";

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
  /** Calendar year of t = 0, 1900–2200. */
  readonly startYear: number;
}

export type ScenarioParamId = keyof ScenarioParams;

/** Parameter ids in the order of CAPEX_SCENARIO's arguments. */
export const SCENARIO_PARAM_IDS: readonly ScenarioParamId[] = [
  "capex",
  "capexGrowth",
  "years",
  "usefulLife",
  "revenueYield",
  "ebitdaMargin",
  "taxRate",
  "startYear",
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
  },
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
  /** First year with cumulative FCF ≥ 0, or null if none within the horizon. */
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

/** What `output` may name: a line item, or the payback year. */
export type ScenarioOutput = LineItem | "payback";

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
};

/** Parse an `output` name (English id or French alias). Throws AmznError "value" with a suggestion. */
export function parseOutputName(text: string): ScenarioOutput {
  const valid = [...LINE_ITEMS, "payback"].join(", ");
  return resolveAlias(text, OUTPUT_ALIASES, { en: "unknown output", fr: "résultat inconnu" }, { en: valid, fr: valid });
}

// ---------------------------------------------------------------------------------------------
// Labels (units in the labels, as analysts lay out models).

const LINE_ITEM_LABELS: Readonly<Record<LineItem, Readonly<Record<Lang, string>>>> = {
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

const CASE_LABELS: Readonly<Record<ScenarioCase, Readonly<Record<Lang, string>>>> = {
  bear: { en: "Bear case", fr: "Scénario pessimiste" },
  base: { en: "Base case", fr: "Scénario central" },
  bull: { en: "Bull case", fr: "Scénario optimiste" },
};

export function caseLabel(caseName: ScenarioCase, lang: Lang): string {
  return CASE_LABELS[caseName][lang];
}

export interface ParamInfo {
  /** The argument name users see in Excel (CAPEX_SCENARIO's JSDoc). */
  readonly arg: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** Percent text such as "10%" is accepted for rates. */
  readonly rate: boolean;
}

export const SCENARIO_PARAM_INFO: Readonly<Record<ScenarioParamId, ParamInfo>> = {
  capex: {
    arg: "capex",
    label: { en: "First-year capex (B$)", fr: "Investissements de la 1re année (Mds$)" },
    rate: false,
  },
  capexGrowth: {
    arg: "capex_growth",
    label: { en: "Capex growth per year (%)", fr: "Croissance annuelle des investissements (%)" },
    rate: true,
  },
  years: { arg: "years", label: { en: "Horizon (years)", fr: "Horizon (années)" }, rate: false },
  usefulLife: { arg: "useful_life", label: { en: "Useful life (years)", fr: "Durée d'utilité (années)" }, rate: false },
  revenueYield: {
    arg: "revenue_yield",
    label: {
      en: "Revenue yield ($ of revenue per $ of capex in service)",
      fr: "Rendement (chiffre d'affaires par $ d'actifs en service)",
    },
    rate: true,
  },
  ebitdaMargin: { arg: "ebitda_margin", label: { en: "EBITDA margin (%)", fr: "Marge d'EBITDA (%)" }, rate: true },
  taxRate: { arg: "tax_rate", label: { en: "Tax rate (%)", fr: "Taux d'imposition (%)" }, rate: true },
  startYear: { arg: "start_year", label: { en: "First year", fr: "Première année" }, rate: false },
};

// ---------------------------------------------------------------------------------------------
// Validation.

/** Limits of the supported ranges (PRODUCT.md and the scenario issue). */
export const SCENARIO_LIMITS = {
  maxYears: 30,
  maxUsefulLife: 50,
  minStartYear: 1900,
  maxStartYear: 2200,
} as const;

/**
 * Check one parameter value; returns it or throws AmznError.
 * "num" (#NUM!) for numbers that cannot exist in the model: non-finite, a horizon or useful life
 * below 1, negative capex, growth of −100% or less. "value" (#VALUE!) for everything else that is
 * outside the supported range: non-integers where whole years are required, more than 30 years or
 * a 50-year life, a tax rate outside 0–1, a margin outside −1–1, a negative revenue yield, a start
 * year outside 1900–2200.
 */
export function checkScenarioParam(id: ScenarioParamId, value: number): number {
  const { arg } = SCENARIO_PARAM_INFO[id];
  const got = (lang: Lang): string =>
    lang === "en" ? `; got ${formatNumber(value, lang)}` : ` ; reçu ${formatNumber(value, lang)}`;
  const percentHint = (lang: Lang): string =>
    Math.abs(value) > 1 && Math.abs(value) <= 100
      ? lang === "en"
        ? ` (did you mean ${formatNumber(value, lang)}%?)`
        : ` (vouliez-vous dire ${formatNumber(value, lang)} % ?)`
      : "";
  const num = (en: string, fr: string): never => {
    throw impossible(`${arg} ${en}${got("en")}`, `${arg} ${fr}${got("fr")}`);
  };
  const bad = (en: string, fr: string): never => {
    throw malformed(`${arg} ${en}${got("en")}`, `${arg} ${fr}${got("fr")}`);
  };
  if (!Number.isFinite(value)) num("must be a finite number", "doit être un nombre fini");
  const whole = (min: number, max: number, unitEn: string, unitFr: string): void => {
    if (value < min) {
      num(`must be at least ${min} year`, `doit valoir au moins ${min} an`);
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      bad(
        `must be a whole number of ${unitEn} from ${min} to ${max}`,
        `doit être un nombre entier d'${unitFr} de ${min} à ${max}`,
      );
    }
  };
  switch (id) {
    case "capex":
      if (value < 0) num("must be ≥ 0 (B$)", "doit être ≥ 0 (Mds$)");
      break;
    case "capexGrowth":
      if (value <= -1) num("must be greater than −100% (−1)", "doit être supérieur à −100 % (−1)");
      break;
    case "years":
      whole(1, SCENARIO_LIMITS.maxYears, "years", "années");
      break;
    case "usefulLife":
      whole(1, SCENARIO_LIMITS.maxUsefulLife, "years", "années");
      break;
    case "revenueYield":
      if (value < 0)
        bad("must be ≥ 0 ($ of revenue per $ of capex)", "doit être ≥ 0 ($ de chiffre d'affaires par $ investi)");
      break;
    case "ebitdaMargin":
      if (value < -1 || value > 1) {
        bad(
          `must be a fraction from −1 to 1 (55% = 0.55)${percentHint("en")}`,
          `doit être une fraction de −1 à 1 (55 % = 0,55)${percentHint("fr")}`,
        );
      }
      break;
    case "taxRate":
      if (value < 0 || value > 1) {
        bad(
          `must be a fraction from 0 to 1 (21% = 0.21)${percentHint("en")}`,
          `doit être une fraction de 0 à 1 (21 % = 0,21)${percentHint("fr")}`,
        );
      }
      break;
    case "startYear":
      if (!Number.isInteger(value) || value < SCENARIO_LIMITS.minStartYear || value > SCENARIO_LIMITS.maxStartYear) {
        bad(
          `must be a whole year from ${SCENARIO_LIMITS.minStartYear} to ${SCENARIO_LIMITS.maxStartYear}`,
          `doit être une année entière de ${SCENARIO_LIMITS.minStartYear} à ${SCENARIO_LIMITS.maxStartYear}`,
        );
      }
      break;
  }
  return value;
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

  const years = Array.from({ length: horizon }, (_, t) => startYear + t);
  const capexRow = years.map((_, t) => capex * Math.pow(1 + capexGrowth, t));
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
    if (paybackYear === null && cumulative >= 0) paybackYear = years[t] ?? null;
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
    if (!rows[item].every(Number.isFinite)) {
      throw new AmznError("num", {
        en: `the scenario's numbers overflow (${item} is not a finite number): use a smaller capex or capex_growth`,
        fr: `les montants du scénario débordent (${item} n'est pas un nombre fini) : réduisez capex ou capex_growth`,
      });
    }
  }
  return { params, years, rows, paybackYear };
}
