/** A figure in the caller's unit: money converted, ratios, counts and per-share figures as stored. */
import type { MetricId } from "../../data/index";
import { METRICS } from "../../data/index";
import type { BasisChoice } from "./bases";
import type { FigureLookup } from "./dataset";
import { malformed } from "../runtime";
import { isPlanYear } from "../wording";
import { type UnitCode, convertMoney } from "./units";
import { type Period, periodLabel } from "./periods";
import { lookupPeriod } from "./quarters";

export interface ValueLookup extends FigureLookup {
  /** The value in the requested unit (money) or as stored (ratio, count, per share). */
  readonly converted: number;
}

/** A figure for any period (year, quarter, LTM) in the caller's unit. */
export function valueAt(metric: MetricId, period: Period, unit: UnitCode, choice: BasisChoice): ValueLookup {
  const found = lookupPeriod(metric, period, choice.named ? choice.basis : undefined);
  const converted = METRICS[metric].kind === "money" ? convertMoney(found.value, found.figure.unit, unit) : found.value;
  if (!Number.isFinite(converted)) {
    const at = periodLabel(period);
    throw malformed(`${metric} ${at} is not a finite number`, `${metric} ${at} n'est pas un nombre fini`);
  }
  return { ...found, converted };
}

/** A fiscal year's figure in the caller's unit. */
export function valueOf(metric: MetricId, year: number, unit: UnitCode, choice: BasisChoice): ValueLookup {
  return valueAt(metric, { year, plan: isPlanYear(year) }, unit, choice);
}
