/**
 * The test double's own rules: each one shown failing what Excel would fail,
 * so that a writer test passing on the double means something. The Microsoft page behind each rule
 * is cited next to it in test/fakes/fake-excel.ts.
 */
import {
  FakeOfficeError,
  FakeRequestContext,
  PropertyNotLoadedError,
  cellAt,
  coerceEntry,
  createWorkbookState,
  fillCells,
  getSheet,
  saveAndReopen,
  selectAreas,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";

const context = (state: FakeWorkbookState): FakeRequestContext => new FakeRequestContext(state);

describe("RULE write-time coercion", () => {
  it.each<[string, FakeScalar]>([
    ["2024", 2024],
    ["38%", 0.38],
    ["1,234.5", 1234.5],
    ["-5", -5],
    ["TRUE", true],
    ["2024-02-01", 45323],
  ])("reads %p as a number, percentage, date or boolean", (input, stored) => {
    expect(coerceEntry(input, "General").formula).toBe(stored);
  });

  it("reads a string starting with + as a formula, and refuses one that does not parse", () => {
    expect(coerceEntry("+11%", "General")).toMatchObject({ formula: "=+11%", value: 0.11 });
    expect(() => coerceEntry("+31,2%", "General")).toThrow(FakeOfficeError);
    expect(() => coerceEntry("=+31,2%", "General")).toThrow(/not valid/);
  });

  it("keeps text that the Text format or an apostrophe protects", () => {
    for (const text of ["+31,2%", "2024", "38%", "=AMZN.REVENUE(2024)", "-", "TRUE"]) {
      expect(coerceEntry(text, "@")).toEqual({ formula: text, value: text });
      expect(coerceEntry(`'${text}`, "General")).toMatchObject({ formula: text, value: text, quotePrefix: true });
    }
  });

  it("applies through range.values and range.formulas, at sync", async () => {
    const state = createWorkbookState();
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1:B1").values = [["2024", "38%"]];
    const text = sheet.getRange("A2:B2");
    text.numberFormat = [["@", "@"]];
    text.formulas = [["2024", "38%"]];
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe(2024);
    expect(cellAt(state, "Sheet1", 0, 1)).toMatchObject({ value: 0.38, numberFormat: "0%" });
    expect(cellAt(state, "Sheet1", 1, 0).value).toBe("2024");
    expect(cellAt(state, "Sheet1", 1, 1).value).toBe("38%");
  });
});

describe("RULE no rollback on a failed sync", () => {
  it("keeps what the commands before the failing one did, and never runs the ones after", async () => {
    const state = createWorkbookState();
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    ctx.trace("first");
    sheet.getRange("A1").values = [["kept"]];
    ctx.trace("second");
    sheet.getRange("A2").formulas = [["+31,2%"]];
    ctx.trace("third");
    sheet.getRange("A3").values = [["never"]];
    const failure = await ctx.sync().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(FakeOfficeError);
    expect((failure as FakeOfficeError).code).toBe("InvalidArgument");
    expect((failure as FakeOfficeError).traceMessages).toEqual(["first", "second"]);
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("kept");
    expect(getSheet(state, "Sheet1").cells.has("2,0")).toBe(false);
    expect(state.failedSyncs).toBe(1);
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read unloaded properties on purpose: the double must refuse them as Excel does */
describe("RULE PropertyNotLoaded", () => {
  it("throws on a property read before load and sync", async () => {
    const state = createWorkbookState();
    const ctx = context(state);
    const range = ctx.workbook.getActiveCell();
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    range.load("values");
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    await ctx.sync();
    expect(range.values).toEqual([[""]]);
    expect(() => range.formulas).toThrow(/not available/);
  });
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

describe("RULE #SPILL!", () => {
  const spilling = (): FakeWorkbookState =>
    createWorkbookState((formula) =>
      formula.startsWith("=SPILL")
        ? [
            [1, 2],
            [3, 4],
          ]
        : 0,
    );

  it("spills into empty cells", () => {
    const state = spilling();
    fillCells(state, "Sheet1", "A1", [["=SPILL()"]]);
    expect(cellAt(state, "Sheet1", 1, 1).value).toBe(4);
  });

  it("shows #SPILL! and overwrites nothing when the spill area is not empty", () => {
    const state = spilling();
    fillCells(state, "Sheet1", "B2", [["keep"]]);
    fillCells(state, "Sheet1", "A1", [["=SPILL()"]]);
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ value: "#SPILL!", error: true });
    expect(cellAt(state, "Sheet1", 1, 1).value).toBe("keep");
    expect(getSheet(state, "Sheet1").cells.has("0,1")).toBe(false);
  });

  it("shows #SPILL! when the spill area lies in a table", () => {
    const state = spilling();
    state.tables.push({ name: "T", sheet: "Sheet1", address: "Sheet1!B1:C3" });
    fillCells(state, "Sheet1", "A1", [["=SPILL()"]]);
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("#SPILL!");
  });

  it("blocks the spill when a spilled cell is typed over", () => {
    const state = spilling();
    fillCells(state, "Sheet1", "A1", [["=SPILL()"]]);
    fillCells(state, "Sheet1", "B2", [["mine"]]);
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("#SPILL!");
    expect(cellAt(state, "Sheet1", 1, 1).value).toBe("mine");
  });
});

describe("RULE asynchronous results", () => {
  /** =LATER() answers with a promise the test settles; =LATERSPILL() with a 2×2 matrix. */
  function deferred(): {
    state: FakeWorkbookState;
    settle: (value: FakeScalar | FakeScalar[][]) => void;
    fail: () => void;
  } {
    let resolve: (value: FakeScalar | FakeScalar[][]) => void = () => undefined;
    let reject: () => void = () => undefined;
    const state = createWorkbookState((formula) =>
      formula.startsWith("=LATER")
        ? new Promise((onValue, onError) => {
            resolve = onValue;
            reject = () => onError(new Error("no answer"));
          })
        : 0,
    );
    return { state, settle: (value) => resolve(value), fail: () => reject() };
  }
  const settledPromises = (): Promise<void> => new Promise((done) => setImmediate(done));

  it("shows #BUSY! until the promise settles, then its value", async () => {
    const { state, settle } = deferred();
    fillCells(state, "Sheet1", "A1", [["=LATER()"]]);
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ value: "#BUSY!", error: true });
    settle(638);
    await settledPromises();
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "=LATER()", value: 638, error: false });
  });

  it("spills a matrix that arrives later, and #SPILL! still guards the area", async () => {
    const first = deferred();
    fillCells(first.state, "Sheet1", "A1", [["=LATERSPILL()"]]);
    first.settle([
      [1, 2],
      [3, 4],
    ]);
    await settledPromises();
    expect(cellAt(first.state, "Sheet1", 1, 1).value).toBe(4);

    const blocked = deferred();
    fillCells(blocked.state, "Sheet1", "A1", [["=LATERSPILL()"]]);
    fillCells(blocked.state, "Sheet1", "B2", [["keep"]]);
    blocked.settle([
      [1, 2],
      [3, 4],
    ]);
    await settledPromises();
    expect(cellAt(blocked.state, "Sheet1", 0, 0).value).toBe("#SPILL!");
    expect(cellAt(blocked.state, "Sheet1", 1, 1).value).toBe("keep");
  });

  it("keeps a formula typed meanwhile, and shows #VALUE! for a promise that rejects", async () => {
    const replaced = deferred();
    fillCells(replaced.state, "Sheet1", "A1", [["=LATER()"]]);
    fillCells(replaced.state, "Sheet1", "A1", [["=SUM(1)"]]);
    replaced.settle(638);
    await settledPromises();
    expect(cellAt(replaced.state, "Sheet1", 0, 0)).toMatchObject({ formula: "=SUM(1)", value: 0 });

    const rejected = deferred();
    fillCells(rejected.state, "Sheet1", "A1", [["=LATER()"]]);
    rejected.fail();
    await settledPromises();
    expect(cellAt(rejected.state, "Sheet1", 0, 0)).toMatchObject({ value: "#VALUE!", error: true });
  });
});

describe("RULE names", () => {
  async function rename(state: FakeWorkbookState, name: string): Promise<unknown> {
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const table = sheet.tables.add(sheet.getRange("A1:B2"), true);
    table.name = name;
    return ctx.sync().then(
      () => undefined,
      (error: unknown) => error,
    );
  }

  it("refuses a table name taken by a table or a defined name, case-insensitively", async () => {
    const state = createWorkbookState();
    state.names.push({ name: "amzn_results", formula: "=Sheet1!$Z$1" });
    expect(await rename(state, "AMZN_Results")).toBeInstanceOf(FakeOfficeError);
    // The table was added before the rename failed, under Excel's default name.
    expect(state.tables.map((table) => table.name)).toEqual(["Table1"]);
    state.names = [];
    expect(await rename(createWorkbookState(), "Fine_Name")).toBeUndefined();
  });

  it("refuses table names that are cell references or hold spaces", async () => {
    for (const name of ["A1", "R1C1", "XFD100", "two words", "1st"]) {
      expect(await rename(createWorkbookState(), name)).toBeInstanceOf(FakeOfficeError);
    }
  });

  it("refuses a defined name equal to a table name", async () => {
    const state = createWorkbookState();
    state.tables.push({ name: "Results", sheet: "Sheet1", address: "Sheet1!A1:B2" });
    const ctx = context(state);
    ctx.workbook.names.add("RESULTS", "=Sheet1!$A$1");
    await expect(ctx.sync()).rejects.toThrow(/exists/);
  });

  it("applies worksheet name rules", async () => {
    for (const name of ["a:b", "x".repeat(32), "'quoted'", "History", "sheet1", ""]) {
      const ctx = context(createWorkbookState());
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    }
  });
});

describe("RULE overlap and table headers", () => {
  it("refuses a table over another table or over a spill", async () => {
    const state = createWorkbookState((formula) => (formula === "=S()" ? [[1], [2]] : 0));
    state.tables.push({ name: "Old", sheet: "Sheet1", address: "Sheet1!B2:C3" });
    const ctx = context(state);
    ctx.workbook.worksheets.getActiveWorksheet().tables.add("A1:B2", true);
    await expect(ctx.sync()).rejects.toThrow(/overlap/);
    fillCells(state, "Sheet1", "E1", [["=S()"]]);
    const again = context(state);
    again.workbook.worksheets.getActiveWorksheet().tables.add("E2:F3", true);
    await expect(again.sync()).rejects.toThrow(/spill/);
  });

  it("makes header cells unique text", async () => {
    const state = createWorkbookState();
    fillCells(state, "Sheet1", "A1", [[2023, "x", "", "X"]]);
    const ctx = context(state);
    ctx.workbook.worksheets.getActiveWorksheet().tables.add("A1:D2", true);
    await ctx.sync();
    expect([0, 1, 2, 3].map((c) => cellAt(state, "Sheet1", 0, c).value)).toEqual(["2023", "x", "Column3", "X2"]);
  });
});

describe("RULE read and payload limits", () => {
  it("refuses a read beyond five million cells without materializing it", async () => {
    const state = createWorkbookState();
    fillCells(state, "Sheet1", "A1", [["a"]]);
    fillCells(state, "Sheet1", "ALL6000", [["z"]]); // used range 6,000 rows × 1,000 columns
    const ctx = context(state);
    const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
    used.load(["rowCount", "columnCount"]);
    await ctx.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above
    expect(used.isNullObject).toBe(false);
    const range = used as unknown as { rowCount: number; columnCount: number; load(p: string): void };
    expect(range.rowCount * range.columnCount).toBe(6_000_000);
    range.load("formulas");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(getSheet(state, "Sheet1").cells.size).toBe(2);
  });

  it("refuses a response beyond 5 MB", async () => {
    const state = createWorkbookState();
    state.limits.maxPayloadBytes = 1_000;
    fillCells(state, "Sheet1", "A1", [["x".repeat(2_000)]]);
    const ctx = context(state);
    ctx.workbook.getActiveCell().load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("refuses a request beyond 5 MB: the grids written count, and nothing of the batch runs", async () => {
    const state = createWorkbookState();
    state.limits.maxPayloadBytes = 1_000;
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["first"]];
    sheet.getRange("A2:A3").numberFormat = [["x".repeat(400)], ["x".repeat(400)]];
    sheet.getRange("A4").formulas = [["=" + "1+".repeat(100) + "1"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("");
    // The same grids in two requests go through.
    sheet.getRange("A2:A3").numberFormat = [["x".repeat(400)], ["x".repeat(400)]];
    await ctx.sync();
    sheet.getRange("A4").formulas = [["=" + "1+".repeat(100) + "1"]];
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 3, 0).formula).toMatch(/^=1\+1\+/);
  });

  it("weighs JSON as UTF-8 bytes: a non-ASCII character counts 2 or 3, a quote its escape", async () => {
    const state = createWorkbookState();
    state.limits.maxPayloadBytes = 1_000;
    fillCells(state, "Sheet1", "A1", [["e".repeat(900), "é".repeat(450), "€".repeat(300), '"'.repeat(450)]]);
    const read = async (col: number): Promise<void> => {
      const ctx = context(state);
      ctx.workbook.worksheets.getItem("Sheet1").getCell(0, col).load("values");
      await ctx.sync();
    };
    await expect(read(0)).resolves.toBeUndefined(); // 906 bytes
    await expect(read(1)).resolves.toBeUndefined(); // 906 bytes
    await expect(read(2)).resolves.toBeUndefined(); // 906 bytes
    fillCells(state, "Sheet1", "A2", [["é".repeat(500), "€".repeat(400), '"'.repeat(500)]]);
    for (const col of [0, 1, 2]) {
      const ctx = context(state);
      ctx.workbook.worksheets.getItem("Sheet1").getCell(1, col).load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    }
    await expect(read(3)).resolves.toBeUndefined(); // 906 bytes
  });
});

describe("RULE multi-area selections", () => {
  it("fails getSelectedRange and answers getSelectedRanges", async () => {
    const state = createWorkbookState();
    selectAreas(state, "Sheet1", [
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 4, col: 2, rows: 1, cols: 3 },
    ]);
    const ctx = context(state);
    ctx.workbook.getSelectedRange().load("address");
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    const areas = ctx.workbook.getSelectedRanges().areas.load("items/address");
    await ctx.sync();
    expect(areas.items.map((area) => area.address)).toEqual(["Sheet1!A1:A2", "Sheet1!C5:E5"]);
  });
});

describe("RULE localized formulas", () => {
  const french = (resolve: boolean): FakeWorkbookState => {
    const state = createWorkbookState((formula) => (formula === "=AMZN.REVENUE(2024)" ? 638 : "#NAME?"));
    state.locale = {
      language: "fr-FR",
      decimalSeparator: ",",
      listSeparator: ";",
      amznNames: { REVENUE: "CHIFFRE_AFFAIRES" },
      invariantCustomNamesResolve: resolve,
    };
    return state;
  };

  it("shows #NAME? for an English custom-function name when this Excel does not resolve it, and calculates the local one", async () => {
    const state = french(false);
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulas = [["=AMZN.REVENUE(2024)"]];
    sheet.getRange("A2").formulasLocal = [["=AMZN.CHIFFRE_AFFAIRES(2024)"]];
    const local = sheet.getRange("A2").load("formulasLocal");
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe("#NAME?");
    expect(cellAt(state, "Sheet1", 1, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(local.formulasLocal).toEqual([["=AMZN.CHIFFRE_AFFAIRES(2024)"]]);
  });

  it("calculates the English name where this Excel resolves it", async () => {
    const state = french(true);
    const ctx = context(state);
    ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").formulas = [["=AMZN.REVENUE(2024)"]];
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).value).toBe(638);
  });

  it("reads the local separators: decimal commas and semicolons between arguments", async () => {
    const state = french(false);
    state.locale = {
      ...(state.locale as NonNullable<FakeWorkbookState["locale"]>),
      amznNames: { KPI: "KPI_IA", GROWTH: "TAUX_CROISSANCE" },
    };
    const ctx = context(state);
    ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").formulasLocal = [
      ["=AMZN.KPI_IA(0,5)", '=AMZN.TAUX_CROISSANCE("a;b";2023;2024)'],
    ];
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=AMZN.KPI(0.5)");
    expect(cellAt(state, "Sheet1", 0, 1).formula).toBe('=AMZN.GROWTH("a;b",2023,2024)');
  });

  it("reads and writes array constants with '.' between columns and ';' between rows where ',' is the decimal", async () => {
    const state = french(false);
    state.locale = {
      ...(state.locale as NonNullable<FakeWorkbookState["locale"]>),
      amznNames: { DEPRECIATION: "AMORTISSEMENT" },
    };
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulasLocal = [["=AMZN.AMORTISSEMENT({100.150,5;200.250};5)"]];
    const local = sheet.getRange("A1").load("formulasLocal");
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=AMZN.DEPRECIATION({100,150.5;200,250},5)");
    expect(local.formulasLocal).toEqual([["=AMZN.AMORTISSEMENT({100.150,5;200.250};5)"]]);
  });
});

describe("RULE unparsable formulas", () => {
  /** A French Excel whose array constants separate columns with `column` ("." when absent). */
  const french = (column?: string): FakeWorkbookState => {
    const state = createWorkbookState(() => 1);
    state.locale = {
      language: "fr-FR",
      decimalSeparator: ",",
      listSeparator: ";",
      amznNames: { DEPRECIATION: "AMORTISSEMENT", SERIES: "SERIE" },
      invariantCustomNamesResolve: false,
      ...(column === undefined ? {} : { arrayColumnSeparator: column }),
    };
    return state;
  };
  const failureOf = (promise: Promise<void>): Promise<unknown> =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it("refuses a local array constant whose columns use another separator than this Excel's, never reading another number", async () => {
    for (const local of ["=AMZN.AMORTISSEMENT({100.150.200};5)", "=AMZN.AMORTISSEMENT({100.150};5)"]) {
      const state = french("\\");
      const ctx = context(state);
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").formulasLocal = [[local]];
      const failure = await failureOf(ctx.sync());
      expect(failure).toBeInstanceOf(FakeOfficeError);
      expect((failure as FakeOfficeError).code).toBe("InvalidArgument");
      expect(getSheet(state, "Sheet1").cells.has("0,0")).toBe(false);
    }
  });

  it("reads and writes array constants with this Excel's own column separator, strings included", async () => {
    const state = french("\\");
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulasLocal = [["=AMZN.AMORTISSEMENT({100\\150,5\\200};5)"]];
    sheet.getRange("A2").formulasLocal = [['=AMZN.SERIE({"a;b"\\"c.d"})']];
    const local = sheet.getRange("A1:A2").load("formulasLocal");
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=AMZN.DEPRECIATION({100,150.5,200},5)");
    expect(cellAt(state, "Sheet1", 1, 0).formula).toBe('=AMZN.SERIES({"a;b","c.d"})');
    expect(local.formulasLocal).toEqual([
      ["=AMZN.AMORTISSEMENT({100\\150,5\\200};5)"],
      ['=AMZN.SERIE({"a;b"\\"c.d"})'],
    ]);
  });

  it("separates text items of an array with the column separator in the default French Excel too", async () => {
    const state = french();
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulasLocal = [['=AMZN.SERIE({"revenue"."capex"};2023;2025)']];
    const local = sheet.getRange("A1").load("formulasLocal");
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe('=AMZN.SERIES({"revenue","capex"},2023,2025)');
    expect(local.formulasLocal).toEqual([['=AMZN.SERIE({"revenue"."capex"};2023;2025)']]);
  });

  it.each([
    ["a reference", "=SUM({A1,2})"],
    ["a formula", "=SUM({1+1,2})"],
    ["a percentage", "=SUM({5%,2})"],
    ["rows of unequal length", "=SUM({1,2;3})"],
    ["an empty array", "=SUM({})"],
  ])("refuses an array constant holding %s, through formulas too", (_what, formula) => {
    expect(() => coerceEntry(formula, "General")).toThrow(FakeOfficeError);
  });

  it("accepts numbers with a sign or an exponent, text, booleans and error values in an array constant", () => {
    expect(coerceEntry('=SUM({-1,+2.5,1E3;"a""b",TRUE,#N/A})', "General").formula).toBe(
      '=SUM({-1,+2.5,1E3;"a""b",TRUE,#N/A})',
    );
  });

  it("fails the batch at the refused formula: the writes queued before it are applied, those after it are not", async () => {
    const state = french("\\");
    const ctx = context(state);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").formulasLocal = [["=AMZN.AMORTISSEMENT({100};5)"]];
    ctx.trace("A1");
    sheet.getRange("A2").formulasLocal = [["=AMZN.AMORTISSEMENT({100.150};5)"]];
    ctx.trace("A2");
    sheet.getRange("A3").formulas = [["=AMZN.DEPRECIATION({100,150},5)"]];
    const failure = await failureOf(ctx.sync());
    expect((failure as FakeOfficeError).code).toBe("InvalidArgument");
    expect((failure as FakeOfficeError).traceMessages).toEqual(["A1"]);
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("=AMZN.DEPRECIATION({100},5)");
    expect(getSheet(state, "Sheet1").cells.has("1,0")).toBe(false);
    expect(getSheet(state, "Sheet1").cells.has("2,0")).toBe(false);
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   the double must throw where Excel does: a result read before its sync. */
describe("RULE cell properties", () => {
  it("reads each cell's font and fill only after the sync, and sets them per cell", async () => {
    const state = createWorkbookState();
    Object.assign(cellAt(state, "Sheet1", 0, 0), { fontColor: "#C00000", bold: true, fill: "#FFFF00" });
    const ctx = context(state);
    const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
    const read = range.getCellProperties({});
    expect(() => read.value).toThrow(PropertyNotLoadedError);
    await ctx.sync();
    expect(read.value).toEqual([
      [
        {
          format: {
            font: { color: "#C00000", bold: true, italic: false },
            fill: { color: "#FFFF00", pattern: "Solid" },
          },
        },
        {
          format: {
            font: { color: "#000000", bold: false, italic: false },
            fill: { color: "#FFFFFF", pattern: "None" },
          },
        },
      ],
    ]);
    range.setCellProperties([[{}, { format: { font: { italic: true }, fill: { color: "#E2EFDA" } } }]]);
    await ctx.sync();
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ fontColor: "#C00000", bold: true, fill: "#FFFF00" });
    expect(cellAt(state, "Sheet1", 0, 1)).toMatchObject({ italic: true, fill: "#E2EFDA" });
  });
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */

describe("RULE tables of a range", () => {
  it("lists the tables overlapping a range, or only those fully inside it", async () => {
    const state = createWorkbookState();
    state.tables.push({ name: "Inside", sheet: "Sheet1", address: "Sheet1!B2:C3" });
    state.tables.push({ name: "Across", sheet: "Sheet1", address: "Sheet1!D2:F3" });
    state.tables.push({ name: "Elsewhere", sheet: "Sheet1", address: "Sheet1!H10:I11" });
    const ctx = context(state);
    const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:E4");
    const overlapping = range.getTables(false).load("items/name");
    const contained = range.getTables(true).load("items/name");
    await ctx.sync();
    expect(overlapping.items.map((table) => table.name)).toEqual(["Inside", "Across"]);
    expect(contained.items.map((table) => table.name)).toEqual(["Inside"]);
  });
});

describe("RULE custom XML parts, and what a save and reopen keeps", () => {
  const NS = "urn:example:test";

  it("adds parts, finds them by their root's namespace, reads their XML after a sync, deletes them", async () => {
    const state = createWorkbookState();
    const ctx = context(state);
    ctx.workbook.customXmlParts.add(`<data xmlns="${NS}"><a>1</a></data>`);
    ctx.workbook.customXmlParts.add('<other xmlns="urn:example:other"/>');
    await ctx.sync();
    const mine = ctx.workbook.customXmlParts.getByNamespace(NS).load("items/id");
    await ctx.sync();
    expect(mine.items).toHaveLength(1);
    const xml = mine.items[0]?.getXml();
    expect(() => xml?.value).toThrow(PropertyNotLoadedError);
    await ctx.sync();
    expect(xml?.value).toBe(`<data xmlns="${NS}"><a>1</a></data>`);
    mine.items[0]?.delete();
    await ctx.sync();
    expect(state.customXmlParts?.map((part) => part.xml)).toEqual(['<other xmlns="urn:example:other"/>']);
  });

  it("refuses XML that is not well formed, and a request over 5 MB", async () => {
    const state = createWorkbookState();
    const ctx = context(state);
    ctx.workbook.customXmlParts.add("not xml");
    await expect(ctx.sync()).rejects.toThrow(FakeOfficeError);
    ctx.workbook.customXmlParts.add(`<data xmlns="${NS}">${"x".repeat(6 * 1024 * 1024)}</data>`);
    await expect(ctx.sync()).rejects.toThrow(/exceeds the limit/);
    expect(state.customXmlParts ?? []).toHaveLength(0);
  });

  it("keeps cells, formats, sheets and custom XML parts (with their ids) across a save and reopen, not the session", async () => {
    const state = createWorkbookState();
    fillCells(state, "Sheet1", "A1", [["=1+1", "text"]]);
    const ctx = context(state);
    ctx.workbook.customXmlParts.add(`<data xmlns="${NS}"/>`);
    await ctx.sync();
    state.selectionHandlers.push(() => undefined);
    const reopened = saveAndReopen(state);
    expect(cellAt(reopened, "Sheet1", 0, 0).formula).toBe("=1+1");
    expect(cellAt(reopened, "Sheet1", 0, 1).value).toBe("text");
    expect(reopened.customXmlParts).toEqual(state.customXmlParts);
    expect(reopened.selectionHandlers).toHaveLength(0);
    expect(reopened.syncCount).toBe(0);
    // The reopened workbook is a copy: changing it leaves the saved one alone.
    cellAt(reopened, "Sheet1", 0, 1).value = "changed";
    expect(cellAt(state, "Sheet1", 0, 1).value).toBe("text");
  });
});
