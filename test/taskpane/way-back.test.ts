import { AmznError } from "../../src/core/runtime";
import { FRENCH_HOST, failingContext, frenchExcel } from "../helpers/excel";
import { convertAmznToValues } from "../../src/taskpane/excel/convert";
import type { HostInfo } from "../../src/taskpane/excel/host";
import { forgetWayBack, restoreAmznFormulas } from "../../src/taskpane/excel/way-back";
import {
  WAY_BACK_NAMESPACE,
  entriesOfXml,
  recordXml,
  type WayBackEntry,
} from "../../src/taskpane/excel/way-back-record";
import { translate } from "../../src/taskpane/i18n";
import { restoreSummary } from "../../src/taskpane/views/way-back-text";
import {
  FakeRequestContext,
  cellAt,
  createWorkbookState,
  enterInput,
  fakeExcelEnums,
  fillCells,
  newSheet,
  saveAndReopen,
  type FakeScalar,
  type FakeWorkbookState,
} from "../fakes/fake-excel";

beforeAll(() => {
  Object.assign(globalThis, { Excel: fakeExcelEnums });
});

/** AMZN.REVENUE(2024) is 638, AMZN.SERIES spills 2×3 with text; every other formula evaluates to 1. */
function evaluate(formula: string): FakeScalar | FakeScalar[][] {
  if (/^=AMZN\.REVENUE/i.test(formula)) return 638;
  if (formula.startsWith("=AMZN.SERIES"))
    return [
      ["B$", 2023, 2024],
      ["Revenue", 575, 638],
    ];
  return 1;
}

const FORMULAS = {
  a1: "=AMZN.REVENUE(2024)",
  b1: "=SUM(A1:A2)",
  a2: "=AMZN.REVENUE(2024)*2",
  a5: '=AMZN.SERIES("revenue")',
  other: "=1+amzn.revenue(2024)",
};

function workbook(): FakeWorkbookState {
  const state = createWorkbookState(evaluate);
  fillCells(state, "Sheet1", "A1", [
    [FORMULAS.a1, FORMULAS.b1, "label"],
    [FORMULAS.a2, '="AMZN.REVENUE is text"', 42],
  ]);
  fillCells(state, "Sheet1", "A5", [[FORMULAS.a5]]);
  state.sheets.push(newSheet("Other"));
  fillCells(state, "Other", "C3", [[FORMULAS.other]]);
  return state;
}

/** Excel with custom XML parts (ExcelApi 1.5) and spill ranges (1.12). */
const host: HostInfo = { displayLanguage: "en-US", supportsExcelApi: () => true };

const context = (state: FakeWorkbookState): Excel.RequestContext =>
  new FakeRequestContext(state) as unknown as Excel.RequestContext;

async function share(state: FakeWorkbookState): Promise<void> {
  await convertAmznToValues(context(state), "workbook", true, { host });
}

describe("Share keeps the way back in a custom XML part", () => {
  it("records each converted cell before changing it, in one more sync", async () => {
    const state = workbook();
    const result = await convertAmznToValues(context(state), "workbook", true, { host });
    expect(result).toEqual({ formulasConverted: 4, cellsChanged: 1 + 1 + 6 + 1 });
    // sheet names, measure, scan, read values, record, write
    expect(state.syncCount).toBe(6);
    expect(state.customXmlParts).toHaveLength(1);
    const entries = entriesOfXml(state.customXmlParts?.[0]?.xml ?? "");
    expect(entries.map((entry) => [entry.sheet, entry.row, entry.col, entry.formula])).toEqual([
      ["Sheet1", 0, 0, FORMULAS.a1],
      ["Sheet1", 1, 0, FORMULAS.a2],
      ["Sheet1", 4, 0, FORMULAS.a5],
      ["Other", 2, 2, FORMULAS.other],
    ]);
    expect(entries[2]?.values).toEqual([
      ["B$", 2023, 2024],
      ["Revenue", 575, 638],
    ]);
  });

  it("records nothing where Excel lacks custom XML parts (ExcelApi 1.5)", async () => {
    const state = workbook();
    const old: HostInfo = { displayLanguage: "en-US", supportsExcelApi: (version) => version !== "1.5" };
    await convertAmznToValues(context(state), "workbook", true, { host: old });
    expect(state.customXmlParts ?? []).toHaveLength(0);
    expect(state.syncCount).toBe(5);
  });

  it("writes XML that keeps any formula and text exactly: quotes, <, &, line breaks, control characters", () => {
    const entry: WayBackEntry = {
      sheet: "Q&A <2024>",
      row: 3,
      col: 27,
      formula: '=AMZN.SOURCE("revenue",2024)&"<b> & \'x\'\n\u0001"',
      values: [['a < b & c "d" \u0001\ufffe', -0, 1e-300]],
      formats: [["@", "0.0%", "General"]],
    };
    const [xml] = recordXml([entry]);
    expect(xml).toMatch(
      new RegExp(`^<wayBack xmlns="${WAY_BACK_NAMESPACE}" version="1"><cells>[^<>&]*</cells></wayBack>$`),
    );
    expect(entriesOfXml(xml ?? "")).toEqual([{ ...entry, values: [['a < b & c "d" \u0001\ufffe', 0, 1e-300]] }]);
    // Excel may write the XML back with entities: the text is the same.
    const reserialized = (xml ?? "")
      .replace(/"/g, "&quot;")
      .replace("xmlns=&quot;", 'xmlns="')
      .replace("&quot; version=&quot;1&quot;", '" version="1"');
    expect(entriesOfXml(reserialized)).toEqual(entriesOfXml(xml ?? ""));
  });

  it("splits a large record into parts of at most 1 MB", () => {
    const entries: WayBackEntry[] = Array.from({ length: 8_000 }, (_, row) => ({
      sheet: "Sheet1",
      row,
      col: 0,
      formula: `=AMZN.METRIC("operating_income",2024,"M","filings")+${row}+${"0".repeat(200)}`,
      values: [[123456.789]],
      formats: [["General"]],
    }));
    const parts = recordXml(entries);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThan(1_000_200);
    expect(parts.flatMap(entriesOfXml)).toEqual(entries);
  });
});

describe("Restore AMZN formulas, on the double, after a save and reopen", () => {
  it("restores every unchanged cell exactly, lists the changed one, and restores it only with consent", async () => {
    const state = workbook();
    await share(state);
    enterInput(state, "Sheet1", 1, 0, 1000); // the user changes one frozen cell (A2)
    const reopened = saveAndReopen(state);

    const first = await restoreAmznFormulas(context(reopened));
    expect(first).toEqual({
      restored: 3,
      changed: [{ key: "Sheet1!A2", sheet: "Sheet1", address: "A2" }],
      missingSheets: [],
      missingCells: 0,
      noRecord: false,
    });
    expect(cellAt(reopened, "Sheet1", 0, 0).formula).toBe(FORMULAS.a1);
    expect(cellAt(reopened, "Sheet1", 0, 1).formula).toBe(FORMULAS.b1);
    expect(cellAt(reopened, "Sheet1", 1, 0).formula).toBe(1000);
    // The spill's anchor is a formula again (not text: Share had formatted it as Text) and spills.
    expect(cellAt(reopened, "Sheet1", 4, 0)).toMatchObject({
      formula: FORMULAS.a5,
      value: "B$",
      numberFormat: "General",
    });
    expect(cellAt(reopened, "Sheet1", 5, 2).value).toBe(638);
    expect(cellAt(reopened, "Sheet1", 5, 2).spilledFrom).toBe("4,0");
    expect(cellAt(reopened, "Other", 2, 2).formula).toBe(FORMULAS.other);
    // find the record and the sheets, read it, read the blocks, write, rewrite the record
    expect(reopened.syncCount).toBe(5);

    // What was not restored stays in the record, across another save.
    const again = saveAndReopen(reopened);
    const consented = await restoreAmznFormulas(context(again), { restoreChanged: new Set(["Sheet1!A2"]) });
    expect(consented).toMatchObject({ restored: 1, changed: [] });
    expect(cellAt(again, "Sheet1", 1, 0).formula).toBe(FORMULAS.a2);
    expect(again.customXmlParts ?? []).toHaveLength(0);
  });

  it("reports a sheet that is gone instead of guessing, and keeps its cells in the record", async () => {
    const state = workbook();
    await share(state);
    state.sheets = state.sheets.filter((sheet) => sheet.name !== "Other");
    const result = await restoreAmznFormulas(context(state));
    expect(result).toMatchObject({ restored: 3, missingSheets: ["Other"], missingCells: 1 });
    expect(entriesOfXml(state.customXmlParts?.[0]?.xml ?? "").map((entry) => entry.sheet)).toEqual(["Other"]);
  });

  it("says there is no way back in a workbook without a record, in 1 sync", async () => {
    const state = workbook();
    expect(await restoreAmznFormulas(context(state))).toMatchObject({ noRecord: true, restored: 0 });
    expect(state.syncCount).toBe(1);
  });

  it("restores thousands of cells in bounded syncs, chunked like the conversion", async () => {
    const state = createWorkbookState(evaluate);
    fillCells(
      state,
      "Sheet1",
      "A1",
      Array.from({ length: 4_500 }, () => [FORMULAS.a1]),
    );
    await convertAmznToValues(context(state), "sheet", true, { host });
    // measure, scan, then 3 batches of 2,000 AMZN cells: read, record, write
    expect(state.syncCount).toBe(2 + 3 * 3);
    state.syncCount = 0;
    const result = await restoreAmznFormulas(context(state));
    expect(result.restored).toBe(4_500);
    // find the record and the sheets, read 1 part, 3 batches of read + write, rewrite the record
    expect(state.syncCount).toBe(1 + 1 + 3 * 2 + 1);
    expect(cellAt(state, "Sheet1", 4_499, 0).formula).toBe(FORMULAS.a1);
    expect(state.failedSyncs).toBe(0);
  });
});

describe("the way back on a 6-million-cell sheet", () => {
  it("converts in 16 syncs and restores in 5, no read or request over the limits", async () => {
    const state = createWorkbookState(evaluate);
    fillCells(state, "Sheet1", "A1", [[FORMULAS.a1]]);
    fillCells(state, "Sheet1", "B3000", [[FORMULAS.a5]]);
    fillCells(state, "Sheet1", "ALL6000", [["far away"]]);
    await convertAmznToValues(context(state), "sheet", true, { host });
    // measure, 12 scans of 500,000 cells, read values, record, write
    expect(state.syncCount).toBe(16);
    expect(state.failedSyncs).toBe(0);
    const reopened = saveAndReopen(state);
    const result = await restoreAmznFormulas(context(reopened));
    expect(result).toMatchObject({ restored: 2, changed: [], missingCells: 0 });
    expect(cellAt(reopened, "Sheet1", 2999, 1).formula).toBe(FORMULAS.a5);
    // find the record and the sheets, read it, read the 2 blocks, write, rewrite the record
    expect(reopened.syncCount).toBe(5);
    expect(reopened.failedSyncs).toBe(0);
  });
});

/** Entry `i`'s spill: 1 × 300 texts of 40 characters (42 bytes of JSON each, 43 with the comma). */
const text = (i: number, c: number): string =>
  `${"t".repeat(30)}${String(i).padStart(5, "0")}:${String(c).padStart(4, "0")}`;
const spill = (i: number): string[][] => [Array.from({ length: 300 }, (_, c) => text(i, c))];
/** A number format of 70 characters: 72 bytes of JSON a cell. */
const LONG_FORMAT = `#,##0.00 "${"m".repeat(40)}";[Red]-#,##0.00`;

/**
 * A block heavier than a sync as Share leaves it (`live`: its formula still spilling), and its
 * record: 250 × 300 texts (75,000 cells), 6.5 MB to read, and its formats of 70 characters 5.5 MB
 * to write, each over 5 MB in one range.
 */
function heavyBlock(live = false): { state: FakeWorkbookState; entry: WayBackEntry } {
  const values = Array.from({ length: 250 }, (_, r) => spill(r)[0] ?? []);
  const state = createWorkbookState(() => values);
  const entry: WayBackEntry = {
    sheet: "Sheet1",
    row: 0,
    col: 0,
    formula: '=AMZN.SERIES("wide")',
    values,
    formats: values.map((line) => line.map(() => LONG_FORMAT)),
  };
  fillCells(state, "Sheet1", "A1", live ? [[entry.formula]] : values);
  state.customXmlParts = recordXml([entry]).map((xml, index) => ({ id: `{RECORD-${index}}`, xml }));
  return { state, entry };
}

describe("Restore within Excel on the web's 5 MB a request and a response, whatever the blocks hold", () => {
  const long = (i: number): string => `=AMZN.SERIES("long",${i})`;

  /** A sheet as Share leaves it (each spill frozen to its texts, formatted as Text) and its record. */
  function frozen(count: number): { state: FakeWorkbookState; entries: WayBackEntry[] } {
    const state = createWorkbookState((formula) => {
      const i = /^=AMZN\.SERIES\("long",(\d+)\)$/.exec(formula)?.[1];
      return i === undefined ? 1 : spill(Number(i));
    });
    const entries = Array.from({ length: count }, (_, i): WayBackEntry => {
      const values = spill(i);
      values[0]?.forEach((value, c) => {
        enterInput(state, "Sheet1", i, c, value);
        cellAt(state, "Sheet1", i, c).numberFormat = "@";
      });
      return {
        sheet: "Sheet1",
        row: i,
        col: 0,
        formula: long(i),
        values,
        formats: [values[0]?.map(() => "General") ?? []],
      };
    });
    state.customXmlParts = recordXml(entries).map((xml, index) => ({ id: `{RECORD-${index}}`, xml }));
    return { state, entries };
  }

  it("restores 2,000 spills of 300 long texts (600,000 cells, 52 MB to read) in 26 syncs, none refused", async () => {
    const { state } = frozen(2_000);
    expect(state.limits.maxPayloadBytes).toBe(5 * 1024 * 1024);
    expect(state.customXmlParts).toHaveLength(26);
    const result = await restoreAmznFormulas(context(state));
    expect(result).toMatchObject({ restored: 2_000, changed: [], missingCells: 0 });
    expect(state.failedSyncs).toBe(0);
    // 1 to find the record, 7 to read its 26 parts (4 a sync), 14 to read the blocks (26.8 KB
    // answered each: 149 in 4 MB), 3 to write them back (4.9 KB sent each: 809 in 4 MB), 1 to
    // rewrite the record. The code before this bound read 2,000 blocks, 52 MB, in one sync.
    expect(state.syncCount).toBe(1 + 7 + 14 + 3 + 1);
    for (const i of [0, 999, 1_999]) {
      expect(cellAt(state, "Sheet1", i, 0)).toMatchObject({
        formula: long(i),
        value: text(i, 0),
        numberFormat: "General",
      });
      expect(cellAt(state, "Sheet1", i, 299)).toMatchObject({ value: text(i, 299), spilledFrom: `${i},0` });
    }
    expect(state.customXmlParts ?? []).toHaveLength(0);
  });

  it("reads again in halves a read Excel refuses for its size (the cells hold more than the record says)", async () => {
    const state = createWorkbookState(evaluate);
    fillCells(
      state,
      "Sheet1",
      "A1",
      Array.from({ length: 1_000 }, () => [FORMULAS.a1]),
    );
    await convertAmznToValues(context(state), "sheet", true, { host });
    // Every other frozen 638 becomes a text of 6,000 characters: 12 KB to read each, 6 MB in all.
    for (let row = 1; row < 1_000; row += 2) enterInput(state, "Sheet1", row, 0, "x".repeat(6_000));
    state.syncCount = 0;
    const result = await restoreAmznFormulas(context(state));
    expect(result.restored).toBe(500);
    expect(result.changed).toHaveLength(500);
    expect(result.changed[0]).toEqual({ key: "Sheet1!A2", sheet: "Sheet1", address: "A2" });
    // find the record, read it, read the blocks (refused), read them in two halves, write, rewrite the record
    expect(state.failedSyncs).toBe(1);
    expect(state.syncCount).toBe(7);
    expect(cellAt(state, "Sheet1", 998, 0).formula).toBe(FORMULAS.a1);
    expect(cellAt(state, "Sheet1", 999, 0).formula).toBe("x".repeat(6_000));
    expect(entriesOfXml(state.customXmlParts?.[0]?.xml ?? "")).toHaveLength(500);
  });

  it("reads a block heavier than a sync in bands, and writes it back in bands", async () => {
    const { state, entry } = heavyBlock();
    const result = await restoreAmznFormulas(context(state));
    expect(result).toMatchObject({ restored: 1, changed: [] });
    expect(state.failedSyncs).toBe(0);
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: entry.formula, numberFormat: LONG_FORMAT });
    expect(cellAt(state, "Sheet1", 249, 299)).toMatchObject({
      value: text(249, 299),
      spilledFrom: "0,0",
      numberFormat: LONG_FORMAT,
    });
    // find the record, read its one part, read the block in 2 bands, write it in 2, rewrite the record
    expect(state.syncCount).toBe(1 + 1 + 2 + 2 + 1);
  });
});

describe("Nothing in the record is lost when Restore fails midway", () => {
  /** A context whose `nth` sync that sends commands fails at its `fromEnd`-th command from the end (RULE no rollback). */
  function failingWrite(state: FakeWorkbookState, nth: number, fromEnd: number): Excel.RequestContext {
    const ctx = new FakeRequestContext(state);
    const batch = (ctx as unknown as { batch: { queue: unknown[] } }).batch;
    const sync = ctx.sync.bind(ctx);
    let writes = 0;
    ctx.sync = async () => {
      if (batch.queue.length > 0 && ++writes === nth)
        state.failAtCommand = Math.max(1, batch.queue.length - fromEnd + 1);
      return sync();
    };
    return ctx as unknown as Excel.RequestContext;
  }

  it("keeps every entry when a write fails, and the next Restore finishes without calling restored cells changed", async () => {
    const state = createWorkbookState(evaluate);
    fillCells(
      state,
      "Sheet1",
      "A1",
      Array.from({ length: 4_500 }, () => [FORMULAS.a1]),
    );
    await convertAmznToValues(context(state), "sheet", true, { host });
    // The second sync that writes (cells 2,001 to 4,000) fails in its middle.
    const error = await restoreAmznFormulas(failingWrite(state, 2, 1_000)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(state.customXmlParts?.flatMap((part) => entriesOfXml(part.xml))).toHaveLength(4_500);
    expect(cellAt(state, "Sheet1", 1_999, 0).formula).toBe(FORMULAS.a1);
    expect(cellAt(state, "Sheet1", 4_499, 0).formula).toBe(638);

    const again = await restoreAmznFormulas(context(state));
    expect(again).toMatchObject({ restored: 4_500, changed: [] });
    expect(cellAt(state, "Sheet1", 4_499, 0).formula).toBe(FORMULAS.a1);
    expect(state.customXmlParts ?? []).toHaveLength(0);
  });

  /** Fails the `nth` sync that sends commands at its first command: nothing of it runs. */
  const failingWholeWrite = (state: FakeWorkbookState, nth: number): Excel.RequestContext =>
    failingWrite(state, nth, Number.MAX_SAFE_INTEGER);

  it("restores, without consent, a heavy block whose banded Restore failed after emptying its first band", async () => {
    const { state, entry } = heavyBlock();
    // Written in 2 bands: the first empties the anchor's band, the second (which puts the formula back) fails.
    const error = await restoreAmznFormulas(failingWholeWrite(state, 2)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "", value: "" });
    expect(cellAt(state, "Sheet1", 249, 299).formula).toBe(text(249, 299));
    expect(state.customXmlParts?.flatMap((part) => entriesOfXml(part.xml))).toHaveLength(1);

    // The emptied band holds nothing of the user's: the block is not "changed since Share".
    state.syncCount = 0;
    state.failedSyncs = 0;
    const again = await restoreAmznFormulas(context(state));
    expect(again).toMatchObject({ restored: 1, changed: [] });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: entry.formula, numberFormat: LONG_FORMAT });
    expect(cellAt(state, "Sheet1", 249, 299)).toMatchObject({ value: text(249, 299), spilledFrom: "0,0" });
    expect(state.customXmlParts ?? []).toHaveLength(0);
    // find the record, read its one part, read the block in 2 bands, write it in 2, rewrite the record
    expect(state.syncCount).toBe(1 + 1 + 2 + 2 + 1);
    expect(state.failedSyncs).toBe(0);
  });

  it("still calls a half-emptied block changed when the user typed into it since", async () => {
    const { state } = heavyBlock();
    await restoreAmznFormulas(failingWholeWrite(state, 2)).catch(() => undefined);
    enterInput(state, "Sheet1", 0, 5, "mine"); // in the emptied band
    const again = await restoreAmznFormulas(context(state));
    expect(again).toMatchObject({ restored: 0, changed: [{ key: "Sheet1!A1" }] });
    expect(cellAt(state, "Sheet1", 0, 5).formula).toBe("mine");
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe("");
    expect(state.customXmlParts?.flatMap((part) => entriesOfXml(part.xml))).toHaveLength(1);
  });

  it("restores, without consent, a heavy spill whose banded Share failed after its first band", async () => {
    // A spill of 250 × 300 numbers formatted with 70 characters: Share writes 5.9 MB, in 2 bands.
    const values = Array.from({ length: 250 }, (_, r) => Array.from({ length: 300 }, (_, c) => r * 1_000 + c));
    const state = createWorkbookState(() => values);
    for (let r = 0; r < 250; r++)
      for (let c = 0; c < 300; c++) cellAt(state, "Sheet1", r, c).numberFormat = LONG_FORMAT;
    const formula = '=AMZN.SERIES("numbers")';
    fillCells(state, "Sheet1", "A1", [[formula]]);
    // The writes: the record, the anchor's band (which ends the spill), then the second band, which fails.
    const error = await convertAmznToValues(failingWholeWrite(state, 3), "sheet", true, { host }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: 0, value: 0 });
    expect(cellAt(state, "Sheet1", 249, 299)).toMatchObject({ formula: "", value: "", numberFormat: LONG_FORMAT });
    expect(state.customXmlParts?.flatMap((part) => entriesOfXml(part.xml))).toHaveLength(1);

    state.syncCount = 0;
    state.failedSyncs = 0;
    const restored = await restoreAmznFormulas(context(state));
    expect(restored).toMatchObject({ restored: 1, changed: [] });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula, value: 0, numberFormat: LONG_FORMAT });
    expect(cellAt(state, "Sheet1", 249, 299)).toMatchObject({ value: 249_299, spilledFrom: "0,0" });
    expect(state.customXmlParts ?? []).toHaveLength(0);
    expect(state.failedSyncs).toBe(0);
    // find the record, read its one part, read the block (0.5 MB of numbers), write its 5.4 MB of
    // formats in 2 bands, rewrite the record
    expect(state.syncCount).toBe(1 + 1 + 1 + 2 + 1);
  });

  it("gives a formula Share left live its recorded formats back, when Share failed between formats and values", async () => {
    const state = workbook();
    // Share's one write sync: per block its formats, then its values; it fails at A5's values
    // (3rd command from the end: A5's values, then Other!C3's formats and values), after A5's
    // spill got the Text format for its texts.
    const error = await convertAmznToValues(failingContext(state, 6, 3), "workbook", true, { host }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(638);
    expect(cellAt(state, "Sheet1", 4, 0)).toMatchObject({ formula: FORMULAS.a5, numberFormat: "@" });
    expect(cellAt(state, "Sheet1", 5, 0)).toMatchObject({ spilledFrom: "4,0", numberFormat: "@" });
    expect(cellAt(state, "Other", 2, 2).formula).toBe(FORMULAS.other);

    state.syncCount = 0;
    const result = await restoreAmznFormulas(context(state));
    expect(result).toMatchObject({ restored: 4, changed: [] });
    expect(cellAt(state, "Sheet1", 4, 0)).toMatchObject({ formula: FORMULAS.a5, value: "B$", numberFormat: "General" });
    expect(cellAt(state, "Sheet1", 5, 0)).toMatchObject({ value: "Revenue", numberFormat: "General" });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: FORMULAS.a1, numberFormat: "General" });
    expect(state.customXmlParts ?? []).toHaveLength(0);
    // find the record, read it, read the blocks, write (the formats with the formulas), rewrite the record
    expect(state.syncCount).toBe(5);
  });

  it("writes the recorded formats of a heavy block already back in bands, within the limits", async () => {
    const { state, entry } = heavyBlock(true);
    // Share stopped after setting the anchor's band to Text: the formula is live, its format wrong.
    for (let c = 0; c < 300; c++) cellAt(state, "Sheet1", 0, c).numberFormat = "@";
    expect(cellAt(state, "Sheet1", 249, 299).spilledFrom).toBe("0,0");
    const result = await restoreAmznFormulas(context(state));
    expect(result).toMatchObject({ restored: 1, changed: [] });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: entry.formula, numberFormat: LONG_FORMAT });
    expect(cellAt(state, "Sheet1", 249, 299)).toMatchObject({ spilledFrom: "0,0", numberFormat: LONG_FORMAT });
    expect(state.failedSyncs).toBe(0);
    // find the record, read its one part, read the block in 2 bands, its formats in 2, rewrite the record
    expect(state.syncCount).toBe(1 + 1 + 2 + 2 + 1);
  });

  it("keeps the record whole when its rewrite fails: the new parts go in before the old ones go", async () => {
    const state = workbook();
    await share(state);
    enterInput(state, "Sheet1", 1, 0, 1000);
    // find, read the record, read the blocks, write, rewrite the record: its last command fails
    const error = await restoreAmznFormulas(failingContext(state, 5, 1)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    const left = (state.customXmlParts ?? []).flatMap((part) => entriesOfXml(part.xml));
    expect(left.map((entry) => entry.formula)).toContain(FORMULAS.a2);

    // The next Restore reads the cell once and counts it once.
    const again = await restoreAmznFormulas(context(state));
    expect(again).toMatchObject({ restored: 3, changed: [{ key: "Sheet1!A2" }] });
    expect(again.changed).toHaveLength(1);
    expect(entriesOfXml(state.customXmlParts?.[0]?.xml ?? "").map((entry) => entry.formula)).toEqual([FORMULAS.a2]);
    expect(state.customXmlParts).toHaveLength(1);
  });
});

describe("Restore in a French-language Excel", () => {
  const french = (resolves: boolean): FakeWorkbookState["locale"] => ({
    language: "fr-FR",
    decimalSeparator: ",",
    listSeparator: ";",
    amznNames: { REVENUE: "CHIFFRE_AFFAIRES", SERIES: "SERIE" },
    invariantCustomNamesResolve: resolves,
  });

  it("puts back the invariant formula exactly where Excel resolves it, after a save and reopen", async () => {
    const state = workbook();
    state.locale = french(true);
    await convertAmznToValues(context(state), "workbook", true, { host: { ...host, displayLanguage: "fr-FR" } });
    enterInput(state, "Sheet1", 1, 0, 1000);
    const reopened = saveAndReopen(state);
    const result = await restoreAmznFormulas(context(reopened));
    expect(result).toMatchObject({ restored: 3, changed: [{ key: "Sheet1!A2" }] });
    expect(cellAt(reopened, "Sheet1", 0, 0)).toMatchObject({ formula: FORMULAS.a1, value: 638 });
    expect(cellAt(reopened, "Other", 2, 2).formula).toBe(FORMULAS.other);
  });

  it("rewrites the restored formulas in French where Excel refuses the English names: no cell is left #NAME?", async () => {
    const state = frenchExcel(workbook(), true);
    await convertAmznToValues(context(state), "workbook", true, { host: FRENCH_HOST });
    const reopened = saveAndReopen(state);
    frenchExcel(reopened, false);
    const result = await restoreAmznFormulas(context(reopened), { host: FRENCH_HOST });
    expect(result).toMatchObject({ restored: 4, changed: [], localization: { unresolved: 0 } });
    expect(result.localization?.localized).toBeGreaterThan(0);
    expect(cellAt(reopened, "Sheet1", 0, 0)).toMatchObject({ formula: FORMULAS.a1, value: 638 });
    const shown = [...reopened.sheets.flatMap((sheet) => [...sheet.cells.values()].map((cell) => cell.value))];
    expect(shown).not.toContain("#NAME?");
  });
});

describe("Restore where Excel refuses a French rewrite", () => {
  it("counts the formula whose array constant this Excel cannot read in French, and restores the others", async () => {
    const state = frenchExcel(workbook(), true);
    const depreciation = "=AMZN.DEPRECIATION({100,150,200},5)";
    fillCells(state, "Sheet1", "E1", [[depreciation]]);
    await convertAmznToValues(context(state), "workbook", true, { host: FRENCH_HOST });
    const reopened = saveAndReopen(state);
    // An Excel whose array constants separate columns with "\": the French {100.150.200} is refused.
    frenchExcel(reopened, false, "\\");
    const result = await restoreAmznFormulas(context(reopened), { host: FRENCH_HOST });
    expect(result).toMatchObject({
      restored: 5,
      changed: [],
      localization: { localized: 4, unresolved: 0, refused: 1 },
    });
    expect(cellAt(reopened, "Sheet1", 0, 4)).toMatchObject({ formula: depreciation, value: "#NAME?" });
    expect(cellAt(reopened, "Sheet1", 0, 0)).toMatchObject({ formula: FORMULAS.a1, value: 638 });
  });
});

describe("a record Restore cannot trust", () => {
  it.each([
    ["a formula that is not an AMZN call", ["Sheet1", 0, 0, '=WEBSERVICE("https://example.com")', [[1]], "General"]],
    ["a cell outside the grid", ["Sheet1", 1_048_576, 0, "=AMZN.REVENUE(2024)", [[1]], "General"]],
    ["values that are not a block", ["Sheet1", 0, 0, "=AMZN.REVENUE(2024)", [[1], [1, 2]], "General"]],
    ["formats of another size", ["Sheet1", 0, 0, "=AMZN.REVENUE(2024)", [[1, 2]], [["General"]]]],
  ])("is refused whole when an entry has %s, and nothing is written", async (_what, entry) => {
    const state = workbook();
    fillCells(state, "Sheet1", "A1", [[1]]);
    state.customXmlParts = [
      {
        id: "{X}",
        xml: `<wayBack xmlns="${WAY_BACK_NAMESPACE}" version="1"><cells>${JSON.stringify([entry])}</cells></wayBack>`,
      },
    ];
    const error = await restoreAmznFormulas(context(state)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AmznError);
    expect((error as AmznError).messages.en).toMatch(/cannot be read/);
    expect((error as AmznError).messages.fr).toMatch(/illisible/);
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(1);
  });
});

describe("Forget the way back", () => {
  it("removes the record, which a save and reopen does not bring back", async () => {
    const state = workbook();
    await share(state);
    expect(await forgetWayBack(context(state))).toBe(true);
    expect(state.customXmlParts ?? []).toHaveLength(0);
    const reopened = saveAndReopen(state);
    expect(await restoreAmznFormulas(context(reopened))).toMatchObject({ noRecord: true });
    expect(await forgetWayBack(context(reopened))).toBe(false);
  });
});

describe("the pane's Restore message gives the counts, in both languages", () => {
  const result = {
    restored: 3,
    changed: [{ key: "Sheet1!A2", sheet: "Sheet1", address: "A2" }],
    missingSheets: ["Other"],
    missingCells: 1,
    noRecord: false,
  };

  it("in English", () => {
    expect(restoreSummary((key, values) => translate("en", key, values), result)).toBe(
      "3 AMZN formulas restored. 1 cell changed since Share was left as it is: Sheet1!A2. 1 cell was on sheets that are gone: Other.",
    );
  });

  it("in French", () => {
    expect(restoreSummary((key, values) => translate("fr", key, values), result)).toBe(
      "3 formules AMZN rétablies. 1 cellule modifiée depuis le partage est restée telle quelle : Sheet1!A2. 1 cellule était sur des feuilles disparues : Other.",
    );
  });

  it("and says how many restored formulas still show #NAME? after their French rewrite", () => {
    const localized = {
      ...result,
      changed: [],
      missingSheets: [],
      missingCells: 0,
      localization: { localized: 2, unresolved: 1 },
    };
    expect(restoreSummary((key, values) => translate("en", key, values), localized)).toBe(
      `3 AMZN formulas restored. ${translate("en", "formulasUnresolved", { count: 1 })}`,
    );
    expect(restoreSummary((key, values) => translate("fr", key, values), localized)).toMatch(
      /^3 formules AMZN rétablies\. 1 formule affiche encore #NOM\? /,
    );
    // A refused French form gets its own sentence: the advice differs (a list in braces, not Repair).
    const refused = { ...localized, localization: { localized: 2, unresolved: 0, refused: 1 } };
    expect(restoreSummary((key, values) => translate("en", key, values), refused)).toBe(
      `3 AMZN formulas restored. ${translate("en", "formulasRefused", { count: 1 })}`,
    );
    expect(translate("en", "formulasRefused", { count: 1 })).toMatch(
      /^1 formula keeps its English form and shows #NAME\?/,
    );
    expect(translate("fr", "formulasRefused", { count: 2 })).toMatch(
      /^2 formules gardent leur forme anglaise et affichent #NOM\? /,
    );
    const none = { ...localized, localization: { localized: 3, unresolved: 0 } };
    expect(restoreSummary((key, values) => translate("en", key, values), none)).toBe("3 AMZN formulas restored.");
  });
});
