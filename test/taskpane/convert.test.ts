import { AmznError } from "../../src/core/runtime";
import { callsAmzn, convertAmznToValues, readActiveCell, watchSelection } from "../../src/taskpane/excel/writer";
import {
  cellAt,
  createWorkbookState,
  fillCells,
  newSheet,
  selectAreas,
  selectCells,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";
import { excelContext, useExcelEnums } from "../helpers/excel";

useExcelEnums();

/** AMZN.REVENUE(2024) is 638, AMZN.SERIES spills 2×3; every other formula evaluates to 1. */
function evaluate(formula: string): FakeScalar | FakeScalar[][] {
  if (formula.startsWith("=AMZN.REVENUE")) return 638;
  if (formula.startsWith("=AMZN.SERIES"))
    return [
      ["B$", 2023, 2024],
      ["Revenue", 575, 638],
    ];
  return 1;
}

function workbook(): FakeWorkbookState {
  const state = createWorkbookState(evaluate);
  fillCells(state, "Sheet1", "A1", [
    ["=AMZN.REVENUE(2024)", "=SUM(A1:A2)", "label"],
    ["=A1*2", '="AMZN.REVENUE is text"', 42],
  ]);
  fillCells(state, "Sheet1", "A5", [['=AMZN.SERIES("revenue")']]);
  state.sheets.push(newSheet("Other"));
  fillCells(state, "Other", "C3", [["=1+amzn.revenue(2024)"]]);
  return state;
}

const context = excelContext;

describe("callsAmzn", () => {
  it("finds AMZN calls in formulas, case-insensitively, but not in text or other names", () => {
    expect(callsAmzn("=AMZN.REVENUE(2024)")).toBe(true);
    expect(callsAmzn('=1+amzn.growth("revenue",2023,2025)')).toBe(true);
    expect(callsAmzn('="AMZN.REVENUE"')).toBe(false);
    expect(callsAmzn("=XAMZN.REVENUE(1)")).toBe(false);
    expect(callsAmzn("AMZN.REVENUE(2024)")).toBe(false);
    expect(callsAmzn(638)).toBe(false);
  });
});

describe("convertAmznToValues while Excel still calculates", () => {
  /**
   * A workbook whose AMZN.REVENUE answers later (a promise, as the functions' first call does):
   * its cell shows #BUSY! until `settle` runs; AMZN.SERIES spills at once.
   */
  function calculating(): { state: FakeWorkbookState; settle: () => void } {
    const waiting: (() => void)[] = [];
    const state = createWorkbookState((formula) =>
      formula.startsWith("=AMZN.REVENUE")
        ? new Promise<FakeScalar>((resolve) => waiting.push(() => resolve(638)))
        : evaluate(formula),
    );
    fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)", "=SUM(1,2)"]]);
    fillCells(state, "Sheet1", "A5", [['=AMZN.SERIES("revenue")']]);
    return { state, settle: () => waiting.splice(0).forEach((resolve) => resolve()) };
  }
  const settledPromises = (): Promise<void> => new Promise((done) => setImmediate(done));

  it("reads a #BUSY! batch again after a pause and freezes the value Excel settles on", async () => {
    const { state, settle } = calculating();
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("#BUSY!");
    const pauses: number[] = [];
    const result = await convertAmznToValues(context(state), "sheet", true, {
      pause: async (milliseconds) => {
        pauses.push(milliseconds);
        settle();
        await settledPromises();
      },
    });
    expect(result).toEqual({ formulasConverted: 2, cellsChanged: 1 + 6 });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: 638, value: 638 });
    expect(cellAt(state, "Sheet1", 0, 1).formula).toBe("=SUM(1,2)");
    expect(pauses).toEqual([200]);
    // measure, scan, read (#BUSY!), read again, write
    expect(state.syncCount).toBe(5);
  });

  it.each<[string, RegExp, RegExp]>([
    [
      "#BUSY!",
      /^Stopped: Excel is still calculating 1 AMZN formula \(#BUSY!\), which keeps its formula; 0 cells were converted before\./,
      /^Arrêt : Excel calcule encore 1 formule AMZN, qui garde sa formule ; 0 cellule a été convertie avant\./,
    ],
    ["#GETTING_DATA", /1 AMZN formula/, /1 formule AMZN/],
  ])("stops on %s still shown after the last read: nothing is frozen, the formulas stay", async (pending, en, fr) => {
    const state = createWorkbookState((formula) => (formula.startsWith("=AMZN.REVENUE") ? pending : evaluate(formula)));
    fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)"]]);
    fillCells(state, "Sheet1", "A5", [['=AMZN.SERIES("revenue")']]);
    const pauses: number[] = [];
    const refusal = await convertAmznToValues(context(state), "sheet", true, {
      maxReads: 3,
      pause: (milliseconds) => {
        pauses.push(milliseconds);
        return Promise.resolve();
      },
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AmznError);
    expect((refusal as AmznError).messageIn("en")).toMatch(en);
    expect((refusal as AmznError).messageIn("fr")).toMatch(fr);
    expect(pauses).toEqual([200, 400]);
    // Both AMZN cells are in the refused batch: neither the pending one nor the spill was written.
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: pending });
    expect(cellAt(state, "Sheet1", 4, 0).formula).toBe('=AMZN.SERIES("revenue")');
    // measure, scan, three reads, no write
    expect(state.syncCount).toBe(5);
  });
});

describe("convertAmznToValues", () => {
  it("freezes AMZN formulas and their spills on the active sheet, leaving other formulas alone", async () => {
    const state = workbook();
    const result = await convertAmznToValues(context(state), "sheet", true);

    expect(result).toEqual({ formulasConverted: 2, cellsChanged: 1 + 6 });
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(638);
    expect(cellAt(state, "Sheet1", 0, 1).formula).toBe("=SUM(A1:A2)");
    expect(cellAt(state, "Sheet1", 1, 0).formula).toBe("=A1*2");
    expect(cellAt(state, "Sheet1", 1, 1).formula).toBe('="AMZN.REVENUE is text"');
    expect(cellAt(state, "Sheet1", 4, 0).formula).toBe("B$");
    expect(cellAt(state, "Sheet1", 5, 2).formula).toBe(638);
    expect(cellAt(state, "Other", 2, 2).formula).toBe("=1+amzn.revenue(2024)");
    // measure, scan, read values and spill extents, write
    expect(state.syncCount).toBe(4);
  });

  it("covers every sheet for the workbook scope in five syncs", async () => {
    const state = workbook();
    const result = await convertAmznToValues(context(state), "workbook", true);
    expect(result.formulasConverted).toBe(3);
    expect(cellAt(state, "Other", 2, 2).formula).toBe(1);
    // sheet names, measure, scan, read values, write
    expect(state.syncCount).toBe(5);
  });

  it("converts only the selection for the selection scope", async () => {
    const state = workbook();
    state.selection = { sheet: "Sheet1", row: 0, col: 0, rows: 2, cols: 2 };
    const result = await convertAmznToValues(context(state), "selection", true);
    expect(result).toEqual({ formulasConverted: 1, cellsChanged: 1 });
    expect(cellAt(state, "Sheet1", 4, 0).formula).toBe('=AMZN.SERIES("revenue")');
  });

  it("keeps a spill's top-left value when spill ranges are not supported", async () => {
    const state = workbook();
    const result = await convertAmznToValues(context(state), "sheet", false);
    expect(result).toEqual({ formulasConverted: 2, cellsChanged: 2 });
    expect(cellAt(state, "Sheet1", 4, 0).formula).toBe("B$");
    expect(state.syncCount).toBe(4);
  });

  it("changes nothing and stops after the read when there is no AMZN formula", async () => {
    const state = createWorkbookState(evaluate);
    fillCells(state, "Sheet1", "A1", [["=1+1", "text"]]);
    expect(await convertAmznToValues(context(state), "sheet", true)).toEqual({ cellsChanged: 0, formulasConverted: 0 });
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=1+1");
    // measure, scan
    expect(state.syncCount).toBe(2);
  });

  it("leaves formulas that only mention AMZN untouched: links, defined names, sheet names, text", async () => {
    const state = createWorkbookState(evaluate);
    const others = [
      "=[AMZN.xlsx]Sheet1!$A$1",
      "='C:\\data\\[AMZN.Q4.xlsx]Sheet1'!A1",
      "=SUM(AMZN.rates)",
      "=AMZN.data!B2*2",
      '="AMZN.REVENUE(2024) is in the report"',
    ];
    fillCells(state, "Sheet1", "A1", [[...others, "=AMZN.REVENUE(2024)"]]);
    const result = await convertAmznToValues(context(state), "sheet", true);
    expect(result.formulasConverted).toBe(1);
    others.forEach((formula, col) => expect(cellAt(state, "Sheet1", 0, col).formula).toBe(formula));
    expect(cellAt(state, "Sheet1", 0, others.length).formula).toBe(638);
  });

  it("handles an empty sheet", async () => {
    const state = createWorkbookState(evaluate);
    expect(await convertAmznToValues(context(state), "sheet", true)).toEqual({ cellsChanged: 0, formulasConverted: 0 });
  });
});

describe("readActiveCell", () => {
  it("reads the active cell's address, formula and value in one sync", async () => {
    const state = workbook();
    const active = await readActiveCell(context(state));
    expect(active).toEqual({ address: "Sheet1!A1", formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(state.syncCount).toBe(1);
  });
});

describe("watchSelection", () => {
  it("registers one handler in one sync and calls it when the user selects cells", async () => {
    const state = workbook();
    const seen: string[] = [];
    await watchSelection(context(state), () => seen.push(`${state.selection.row},${state.selection.col}`));
    expect(state.syncCount).toBe(1);
    selectCells(state, "Sheet1", 4, 0);
    selectCells(state, "Other", 2, 2);
    expect(seen).toEqual(["4,0", "2,2"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Beyond small workbooks (Excel's read and payload limits, several areas).

describe("convertAmznToValues on large workbooks and several areas", () => {
  const withSpills = (formula: string): FakeScalar | FakeScalar[][] => {
    if (formula.startsWith("=AMZN.RECONCILE"))
      return [
        ["Claim", "+31,2%"],
        ["38%", "2024"],
      ];
    return evaluate(formula);
  };

  /** A sheet whose used range is 6,000 rows × 1,000 columns = 6 million cells, three of them filled. */
  function sixMillionCells(): FakeWorkbookState {
    const state = createWorkbookState(withSpills);
    fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)"]]);
    fillCells(state, "Sheet1", "B3000", [["=AMZN.RECONCILE()"]]);
    fillCells(state, "Sheet1", "ALL6000", [["far away"]]);
    return state;
  }

  it("converts a sheet whose used range is 6 million cells in 15 syncs (1 measure + 12 scans of 500,000 cells + 1 read + 1 write)", async () => {
    const state = sixMillionCells();
    const result = await convertAmznToValues(context(state), "sheet", true);
    expect(result).toEqual({ formulasConverted: 2, cellsChanged: 1 + 4 });
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(638);
    expect(state.failedSyncs).toBe(0);
    expect(state.syncCount).toBe(15);
  });

  it("converts the same workbook in 16 syncs for the workbook scope", async () => {
    const state = sixMillionCells();
    await convertAmznToValues(context(state), "workbook", true);
    expect(state.failedSyncs).toBe(0);
    expect(state.syncCount).toBe(16);
  });

  it("keeps spilled text as text when freezing it (+31,2%, 38%, 2024)", async () => {
    const state = sixMillionCells();
    await convertAmznToValues(context(state), "sheet", true);
    const spilled = [
      [2999, 1],
      [2999, 2],
      [3000, 1],
      [3000, 2],
    ].map(([r, c]) => cellAt(state, "Sheet1", r ?? 0, c ?? 0));
    expect(spilled.map((cell) => cell.formula)).toEqual(["Claim", "+31,2%", "38%", "2024"]);
    expect(spilled.map((cell) => cell.value)).toEqual(["Claim", "+31,2%", "38%", "2024"]);
  });

  it("reads a selection of whole columns only where the sheet is used", async () => {
    const state = workbook();
    state.selection = { sheet: "Sheet1", row: 0, col: 0, rows: 1_048_576, cols: 3 };
    const result = await convertAmznToValues(context(state), "selection", true);
    expect(result.formulasConverted).toBe(2);
    // measure, one scan, read, write
    expect(state.syncCount).toBe(4);
  });

  it("answers a selection of several areas clearly when ExcelApi 1.9 is missing", async () => {
    const state = workbook();
    selectAreas(state, "Sheet1", [
      { row: 0, col: 0, rows: 1, cols: 1 },
      { row: 4, col: 0, rows: 1, cols: 1 },
    ]);
    const noMultiArea = { displayLanguage: "fr-FR", supportsExcelApi: (version: string) => version !== "1.9" };
    const failure = await convertAmznToValues(context(state), "selection", true, { host: noMultiArea }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AmznError);
    expect((failure as AmznError).messageIn("en")).toMatch(/several areas needs Excel API 1\.9.*select one area/);
    expect((failure as AmznError).messageIn("fr")).toMatch(/plusieurs zones/);
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=AMZN.REVENUE(2024)");
  });

  it("converts every selected area with getSelectedRanges (ExcelApi 1.9)", async () => {
    const state = workbook();
    selectAreas(state, "Sheet1", [
      { row: 0, col: 0, rows: 1, cols: 1 },
      { row: 4, col: 0, rows: 1, cols: 1 },
    ]);
    const host = { displayLanguage: "en-US", supportsExcelApi: () => true };
    const result = await convertAmznToValues(context(state), "selection", true, { host });
    expect(result).toEqual({ formulasConverted: 2, cellsChanged: 1 + 6 });
    expect(cellAt(state, "Sheet1", 0, 1).formula).toBe("=SUM(A1:A2)");
    // measure, scan, read values, record the way back (ExcelApi 1.5), write
    expect(state.syncCount).toBe(5);
  });

  it("splits a read Excel refuses for its size, and still converts", async () => {
    const state = createWorkbookState(evaluate);
    state.limits.maxPayloadBytes = 70_000;
    fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)"]]);
    fillCells(
      state,
      "Sheet1",
      "A2",
      Array.from({ length: 1_499 }, () => ["x".repeat(60)]),
    );
    const result = await convertAmznToValues(context(state), "sheet", true, { cellsPerSync: 5_000 });
    expect(result.formulasConverted).toBe(1);
    // measure, refused scan, two half scans, read, write
    expect(state.failedSyncs).toBe(1);
    expect(state.syncCount).toBe(6);
  });
});
