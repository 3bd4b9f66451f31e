/**
 * AMZN formulas as the test double's Excel calculates them: parsed by core's one AMZN formula
 * grammar and answered by the code the custom functions run (core/audit's evaluateCall), a spill
 * as a matrix; an error as the code Excel shows (#N/A or #VALUE!); an unknown function #NAME?.
 */
import { evaluateCall } from "../../src/core/audit";
import { parseAmznFormula } from "../../src/core/formula";
import { FUNCTION_CATALOGUE, buildFormula, defaultValues, evaluate } from "../../src/taskpane/formula-catalogue";
import type { FakeScalar, FormulaResult } from "../fakes/fake-excel";

export function excelResultOf(formula: string): FakeScalar | FakeScalar[][] {
  if (formula.replace(/\s/g, "").toUpperCase() === "=NA()") return "#N/A";
  const call = parseAmznFormula(formula);
  const result = call === undefined ? undefined : evaluateCall(call, "en");
  if (result === undefined) return "#NAME?";
  if (!result.ok) return result.kind === "na" ? "#N/A" : "#VALUE!";
  return typeof result.value === "object" ? result.value.map((row) => [...row]) : result.value;
}

/**
 * Every formula the builder offers (its default arguments), calculated as core computes it in
 * French: a new Map per call, since a test may set its own results in it.
 */
export function catalogueValues(): Map<string, FormulaResult> {
  return new Map(
    FUNCTION_CATALOGUE.map((spec) => {
      const values = defaultValues(spec);
      const result = evaluate(spec, values, "fr");
      return [buildFormula(spec, values), typeof result === "object" ? result.map((row) => [...row]) : result];
    }),
  );
}
