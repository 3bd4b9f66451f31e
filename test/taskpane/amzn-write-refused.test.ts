/**
 * The French rewrite refused (src/taskpane/excel/amzn-write.ts, rewriteInFrench): in a French Excel
 * whose array constants separate columns with "\" instead of the "." the add-in assumes
 * (core/formula/style.ts: Office.js cannot read that setting), Excel refuses the French form of a
 * formula with an array constant (RULE unparsable formulas in the double). The English formulas
 * are already in the sheet: no writer throws, the other cells are still rewritten, and the counts
 * are what the sheet shows. Syncs are counted: each is a network round trip on the web.
 */
import { insertAmznFormula, writeAmznFormulas } from "../../src/taskpane/excel/amzn-write";
import { runSelfCheck } from "../../src/taskpane/excel/self-check";
import { FUNCTION_CATALOGUE, buildFormula, defaultValues, evaluate } from "../../src/taskpane/formula-catalogue";
import { excelResultOf } from "../helpers/amzn";
import { cellAt, createWorkbookState, type FakeWorkbookState, type FormulaResult } from "../fakes/fake-excel";
import { FRENCH_HOST, excelContext, failingContext, frenchExcel, useExcelEnums } from "../helpers/excel";

useExcelEnums();

/** The catalogue's default formulas as core computes them in French; other AMZN formulas through core; 1+1. */
const CATALOGUE_VALUES = new Map<string, FormulaResult>(
  FUNCTION_CATALOGUE.map((spec) => {
    const values = defaultValues(spec);
    const result = evaluate(spec, values, "fr");
    return [buildFormula(spec, values), typeof result === "object" ? result.map((row) => [...row]) : result];
  }),
);

function evaluateAmzn(formula: string): FormulaResult {
  return formula === "=1+1" ? 2 : (CATALOGUE_VALUES.get(formula) ?? excelResultOf(formula));
}

/** A French Excel that refuses the English names and separates array columns with "\". */
function backslashExcel(): FakeWorkbookState {
  return frenchExcel(createWorkbookState(evaluateAmzn), false, "\\");
}

/** Cells showing #NAME?, as "Sheet!row,col". */
function nameErrors(state: FakeWorkbookState): string[] {
  const found: string[] = [];
  for (const sheet of state.sheets)
    for (const [key, cell] of sheet.cells) if (cell.value === "#NAME?") found.push(`${sheet.name}!${key}`);
  return found;
}

/** AMZN cells whose value is not #NAME?. */
function calculatedAmzn(state: FakeWorkbookState): number {
  let count = 0;
  for (const sheet of state.sheets)
    for (const cell of sheet.cells.values())
      if (String(cell.formula).startsWith("=AMZN.") && cell.value !== "#NAME?") count++;
  return count;
}

describe("the French rewrite refused by an Excel whose array column separator is not '.'", () => {
  it("the builder's insert of an array formula does not throw: the cell keeps its English formula and is counted", async () => {
    const state = backslashExcel();
    const formula = "=AMZN.DEPRECIATION({100,150,200},4)";
    const result = await insertAmznFormula(excelContext(state), formula, {
      shape: { rows: 1, cols: 3 },
      host: FRENCH_HOST,
    });
    expect(result).toEqual({
      status: "written",
      address: "Sheet1!A1",
      areaAddress: "Sheet1!A1:C1",
      localized: 0,
      unresolved: 0,
      refused: 1,
    });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula, value: "#NAME?" });
    expect(nameErrors(state)).toEqual(["Sheet1!0,0"]);
    // Read, write and read back, the refused rewrite, one read of what the cell shows.
    expect([state.syncCount, state.failedSyncs]).toEqual([4, 1]);
  });

  it("a batch: the other formulas are rewritten, one retry, and the counts are what the sheet shows", async () => {
    const state = backslashExcel();
    const formulas = [
      "=AMZN.DEPRECIATION({100,150,200},5)", // refused in the first batch
      "=AMZN.REVENUE(2024)",
      '=AMZN.SERIES({"revenue"},2023,2025)', // no column separator: rewritten in the retry
      '=AMZN.SERIES({"revenue","capex"},2023,2025)', // refused in the retry
      '=AMZN.SERIES({"capex"},2023,2025)', // after the second refusal: not tried, still #NAME?
      '=AMZN.METRIC("capex",2025,"B","filings")',
      "=1+1",
    ];
    // One formula every ten rows: room for each spill.
    const cells = formulas.map((formula, index) => ({ sheet: "Sheet1", address: `A${1 + index * 10}`, formula }));
    const result = await writeAmznFormulas(excelContext(state), cells, { host: FRENCH_HOST });
    expect(result).toEqual({ written: 7, localized: 3, unresolved: 0, refused: 3 });
    expect(nameErrors(state)).toEqual(["Sheet1!0,0", "Sheet1!30,0", "Sheet1!40,0"]);
    // Every cell still showing #NAME? is counted, here all as refused (none is a name Excel lacks).
    expect((result.unresolved ?? 0) + (result.refused ?? 0)).toBe(nameErrors(state).length);
    expect(result.localized).toBe(calculatedAmzn(state));
    // Every cell holds its formula in the invariant form, refused or rewritten.
    cells.forEach(({ formula }, index) => expect(cellAt(state, "Sheet1", index * 10, 0).formula).toBe(formula));
    expect(cellAt(state, "Sheet1", 10, 0).value).toBe(638);
    // Write, the refused rewrite, the refused retry, one read.
    expect([state.syncCount, state.failedSyncs]).toEqual([4, 2]);
  });

  it("a retry that Excel accepts reads the cells in its own sync: three syncs after the write at most", async () => {
    const state = backslashExcel();
    const result = await writeAmznFormulas(
      excelContext(state),
      [
        { sheet: "Sheet1", address: "A1", formula: "=AMZN.DEPRECIATION({100,150,200},5)" },
        { sheet: "Sheet1", address: "A11", formula: '=AMZN.SERIES({"revenue"},2023,2025)' },
        { sheet: "Sheet1", address: "A21", formula: "=AMZN.REVENUE(2024)" },
      ],
      { host: FRENCH_HOST },
    );
    expect(result).toEqual({ written: 3, localized: 2, unresolved: 0, refused: 1 });
    expect(nameErrors(state)).toEqual(["Sheet1!0,0"]);
    expect([state.syncCount, state.failedSyncs]).toEqual([3, 1]);
  });

  it("the self-check reports the two functions whose default formula has an array constant, and runs to its end", async () => {
    const state = backslashExcel();
    const results = await runSelfCheck(excelContext(state), { excelLang: "fr", maxReads: 1, host: FRENCH_HOST });
    const failed = results.filter((result) => !result.passed);
    expect(failed.map((result) => result.id)).toEqual(["calc-DEPRECIATION", "calc-SENSITIVITY"]);
    for (const result of failed) expect(result.details.join(" ")).toMatch(/#NAME\?/);
    expect(results.filter((result) => result.id.startsWith("calc-"))).toHaveLength(FUNCTION_CATALOGUE.length);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("a failure that is no refusal of a formula still propagates (a further batch would meet it too)", async () => {
    // Passes on the old code as well: it pins what did not change. The second sync is the rewrite,
    // failed at its rewrite (the command before its trace).
    const state = frenchExcel(createWorkbookState(evaluateAmzn));
    const error = await writeAmznFormulas(
      failingContext(state, 2, 2),
      [{ sheet: "Sheet1", address: "A1", formula: "=AMZN.REVENUE(2024)" }],
      { host: FRENCH_HOST },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: "#NAME?" });
    expect(state.syncCount).toBe(2);
  });
});
