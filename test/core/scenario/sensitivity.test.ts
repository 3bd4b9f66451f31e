/**
 * SENSITIVITY against CAPEX_SCENARIO: every cell of the grid is the function's own answer for the
 * same case and inputs with the two varied ones set (PRODUCT.md "Valuing the capex plan").
 */
import fc from "fast-check";
import { AmznError, type CellArg } from "../../../src/core/runtime";
import { capexScenario, sensitivity, SENSITIVITY_INPUTS, SCENARIO_PARAM_INFO } from "../../../src/core/scenario";
import { thrown } from "../helpers";

/** CAPEX_SCENARIO's answer for one output, as a grid cell: the number, or the grid's word. */
function scenarioCell(args: readonly CellArg[], output: string, lang: "en" | "fr" = "en"): number | string {
  const full = [...args];
  while (full.length < 10) full.push(undefined);
  const [c, capex, growth, years, life, yld, margin, tax, start, rate] = full;
  const call = (wanted: string): unknown =>
    capexScenario(c, capex, growth, years, life, yld, margin, tax, start, wanted, rate, lang)[0];
  if (output === "irr") {
    try {
      return (call("irr") as number[])[0] ?? NaN;
    } catch (error) {
      if (error instanceof AmznError && error.kind === "na") return lang === "en" ? "none" : "aucun";
      throw error;
    }
  }
  const row = call(output === "payback" ? "payback" : output) as (number | string)[];
  return output === "payback" ? (row[0] ?? NaN) : (row[row.length - 1] ?? NaN);
}

/** Argument index of each input among CAPEX_SCENARIO's trailing arguments (case first). */
const POSITION: Readonly<Record<string, number>> = {
  capex: 1,
  capex_growth: 2,
  years: 3,
  useful_life: 4,
  revenue_yield: 5,
  ebitda_margin: 6,
  tax_rate: 7,
  discount_rate: 9,
};

describe("SENSITIVITY", () => {
  it("the contract's example: npv over life {4;5;6} × yield {0.3,0.45,0.6}, base: 4 × 4, each cell CAPEX_SCENARIO's", () => {
    const spill = sensitivity("npv", "useful_life", [[4], [5], [6]], "revenue_yield", [[0.3, 0.45, 0.6]], "base");
    expect(spill).toHaveLength(4);
    for (const row of spill) expect(row).toHaveLength(4);
    expect(spill[0]).toEqual(["NPV (B$): useful_life ↓ × revenue_yield →", 0.3, 0.45, 0.6]);
    expect(spill.map((row) => row[0]).slice(1)).toEqual([4, 5, 6]);
    [4, 5, 6].forEach((life, i) => {
      [0.3, 0.45, 0.6].forEach((yld, j) => {
        const expected = capexScenario("base", null, null, null, life, yld, null, null, null, "npv")[0]?.[0];
        expect(spill[i + 1]?.[j + 1]).toBe(expected);
      });
    });
  });

  it("property: any output, any two inputs, any case and trailing arguments: each cell equals CAPEX_SCENARIO", () => {
    const inputNames = SENSITIVITY_INPUTS.map((id) => SCENARIO_PARAM_INFO[id].name.en);
    const valueOf: Readonly<Record<string, fc.Arbitrary<number>>> = {
      capex: fc.double({ min: 0, max: 2000, noNaN: true }),
      capex_growth: fc.double({ min: -0.9, max: 1, noNaN: true }),
      years: fc.integer({ min: 1, max: 30 }),
      useful_life: fc.integer({ min: 1, max: 50 }),
      revenue_yield: fc.double({ min: 0, max: 5, noNaN: true }),
      ebitda_margin: fc.double({ min: -1, max: 1, noNaN: true }),
      tax_rate: fc.double({ min: 0, max: 1, noNaN: true }),
      discount_rate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    };
    const grid = fc
      .tuple(
        fc.constantFrom("npv", "irr", "payback", "cumulative_fcf", "roic"),
        fc.constantFrom(...inputNames),
        fc.constantFrom(...inputNames),
        fc.constantFrom("bear", "base", "bull", undefined),
        fc.boolean(),
        fc.constantFrom("en", "fr") as fc.Arbitrary<"en" | "fr">,
      )
      .filter(([, row, col]) => row !== col)
      .chain(([output, row, col, caseName, asRow, lang]) =>
        fc.tuple(
          fc.constant({ output, row, col, caseName, asRow, lang }),
          fc.array(valueOf[row] as fc.Arbitrary<number>, { minLength: 1, maxLength: 4 }),
          fc.array(valueOf[col] as fc.Arbitrary<number>, { minLength: 1, maxLength: 4 }),
          fc.record(
            {
              capex: valueOf.capex as fc.Arbitrary<number>,
              years: valueOf.years as fc.Arbitrary<number>,
              tax_rate: valueOf.tax_rate as fc.Arbitrary<number>,
              discount_rate: valueOf.discount_rate as fc.Arbitrary<number>,
            },
            { requiredKeys: [] },
          ),
        ),
      );
    fc.assert(
      fc.property(grid, ([{ output, row, col, caseName, asRow, lang }, rows, cols, trailing]) => {
        const base: CellArg[] = [caseName, undefined, undefined, undefined, undefined, undefined, undefined];
        base.push(undefined, undefined, undefined);
        for (const [name, value] of Object.entries(trailing)) base[POSITION[name] ?? 0] = value;
        const rowArg = asRow ? [rows] : rows.map((v) => [v]);
        const spill = sensitivity(
          output,
          row,
          rowArg,
          col,
          [cols],
          base[0],
          base[1],
          base[2],
          base[3],
          base[4],
          base[5],
          base[6],
          base[7],
          undefined,
          base[9],
          lang,
        );
        expect(spill).toHaveLength(rows.length + 1);
        expect(spill[0]?.slice(1)).toEqual(cols);
        rows.forEach((rv, i) => {
          expect(spill[i + 1]?.[0]).toBe(rv);
          cols.forEach((cv, j) => {
            const args = [...base];
            args[POSITION[row] ?? 0] = rv;
            args[POSITION[col] ?? 0] = cv;
            expect(spill[i + 1]?.[j + 1]).toBe(scenarioCell(args, output, lang));
          });
        });
      }),
      { numRuns: 300, seed: 2024 },
    );
  });

  it("a varied input's trailing argument is ignored; the others are used", () => {
    const ignored = sensitivity("npv", "useful_life", 5, "discount_rate", 0.08, "bull", 150, null, 30, 40);
    const plain = sensitivity("npv", "useful_life", 5, "discount_rate", 0.08, "bull", 150, null, 30);
    expect(ignored).toEqual(plain);
    expect(ignored[1]?.[1]).toBe(capexScenario("bull", 150, null, 30, 5, null, null, null, null, "npv", 0.08)[0]?.[0]);
  });

  it("words in cells: 'beyond horizon' for payback, 'none' / 'aucun' for IRR; French corner", () => {
    const payback = sensitivity("payback", "years", [[1, 30]], "useful_life", 6, "base");
    expect(payback[1]?.[1]).toBe("beyond horizon");
    expect(typeof payback[2]?.[1]).toBe("number");
    const irr = sensitivity("irr", "years", [[5, 30]], "useful_life", 6, "base", ...Array(9).fill(undefined), "fr");
    expect(irr[1]?.[1]).toBe("aucun");
    expect(typeof irr[2]?.[1]).toBe("number");
    expect(irr[0]?.[0]).toBe("TRI : annees ↓ × duree_vie →");
  });

  it.each<[string, () => unknown, RegExp, RegExp]>([
    [
      "the one rate rule on varied values",
      () => sensitivity("npv", "discount_rate", [[9]], "useful_life", 6),
      /row_values \(value 1\): 9 is out of range.*did you mean 9%\?/,
      /vouliez-vous dire 9 %/,
    ],
    [
      "the same bounds as CAPEX_SCENARIO",
      () => sensitivity("npv", "useful_life", [[0, 5]], "revenue_yield", 0.4),
      /row_values \(value 1\): 0 is out of range; the useful life must be a whole number of years from 1 to 50/,
      /valeurs_ligne \(valeur 1\)/,
    ],
    [
      "trailing arguments checked too",
      () => sensitivity("npv", "useful_life", 5, "revenue_yield", 0.4, "base", null, null, null, null, null, null, 21),
      /tax_rate: 21 is out of range.*did you mean 21%\?/,
      /taux_impot/,
    ],
    [
      "two different inputs",
      () => sensitivity("npv", "useful_life", 5, "duree_vie", 6),
      /both useful_life: a grid varies two different inputs/,
      /deux entrées différentes/,
    ],
    [
      "outputs of one number per cell",
      () => sensitivity("fcf", "useful_life", 5, "revenue_yield", 0.4),
      /output 'fcf' is a yearly row.*npv, irr, payback, cumulative_fcf, roic/,
      /ligne annuelle/,
    ],
    [
      "unknown input, with a suggestion",
      () => sensitivity("npv", "usefull_life", 5, "revenue_yield", 0.4),
      /row_input: unknown input 'usefull_life'; did you mean 'useful_life'\?/,
      /entree_ligne : entrée inconnue/,
    ],
    [
      "start_year is not an input of the grid",
      () => sensitivity("npv", "start_year", 2030, "revenue_yield", 0.4),
      /row_input: unknown input 'start_year'/,
      /entrée inconnue/,
    ],
    [
      "at most 25 values a side",
      () => sensitivity("npv", "useful_life", [Array.from({ length: 26 }, (_, i) => i + 1)], "revenue_yield", 0.4),
      /row_values: 26 values; a grid takes 1 to 25 per side/,
      /de 1 à 25 par côté/,
    ],
    [
      "a row or a column, not a block",
      () =>
        sensitivity(
          "npv",
          "useful_life",
          [
            [4, 5],
            [6, 7],
          ],
          "revenue_yield",
          0.4,
        ),
      /row_values must be a row or a column of values, not a 2×2 range/,
      /pas une plage de 2×2/,
    ],
    [
      "no empty value",
      () => sensitivity("npv", "useful_life", [[4, null]], "revenue_yield", 0.4),
      /row_values \(value 2\) is empty/,
      /valeurs_ligne \(valeur 2\) est vide/,
    ],
    [
      "a required output",
      () => sensitivity(undefined, "useful_life", 5, "revenue_yield", 0.4),
      /output is required/,
      /sortie est obligatoire/,
    ],
  ])("refuses with #VALUE!: %s", (_, call, en, fr) => {
    const error = thrown(call);
    expect(error.kind).toBe("value");
    expect(error.messages.en).toMatch(en);
    expect(error.messages.fr).toMatch(fr);
  });
});
