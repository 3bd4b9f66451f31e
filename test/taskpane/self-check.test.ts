/**
 * The self-check can fail: it reports text Excel reinterpreted, a number, a format or a formula
 * that came back different, and a value Excel calculated differently from core; and it removes
 * what it added even when every calculation fails. (A check that cannot fail proves nothing.)
 */
import { runSelfCheck, compareCalculated, compareWritten } from "../../src/taskpane/excel/self-check";
import type { SheetSpec } from "../../src/sheets/spec";
import { createWorkbookState, fillCells } from "../fakes/fake-excel";
import { excelContext, useExcelEnums } from "../helpers/excel";

useExcelEnums();

const SPEC: SheetSpec = {
  sheetName: "Check",
  lang: "en",
  cells: [
    ["Growth", "2024", 2025],
    ["+11%", 638, "=AMZN.REVENUE(2025)"],
    [null, 0.11, "note"],
  ],
  numberFormats: [
    ["General", "General", "0"],
    ["General", "#,##0.0", "#,##0.0"],
    ["General", "0.0%", "General"],
  ],
  styles: [],
  table: { name: "T", row: 0, col: 0, rows: 3, cols: 3 },
  charts: [],
  validations: [],
};

describe("compareWritten", () => {
  it("finds nothing when Excel holds what was written (table headers as text)", () => {
    const read = {
      values: [
        ["Growth", "2024", "2025"],
        ["+11%", 638, 717],
        ["", 0.11, "note"],
      ],
      formulas: [
        ["Growth", "2024", "2025"],
        ["+11%", 638, "=amzn.revenue( 2025 )"],
        ["", 0.11, "note"],
      ],
      numberFormat: SPEC.numberFormats,
    };
    expect(compareWritten(SPEC, read, { row: 0, col: 0 })).toEqual([]);
  });

  it("reports reinterpreted text, a changed number, a lost format and a rewritten formula", () => {
    const read = {
      values: [
        ["Growth", 2024, "2025"],
        [0.11, 638.5, "#NAME?"],
        ["x", 0.11, "note"],
      ],
      formulas: [
        ["Growth", 2024, "2025"],
        [0.11, 638.5, "=AMZN.REVENUE(2024)"],
        ["x", 0.11, "note"],
      ],
      numberFormat: [
        ["General", "General", "0"],
        ["General", "#,##0.0", "General"],
        ["General", "General", "General"],
      ],
    };
    expect(compareWritten(SPEC, read, { row: 4, col: 1 })).toEqual([
      'C5: wrote text "2024", Excel holds number 2024',
      'B6: wrote text "+11%", Excel holds number 0.11',
      "C6: wrote number 638, Excel holds number 638.5",
      'D6: wrote formula =AMZN.REVENUE(2025), Excel holds text "=AMZN.REVENUE(2024)"',
      "D6: wrote format #,##0.0, Excel holds General",
      'B7: wrote nothing, Excel holds text "x"',
      "C7: wrote format 0.0%, Excel holds General",
    ]);
  });
});

describe("compareCalculated", () => {
  it("compares a scalar and every cell of a spill", () => {
    expect(compareCalculated(638, [[638]])).toEqual([]);
    expect(compareCalculated(638, [["#NAME?"]])).toEqual([
      'cell (1, 1) of the result: the add-in computes number 638, Excel shows text "#NAME?"',
    ]);
    expect(compareCalculated([["a", 1]], [["a", 1 + 1e-12]])).toEqual([]);
    expect(compareCalculated([["a", 1]], [["b", 2]])).toHaveLength(2);
  });
});

describe("runSelfCheck on the double", () => {
  it("fails every calculation an Excel without the functions shows as #NAME?, and still cleans up", async () => {
    const state = createWorkbookState(() => "#NAME?");
    fillCells(state, "Sheet1", "A1", [["mine"]]);
    const results = await runSelfCheck(excelContext(state), {
      excelLang: "en",
      maxReads: 1,
    });
    const byId = new Map(results.map((result) => [result.id, result]));
    expect(byId.get("sheet-report-table")?.passed).toBe(true);
    expect(byId.get("sheet-reconciliation")?.passed).toBe(true);
    expect(byId.get("sheet-bridge")?.passed).toBe(true);
    expect(byId.get("calc-REVENUE")).toMatchObject({ passed: false });
    expect(byId.get("calc-REVENUE")?.details.join("\n")).toMatch(/Excel shows text "#NAME\?"/);
    expect(results.filter((result) => result.id.startsWith("calc-") && result.passed)).toEqual([]);
    expect(byId.get("cleanup")?.passed).toBe(true);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(state.tables).toEqual([]);
    expect(state.charts).toEqual([]);
    expect(state.activeSheet).toBe("Sheet1");
  });

  it("reads again while Excel shows #BUSY!, a bounded number of times", async () => {
    let busy = true;
    const state = createWorkbookState(() => (busy ? "#BUSY!" : 0));
    const pauses: number[] = [];
    await runSelfCheck(excelContext(state), {
      excelLang: "en",
      maxReads: 3,
      pause: async (milliseconds) => {
        pauses.push(milliseconds);
        busy = false;
      },
    });
    // Values are computed when written in the double, so they stay #BUSY!: three reads, two pauses.
    expect(pauses).toEqual([300, 600]);
  });
});
