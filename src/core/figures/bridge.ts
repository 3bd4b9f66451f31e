/**
 * AMZN.BRIDGE(metric, from, to, [unit], [lang]): where a change in profit came from, walked from the
 * filed components (PRODUCT.md, "What drove the profit"). Always the filings basis: the report
 * prints no components.
 *
 * - net_income: start (net income at `from`), North America, International and AWS operating
 *   income, non-operating income (expense), provision for income taxes (the negative of the change
 *   in the expense: the dataset stores the tax as a positive expense), equity-method investment
 *   activity, end (net income at `to`).
 * - operating_income: start, the three segments' operating income, end.
 *
 * Start + steps = end. Each step is the change of one filed component between the two periods;
 * where the published components do not add up to the published total (Amazon's quarterly segment
 * figures are release-rounded to $0.1B while the totals are exact), a step "rounding in the
 * published figures" carries the difference, so the identity holds and nothing is hidden. The walk
 * is computed in the stored unit (M$, whole millions), where the sums are exact integers, then
 * converted.
 *
 * Quarters and LTM periods work wherever every component exists for both periods: net income's
 * non-operating, tax and equity-method lines are annual only, so a quarter of net income is #N/A
 * saying so.
 */
import type { Bilingual, MetricId } from "../../data/index";
import { FUNCTION_NAMES_FR } from "../../data/function-names";
import { isBlank, parseLang, resolveMetric, scalarArg } from "../inputs";
import {
  type FigureLookup,
  type Period,
  type UnitCode,
  checkSameKind,
  convertMoney,
  lookupPeriod,
  parsePeriod,
  parseUnit,
  periodLabel,
  quarterIndex,
} from "../dataset";
import { AmznError, type CellArg, type Lang, type Spill, malformed, notAvailable } from "../runtime";
import { checkSpill, guard, memoize } from "../runtime";

/** The metrics BRIDGE walks. */
export type BridgeMetric = "net_income" | "operating_income";
export const BRIDGE_METRICS: readonly BridgeMetric[] = ["net_income", "operating_income"];

/** One row of the walk: the start, a component's change, the rounding step, the end. */
export type BridgeStepId =
  | "start"
  | "north_america"
  | "international"
  | "aws"
  | "non_operating"
  | "income_tax"
  | "equity_method"
  | "rounding"
  | "end";

interface Component {
  readonly id: Exclude<BridgeStepId, "start" | "end" | "rounding">;
  readonly metric: MetricId;
  /** −1 for an expense stored as a positive number (the tax): a larger expense lowers profit. */
  readonly sign: 1 | -1;
  readonly label: Bilingual;
}

const SEGMENTS: readonly Component[] = [
  {
    id: "north_america",
    metric: "north_america_operating_income",
    sign: 1,
    label: { en: "North America operating income", fr: "Résultat opérationnel Amérique du Nord" },
  },
  {
    id: "international",
    metric: "international_operating_income",
    sign: 1,
    label: { en: "International operating income", fr: "Résultat opérationnel International" },
  },
  {
    id: "aws",
    metric: "aws_operating_income",
    sign: 1,
    label: { en: "AWS operating income", fr: "Résultat opérationnel AWS" },
  },
];

/** The components of each metric, in the order of PRODUCT.md. */
export const BRIDGE_COMPONENTS: Readonly<Record<BridgeMetric, readonly Component[]>> = {
  operating_income: SEGMENTS,
  net_income: [
    ...SEGMENTS,
    {
      id: "non_operating",
      metric: "non_operating_income",
      sign: 1,
      label: { en: "Non-operating income (expense)", fr: "Résultat non opérationnel" },
    },
    {
      id: "income_tax",
      metric: "income_tax",
      sign: -1,
      label: { en: "Provision for income taxes", fr: "Charge d'impôt sur le résultat" },
    },
    {
      id: "equity_method",
      metric: "equity_method_income",
      sign: 1,
      label: { en: "Equity-method investment activity", fr: "Quote-part des sociétés mises en équivalence" },
    },
  ],
};

const TOTAL_LABEL: Readonly<Record<BridgeMetric, Bilingual>> = {
  net_income: { en: "Net income", fr: "Résultat net" },
  operating_income: { en: "Operating income", fr: "Résultat opérationnel" },
};

export const ROUNDING_LABEL: Bilingual = {
  en: "Rounding in the published figures",
  fr: "Arrondi des chiffres publiés",
};

export interface BridgeStep {
  readonly id: BridgeStepId;
  readonly label: Bilingual;
  /** M$: the figure for start and end, the change for a step. */
  readonly value: number;
  /** The figures the row comes from (none for the rounding step). */
  readonly figures: readonly FigureLookup[];
}

export interface Bridge {
  readonly metric: BridgeMetric;
  readonly from: Period;
  readonly to: Period;
  /** Start, the steps in order (with the rounding step only where it is not zero), end. */
  readonly steps: readonly BridgeStep[];
}

function order(period: Period): number {
  return period.quarter === undefined ? period.year * 4 : quarterIndex(period.year, period.quarter);
}

/** The metric a bridge walks, or #VALUE! naming the two it walks. */
export function parseBridgeMetric(arg: CellArg): BridgeMetric {
  const value = scalarArg(arg, { en: "metric", fr: "indicateur" });
  if (isBlank(value)) {
    throw malformed(
      'metric is required: "net_income" or "operating_income"',
      "indicateur obligatoire : « net_income » (résultat net) ou « operating_income » (résultat opérationnel)",
    );
  }
  const id = resolveMetric(value);
  const found = BRIDGE_METRICS.find((m) => m === id);
  if (found === undefined) {
    throw malformed(
      `BRIDGE walks net_income or operating_income from their filed components, not ${id}`,
      `${FUNCTION_NAMES_FR.BRIDGE} décompose net_income (résultat net) ou operating_income (résultat opérationnel) en leurs composantes publiées, pas « ${id} »`,
    );
  }
  return found;
}

function component(metric: MetricId, period: Period, total: BridgeMetric, label: Bilingual): FigureLookup {
  try {
    return lookupPeriod(metric, period, "filings");
  } catch (error) {
    if (!(error instanceof AmznError) || error.kind !== "na") throw error;
    const asked = periodLabel(period);
    if (total === "net_income" && period.quarter !== undefined) {
      throw notAvailable(
        `no net income bridge for ${asked}: non-operating income, income taxes and equity-method activity are annual only in the filings; use years 2022–2025, or metric "operating_income" for quarters`,
        `pas de pont du résultat net pour ${asked} : le résultat non opérationnel, l'impôt et la quote-part des mises en équivalence ne sont publiés que par exercice ; utilisez les années 2022–2025, ou l'indicateur « operating_income » pour des trimestres`,
      );
    }
    throw notAvailable(
      `no ${total} bridge for ${asked}: ${label.en} is missing (${error.messages.en})`,
      `pas de pont de « ${total} » pour ${asked} : ${label.fr} manque (${error.messages.fr})`,
    );
  }
}

/** The walk in M$ (exact integers for yearly figures). Throws #VALUE! or #N/A as AmznError. */
export function buildBridge(metric: BridgeMetric, from: Period, to: Period): Bridge {
  checkSameKind(from, to);
  if (order(from) >= order(to)) {
    throw malformed(
      `from (${periodLabel(from)}) must be before to (${periodLabel(to)})`,
      `le début (${periodLabel(from)}) doit précéder la fin (${periodLabel(to)})`,
    );
  }
  const total = TOTAL_LABEL[metric];
  const start = component(metric, from, metric, total);
  const end = component(metric, to, metric, total);
  const steps: BridgeStep[] = [
    {
      id: "start",
      label: { en: `${total.en} ${periodLabel(from)}`, fr: `${total.fr} ${periodLabel(from)}` },
      value: start.value,
      figures: [start],
    },
  ];
  let walked = start.value;
  for (const c of BRIDGE_COMPONENTS[metric]) {
    const a = component(c.metric, from, metric, c.label);
    const b = component(c.metric, to, metric, c.label);
    const change = c.sign * (b.value - a.value);
    walked += change;
    steps.push({ id: c.id, label: c.label, value: change, figures: [a, b] });
  }
  // Whole millions: exact in floating point, so a non-zero remainder is the published rounding.
  const rounding = Number((end.value - walked).toPrecision(15));
  if (rounding !== 0) steps.push({ id: "rounding", label: ROUNDING_LABEL, value: rounding, figures: [] });
  steps.push({
    id: "end",
    label: { en: `${total.en} ${periodLabel(to)}`, fr: `${total.fr} ${periodLabel(to)}` },
    value: end.value,
    figures: [end],
  });
  return { metric, from, to, steps };
}

/** The spill: one row per step, label and value in `unit`. */
export function bridgeRows(bridge: Bridge, unit: UnitCode, lang: Lang): Spill {
  return bridge.steps.map((s) => [s.label[lang], convertMoney(s.value, "M$", unit)]);
}

function bridgeUncached(metric: CellArg, from: CellArg, to: CellArg, unit?: CellArg, lang?: CellArg): Spill {
  return guard(() => {
    const id = parseBridgeMetric(metric);
    const a = parsePeriod(from, "filings", { en: "from", fr: "début" });
    const b = parsePeriod(to, "filings", { en: "to", fr: "fin" });
    const unitCode = parseUnit(unit);
    const language = parseLang(lang);
    return checkSpill(bridgeRows(buildBridge(id, a, b), unitCode, language));
  });
}

/** Repeated calls are answered from a cache (see memo.ts). */
export const bridge = memoize(bridgeUncached);
