/**
 * The one write path for AMZN formulas (src/taskpane/excel/amzn-write.ts) on the double: in a
 * French Excel that refuses the English names no writer leaves a #NAME? cell (the builder, the
 * gallery's live tables, the self-check's scratch formulas, Restore's batch write); the builder's
 * spill check finds a table in the spill area (Range.getTables where ExcelApi 1.9 is supported,
 * the tables' ranges otherwise); a refused overwrite puts back values, formulas, number formats,
 * fonts and fills. Sync counts are asserted: each one is a network round trip on the web.
 */
import { insertAmznFormula, writeAmznFormulas } from "../../src/taskpane/excel/amzn-write";
import { runSelfCheck } from "../../src/taskpane/excel/self-check";
import { writeSpec } from "../../src/taskpane/excel/writer";
import { FUNCTION_CATALOGUE } from "../../src/taskpane/formula-catalogue";
import { GALLERY_ENTRIES } from "../../src/taskpane/gallery-entries";
import { catalogueValues, excelResultOf } from "../helpers/amzn";
import {
  cellAt,
  createWorkbookState,
  fillCells,
  getSheet,
  type FakeScalar,
  type FakeWorkbookState,
  type FormulaResult,
} from "../fakes/fake-excel";
import {
  ENGLISH_HOST,
  FRENCH_HOST,
  excelContext,
  excelHost,
  failingContext,
  frenchExcel,
  useExcelEnums,
} from "../helpers/excel";

useExcelEnums();

const CATALOGUE_VALUES = catalogueValues();

/** The user's own formulas in these tests, as Excel calculates them. */
const USER_FORMULAS: Readonly<Record<string, number>> = { "=+11%": 0.11, "=1+1": 2 };

/** The add-in's functions as Excel calculates them (the catalogue's formulas, then the report's); the user's. */
function evaluateAmzn(formula: string): FormulaResult {
  return USER_FORMULAS[formula] ?? CATALOGUE_VALUES.get(formula) ?? excelResultOf(formula);
}

/** A French Excel that refuses the English names, with the add-in's functions registered. */
function refusingFrenchExcel(): FakeWorkbookState {
  return frenchExcel(createWorkbookState(evaluateAmzn));
}

function nameErrors(state: FakeWorkbookState): string[] {
  const found: string[] = [];
  for (const sheet of state.sheets)
    for (const [key, cell] of sheet.cells) if (cell.value === "#NAME?") found.push(`${sheet.name}!${key}`);
  return found;
}

describe("in a French Excel that refuses the English AMZN names", () => {
  it("the double shows #NAME? for the English name and calculates the French one (the premise)", async () => {
    const state = refusingFrenchExcel();
    const ctx = excelContext(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulas = [["=AMZN.REVENUE(2024)"]];
    sheet.getRange("A2").formulasLocal = [["=AMZN.CHIFFRE_AFFAIRES(2024)"]];
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("#NAME?");
    expect(cellAt(state, "Sheet1", 1, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
  });

  it("the builder's insert leaves no #NAME?: read, write and read back, French rewrite", async () => {
    const state = refusingFrenchExcel();
    const formula = '=AMZN.GROWTH("net_income",2023,2025,"cagr")';
    CATALOGUE_VALUES.set(formula, 0.609);
    const result = await insertAmznFormula(excelContext(state), formula, {
      shape: { rows: 1, cols: 1 },
      numberFormat: "0.0%",
      host: FRENCH_HOST,
    });
    expect(result).toEqual({
      status: "written",
      address: "Sheet1!A1",
      areaAddress: "Sheet1!A1",
      localized: 1,
      unresolved: 0,
    });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula, value: 0.609, numberFormat: "0.0%" });
    expect(nameErrors(state)).toEqual([]);
    expect(state.syncCount).toBe(3);
  });

  it("the builder's insert of a spill rewrites its anchor and the result spills", async () => {
    const state = refusingFrenchExcel();
    const formula = '=AMZN.SERIES({"revenue"},2023,2025)';
    CATALOGUE_VALUES.set(formula, [
      ["Md$", 2023, 2024, 2025],
      ["revenue", 575, 638, 717],
    ]);
    const result = await insertAmznFormula(excelContext(state), formula, {
      shape: { rows: 2, cols: 4 },
      host: FRENCH_HOST,
    });
    expect(result).toMatchObject({ status: "written", areaAddress: "Sheet1!A1:D2", localized: 1, unresolved: 0 });
    expect(cellAt(state, "Sheet1", 1, 3).value).toBe(717);
    expect(nameErrors(state)).toEqual([]);
  });

  it("counts the formulas still unresolved when the French names fail too (the pane says how many)", async () => {
    const state = frenchExcel(createWorkbookState(() => "#NAME?"));
    const result = await insertAmznFormula(excelContext(state), "=AMZN.REVENUE(2024)", {
      shape: { rows: 1, cols: 1 },
      host: FRENCH_HOST,
    });
    expect(result).toMatchObject({ status: "written", localized: 0, unresolved: 1 });
  });

  it("in an English Excel, or a French one that resolves the names: two syncs, no rewrite", async () => {
    for (const [state, host] of [
      [createWorkbookState(evaluateAmzn), ENGLISH_HOST],
      [frenchExcel(createWorkbookState(evaluateAmzn), true), FRENCH_HOST],
    ] as const) {
      const result = await insertAmznFormula(excelContext(state), "=AMZN.REVENUE(2024)", {
        shape: { rows: 1, cols: 1 },
        host,
      });
      expect(result).toEqual({ status: "written", address: "Sheet1!A1", areaAddress: "Sheet1!A1" });
      expect(cellAt(state, "Sheet1", 0, 0).value).toBe(638);
      expect(state.syncCount).toBe(2);
    }
  });

  it("every live gallery table, at the selection and on a new sheet, leaves no #NAME?", async () => {
    for (const entry of GALLERY_ENTRIES) {
      for (const target of ["selection", "newSheet"] as const) {
        const state = refusingFrenchExcel();
        const spec = entry.build({ lang: "fr", live: true, chart: false, basis: "report", target });
        const result = await writeSpec(excelContext(state), spec, { target, host: FRENCH_HOST });
        expect({ entry: entry.id, target, status: result.status }).toEqual({
          entry: entry.id,
          target,
          status: "written",
        });
        expect({ entry: entry.id, target, names: nameErrors(state) }).toEqual({ entry: entry.id, target, names: [] });
        if (result.status === "written") expect(result.formulasUnresolved ?? 0).toBe(0);
        // Read, write and read back, one French rewrite when the table has AMZN formulas.
        const live = spec.cells.flat().some((cell) => typeof cell === "string" && cell.startsWith("=AMZN."));
        expect({ entry: entry.id, syncs: state.syncCount }).toEqual({ entry: entry.id, syncs: live ? 3 : 2 });
      }
    }
  });

  it("every one of the self-check's calculations passes (its scratch formulas are rewritten in French)", async () => {
    const state = refusingFrenchExcel();
    const results = await runSelfCheck(excelContext(state), { excelLang: "fr", maxReads: 1, host: FRENCH_HOST });
    const calculations = results.filter((result) => result.id.startsWith("calc-"));
    expect(calculations).toHaveLength(FUNCTION_CATALOGUE.length);
    expect(calculations.filter((result) => !result.passed)).toEqual([]);
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    // As in an English Excel, plus the one French rewrite of the scratch formulas.
    const english = createWorkbookState(evaluateAmzn);
    await runSelfCheck(excelContext(english), { excelLang: "fr", maxReads: 1, host: ENGLISH_HOST });
    // Two syncs a sheet case (write, read back): report, reconciliation, bridge, scenario.
    expect([english.syncCount, state.syncCount]).toEqual([15, 16]);
  });

  it("writeAmznFormulas (Restore's way in): one batch, one rewrite, no #NAME?", async () => {
    const state = refusingFrenchExcel();
    const result = await writeAmznFormulas(
      excelContext(state),
      [
        { sheet: "Sheet1", address: "B2", formula: "=AMZN.REVENUE(2024)" },
        { sheet: "Sheet1", address: "C3", formula: '=AMZN.METRIC("capex",2025,"B","filings")' },
        { sheet: "Sheet1", address: "D4", formula: "=1+1" },
      ],
      { host: FRENCH_HOST },
    );
    expect(result).toEqual({ written: 3, localized: 2, unresolved: 0 });
    expect(cellAt(state, "Sheet1", 1, 1)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(nameErrors(state)).toEqual([]);
    expect(state.syncCount).toBe(2);
    const english = createWorkbookState(evaluateAmzn);
    await writeAmznFormulas(
      excelContext(english),
      [{ sheet: "Sheet1", address: "A1", formula: "=AMZN.REVENUE(2024)" }],
      {
        host: ENGLISH_HOST,
      },
    );
    expect(english.syncCount).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The builder's spill check: a table in the spill area.

function withTable(): FakeWorkbookState {
  const state = createWorkbookState(evaluateAmzn);
  fillCells(state, "Sheet1", "C3", [["Year"], [2024]]);
  state.tables.push({ name: "Mine", sheet: "Sheet1", address: "Sheet1!C3:C4" });
  state.selection = { sheet: "Sheet1", row: 1, col: 1, rows: 1, cols: 1 }; // B2: spills over B2:D3
  return state;
}

describe("the builder's spill check", () => {
  it.each([
    ["with Range.getTables (ExcelApi 1.9): one sync", ENGLISH_HOST, 1],
    ["without it, from the tables' ranges: two syncs", excelHost("en-US", ["1.9"]), 2],
  ])("finds a table in the spill area %s, and writes nothing", async (_how, host, syncs) => {
    const state = withTable();
    const result = await insertAmznFormula(excelContext(state), '=AMZN.SERIES("revenue")', {
      shape: { rows: 2, cols: 3 },
      host,
      overwrite: true,
    });
    expect(result).toEqual({
      status: "inTable",
      address: "Sheet1!B2",
      areaAddress: "Sheet1!B2:D3",
      tableName: "Mine",
    });
    expect(cellAt(state, "Sheet1", 1, 1).formula).toBe("");
    expect(cellAt(state, "Sheet1", 2, 2).formula).toBe("Year");
    expect(state.syncCount).toBe(syncs);
  });

  it("lets a spill beside the table through, and a single value into a table cell", async () => {
    const state = withTable();
    state.selection = { sheet: "Sheet1", row: 1, col: 4, rows: 1, cols: 1 }; // E2
    expect(
      await insertAmznFormula(excelContext(state), "=AMZN.REVENUE(2024)", {
        shape: { rows: 2, cols: 3 },
        host: ENGLISH_HOST,
      }),
    ).toMatchObject({ status: "written", areaAddress: "Sheet1!E2:G3" });
    state.selection = { sheet: "Sheet1", row: 3, col: 2, rows: 1, cols: 1 }; // C4, inside Mine
    expect(
      await insertAmznFormula(excelContext(state), "=AMZN.REVENUE(2024)", {
        shape: { rows: 1, cols: 1 },
        host: ENGLISH_HOST,
        overwrite: true,
      }),
    ).toMatchObject({ status: "written", address: "Sheet1!C4" });
  });

  it("asks before replacing a filled spill area", async () => {
    const state = createWorkbookState(evaluateAmzn);
    fillCells(state, "Sheet1", "B1", [["mine"]]);
    const result = await insertAmznFormula(excelContext(state), '=AMZN.SERIES("revenue")', {
      shape: { rows: 2, cols: 3 },
      host: ENGLISH_HOST,
    });
    expect(result).toEqual({ status: "occupied", address: "Sheet1!A1", areaAddress: "Sheet1!A1:C2", filledCells: 1 });
    expect(cellAt(state, "Sheet1", 0, 1).formula).toBe("mine");
  });
});

// ---------------------------------------------------------------------------------------------
// A refused overwrite puts everything back.

/** The user's styled cells at A1:B2: text, a number, a percentage; a red bold font; a yellow fill. */
function styledCells(state: FakeWorkbookState): void {
  fillCells(state, "Sheet1", "A1", [
    ["label", 42],
    ["+11%", "=1+1"],
  ]);
  cellAt(state, "Sheet1", 0, 1).numberFormat = "#,##0.0";
  Object.assign(cellAt(state, "Sheet1", 0, 0), { fontColor: "#C00000", bold: true, italic: true, fill: "#FFFF00" });
  Object.assign(cellAt(state, "Sheet1", 1, 1), { fill: "#E2EFDA" });
}

function styleOf(state: FakeWorkbookState): unknown[] {
  return [...getSheet(state, "Sheet1").cells.entries()]
    .filter(([key]) => ["0,0", "0,1", "1,0", "1,1"].includes(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, cell]) => ({
      key,
      formula: cell.formula,
      value: cell.value,
      numberFormat: cell.numberFormat,
      fontColor: cell.fontColor ?? "#000000",
      bold: cell.bold ?? false,
      italic: cell.italic ?? false,
      fill: cell.fill ?? "none",
    }));
}

describe("a refused overwrite", () => {
  it("from the builder puts back values, formulas, number formats, fonts and fills", async () => {
    const state = createWorkbookState(evaluateAmzn);
    styledCells(state);
    const before = styleOf(state);
    await expect(
      insertAmznFormula(failingContext(state, 2), '=AMZN.SERIES("revenue")', {
        shape: { rows: 2, cols: 2 },
        host: ENGLISH_HOST,
        overwrite: true,
      }),
    ).rejects.toThrow("Injected failure");
    expect(styleOf(state)).toEqual(before);
  });

  it("from the sheet writer puts back fonts and fills too", async () => {
    const state = createWorkbookState(evaluateAmzn);
    styledCells(state);
    const before = styleOf(state);
    const spec = GALLERY_ENTRIES[0]?.build({
      lang: "en",
      live: true,
      chart: false,
      basis: "report",
      target: "selection",
    });
    if (!spec) throw new Error("no gallery entry");
    await expect(
      writeSpec(failingContext(state, 2), spec, { target: "selection", overwrite: true, host: ENGLISH_HOST }),
    ).rejects.toThrow("Injected failure");
    expect(styleOf(state)).toEqual(before);
  });

  it("without ExcelApi 1.9 still puts back values, formulas and number formats", async () => {
    const state = createWorkbookState(evaluateAmzn);
    styledCells(state);
    const values = (): unknown[] =>
      styleOf(state).map((cell) => {
        const { key, formula, value, numberFormat } = cell as Record<string, FakeScalar>;
        return { key, formula, value, numberFormat };
      });
    const before = values();
    await expect(
      insertAmznFormula(failingContext(state, 2), '=AMZN.SERIES("revenue")', {
        shape: { rows: 2, cols: 2 },
        host: excelHost("en-US", ["1.9"]),
        overwrite: true,
      }),
    ).rejects.toThrow("Injected failure");
    expect(values()).toEqual(before);
  });
});
