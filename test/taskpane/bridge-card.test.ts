/**
 * The gallery card "What drove net income" on the test double: inserted in both languages, static
 * and live, with a chart; its live values equal the static ones. The chart is Excel's waterfall
 * where the host has ExcelApi 1.9, else a stacked column with an invisible base and the parts in
 * their colours (a step crossing zero in two series of one colour); the double refuses a waterfall
 * in a host without 1.9, as the ChartType reference documents.
 */
import {
  FakeRequestContext,
  type FakeScalar,
  type FakeWorkbookState,
  createWorkbookState,
  fakeExcelEnums,
  getSheet,
} from "../fakes/fake-excel";
import { writeSpec } from "../../src/taskpane/excel/writer";
import type { HostInfo } from "../../src/taskpane/excel/host";
import { GALLERY_ENTRIES } from "../../src/taskpane/gallery-entries";
import { excelResultOf } from "../helpers/amzn";

beforeAll(() => {
  Object.assign(globalThis, { Excel: fakeExcelEnums });
});

const host = (excelApi: number): HostInfo => ({
  displayLanguage: "en-US",
  supportsExcelApi: (version) => Number(version) <= excelApi,
});

function workbook(excelApi: number): FakeWorkbookState {
  const state = createWorkbookState((formula) => (/^=AMZN\.BRIDGE\(/i.test(formula) ? excelResultOf(formula) : 0));
  state.excelApi = excelApi;
  return state;
}

const entry = GALLERY_ENTRIES.find((e) => e.id === "net_income_bridge");

async function insert(lang: "en" | "fr", live: boolean, excelApi = 1.9, years?: { from: number; to: number }) {
  if (entry === undefined) throw new Error("no bridge card in the gallery");
  const state = workbook(excelApi);
  const spec = entry.build({ lang, live, basis: "filings", target: "newSheet", chart: true, bridgeYears: years });
  const context = new FakeRequestContext(state) as unknown as Excel.RequestContext;
  const result = await writeSpec(context, spec, { target: "newSheet", host: host(excelApi) });
  if (result.status !== "written") throw new Error(`not written: ${result.status}`);
  const sheet = getSheet(state, result.sheetName);
  const value = (row: number, col: number): FakeScalar => sheet.cells.get(`${row},${col}`)?.value ?? "";
  const table = Array.from({ length: 8 }, (_, i) => [value(3 + i, 0), value(3 + i, 1)]);
  return { state, table, sentence: value(1, 0), sheetName: result.sheetName };
}

describe.each(["en", "fr"] as const)("the bridge card in %s", (lang) => {
  it("inserts static and live; the live spill shows exactly the static values", async () => {
    const fixed = await insert(lang, false);
    const live = await insert(lang, true);
    expect(live.table).toEqual(fixed.table);
    expect(fixed.table[0]?.[1]).toBe(30_425);
    expect(fixed.table[3]?.[1]).toBe(20_975);
    expect(fixed.table[7]?.[1]).toBe(77_670);
    expect(fixed.state.failedSyncs).toBe(0);
    expect(live.state.failedSyncs).toBe(0);
  });

  it("reads itself in one sentence in the card's language", async () => {
    const { sentence } = await insert(lang, false);
    expect(sentence).toMatch(
      lang === "en"
        ? /^From 2023 to 2025, net income rose by 47,245 M\$/
        : /^De 2023 à 2025, le résultat net a augmenté de 47\u202f245 M\$/,
    );
    expect(sentence).toContain(
      lang === "en" ? "aws operating income (+20,975)" : "résultat opérationnel aws (+20\u202f975)",
    );
  });

  it("draws Excel's waterfall where the host has ExcelApi 1.9", async () => {
    const { state } = await insert(lang, true, 1.9);
    expect(state.charts).toHaveLength(1);
    expect(state.charts[0]?.type).toBe("Waterfall");
    // The walk without its end column: the running total after the last step is the end figure.
    expect(state.charts[0]?.source).toMatch(/!B16:H16$/);
    // Excel's own waterfall keeps its own label placement.
    expect(state.charts[0]?.tickLabelPositions).toBeUndefined();
  });

  it("else a stacked column: the base without fill, then the parts, a step's two parts in one colour", async () => {
    const { state, sheetName } = await insert(lang, true, 1.8, { from: 2022, to: 2025 });
    const chart = state.charts[0];
    expect(chart?.type).toBe("ColumnStacked");
    const series = chart?.series ?? [];
    expect(series).toHaveLength(6);
    expect(series.map((s) => s.noFill === true)).toEqual([true, false, false, false, false, false]);
    const [base, total, up, upBelow, down, downBelow] = series;
    expect(base?.fill).toBeUndefined();
    expect(up?.fill).toBe(upBelow?.fill);
    expect(down?.fill).toBe(downBelow?.fill);
    expect(new Set([total?.fill, up?.fill, down?.fill]).size).toBe(3);
    for (const s of [total, up, down]) expect(s?.fill).toMatch(/^#[0-9A-F]{6}$/i);
    // Each series reads its labelled chart-data row: its name is the row's label, its values the
    // row's cells (North America, the second category, crosses zero from −2,722 to 29,744).
    const sheet = getSheet(state, sheetName);
    const row = (address: string | undefined): number => Number(/!B(\d+):/.exec(address ?? "")?.[1]) - 1;
    expect(chart?.source).toMatch(/!B17:I17$/);
    const rows = [17 - 1, ...series.slice(1).map((s) => row(s.values))];
    expect(rows).toEqual([16, 17, 18, 19, 20, 21]);
    expect(rows.map((r) => sheet.cells.get(`${r},0`)?.value)).toEqual([
      base?.name,
      ...series.slice(1).map((s) => s.name),
    ]);
    expect(rows.map((r) => sheet.cells.get(`${r},2`)?.value)).toEqual([0, 0, 29_744, -2_722, 0, 0]);
    for (const s of series) expect(s.xValues).toMatch(/!B15:I15$/);
    // Bars below zero: the category labels go at the bottom of the plot, not over them at zero.
    expect(chart?.tickLabelPositions).toEqual({ category: "Low" });
    expect(state.failedSyncs).toBe(0);
  });
});

describe("the card's years are selectable", () => {
  it("2022 → 2025 and 2024 → 2025", async () => {
    const a = await insert("en", true, 1.9, { from: 2022, to: 2025 });
    expect(a.table[0]?.[1]).toBe(-2_722);
    expect(a.table[7]?.[1]).toBe(77_670);
    const b = await insert("en", false, 1.9, { from: 2024, to: 2025 });
    expect(b.table[0]?.[1]).toBe(59_248);
  });
});

describe("the double follows the ChartType reference", () => {
  it("refuses a waterfall in a host without ExcelApi 1.9, and an unknown chart type anywhere", () => {
    const state = workbook(1.8);
    const context = new FakeRequestContext(state);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    expect(() => sheet.charts.add("Waterfall", sheet.getRange("A1:B2"), "Rows")).toThrow(/ExcelApi 1\.9/);
    expect(() => sheet.charts.add("Sparkle", sheet.getRange("A1:B2"), "Rows")).toThrow(/unknown chart type/);
  });
});
