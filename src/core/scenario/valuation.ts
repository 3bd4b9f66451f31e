/**
 * The capex plan's value (PRODUCT.md "Valuing the capex plan"): NPV and IRR of the FCF row with
 * Excel's conventions, so CAPEX_SCENARIO, SENSITIVITY and the scenario sheet's own NPV and IRR
 * cells give the same numbers.
 *
 * - NPV(r) = Σ FCF_t / (1 + r)^(t+1), t = 0 … years−1: Excel's NPV, which discounts the first
 *   value by a full period (the plan's first year is a year away from today's decision).
 * - IRR: the rate r > −1 with Σ FCF_t / (1 + r)^t = 0 (Excel's IRR, the first value undiscounted).
 *   There is none when FCF never changes sign, judged to the payback tolerance of the model's
 *   scale (PAYBACK_TOLERANCE × the largest yearly capex): a cash flow within rounding noise of zero
 *   has no sign. The sheet applies the same test before calling IRR.
 *
 * Finding the IRR: Newton's method from Excel's default guess of 10%, as Excel does, so that where
 * a cash-flow row has several rates (two sign changes or more) the answer is the one Excel's IRR
 * finds; when Newton does not settle, bisection in the bracket nearest 10% from a scan of rates
 * between −99% and 1,000%. The answer is exact to about 1e-12, well inside Excel's documented
 * 0.00001%.
 */
import { type Lang } from "../runtime";
import { PAYBACK_TOLERANCE, type ScenarioResult } from "./scenario";

/** SENSITIVITY's and the sheet's answer where the FCF row has no IRR. */
export const NO_IRR: Readonly<Record<Lang, string>> = { en: "none", fr: "aucun" };

/** Excel's NPV: Σ values_t / (1 + rate)^(t+1). */
export function excelNpv(rate: number, values: readonly number[]): number {
  let total = 0;
  let factor = 1;
  const growth = 1 + rate;
  for (let t = 0; t < values.length; t++) {
    factor *= growth;
    total += (values[t] ?? 0) / factor;
  }
  return total;
}

/** Σ values_t / (1 + rate)^t and its derivative in rate. */
function presentValueAndSlope(rate: number, values: readonly number[]): { value: number; slope: number } {
  const growth = 1 + rate;
  let value = 0;
  let slope = 0;
  let factor = 1; // (1 + rate)^t
  for (let t = 0; t < values.length; t++) {
    const flow = values[t] ?? 0;
    value += flow / factor;
    slope -= (t * flow) / (factor * growth);
    factor *= growth;
  }
  return { value, slope };
}

/** Why a row has no IRR. */
export type NoIrrReason = "no-sign-change" | "no-rate";

export type IrrAnswer = { readonly rate: number } | { readonly none: NoIrrReason };

/** True when the row holds a value above `tolerance` and one below −`tolerance`. */
export function changesSign(values: readonly number[], tolerance: number): boolean {
  let positive = false;
  let negative = false;
  for (const value of values) {
    if (value > tolerance) positive = true;
    else if (value < -tolerance) negative = true;
  }
  return positive && negative;
}

const EXCEL_GUESS = 0.1;
const NEWTON_STEPS = 100;
const LOWEST_RATE = -0.99;
const HIGHEST_RATE = 10;

function newton(values: readonly number[]): number | undefined {
  let rate = EXCEL_GUESS;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const { value, slope } = presentValueAndSlope(rate, values);
    if (slope === 0 || !Number.isFinite(slope) || !Number.isFinite(value)) return undefined;
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - rate) <= 1e-13 * Math.max(1, Math.abs(next))) return next;
    rate = next;
  }
  return undefined;
}

function bisect(values: readonly number[], low: number, high: number): number {
  let lowValue = presentValueAndSlope(low, values).value;
  for (let step = 0; step < 200 && high - low > 1e-15 * Math.max(1, Math.abs(low)); step++) {
    const middle = (low + high) / 2;
    const middleValue = presentValueAndSlope(middle, values).value;
    if (middleValue === 0) return middle;
    if (Math.sign(middleValue) === Math.sign(lowValue)) {
      low = middle;
      lowValue = middleValue;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
}

/** The rate where the bracket scan finds a sign change nearest Excel's guess, if any. */
function bracketed(values: readonly number[]): number | undefined {
  const rates: number[] = [];
  for (let rate = LOWEST_RATE; rate < 1; rate += 0.01) rates.push(Number(rate.toFixed(2)));
  for (let rate = 1; rate <= HIGHEST_RATE; rate += 0.1) rates.push(Number(rate.toFixed(1)));
  let best: number | undefined;
  let previous = presentValueAndSlope(rates[0] ?? LOWEST_RATE, values).value;
  for (let i = 1; i < rates.length; i++) {
    const rate = rates[i] ?? 0;
    const value = presentValueAndSlope(rate, values).value;
    if (Math.sign(value) !== Math.sign(previous) && Number.isFinite(value) && Number.isFinite(previous)) {
      const root = bisect(values, rates[i - 1] ?? LOWEST_RATE, rate);
      if (best === undefined || Math.abs(root - EXCEL_GUESS) < Math.abs(best - EXCEL_GUESS)) best = root;
    }
    previous = value;
  }
  return best;
}

/**
 * Excel's IRR of `values` (Σ values_t / (1 + r)^t = 0), or why there is none. `tolerance`: values
 * within it of zero have no sign (default 0: exact signs).
 */
export function excelIrr(values: readonly number[], tolerance = 0): IrrAnswer {
  if (!changesSign(values, tolerance)) return { none: "no-sign-change" };
  const rate = newton(values) ?? bracketed(values);
  return rate === undefined ? { none: "no-rate" } : { rate };
}

/** The tolerance below which a scenario's cash flow has no sign: PAYBACK_TOLERANCE × the largest capex. */
export function scenarioScale(result: ScenarioResult): number {
  let largest = 0;
  for (const capex of result.rows.capex) if (capex > largest) largest = capex;
  return PAYBACK_TOLERANCE * largest;
}

/** The scenario's NPV at its discount rate (Excel's NPV of the FCF row). */
export function scenarioNpv(result: ScenarioResult): number {
  return excelNpv(result.params.discountRate, result.rows.fcf);
}

/** The scenario's IRR (Excel's IRR of the FCF row), or why there is none. */
export function scenarioIrr(result: ScenarioResult): IrrAnswer {
  return excelIrr(result.rows.fcf, scenarioScale(result));
}

/** Why there is no IRR, in words, for #N/A and the help. */
export function noIrrMessage(reason: NoIrrReason, lang: Lang): string {
  if (reason === "no-sign-change") {
    return lang === "en"
      ? "no IRR: the free cash flow never changes sign within the horizon (a longer horizon or a higher revenue yield may give one)"
      : "pas de TRI : le flux de trésorerie disponible ne change jamais de signe sur l'horizon (un horizon plus long ou un rendement plus élevé peut en donner un)";
  }
  return lang === "en"
    ? "no IRR: no rate between −99% and 1,000% makes the NPV of the free cash flow zero"
    : "pas de TRI : aucun taux entre −99 % et 1 000 % n'annule la VAN du flux de trésorerie disponible";
}
