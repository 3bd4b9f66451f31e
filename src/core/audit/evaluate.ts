/**
 * What an AMZN call returns, computed by the code the custom functions run (api.ts,
 * reconcile-api.ts, scenario-api.ts) from the call's parsed arguments (amzn-formula.ts), with
 * references resolved through the values the caller supplies. For the audit (the cell's value
 * beside the figures), the sheets' static figures (the value their live formula returns) and the
 * previews of the sheets. Pure.
 */
import {
  type AmznCall,
  type FunctionId,
  type ReferenceValues,
  isFunctionId,
  parseAmznFormula,
  resolveArgs,
} from "../formula";
import * as api from "../figures";
import { AmznError, type CellArg, type ErrorKind, type Lang, type Spill } from "../runtime";
import * as reconciliation from "../reconcile";
import * as scenario from "../scenario";

export type CallResult =
  | { readonly ok: true; readonly value: number | string | Spill }
  | { readonly ok: false; readonly kind: ErrorKind; readonly message: string };

/** The Excel error code each kind shows (French Excel shows #VALEUR!). */
export function errorCode(kind: ErrorKind, lang: Lang): string {
  if (kind === "na") return "#N/A";
  return lang === "fr" ? "#VALEUR!" : "#VALUE!";
}

/**
 * What the function `id` answers for arguments as Excel passes them, by the code the custom
 * functions run: core's one dispatch (the audit, the sheets' previews, the formula builder's
 * preview and the help pages' examples all call it). An optional `lang` left out is `lang`, the
 * display language. Throws AmznError.
 */
export function answerArgs(id: FunctionId, a: readonly CellArg[], lang: Lang): number | string | Spill {
  switch (id) {
    case "REVENUE":
      return api.revenue(a[0], a[1], a[2]);
    case "NET_INCOME":
      return api.netIncome(a[0], a[1], a[2]);
    case "AWS_REVENUE":
      return api.awsRevenue(a[0], a[1], a[2]);
    case "METRIC":
      return api.metric(a[0], a[1], a[2], a[3]);
    case "GROWTH":
      return api.growth(a[0], a[1], a[2], a[3], a[4]);
    case "KPI":
      return api.kpi(a[0]);
    case "GUIDANCE":
      return api.guidance(a[0], a[1], a[2]);
    case "BRIDGE":
      return api.bridge(a[0], a[1], a[2], a[3], a[4] ?? lang);
    case "SOURCE":
      return api.source(a[0], a[1], a[2], a[3] ?? lang);
    case "SERIES":
      return api.series(a[0], a[1], a[2], a[3], a[4], a[5], lang);
    case "TABLE":
      return api.table(a[0], a[1] ?? lang);
    case "METRICS":
      return api.metricsCatalogue(a[0] ?? lang);
    case "RECONCILE":
      return reconciliation.reconcile(a[0], a[1] ?? lang);
    case "DEPRECIATION":
      return scenario.depreciation(a[0], a[1], a[2]);
    case "CAPEX_SCENARIO":
      return scenario.capexScenario(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], lang);
    case "SENSITIVITY":
      // prettier-ignore
      return scenario.sensitivity(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], lang);
  }
}

/**
 * The call's result, or its error with the message in `lang`; an unknown function is #NAME?'s
 * case, reported as undefined.
 */
export function evaluateCall(call: AmznCall, lang: Lang, values?: ReferenceValues): CallResult | undefined {
  try {
    return evaluateArgs(call.id, resolveArgs(call, values), lang);
  } catch (error) {
    return failure(error, lang);
  }
}

/** A call from its id and the arguments as Excel passes them; undefined for an unknown function. */
export function evaluateArgs(id: string, args: readonly CellArg[], lang: Lang): CallResult | undefined {
  if (!isFunctionId(id)) return undefined;
  try {
    return { ok: true, value: answerArgs(id, args, lang) };
  } catch (error) {
    return failure(error, lang);
  }
}

function failure(error: unknown, lang: Lang): CallResult {
  if (error instanceof AmznError) return { ok: false, kind: error.kind, message: error.messageIn(lang) };
  return { ok: false, kind: "value", message: error instanceof Error ? error.message : String(error) };
}

/**
 * What a cell holding `formula` shows, for formulas the add-in writes: one AMZN call (its value,
 * or Excel's error code), or =NA() (Excel's gap in a chart series). Any other formula is not ours
 * to evaluate: "#NAME?", as Excel shows a function it does not know. A spill is "#VALUE!": a
 * previewed cell holds one value.
 */
export function evaluateFormula(formula: string, lang: Lang): number | string {
  if (formula.replace(/\s/g, "").toUpperCase() === "=NA()") return "#N/A";
  const call = parseAmznFormula(formula);
  const result = call === undefined ? undefined : evaluateCall(call, lang);
  if (result === undefined) return "#NAME?";
  if (!result.ok) return errorCode(result.kind, lang);
  return typeof result.value === "number" || typeof result.value === "string" ? result.value : errorCode("value", lang);
}
