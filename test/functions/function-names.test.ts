import { readFileSync } from "fs";
import path from "path";
import { FUNCTION_NAMES_FR } from "../../src/data/function-names";
import { typedFormula } from "../../src/core/formula-text";

describe("French function names used in messages and tables", () => {
  it("equal the names of the hand-written French metadata", () => {
    const french = JSON.parse(
      readFileSync(path.resolve(__dirname, "../../src/functions/functions.fr.json"), "utf8"),
    ) as {
      functions: { id: string; name: string }[];
    };
    expect(Object.fromEntries(french.functions.map((fn) => [fn.id, fn.name]))).toEqual(FUNCTION_NAMES_FR);
  });

  it("write a formula as each Excel language types it", () => {
    expect(typedFormula("KPI", ['"rufus_users"'], "en")).toBe('AMZN.KPI("rufus_users")');
    expect(typedFormula("METRIC", ['"revenue"', "2024"], "fr")).toBe('AMZN.INDICATEUR("revenue";2024)');
  });
});
