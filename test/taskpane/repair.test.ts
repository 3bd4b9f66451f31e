import { payloadBytes } from "../../src/taskpane/excel/bounded-sync";
import {
  FORCE_REFRESH_SETTING,
  repairAmznCells,
  repairFormula,
  type DocumentSettings,
} from "../../src/taskpane/excel/repair";
import {
  cellAt,
  createWorkbookState,
  fillCells,
  newSheet,
  type FakeCell,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";
import { excelContext, useExcelEnums } from "../helpers/excel";

useExcelEnums();

/** The add-in's functions evaluate once registered: REVENUE(2024) is 638, NET_INCOME(2024) 59.2. */
function evaluate(formula: string): FakeScalar {
  if (/^=AMZN\.REVENUE\(2024\)$/.test(formula)) return 638;
  if (/^=AMZN\.NET_INCOME\(2024\)\*2$/.test(formula)) return 118.4;
  if (formula.includes("_xldudf_") || formula.includes("OTHER.")) return "#NAME?";
  return 1;
}

/**
 * A cell as Excel shows it after a failed registration: the formula as saved, the value #NAME?.
 * Test set-up only (the double's own enterInput would evaluate the formula).
 */
function seedBroken(state: FakeWorkbookState, sheet: string, row: number, col: number, formula: string): void {
  const cell = cellAt(state, sheet, row, col);
  cell.formula = formula;
  cell.value = "#NAME?";
}

function workbook(): FakeWorkbookState {
  const state = createWorkbookState(evaluate);
  fillCells(state, "Sheet1", "A1", [
    ["=AMZN.REVENUE(2024)", "=SUM(A1:A2)", "label", 42],
    ["=A1*2", '="_xldudf_AMZN_REVENUE(2024) is text"', "", "=OTHER.FN(1)"],
  ]);
  seedBroken(state, "Sheet1", 2, 0, "=_xldudf_AMZN_REVENUE(2024)");
  seedBroken(state, "Sheet1", 2, 1, "=AMZN.REVENUE(2024)");
  seedBroken(state, "Sheet1", 2, 2, "=[2]!_xldudf_AMZN_NET_INCOME(2024)*2");
  seedBroken(state, "Sheet1", 2, 3, "=_xldudf_OTHER_FN(1)");
  state.sheets.push(newSheet("Other"));
  seedBroken(state, "Other", 4, 4, "=_xldudf_amzn_revenue(2024)");
  seedBroken(state, "Other", 5, 4, "=_xldudf_AMZN_NOT_A_FUNCTION(1)");
  return state;
}

const context = excelContext;

/** Office.context.document.settings as a Map, saving with the given status. */
function settings(
  status = "succeeded",
  initial: Record<string, boolean> = {},
): DocumentSettings & {
  values: Map<string, boolean>;
  saves: number;
} {
  const values = new Map(Object.entries(initial));
  return {
    values,
    saves: 0,
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    saveAsync(callback) {
      this.saves += 1;
      callback({ status });
    },
  };
}

function snapshot(state: FakeWorkbookState): Map<string, FakeCell> {
  const cells = new Map<string, FakeCell>();
  for (const sheet of state.sheets)
    for (const [key, cell] of sheet.cells) cells.set(`${sheet.name}!${key}`, { ...cell });
  return cells;
}

describe("repairFormula", () => {
  it("turns the _xldudf_ forms back into AMZN calls, with or without a link prefix", () => {
    expect(repairFormula("=_xldudf_AMZN_REVENUE(2024)", "#NAME?")).toEqual({
      kind: "fix",
      formula: "=AMZN.REVENUE(2024)",
    });
    expect(repairFormula("=[2]!_xldudf_AMZN_NET_INCOME(2024)*2", "#NAME?")).toEqual({
      kind: "fix",
      formula: "=AMZN.NET_INCOME(2024)*2",
    });
    expect(repairFormula("='Amzn Addin.xlam'!_xldudf_AMZN_CAPEX_SCENARIO(\"bull\")", 1)).toEqual({
      kind: "fix",
      formula: '=AMZN.CAPEX_SCENARIO("bull")',
    });
    expect(repairFormula('=_xldudf_AMZN.GROWTH("revenue",2023,2025)+_xldudf_AMZN_KPI("x")', "#NAME?")).toEqual({
      kind: "fix",
      formula: '=AMZN.GROWTH("revenue",2023,2025)+AMZN.KPI("x")',
    });
  });

  it("re-enters an AMZN formula that shows #NAME?, and leaves working ones alone", () => {
    expect(repairFormula("=AMZN.REVENUE(2024)", "#NAME?")).toEqual({ kind: "fix", formula: "=AMZN.REVENUE(2024)" });
    expect(repairFormula("=AMZN.REVENUE(2024)", 638)).toEqual({ kind: "leave" });
    expect(repairFormula("=SUM(A1)", "#NAME?")).toEqual({ kind: "leave" });
  });

  it("leaves other add-ins' functions, text and unknown AMZN ids untouched", () => {
    expect(repairFormula("=_xldudf_OTHER_FN(1)", "#NAME?")).toEqual({ kind: "leave" });
    expect(repairFormula('="_xldudf_AMZN_REVENUE(2024)"', "_xldudf_AMZN_REVENUE(2024)")).toEqual({ kind: "leave" });
    expect(repairFormula("_xldudf_AMZN_REVENUE(2024)", "_xldudf_AMZN_REVENUE(2024)")).toEqual({ kind: "leave" });
    expect(repairFormula("=_xldudf_AMZN_NOT_A_FUNCTION(1)", "#NAME?")).toEqual({ kind: "unrecognised" });
  });
});

describe("repairAmznCells on the double", () => {
  it("re-enters every broken AMZN cell on every sheet and changes nothing else, in 5 syncs", async () => {
    const state = workbook();
    const before = snapshot(state);
    const documentSettings = settings();
    const result = await repairAmznCells(context(state), documentSettings);

    expect(result).toEqual({
      cellsRepaired: 4,
      unrecognised: ["=_xldudf_AMZN_NOT_A_FUNCTION(1)"],
      cacheRefresh: "requested",
    });
    expect(cellAt(state, "Sheet1", 2, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(cellAt(state, "Sheet1", 2, 1)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(cellAt(state, "Sheet1", 2, 2)).toMatchObject({ formula: "=AMZN.NET_INCOME(2024)*2", value: 118.4 });
    expect(cellAt(state, "Other", 4, 4)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });

    const fixed = new Set(["Sheet1!2,0", "Sheet1!2,1", "Sheet1!2,2", "Other!4,4"]);
    const after = snapshot(state);
    const changed = [...after.keys()].filter(
      (key) => JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key)),
    );
    expect(changed.sort()).toEqual([...fixed].sort());
    expect(after.size).toBe(before.size);
    // list sheets, measure the used ranges, scan their formulas, read the AMZN cells' values, write
    expect(state.syncCount).toBe(5);
    expect(documentSettings.values.get(FORCE_REFRESH_SETTING)).toBe(true);
    expect(documentSettings.saves).toBe(1);
  });

  it("finds nothing the second time, writes nothing, and turns the cache refresh off again", async () => {
    const state = workbook();
    const documentSettings = settings();
    await repairAmznCells(context(state), documentSettings);
    state.syncCount = 0;
    const again = await repairAmznCells(context(state), documentSettings);
    expect(again).toEqual({
      cellsRepaired: 0,
      unrecognised: ["=_xldudf_AMZN_NOT_A_FUNCTION(1)"],
      cacheRefresh: "cleared",
    });
    expect(documentSettings.values.get(FORCE_REFRESH_SETTING)).toBe(false);
    // list sheets, measure, scan, read the AMZN cells' values; nothing to write
    expect(state.syncCount).toBe(4);
  });

  it("still repairs the cells when the host has no document settings or cannot save them", async () => {
    const noSettings = await repairAmznCells(context(workbook()), undefined);
    expect(noSettings).toMatchObject({ cellsRepaired: 4, cacheRefresh: "unavailable" });
    const failing = await repairAmznCells(context(workbook()), settings("failed"));
    expect(failing).toMatchObject({ cellsRepaired: 4, cacheRefresh: "unavailable" });
  });

  it("leaves an empty workbook alone", async () => {
    const state = createWorkbookState(evaluate);
    const result = await repairAmznCells(context(state), settings());
    expect(result).toEqual({ cellsRepaired: 0, unrecognised: [], cacheRefresh: "unchanged" });
    expect(state.syncCount).toBe(2);
  });
});

describe("repairAmznCells within Excel's limits", () => {
  /** A sheet whose used range is 6,000 rows × 1,000 columns = 6 million cells: over the 5-million-cell read limit. */
  function sixMillionCells(): FakeWorkbookState {
    const state = createWorkbookState(evaluate);
    seedBroken(state, "Sheet1", 0, 0, "=_xldudf_AMZN_REVENUE(2024)");
    seedBroken(state, "Sheet1", 2999, 1, "=AMZN.REVENUE(2024)");
    fillCells(state, "Sheet1", "C3001", [["=AMZN.REVENUE(2024)"]]);
    fillCells(state, "Sheet1", "ALL6000", [["far away"]]);
    return state;
  }

  it("repairs a 6-million-cell used range in 16 bounded syncs, no read over the limits", async () => {
    const state = sixMillionCells();
    const result = await repairAmznCells(context(state), settings());
    expect(result).toMatchObject({ cellsRepaired: 2, unrecognised: [] });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(cellAt(state, "Sheet1", 2999, 1)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    // No sync failed: no read went over 5 million cells or 5 MB (the double refuses both).
    expect(state.failedSyncs).toBe(0);
    // list sheets, measure, 12 scans of 500,000 cells, read 2 AMZN cells' values, write the 2 fixes
    expect(state.syncCount).toBe(16);
  });

  it("writes 2,000 fixes of long formulas (5.6 MB) in syncs within 5 MB a request, none refused", async () => {
    const state = createWorkbookState(evaluate);
    // A formula of 2,800 characters, as a saved workbook keeps it after a failed registration.
    const tail = `+LEN("${"x".repeat(2_800 - '=AMZN.REVENUE(2024)+LEN("")'.length)}")`;
    for (let row = 0; row < 2_000; row++) seedBroken(state, "Sheet1", row, 0, `=_xldudf_AMZN_REVENUE(2024)${tail}`);
    // Scanned 1,000 cells a sync (2.8 MB of formulas each), so that only the writes meet the limit.
    const result = await repairAmznCells(context(state), settings(), 1_000);
    expect(result.cellsRepaired).toBe(2_000);
    expect(cellAt(state, "Sheet1", 1_999, 0)).toMatchObject({ formula: `=AMZN.REVENUE(2024)${tail}`, value: 1 });
    expect(state.failedSyncs).toBe(0);
    // list sheets, measure, 2 scans, 2 writes: 1,050 fixes (2.9 MB sent; 4 MB by the estimate,
    // which adds 1,000 bytes a range), then 950. The code before this bound sent all 2,000 in one
    // request of 5.6 MB, which Excel on the web refuses.
    expect(state.syncCount).toBe(6);
    expect(state.heaviestSync?.request).toBe(1_050 * payloadBytes([[`=AMZN.REVENUE(2024)${tail}`]]));
  });

  it("reads again in halves the values Excel refuses to answer in one sync (long texts)", async () => {
    // 2,000 working AMZN cells showing a text of 3,000 characters: 6 MB to read in one sync.
    const long = "y".repeat(3_000);
    const state = createWorkbookState((formula) => (formula === "=AMZN.REVENUE(2024)" ? long : evaluate(formula)));
    fillCells(
      state,
      "Sheet1",
      "A1",
      Array.from({ length: 2_000 }, () => ["=AMZN.REVENUE(2024)"]),
    );
    const result = await repairAmznCells(context(state), settings());
    expect(result.cellsRepaired).toBe(0);
    // list sheets, measure, scan, the values refused then read in two halves; nothing to write
    expect(state.failedSyncs).toBe(1);
    expect(state.syncCount).toBe(6);
  });

  it("reads the values of many AMZN cells and writes many fixes in batches of 2,000 a sync", async () => {
    const state = createWorkbookState(evaluate);
    for (let row = 0; row < 4_500; row++) seedBroken(state, "Sheet1", row, 0, "=AMZN.REVENUE(2024)");
    const result = await repairAmznCells(context(state), settings());
    expect(result.cellsRepaired).toBe(4_500);
    // list sheets, measure, 1 scan, 3 reads of values, 3 writes
    expect(state.syncCount).toBe(9);
    expect(state.failedSyncs).toBe(0);
  });
});
