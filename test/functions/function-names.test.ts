import { readFileSync } from "fs";
import path from "path";
import { FUNCTION_NAMES_FR } from "../../src/data/function-names";
import { typedFormula } from "../../src/core/formula";
import * as api from "../../src/core/figures";
import { SCENARIO_PARAM_IDS, SCENARIO_PARAM_INFO } from "../../src/core/scenario";

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
    expect(typedFormula("KPI", ["rufus_users"], "en")).toBe('AMZN.KPI("rufus_users")');
    expect(typedFormula("METRIC", ["revenue", 2024], "fr")).toBe('AMZN.INDICATEUR("revenue";2024)');
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

describe("argument names in messages", () => {
  it("are CAPEX_SCENARIO's and DEPRECIATION's names in the English and French metadata", () => {
    const read = (file: string): { id: string; parameters?: { name: string }[] }[] =>
      (JSON.parse(readFileSync(path.resolve(__dirname, file), "utf8")) as { functions: { id: string }[] }).functions;
    // Without `output`, which CAPEX_SCENARIO takes between start_year and discount_rate.
    const params = (functions: ReturnType<typeof read>, id: string): string[] =>
      (functions.find((fn) => fn.id === id)?.parameters ?? [])
        .map((p) => p.name)
        .filter((name) => name !== "output" && name !== "sortie");
    const en = read("../metadata/golden/functions.json");
    const fr = read("../../src/functions/functions.fr.json");
    const ids = SCENARIO_PARAM_IDS;
    // CAPEX_SCENARIO(case_name, then the parameters in SCENARIO_PARAM_IDS order, output before the last).
    expect(params(en, "CAPEX_SCENARIO").slice(1, 1 + ids.length)).toEqual(
      ids.map((id) => SCENARIO_PARAM_INFO[id].name.en),
    );
    expect(params(fr, "CAPEX_SCENARIO").slice(1, 1 + ids.length)).toEqual(
      ids.map((id) => SCENARIO_PARAM_INFO[id].name.fr),
    );
    expect(params(fr, "DEPRECIATION")[1]).toBe(SCENARIO_PARAM_INFO.usefulLife.name.fr);
    expect(params(fr, "CAPEX_SCENARIO")[0]).toBe("scenario");
    // SENSITIVITY's trailing arguments are CAPEX_SCENARIO's, by the same names.
    expect(params(en, "SENSITIVITY").slice(4)).toEqual(params(en, "CAPEX_SCENARIO"));
    expect(params(fr, "SENSITIVITY").slice(4)).toEqual(params(fr, "CAPEX_SCENARIO"));
  });
});
