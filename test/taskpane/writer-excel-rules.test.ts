/**
 * The writer against the honest double: each rule Excel would show, and a walk of every
 * spec the task pane can write, asserting that no text cell is reinterpreted.
 */
import { excelResultOf } from "../helpers/amzn";
import { buildReconciliationSheet } from "../../src/sheets/reconcile-sheet";
import { buildScenarioSheet } from "../../src/sheets/scenario-sheet";
import type { SheetSpec } from "../../src/sheets/spec";
import { buildReportSheet } from "../../src/sheets/report-sheets";
import { frenchFormula } from "../../src/taskpane/excel/localize";
import { writeSpec, type WriteOptions } from "../../src/taskpane/excel/writer";
import { GALLERY_ENTRIES } from "../../src/taskpane/gallery-entries";
import { SCENARIO_CASES } from "../../src/core/scenario";
import {
  cellAt,
  createWorkbookState,
  fillCells,
  getSheet,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";
import {
  ENGLISH_HOST as ENGLISH,
  FRENCH_HOST as FRENCH,
  excelContext,
  failingContext,
  frenchExcel,
  useExcelEnums,
} from "../helpers/excel";

useExcelEnums();

/** AMZN formulas calculate with the add-in's own code (BRIDGE spills); =NA() is #N/A; other formulas 0. */
function evaluate(formula: string): FakeScalar | FakeScalar[][] {
  if (/^=AMZN\./i.test(formula) || /^=NA\(\)$/i.test(formula)) return excelResultOf(formula);
  return 0;
}

function workbook(): FakeWorkbookState {
  return createWorkbookState(evaluate);
}

const context = excelContext;

function write(state: FakeWorkbookState, spec: SheetSpec, options: Partial<WriteOptions> = {}) {
  return writeSpec(context(state), spec, { target: "newSheet", host: ENGLISH, ...options });
}

/** Every text cell of the spec is the same text in the double; numbers and formulas as written. */
function expectWrittenAsMeant(state: FakeWorkbookState, sheet: string, spec: SheetSpec, top = 0, left = 0): number {
  let textCells = 0;
  spec.cells.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const cell = cellAt(state, sheet, top + r, left + c);
      if (typeof value === "string" && !value.startsWith("=")) {
        textCells++;
        expect({ at: [r, c], formula: cell.formula, value: cell.value }).toEqual({ at: [r, c], formula: value, value });
      } else {
        expect({ at: [r, c], formula: cell.formula }).toEqual({ at: [r, c], formula: value });
      }
    }),
  );
  return textCells;
}

// ---------------------------------------------------------------------------------------------
// Every spec the gallery, the scenario builder and the reconciliation can write.

interface Case {
  readonly name: string;
  readonly spec: () => SheetSpec;
}

const cases: Case[] = [];
for (const entry of GALLERY_ENTRIES)
  for (const lang of ["en", "fr"] as const)
    for (const basis of ["report", "filings"] as const)
      for (const live of [false, true])
        cases.push({
          name: `gallery ${entry.id} ${lang} ${basis} ${live ? "live" : "static"}`,
          spec: () => entry.build({ lang, basis, live, target: "newSheet", chart: true }),
        });
for (const lang of ["en", "fr"] as const) {
  cases.push({ name: `audit reconciliation ${lang}`, spec: () => buildReconciliationSheet(lang) });
  for (const caseName of SCENARIO_CASES)
    for (const years of [1, 5, 30])
      cases.push({
        name: `scenario ${caseName} ${years}y ${lang}`,
        spec: () => buildScenarioSheet({ lang, caseName, years }),
      });
}

describe("every spec the task pane writes keeps its text as text in Excel", () => {
  it("covers the gallery (9 entries × 2 languages × 2 bases × 2 value modes), the reconciliation and the scenario builder", () => {
    expect(GALLERY_ENTRIES.map((entry) => entry.id)).toEqual([
      "results",
      "aws",
      "kpis",
      "reconciliation",
      "net_income_bridge",
      "segments",
      "lines",
      "quarters",
      "since_report",
    ]);
    expect(cases).toHaveLength(9 * 2 * 2 * 2 + 2 + 2 * 3 * 3);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    const state = workbook();
    const spec = testCase.spec();
    const result = await write(state, spec);
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expect(state.failedSyncs).toBe(0);
    const anchor = spec.formulaAnchor ?? { row: 0, col: 0 };
    expect(expectWrittenAsMeant(state, result.sheetName, spec, anchor.row, anchor.col)).toBeGreaterThan(0);
    // Every AMZN formula calculates (no #NAME?, no error from the add-in's code).
    for (const cell of getSheet(state, result.sheetName).cells.values())
      if (typeof cell.formula === "string" && cell.formula.startsWith("=AMZN.")) expect(cell.error).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// text cells reinterpreted.

describe("the reconciliation's labels (+11%, +31,2%, 38%, 2024) stay text", () => {
  it.each(["selection", "newSheet"] as const)("written at the %s", async (target) => {
    const state = workbook();
    const spec = buildReconciliationSheet("fr");
    const printed = spec.cells.flat().filter((cell): cell is string => typeof cell === "string");
    for (const label of ["+31,2%", "+11%", "38%"]) expect(printed).toContain(label);
    const result = await write(state, spec, { target });
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expectWrittenAsMeant(state, result.sheetName, spec);
    expect(state.syncCount).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// half-written sheets.

describe("a refused write leaves nothing behind", () => {
  it("names the table uniquely when a defined name holds its name", async () => {
    const state = workbook();
    state.names.push({ name: "amzn_reconciliation", formula: "=Sheet1!$A$1" });
    const result = await write(state, buildReconciliationSheet("en"));
    expect(result).toMatchObject({ status: "written", tableName: "AMZN_Reconciliation_2" });
    expect(state.tables.map((table) => table.name)).toEqual(["AMZN_Reconciliation_2"]);
    expect(state.failedSyncs).toBe(0);
  });

  it.each([1, 5, 40])(
    "removes the new sheet when Excel refuses the write (command %i from the end)",
    async (fromEnd) => {
      const state = workbook();
      const ctx = failingContext(state, 2, fromEnd);
      await expect(
        writeSpec(ctx, buildReportSheet({ table: "results", lang: "en", live: false, chart: true }), {
          target: "newSheet",
          host: ENGLISH,
        }),
      ).rejects.toThrow();
      expect(state.failedSyncs).toBe(1);
      expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
      expect(state.tables).toEqual([]);
      expect(state.charts).toEqual([]);
      // read, write (refused), clean-up read, clean-up write
      expect(state.syncCount).toBe(4);
    },
  );

  it.each([1, 5, 40])(
    "puts the selection back when Excel refuses the write (command %i from the end)",
    async (fromEnd) => {
      const state = workbook();
      fillCells(state, "Sheet1", "B2", [["keep me", "+11%"]]);
      cellAt(state, "Sheet1", 1, 2).numberFormat = "@";
      fillCells(state, "Sheet1", "C2", [["+11%"]]);
      fillCells(state, "Sheet1", "B3", [["=1+1"]]);
      const before = JSON.stringify([...getSheet(state, "Sheet1").cells].sort());
      const ctx = failingContext(state, 2, fromEnd);
      await expect(
        writeSpec(ctx, buildReconciliationSheet("en"), { target: "selection", overwrite: true, host: ENGLISH }),
      ).rejects.toThrow();
      expect(state.tables).toEqual([]);
      expect(state.charts).toEqual([]);
      expect(cellAt(state, "Sheet1", 1, 1)).toMatchObject({ formula: "keep me", value: "keep me" });
      expect(cellAt(state, "Sheet1", 1, 2)).toMatchObject({ formula: "+11%", value: "+11%", numberFormat: "@" });
      expect(cellAt(state, "Sheet1", 2, 1).formula).toBe("=1+1");
      const after = [...getSheet(state, "Sheet1").cells].filter(
        ([, cell]) => cell.formula !== "" || cell.numberFormat !== "General",
      );
      expect(after.map(([key]) => key).sort()).toEqual(
        JSON.parse(before)
          .map(([key]: [string]) => key)
          .sort(),
      );
    },
  );
});

// ---------------------------------------------------------------------------------------------
// replacing what the add-in wrote.

describe("the live table replaces the static one the add-in wrote, with consent", () => {
  it("converts the old table to a range, then writes the new one under the same name", async () => {
    const state = workbook();
    const staticSpec = buildReportSheet({ table: "results", lang: "en", live: false, chart: false });
    const liveSpec = buildReportSheet({ table: "results", lang: "en", live: true, chart: false });
    expect(await write(state, staticSpec, { target: "selection" })).toMatchObject({ status: "written" });
    const occupied = await write(state, liveSpec, { target: "selection" });
    expect(occupied).toMatchObject({ status: "occupied" });
    state.syncCount = 0;
    const replaced = await write(state, liveSpec, { target: "selection", overwrite: true });
    expect(replaced).toMatchObject({ status: "written", tableName: "AMZN_Results_en" });
    expect(state.tables.map((table) => [table.name, table.address])).toEqual([["AMZN_Results_en", "Sheet1!A2:E6"]]);
    expect(cellAt(state, "Sheet1", 2, 2)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(state.failedSyncs).toBe(0);
    // read, table ranges, write
    expect(state.syncCount).toBe(3);
  });

  it("refuses, writing nothing, when a table reaches beyond the target", async () => {
    const state = workbook();
    fillCells(state, "Sheet1", "A30", [["h"]]);
    state.tables.push({ name: "UserTable", sheet: "Sheet1", address: "Sheet1!A3:H40" });
    const before = JSON.stringify([...getSheet(state, "Sheet1").cells]);
    await expect(
      write(state, buildReportSheet({ table: "aws", lang: "en", live: false, chart: false }), {
        target: "selection",
        overwrite: true,
      }),
    ).rejects.toThrow(/UserTable/);
    expect(JSON.stringify([...getSheet(state, "Sheet1").cells])).toBe(before);
    expect(state.failedSyncs).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// table headers are text.

describe("year headers are text, and the chart still reads them", () => {
  it.each(["results", "aws"] as const)("%s: headers as Excel holds them, chart categories on them", async (table) => {
    const state = workbook();
    const spec = buildReportSheet({ table, lang: "en", live: true, chart: true });
    const result = await write(state, spec);
    if (result.status !== "written") throw new Error("not written");
    const header = spec.table?.row ?? 1;
    expect([1, 2, 3].map((c) => cellAt(state, result.sheetName, header, c).value)).toEqual(["2023", "2024", "2025"]);
    expect([1, 2, 3].map((c) => spec.cells[header]?.[c])).toEqual(["2023", "2024", "2025"]);
    const sheetRef = `'${result.sheetName}'`;
    expect(state.charts[0]?.series[0]?.xValues).toBe(`${sheetRef}!B${header + 1}:D${header + 1}`);
    // The formulas don't read the headers: every figure still calculates.
    expect(typeof cellAt(state, result.sheetName, header + 1, 2).value).toBe("number");
  });
});

// ---------------------------------------------------------------------------------------------
// localized formulas.

describe("AMZN formulas in a French Excel", () => {
  it("translates invariant AMZN formulas to the French form, and nothing else", () => {
    expect(frenchFormula('=AMZN.GROWTH("revenue",2023,2024,"reported")')).toBe(
      '=AMZN.TAUX_CROISSANCE("revenue";2023;2024;"reported")',
    );
    expect(frenchFormula('=AMZN.REVENUE(2024,"B,M")')).toBe('=AMZN.CHIFFRE_AFFAIRES(2024;"B,M")');
    expect(frenchFormula("=AMZN.KPI(0.5)")).toBe("=AMZN.KPI_IA(0,5)");
    expect(frenchFormula("=SUM(AMZN.REVENUE(2024),1)")).toBeUndefined();
    expect(frenchFormula("=AMZN.REVENUE(A1)")).toBeUndefined();
  });

  it("rewrites every #NAME? cell through formulasLocal when Excel does not resolve the English names", async () => {
    const state = frenchExcel(workbook());
    const spec = buildReportSheet({ table: "results", lang: "fr", live: true, chart: true });
    const amznCells = spec.cells.flat().filter((cell) => typeof cell === "string" && cell.startsWith("=AMZN.")).length;
    const result = await write(state, spec, { host: FRENCH });
    expect(result).toMatchObject({ status: "written", formulasLocalized: amznCells, formulasUnresolved: 0 });
    if (result.status !== "written") return;
    for (const cell of getSheet(state, result.sheetName).cells.values())
      if (typeof cell.formula === "string" && cell.formula.startsWith("=AMZN.")) expect(cell.value).not.toBe("#NAME?");
    expect(cellAt(state, result.sheetName, 2, 2)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    // read (with the culture's separators), write and read back, rewrite and read back
    expect(state.syncCount).toBe(3);
  });

  it("leaves formulas alone when Excel resolves them (read back with the write: no extra sync)", async () => {
    const state = frenchExcel(workbook(), true);
    const result = await write(state, buildReportSheet({ table: "aws", lang: "fr", live: true, chart: false }), {
      host: FRENCH,
    });
    expect(result).toMatchObject({ status: "written" });
    expect(result).not.toHaveProperty("formulasLocalized");
    expect(state.syncCount).toBe(2);
  });

  it("does not check in an English Excel, nor for static tables", async () => {
    const english = workbook();
    await write(english, buildReportSheet({ table: "aws", lang: "fr", live: true, chart: false }));
    expect(english.syncCount).toBe(2);
    const staticFrench = frenchExcel(workbook());
    await write(staticFrench, buildReportSheet({ table: "aws", lang: "fr", live: false, chart: false }), {
      host: FRENCH,
    });
    expect(staticFrench.syncCount).toBe(2);
  });
});
