import { readFileSync } from "fs";
import path from "path";
import { FUNCTION_NAMES_FR } from "../../src/data/function-names";
import { typedFormula } from "../../src/core/formula-text";
import * as api from "../../src/core/api";

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

  it("are the ones the French KPI table and messages show", () => {
    const formulas = api.table("kpis", "fr").map((row) => row[4]);
    expect(formulas).toContain('AMZN.KPI_IA("rufus_users")');
    expect(formulas).toContain('AMZN.INDICATEUR("anthropic_gain";2024)');
    expect(() => api.kpi("revenue")).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({ fr: expect.stringContaining("AMZN.INDICATEUR(") }),
      }),
    );
  });
});
