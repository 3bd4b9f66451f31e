/**
 * The Jest side of the Excel double (test/fakes/fake-excel.ts, which has no imports so that it also
 * runs as the browser tests' scripted host): a request context typed as Office.js's, the Excel
 * enums the add-in reads at run time, the Excel hosts the writers are told they run in, and a
 * French Excel with the add-in's French function names.
 */
import { FUNCTION_NAMES_FR } from "../../src/data/function-names";
import type { HostInfo } from "../../src/taskpane/excel/host";
import { FakeRequestContext, fakeExcelEnums, useFrenchExcel, type FakeWorkbookState } from "../fakes/fake-excel";

/** A request context on the double, typed as the add-in's code takes it. */
export function excelContext(state: FakeWorkbookState): Excel.RequestContext {
  return new FakeRequestContext(state) as unknown as Excel.RequestContext;
}

/**
 * A context on the double whose `syncNumber`-th sync fails at its `fromEnd`-th queued command,
 * counted from the end (1 = the last), as Excel fails a batch at a bad command: the commands
 * before it have run (RULE no rollback).
 */
export function failingContext(state: FakeWorkbookState, syncNumber: number, fromEnd = 1): Excel.RequestContext {
  const ctx = new FakeRequestContext(state);
  const batch = (ctx as unknown as { batch: { queue: unknown[] } }).batch;
  const sync = ctx.sync.bind(ctx);
  let syncs = 0;
  ctx.sync = async () => {
    syncs++;
    if (syncs === syncNumber) state.failAtCommand = Math.max(1, batch.queue.length - fromEnd + 1);
    return sync();
  };
  return ctx as unknown as Excel.RequestContext;
}

/** Defines the `Excel` enums (chart types, axis groups…) for the tests of this file. */
export function useExcelEnums(): void {
  beforeAll(() => {
    Object.assign(globalThis, { Excel: fakeExcelEnums });
  });
}

/** Excel hosts with every requirement set the add-in uses; `without` removes some ("1.9"). */
export function excelHost(displayLanguage: "en-US" | "fr-FR", without: readonly string[] = []): HostInfo {
  return { displayLanguage, supportsExcelApi: (version) => !without.includes(version) };
}

export const ENGLISH_HOST = excelHost("en-US");
export const FRENCH_HOST = excelHost("fr-FR");

/**
 * The double as a French Excel with the add-in's French names (src/data/function-names.ts); by
 * default one that refuses the English names (#NAME? for =AMZN.REVENUE(2024) written through
 * `formulas`), the case the add-in's French rewrite exists for. `arrayColumnSeparator`: an Excel
 * whose array constants do not separate columns with "." (FakeLocale), so that it refuses the
 * French rewrite of a formula with an array constant.
 */
export function frenchExcel(
  state: FakeWorkbookState,
  resolvesEnglishNames = false,
  arrayColumnSeparator?: string,
): FakeWorkbookState {
  useFrenchExcel(state, FUNCTION_NAMES_FR, { resolvesEnglishNames, arrayColumnSeparator });
  return state;
}
