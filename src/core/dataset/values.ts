/** A figure in the caller's unit: money converted, ratios and counts as stored. */
import type { MetricId } from "../../data/index";
import { METRICS } from "../../data/index";
import type { BasisChoice } from "./bases";
import { type FigureLookup, lookupFigure } from "./dataset";
import { malformed } from "../runtime";
import { type UnitCode, convertMoney } from "./units";
import type { Period } from "./periods";
import { convertFigure, lookupPeriod } from "./quarters";

export interface ValueLookup extends FigureLookup {
  /** The value in the requested unit (money) or as stored (ratio, count). */
  readonly converted: number;
}

/** A figure for any period (year, quarter, LTM) in the caller's unit. */
export function valueAt(metric: MetricId, period: Period, unit: UnitCode, choice: BasisChoice): ValueLookup {
  if (period.quarter === undefined) return valueOf(metric, period.year, unit, choice);
  const found = lookupPeriod(metric, period, choice.named ? choice.basis : undefined);
  const converted = convertFigure(metric, found, unit);
  if (!Number.isFinite(converted)) {
    throw malformed(
      `${metric} ${period.year}Q${period.quarter} is not a finite number`,
      `${metric} ${period.year}T${period.quarter} n'est pas un nombre fini`,
    );
  }
  return { ...found, converted };
}

export function valueOf(metric: MetricId, year: number, unit: UnitCode, choice: BasisChoice): ValueLookup {
  const found = lookupFigure(metric, year, choice.named ? choice.basis : undefined);
  const converted = METRICS[metric].kind === "money" ? convertMoney(found.value, found.figure.unit, unit) : found.value;
  if (!Number.isFinite(converted)) {
    throw malformed(`${metric} ${year} is not a finite number`, `${metric} ${year} n'est pas un nombre fini`);
  }
  return { ...found, converted };
}
