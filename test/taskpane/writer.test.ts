import type { SheetSpec } from "../../src/sheets/spec";
import { columnLetters } from "../../src/core/formula";
import { uniqueName, writeSpec } from "../../src/taskpane/excel/writer";
import { cellAt, createWorkbookState, fillCells, getSheet } from "../fakes/fake-excel";
import { excelContext, useExcelEnums } from "../helpers/excel";

useExcelEnums();

/** A 3×3 report-like spec: header row, two series, a table and a chart. */
function sampleSpec(): SheetSpec {
  return {
    sheetName: "AMZN Results",
    lang: "en",
    cells: [
      ["B$", 2024, 2025],
      ["Revenue", 638, "=AMZN.REVENUE(2025)"],
      ["Net income", 59, 77.7],
    ],
    numberFormats: [
      ["General", "0", "0"],
      ["General", "#,##0.0", "#,##0.0"],
      ["General", "#,##0.0", "#,##0.0"],
    ],
    styles: [{ row: 0, col: 0, rows: 1, cols: 3, style: "header" }],
    table: { name: "AMZN_Results", row: 0, col: 0, rows: 3, cols: 3 },
    charts: [
      {
        title: "Revenue and net income",
        kind: "columnClustered",
        categoriesRow: 0,
        firstCol: 1,
        lastCol: 2,
        series: [
          { name: "Revenue", row: 1, kind: "column" },
          { name: "Net income", row: 2, kind: "column" },
        ],
        valueAxisTitle: "B$",
      },
    ],
    validations: [],
  };
}

const context = excelContext;

describe("writeSpec at the selection", () => {
  it("writes values, formulas, formats, table and chart in two syncs", async () => {
    const state = createWorkbookState();
    state.selection = { sheet: "Sheet1", row: 1, col: 1, rows: 1, cols: 1 };
    const result = await writeSpec(context(state), sampleSpec(), { target: "selection" });

    expect(state.syncCount).toBe(2);
    expect(result).toEqual({
      status: "written",
      sheetName: "Sheet1",
      address: "Sheet1!B2:D4",
      tableName: "AMZN_Results",
    });
    expect(cellAt(state, "Sheet1", 2, 2).formula).toBe(638);
    expect(cellAt(state, "Sheet1", 2, 3).formula).toBe("=AMZN.REVENUE(2025)");
    expect(cellAt(state, "Sheet1", 3, 2).numberFormat).toBe("#,##0.0");
    expect(cellAt(state, "Sheet1", 1, 1).bold).toBe(true);
    expect(state.tables).toEqual([
      {
        name: "AMZN_Results",
        sheet: "Sheet1",
        address: "Sheet1!B2:D4",
        style: "TableStyleLight9",
        showFilterButton: false,
      },
    ]);
    expect(state.charts).toHaveLength(1);
    expect(state.charts[0]).toMatchObject({
      title: "Revenue and net income",
      type: "ColumnClustered",
      series: [
        { name: "Revenue", values: "Sheet1!C3:D3", xValues: "Sheet1!C2:D2" },
        { name: "Net income", values: "Sheet1!C4:D4", xValues: "Sheet1!C2:D2" },
      ],
      axisTitles: { value: "B$" },
    });
  });

  it("leaves a pre-filled target untouched without consent, after one sync", async () => {
    const state = createWorkbookState();
    fillCells(state, "Sheet1", "B2", [["keep me"]]);
    const before = JSON.stringify([...getSheet(state, "Sheet1").cells]);
    const result = await writeSpec(context(state), sampleSpec(), { target: "selection" });

    expect(result).toEqual({ status: "occupied", address: "Sheet1!A1:C3", filledCells: 1 });
    expect(state.syncCount).toBe(1);
    expect(JSON.stringify([...getSheet(state, "Sheet1").cells])).toBe(before);
    expect(state.tables).toHaveLength(0);
    expect(state.charts).toHaveLength(0);
  });

  it("overwrites only with explicit consent", async () => {
    const state = createWorkbookState();
    fillCells(state, "Sheet1", "A1", [["old"]]);
    const result = await writeSpec(context(state), sampleSpec(), { target: "selection", overwrite: true });
    expect(result.status).toBe("written");
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("B$");
    expect(state.syncCount).toBe(2);
  });

  it("gives the table a unique name when the wanted one is taken", async () => {
    const state = createWorkbookState();
    state.tables.push({ name: "AMZN_Results", sheet: "Sheet1", address: "Sheet1!Z1:Z2" });
    const result = await writeSpec(context(state), sampleSpec(), { target: "selection" });
    expect(result).toMatchObject({ status: "written", tableName: "AMZN_Results_2" });
  });
});

describe("writeSpec on a new sheet", () => {
  it("adds a uniquely named sheet, writes at A1 and activates it, in two syncs", async () => {
    const state = createWorkbookState();
    state.sheets.push({ name: "AMZN Results", cells: new Map(), columnWidths: new Map() });
    const result = await writeSpec(context(state), sampleSpec(), { target: "newSheet" });

    expect(state.syncCount).toBe(2);
    expect(result).toMatchObject({
      status: "written",
      sheetName: "AMZN Results (2)",
      address: "'AMZN Results (2)'!A1:C3",
    });
    expect(state.activeSheet).toBe("AMZN Results (2)");
    expect(cellAt(state, "AMZN Results (2)", 1, 1).formula).toBe(638);
  });

  it("keeps the sync count at two whatever the size of the spec", async () => {
    const state = createWorkbookState();
    const width = 40;
    const spec: SheetSpec = {
      ...sampleSpec(),
      cells: Array.from({ length: 200 }, (_, r) => Array.from({ length: width }, (_, c) => r * width + c)),
      numberFormats: Array.from({ length: 200 }, () => Array.from({ length: width }, () => "0")),
      table: undefined,
      charts: [],
    };
    await writeSpec(context(state), spec, { target: "newSheet" });
    expect(state.syncCount).toBe(2);
    expect(cellAt(state, "AMZN Results", 199, 39).formula).toBe(7999);
  });
});

describe("names and addresses", () => {
  it("makes sheet names unique within Excel's 31 characters, case-insensitively", () => {
    expect(uniqueName("Model", ["model"], "sheet")).toBe("Model (2)");
    expect(uniqueName("Model", ["Model", "Model (2)"], "sheet")).toBe("Model (3)");
    const long = "A".repeat(40);
    const unique = uniqueName(long, [long.slice(0, 31)], "sheet");
    expect(unique).toHaveLength(31);
    expect(unique.endsWith(" (2)")).toBe(true);
  });

  it("converts column indexes to letters", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
  });
});

describe("writeSpec for the scenario model", () => {
  it.each([1, 5, 30])(
    "writes a %i-year model on a new sheet in at most 3 syncs, formulas at their anchor",
    async (years) => {
      const { buildScenarioSheet, scenarioSheetLayout } = await import("../../src/sheets/scenario-sheet");
      const state = createWorkbookState();
      const spec = buildScenarioSheet({ lang: "en", caseName: "bull", years });
      const result = await writeSpec(context(state), spec, { target: "newSheet" });
      expect(state.syncCount).toBeLessThanOrEqual(3);
      expect(result).toMatchObject({ status: "written", sheetName: "Capex scenario" });
      const layout = scenarioSheetLayout(years);
      expect(cellAt(state, "Capex scenario", layout.caseSwitch.row, layout.caseSwitch.col)).toMatchObject({
        formula: "bull",
        validation: "bear,base,bull",
      });
      const lastFcf = layout.outputs.fcf[years - 1];
      expect(String(cellAt(state, "Capex scenario", lastFcf?.row ?? -1, lastFcf?.col ?? -1).formula)).toMatch(/^=/);
      expect(state.charts).toHaveLength(1);
    },
  );

  it("refuses to put an absolute-reference spec at the selection", async () => {
    const { buildScenarioSheet } = await import("../../src/sheets/scenario-sheet");
    const spec = { ...buildScenarioSheet({ lang: "en" }), formulaAnchor: { row: 0, col: 0 } };
    await expect(writeSpec(context(createWorkbookState()), spec, { target: "selection" })).rejects.toThrow(/new sheet/);
  });
});
