/**
 * The French rewrite refused (src/taskpane/excel/amzn-write.ts, rewriteInFrench): in a French Excel
 * whose array constants separate columns with "\" instead of the "." the add-in assumes
 * (core/formula/style.ts: Office.js cannot read that setting), Excel refuses the French form of a
 * formula whose array constant has a column separator (RULE unparsable formulas in the double).
 * The English formulas are already in the sheet: no writer throws, the formulas without that guess
 * are rewritten first, the others are not sent once one is refused for it, and the counts are what
 * the sheet shows, by cause. Refusals of other formulas are injected (refusingContext): the double
 * refuses only what Excel documents. Syncs are counted: each is a network round trip on the web.
 */
import { insertAmznFormula, writeAmznFormulas } from "../../src/taskpane/excel/amzn-write";
import { runSelfCheck } from "../../src/taskpane/excel/self-check";
import { FUNCTION_CATALOGUE } from "../../src/taskpane/formula-catalogue";
import { catalogueValues, excelResultOf } from "../helpers/amzn";
import { FUNCTION_NAMES_FR } from "../../src/data/function-names";
import {
  FakeOfficeError,
  FakeRequestContext,
  cellAt,
  createWorkbookState,
  useFrenchExcel,
  type FakeWorkbookState,
  type FormulaResult,
} from "../fakes/fake-excel";
import { FRENCH_HOST, excelContext, failingContext, frenchExcel, useExcelEnums } from "../helpers/excel";

useExcelEnums();

const CATALOGUE_VALUES = catalogueValues();

function evaluateAmzn(formula: string): FormulaResult {
  return formula === "=1+1" ? 2 : (CATALOGUE_VALUES.get(formula) ?? excelResultOf(formula));
}

/** A French Excel that refuses the English names and separates array columns with "\". */
function backslashExcel(): FakeWorkbookState {
  return frenchExcel(createWorkbookState(evaluateAmzn), false, "\\");
}

/**
 * A French Excel that refuses the English names and knows no French name for METRIC either: its
 * French form goes in and still shows #NAME? (unresolved, not refused). `arrayColumnSeparator` as
 * frenchExcel's.
 */
function excelWithoutMetric(arrayColumnSeparator?: string): FakeWorkbookState {
  const { METRIC: _metric, ...names } = FUNCTION_NAMES_FR;
  const state = createWorkbookState(evaluateAmzn);
  useFrenchExcel(state, names, arrayColumnSeparator === undefined ? {} : { arrayColumnSeparator });
  return state;
}

/**
 * A context on `state` whose sync number n, when `refuse` has n, fails at command `refuse[n]`
 * (1-based) as Excel refusing a formula: InvalidArgument, with the traces that ran (RULE no
 * rollback). In a batch of French rewrites each is followed by its trace: the k-th (from 0) is
 * command 2k + 1. `withTraces: false`: every failure carries no trace list (rewritesRun reads it
 * defensively: OfficeExtension.Error.traceMessages lists the traces that ran, and a host that fills
 * nothing in leaves the refused rewrite unknown).
 */
function refusingContext(
  state: FakeWorkbookState,
  refuse: Readonly<Record<number, number>>,
  withTraces = true,
): Excel.RequestContext {
  const context = new FakeRequestContext(state);
  const sync = context.sync.bind(context);
  let syncs = 0;
  context.sync = async () => {
    const at = refuse[++syncs];
    if (at !== undefined) state.failAtCommand = at;
    try {
      await sync();
    } catch (error) {
      if (!(error instanceof FakeOfficeError)) throw error;
      const failure = at === undefined ? error : new FakeOfficeError("InvalidArgument", "The formula is not valid.");
      failure.traceMessages = error.traceMessages;
      if (!withTraces) Reflect.deleteProperty(failure, "traceMessages");
      throw failure;
    }
  };
  return context as unknown as Excel.RequestContext;
}

/** Each formula at A1, A11, A21…: one every ten rows, room for each spill. */
function everyTenRows(formulas: readonly string[]): { sheet: string; address: string; formula: string }[] {
  return formulas.map((formula, index) => ({ sheet: "Sheet1", address: `A${1 + index * 10}`, formula }));
}

/** Cells showing #NAME?, as "Sheet!row,col". */
function nameErrors(state: FakeWorkbookState): string[] {
  const found: string[] = [];
  for (const sheet of state.sheets)
    for (const [key, cell] of sheet.cells) if (cell.value === "#NAME?") found.push(`${sheet.name}!${key}`);
  return found;
}

/** AMZN cells whose value is not #NAME?. */
function calculatedAmzn(state: FakeWorkbookState): number {
  let count = 0;
  for (const sheet of state.sheets)
    for (const cell of sheet.cells.values())
      if (String(cell.formula).startsWith("=AMZN.") && cell.value !== "#NAME?") count++;
  return count;
}

describe("the French rewrite refused by an Excel whose array column separator is not '.'", () => {
  it("the builder's insert of an array formula does not throw: the cell keeps its English formula and is counted", async () => {
    const state = backslashExcel();
    const formula = "=AMZN.DEPRECIATION({100,150,200},4)";
    const result = await insertAmznFormula(excelContext(state), formula, {
      shape: { rows: 1, cols: 3 },
      host: FRENCH_HOST,
    });
    expect(result).toEqual({
      status: "written",
      address: "Sheet1!A1",
      areaAddress: "Sheet1!A1:C1",
      localized: 0,
      unresolved: 0,
      refused: 1,
    });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula, value: "#NAME?" });
    expect(nameErrors(state)).toEqual(["Sheet1!0,0"]);
    // Read, write and read back, the refused rewrite, one read of what the cell shows.
    expect([state.syncCount, state.failedSyncs]).toEqual([4, 1]);
  });

  it("a batch: those without a guessed separator first, the other guessed ones not sent, counts by cause", async () => {
    const state = excelWithoutMetric("\\");
    const formulas = [
      "=AMZN.DEPRECIATION({100,150,200},5)", // a column separator: refused
      "=AMZN.REVENUE(2024)",
      '=AMZN.SERIES({"revenue"},2023,2025)', // one item: no guess, rewritten
      '=AMZN.SERIES({"revenue","capex"},2023,2025)', // same guessed separator: not sent, refused
      "=AMZN.DEPRECIATION({100;150;200},5)", // one column: no guess, rewritten
      '=AMZN.METRIC("capex",2025,"B","filings")', // French form in, name unknown here: unresolved
      "=1+1",
    ];
    const result = await writeAmznFormulas(excelContext(state), everyTenRows(formulas), { host: FRENCH_HOST });
    expect(result).toEqual({ written: 7, localized: 3, unresolved: 1, refused: 2 });
    expect(nameErrors(state)).toEqual(["Sheet1!0,0", "Sheet1!30,0", "Sheet1!50,0"]);
    expect((result.unresolved ?? 0) + (result.refused ?? 0)).toBe(nameErrors(state).length);
    expect(result.localized).toBe(calculatedAmzn(state));
    // The refused cells keep their English form; METRIC holds its French name (went in, unknown).
    expect(cellAt(state, "Sheet1", 0, 0).formula).toBe(formulas[0]);
    expect(cellAt(state, "Sheet1", 30, 0).formula).toBe(formulas[3]);
    expect(cellAt(state, "Sheet1", 50, 0).formula).toBe('=AMZN.INDICATEUR("capex",2025,"B","filings")');
    expect(cellAt(state, "Sheet1", 10, 0).value).toBe(638);
    // Write and read back, the rewrites (refused at the first guessed one), one read: no retry.
    expect([state.syncCount, state.failedSyncs]).toEqual([3, 1]);
  });

  it("a refusal without traces: the guessed rewrites count as refused, the others by what they show", async () => {
    const state = excelWithoutMetric("\\");
    const cells = everyTenRows([
      "=AMZN.REVENUE(2024)",
      '=AMZN.METRIC("capex",2025,"B","filings")',
      "=AMZN.DEPRECIATION({100,150,200},5)",
      '=AMZN.SERIES({"revenue","capex"},2023,2025)',
    ]);
    const result = await writeAmznFormulas(refusingContext(state, {}, false), cells, { host: FRENCH_HOST });
    // METRIC's French form went in before the refusal: unresolved, not refused.
    expect(result).toEqual({ written: 4, localized: 1, unresolved: 1, refused: 2 });
    expect(nameErrors(state)).toEqual(["Sheet1!10,0", "Sheet1!20,0", "Sheet1!30,0"]);
    expect([state.syncCount, state.failedSyncs]).toEqual([3, 1]);
  });

  it("a guessed rewrite refused after another went in (the guess is right): the rest is retried, read in that sync", async () => {
    const state = frenchExcel(createWorkbookState(evaluateAmzn));
    const cells = everyTenRows([
      "=AMZN.DEPRECIATION({100,150,200},5)",
      '=AMZN.SERIES({"revenue","capex"},2023,2025)', // refused (injected)
      '=AMZN.SERIES({"revenue"},2023,2025)', // no guess: sent first
      "=AMZN.DEPRECIATION({100,150},5)", // retried
    ]);
    // Sent: SERIES({"revenue"}), DEPRECIATION({100,150,200}), then the refused one: command 5.
    const result = await writeAmznFormulas(refusingContext(state, { 2: 5 }), cells, { host: FRENCH_HOST });
    expect(result).toEqual({ written: 4, localized: 3, unresolved: 0, refused: 1 });
    expect(nameErrors(state)).toEqual(["Sheet1!10,0"]);
    // Write and read back, the refused rewrites, the retry with its read.
    expect([state.syncCount, state.failedSyncs]).toEqual([3, 1]);
  });

  it("two refusals of rewrites without a guess: those never tried are not counted refused", async () => {
    const state = frenchExcel(createWorkbookState(evaluateAmzn));
    const cells = everyTenRows([
      "=AMZN.REVENUE(2024)",
      '=AMZN.SERIES({"revenue"},2023,2025)', // refused (injected) in the first batch
      '=AMZN.METRIC("capex",2025,"B","filings")', // refused (injected) in the retry
      '=AMZN.SERIES({"capex"},2023,2025)', // never tried
      "=AMZN.DEPRECIATION({100,150,200},5)", // never tried
    ]);
    const result = await writeAmznFormulas(refusingContext(state, { 2: 3, 3: 1 }), cells, { host: FRENCH_HOST });
    // Still #NAME? although Excel refused no French form of theirs: unresolved, not refused.
    expect(result).toEqual({ written: 5, localized: 1, unresolved: 2, refused: 2 });
    expect(nameErrors(state)).toEqual(["Sheet1!10,0", "Sheet1!20,0", "Sheet1!30,0", "Sheet1!40,0"]);
    // Write and read back, the refused rewrites, the refused retry, one read: three after the write.
    expect([state.syncCount, state.failedSyncs]).toEqual([4, 2]);
  });

  it("the self-check reports the two functions whose default formula has an array constant, and runs to its end", async () => {
    const state = backslashExcel();
    const results = await runSelfCheck(excelContext(state), { excelLang: "fr", maxReads: 1, host: FRENCH_HOST });
    const failed = results.filter((result) => !result.passed);
    expect(failed.map((result) => result.id)).toEqual(["calc-DEPRECIATION", "calc-SENSITIVITY"]);
    for (const result of failed) expect(result.details.join(" ")).toMatch(/#NAME\?/);
    expect(results.filter((result) => result.id.startsWith("calc-"))).toHaveLength(FUNCTION_CATALOGUE.length);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("a failure that is no refusal of a formula still propagates (a further batch would meet it too)", async () => {
    // Passes on the old code as well: it pins what did not change. The second sync is the rewrite,
    // failed at its rewrite (the command before its trace).
    const state = frenchExcel(createWorkbookState(evaluateAmzn));
    const error = await writeAmznFormulas(
      failingContext(state, 2, 2),
      [{ sheet: "Sheet1", address: "A1", formula: "=AMZN.REVENUE(2024)" }],
      { host: FRENCH_HOST },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(cellAt(state, "Sheet1", 0, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: "#NAME?" });
    expect(state.syncCount).toBe(2);
  });
});
