/**
 * =AMZN.BRIDGE(...) as the test double's host calculates it: parsed with core's one AMZN formula
 * grammar and answered by core's BRIDGE, a spill; an error as Excel shows it.
 */
import { bridge } from "../../src/core/figures";
import { parseAmznFormula } from "../../src/core/formula";
import { AmznError } from "../../src/core/runtime";
import type { FakeScalar } from "../fakes/fake-excel";

export function evaluateBridgeFormula(formula: string): FakeScalar | FakeScalar[][] {
  const call = parseAmznFormula(formula);
  if (call === undefined || call.id !== "BRIDGE") return "#NAME?";
  const args = call.args.map((a) => (a.kind === "number" || a.kind === "text" ? a.value : undefined));
  try {
    return bridge(args[0], args[1], args[2], args[3], args[4]);
  } catch (error) {
    return error instanceof AmznError && error.kind === "na" ? "#N/A" : "#VALUE!";
  }
}
