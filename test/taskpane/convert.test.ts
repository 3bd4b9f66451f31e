import { AmznError } from "../../src/core/runtime";
import { callsAmzn, convertAmznToValues, readActiveCell, watchSelection } from "../../src/taskpane/excel/writer";
import {
  FakeRequestContext,
  cellAt,
  createWorkbookState,
  fillCells,
  newSheet,
  selectAreas,
  selectCells,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";
import { restoreAmznFormulas } from "../../src/taskpane/excel/way-back";
import { entriesOfXml } from "../../src/taskpane/excel/way-back-record";
import { excelContext, failingContext, useExcelEnums } from "../helpers/excel";

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

// ---------------------------------------------------------------------------------------------
// Excel on the web's 5 MB a request and a response (RULE payload limit), whatever the cells hold.

describe("Share within 5 MB a request and a response, whatever the AMZN cells spill", () => {
  /** A text of `length` characters, unique to its cell, that Excel reads as text (not a number). */
  const text = (row: number, col: number, length = 40): string => {
    const tag = `${String(row).padStart(5, "0")}:${String(col).padStart(4, "0")}`;
    return `${"t".repeat(length - tag.length)}${tag}`;
  };
  /** =AMZN.SERIES("long",i) spills 1 × 300 texts of 40 characters; =AMZN.SERIES("block",rows,cols) a block of them. */
  const spills = (formula: string): FakeScalar | FakeScalar[][] => {
    const long = /^=AMZN\.SERIES\("long",(\d+)\)$/.exec(formula);
    if (long) return [Array.from({ length: 300 }, (_, c) => text(Number(long[1]), c))];
    const block = /^=AMZN\.SERIES\("block",(\d+),(\d+)\)$/.exec(formula);
    if (block)
      return Array.from({ length: Number(block[1]) }, (_, r) =>
        Array.from({ length: Number(block[2]) }, (_, c) => text(r, c)),
      );
    return evaluate(formula);
  };
  const long = (i: number): string => `=AMZN.SERIES("long",${i})`;
  /** Excel with custom XML parts (the way back, ExcelApi 1.5) and several areas (1.9). */
  const recording = { displayLanguage: "en-US", supportsExcelApi: () => true };
  const noRecord = { displayLanguage: "en-US", supportsExcelApi: (version: string) => version !== "1.5" };

  /** `count` AMZN cells down column A, each spilling 1 × 300 texts of 40 characters. */
  function longSpills(count: number): FakeWorkbookState {
    const state = createWorkbookState(spills);
    fillCells(
      state,
      "Sheet1",
      "A1",
      Array.from({ length: count }, (_, i) => [long(i)]),
    );
    return state;
  }

  /** The anchors the record holds, from the parts the add-in sent. */
  const recorded = (state: FakeWorkbookState): Set<number> =>
    new Set((state.customXmlParts ?? []).flatMap((part) => entriesOfXml(part.xml)).map((entry) => entry.row));

  const isFormula = (state: FakeWorkbookState, row: number): boolean => {
    const formula = cellAt(state, "Sheet1", row, 0).formula;
    return typeof formula === "string" && formula.startsWith("=");
  };

  /**
   * A context that checks, after every sync, that each AMZN cell whose block changed is already in
   * the record (the way back goes before the cells, batch by batch), and counts the syncs that wrote cells.
   */
  function recordFirst(
    state: FakeWorkbookState,
    anchors: readonly number[],
  ): { context: Excel.RequestContext; writes: () => number } {
    const ctx = new FakeRequestContext(state);
    const sync = ctx.sync.bind(ctx);
    let writes = 0;
    let converted = 0;
    ctx.sync = async () => {
      await sync();
      const now = anchors.filter((row) => !isFormula(state, row));
      if (now.length > converted) writes += 1;
      converted = now.length;
      const kept = recorded(state);
      expect(now.filter((row) => !kept.has(row))).toEqual([]);
    };
    return { context: ctx as unknown as Excel.RequestContext, writes: () => writes };
  }

  it("converts 2,000 spills of 300 texts (600,000 cells, 37 MB to read) in 47 syncs, each batch recorded before it changes", async () => {
    const state = longSpills(2_000);
    expect(state.limits.maxPayloadBytes).toBe(5 * 1024 * 1024);
    const rows = Array.from({ length: 2_000 }, (_, i) => i);
    const checked = recordFirst(state, rows);
    const result = await convertAmznToValues(checked.context, "sheet", true, { host: recording });
    expect(result).toEqual({ formulasConverted: 2_000, cellsChanged: 600_000 });
    for (const i of [0, 1_000, 1_999]) {
      expect(cellAt(state, "Sheet1", i, 0)).toMatchObject({ formula: text(i, 0), numberFormat: "@" });
      expect(cellAt(state, "Sheet1", i, 299)).toMatchObject({ formula: text(i, 299), numberFormat: "@" });
    }
    expect(recorded(state).size).toBe(2_000);
    // The cells changed in 10 syncs, each after its batch was recorded (checked after every sync).
    expect(checked.writes()).toBe(10);
    // 1 to measure; the scan: 2 chunks of 500,000 cells, the first (21 MB of formulas) refused and
    // run again in halves until they fit (7 refused, 9 answered); then 10 batches of at most 205
    // AMZN cells (19.6 KB estimated each, 4 MB a batch), each read (3.8 MB answered), recorded
    // (2.7 MB sent) and written (2.8 MB sent) in one sync. The code before this bound read the
    // 2,000 blocks, 37 MB, in one sync, which Excel on the web refuses.
    expect(state.failedSyncs).toBe(7);
    expect(state.syncCount).toBe(1 + 16 + 10 * 3);
    expect(state.heaviestSync?.request).toBeLessThan(2_900_000);
    expect(state.heaviestSync?.response).toBeLessThan(4_400_000);
  });

  it("reads again in halves a read Excel refuses (the spills lie outside the selection the scan read)", async () => {
    const state = longSpills(400);
    // Only column A is selected: the scan sees no spill, and the 400 blocks (7.5 MB) are read as one.
    state.selection = { sheet: "Sheet1", row: 0, col: 0, rows: 400, cols: 1 };
    const result = await convertAmznToValues(context(state), "selection", true, { host: recording });
    expect(result).toEqual({ formulasConverted: 400, cellsChanged: 400 * 300 });
    expect(cellAt(state, "Sheet1", 399, 299)).toMatchObject({ formula: text(399, 299), numberFormat: "@" });
    expect(recorded(state).size).toBe(400);
    // measure, scan, the read refused then run in two halves, record (5.2 MB: 2 syncs), write
    // (5.6 MB: 2 syncs, bounded by the bytes sent)
    expect(state.failedSyncs).toBe(1);
    expect(state.syncCount).toBe(1 + 1 + 3 + 2 + 2);
  });

  /** One AMZN cell in A1 spilling `rows` × `cols` texts of 40 characters. */
  function oneBlock(rows: number, cols: number): FakeWorkbookState {
    const state = createWorkbookState(spills);
    fillCells(state, "Sheet1", "A1", [[`=AMZN.SERIES("block",${rows},${cols})`]]);
    return state;
  }

  it.each<[string, "sheet" | "selection", number, number]>([
    // measure, scan, the spill measured, read in 2 bands, recorded, written in 2 bands
    ["seen by the scan: read in bands at once", "sheet", 0, 1 + 1 + 1 + 2 + 1 + 2],
    // the same, after the read of the whole block refused
    ["outside the selection: read in bands once Excel refuses it whole", "selection", 1, 1 + 1 + 1 + 1 + 2 + 1 + 2],
  ])(
    "converts one AMZN cell spilling 344 × 250 texts (5.3 MB to read, 3.9 MB to record, 4 MB to write), %s",
    async (_how, scope, refused, syncs) => {
      const state = oneBlock(344, 250);
      const result = await convertAmznToValues(recordFirst(state, [0]).context, scope, true, { host: recording });
      expect(result).toEqual({ formulasConverted: 1, cellsChanged: 86_000 });
      expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: text(0, 0), numberFormat: "@" });
      expect(cellAt(state, "Sheet1", 343, 249)).toMatchObject({ formula: text(343, 249), numberFormat: "@" });
      expect(entriesOfXml(state.customXmlParts?.[0]?.xml ?? "")[0]?.values[343]?.[249]).toBe(text(343, 249));
      expect(state.failedSyncs).toBe(refused);
      expect(state.syncCount).toBe(syncs);
    },
  );

  it("stops with a clear message before a block the way back cannot keep in one request, and changes none of it", async () => {
    // A1 converts; C1 spills 400 × 250 texts, whose record (4.5 MB) a request cannot carry.
    const state = createWorkbookState(spills);
    fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)", "", '=AMZN.SERIES("block",400,250)']]);
    const refusal = await convertAmznToValues(context(state), "sheet", true, { host: recording }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AmznError);
    expect((refusal as AmznError).messageIn("en")).toBe(
      "Stopped: the values of the AMZN formula in Sheet1!C1 weigh 4.6 MB, more than the way back can keep in one request to Excel (4 MB). It keeps its formula, as does every AMZN formula not converted yet; 1 cell was converted before.",
    );
    expect((refusal as AmznError).messageIn("fr")).toBe(
      "Arrêt : les valeurs de la formule AMZN de Sheet1!C1 pèsent 4,6 Mo, plus que le chemin du retour ne peut en garder en une requête à Excel (4 Mo). Elle garde sa formule, comme chaque formule AMZN pas encore convertie ; 1 cellule a été convertie avant.",
    );
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(638);
    expect(cellAt(state, "Sheet1", 0, 2).formula).toBe('=AMZN.SERIES("block",400,250)');
    expect(cellAt(state, "Sheet1", 399, 251)).toMatchObject({ value: text(399, 249), spilledFrom: "0,2" });
    expect([...recorded(state)]).toEqual([0]);
    expect(state.failedSyncs).toBe(0);

    // Without the way back (no custom XML parts before ExcelApi 1.5) the same block converts, in bands.
    const old = createWorkbookState(spills);
    fillCells(old, "Sheet1", "C1", [['=AMZN.SERIES("block",400,250)']]);
    const result = await convertAmznToValues(context(old), "sheet", true, { host: noRecord });
    expect(result).toEqual({ formulasConverted: 1, cellsChanged: 100_000 });
    expect(cellAt(old, "Sheet1", 399, 251)).toMatchObject({ formula: text(399, 249), numberFormat: "@" });
    // measure, scan, the spill measured, read in 2 bands (6.2 MB), written in 2 (4.7 MB)
    expect(old.failedSyncs).toBe(0);
    expect(old.syncCount).toBe(1 + 1 + 1 + 2 + 2);
  });

  it("loses nothing when a write fails after a split batch: Restore puts every formula back", async () => {
    const state = longSpills(500);
    // measure, scan (refused, 2 halves), batch 1 (read, record, write), batch 2: its write fails at its last command
    const error = await convertAmznToValues(failingContext(state, 1 + 3 + 3 + 3, 1), "sheet", true, {
      host: recording,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    const converted = Array.from({ length: 500 }, (_, i) => i).filter((row) => !isFormula(state, row));
    expect(converted.length).toBeGreaterThan(205);
    expect(converted.every((row) => recorded(state).has(row))).toBe(true);
    const restored = await restoreAmznFormulas(context(state));
    expect(restored).toMatchObject({ changed: [], missingCells: 0 });
    for (let i = 0; i < 500; i++) expect(cellAt(state, "Sheet1", i, 0).formula).toBe(long(i));
    expect(cellAt(state, "Sheet1", 499, 299)).toMatchObject({ value: text(499, 299), spilledFrom: "499,0" });
  });
});
