/**
 * What Excel registers (functions.ts) forwards every call to what the functions answer
 * (answers.ts, the "core" chunk, loaded at the first call). Before the answers have loaded, a call
 * returns a promise of exactly the answer it gets afterwards, or rejects with exactly the same
 * error; once loaded, the answer itself, synchronously. A chunk that does not arrive gets a message
 * in the display language, and the next call tries again.
 *
 * Each test loads functions.ts afresh (jest.isolateModules), so its answers are not loaded yet.
 */
import * as answers from "../../src/functions/answers";
import type * as FunctionsModule from "../../src/functions/functions";
import { useHost } from "./office-host";

/**
 * functions.ts as Excel calls it: with any text where its metadata names an enum (an enum suggests
 * values in AutoComplete, it does not restrict what the user types), so with the answers' own
 * parameter types.
 */
type Functions = {
  [Name in keyof typeof answers]: (...args: Parameters<(typeof answers)[Name]>) => unknown;
} & Pick<typeof FunctionsModule, "loadAnswers">;
/** functions.ts registers exactly the answers' functions: a compile-time check. */
type Registered = Exclude<keyof typeof FunctionsModule, "loadAnswers">;
const sameFunctions: [Registered, keyof typeof answers] extends [keyof typeof answers, Registered] ? true : never =
  true;
type Call = (module: Functions | typeof answers) => unknown;

function freshFunctions(): Functions {
  let loaded: Functions | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<Functions>("../../src/functions/functions");
  });
  if (loaded === undefined) throw new Error("functions.ts did not load");
  return loaded;
}

/** One call with good arguments and one with bad arguments per function: the 15 of functions.json. */
const CALLS: readonly [string, Call, Call][] = [
  ["REVENUE", (f) => f.revenue(2024), (f) => f.revenue(2031)],
  ["NET_INCOME", (f) => f.netIncome(2025, "M"), (f) => f.netIncome("FY2024", "X")],
  ["AWS_REVENUE", (f) => f.awsRevenue("FY2024", "B", "filings"), (f) => f.awsRevenue(2024, "B", "nope")],
  ["METRIC", (f) => f.metric("capex", 2025, "B", "filings"), (f) => f.metric("no_such_metric", 2025)],
  ["GROWTH", (f) => f.growth("net_income", 2023, 2025, "cagr"), (f) => f.growth("net_income", 2025, 2023)],
  ["SERIES", (f) => f.series([["revenue"], ["net_income"]]), (f) => f.series([["revenue"]], 2030, 2020)],
  ["TABLE", (f) => f.table("results", "fr"), (f) => f.table("no_such_table")],
  ["KPI", (f) => f.kpi("rufus_users"), (f) => f.kpi("no_such_kpi")],
  ["METRICS", (f) => f.metrics("en"), (f) => f.metrics("de")],
  ["SOURCE", (f) => f.source("revenue", 2024), (f) => f.source("revenue", 1990)],
  ["GUIDANCE", (f) => f.guidance("revenue", "2025Q4"), (f) => f.guidance("revenue", "2031Q1")],
  ["RECONCILE", (f) => f.reconcile("net_income"), (f) => f.reconcile("no_such_metric")],
  ["BRIDGE", (f) => f.bridge("net_income", 2023, 2025, "M"), (f) => f.bridge("net_income", "2025Q1", "2025Q2")],
  ["DEPRECIATION", (f) => f.depreciation([[10, 20, 30]], 5, "half"), (f) => f.depreciation([[10]], 0)],
  ["CAPEX_SCENARIO", (f) => f.capexScenario("bull"), (f) => f.capexScenario("base", 200, 0, 5, 6, 0.45, 0.55, 21)],
];

/** What a call ends in: its value, or the code and message of what it threw. */
function outcome(call: () => unknown): { value: unknown } | { error: { code: unknown; message: unknown } } {
  try {
    return { value: call() };
  } catch (error) {
    return { error: { code: (error as { code?: unknown }).code, message: (error as Error).message } };
  }
}

async function settled(result: unknown): Promise<{ value: unknown } | { error: { code: unknown; message: unknown } }> {
  try {
    return { value: await result };
  } catch (error) {
    return { error: { code: (error as { code?: unknown }).code, message: (error as Error).message } };
  }
}

describe("the registered functions forward to their answers", () => {
  it("are the answers' functions, no more, no fewer", () => {
    expect(sameFunctions).toBe(true);
  });

  it.each(CALLS)("%s: a call before the answers loaded is a promise of the same answer", async (_id, good) => {
    const expected = outcome(() => good(answers));
    expect("value" in expected).toBe(true);
    const pending = good(freshFunctions());
    expect(pending).toBeInstanceOf(Promise);
    expect(await settled(pending)).toEqual(expected);
  });

  it.each(CALLS)("%s: a bad call before the answers loaded rejects with the same error", async (_id, _good, bad) => {
    const expected = outcome(() => bad(answers));
    // Every bad tuple is refused, with one of the two codes whose message Excel shows.
    expect(expected).toEqual({
      error: { code: expect.stringMatching(/^(#VALUE!|#N\/A)$/), message: expect.any(String) },
    });
    const pending = bad(freshFunctions());
    expect(pending).toBeInstanceOf(Promise);
    expect(await settled(pending)).toEqual(expected);
  });

  it.each(CALLS)("%s: once loaded, the answer or the error comes synchronously", async (_id, good, bad) => {
    const functions = freshFunctions();
    await functions.loadAnswers();
    const value = good(functions);
    expect(value).not.toBeInstanceOf(Promise);
    expect(outcome(() => value)).toEqual(outcome(() => good(answers)));
    expect(outcome(() => bad(functions))).toEqual(outcome(() => bad(answers)));
  });

  it("loads the answers once for the calls that arrive together", async () => {
    const functions = freshFunctions();
    const first = functions.loadAnswers();
    const calls = [functions.revenue(2024), functions.kpi("rufus_users"), functions.table("results")];
    expect(functions.loadAnswers()).toBe(first);
    expect(await Promise.all(calls)).toEqual([638, answers.kpi("rufus_users"), answers.table("results")]);
  });
});

describe("when the answers' chunk does not arrive", () => {
  const ANSWERS = "../../src/functions/answers";
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.dontMock(ANSWERS);
    consoleError.mockRestore();
  });

  it.each([
    ["en-US", /^the AMZN functions' code did not load \(connection lost\?\): recalculate \(Ctrl\+Alt\+F9\)/],
    ["fr-FR", /^le code des fonctions AMZN ne s'est pas chargé \(connexion perdue \?\) : recalculez \(Ctrl\+Alt\+F9\)/],
  ])("says so in %s with #VALUE!, logs the cause, and the next call loads them", async (language, message) => {
    const removeHost = useHost({}, language);
    try {
      const cause = new Error("Loading chunk 114 failed.");
      jest.doMock(ANSWERS, () => {
        throw cause;
      });
      const functions = freshFunctions();
      const waiting = [functions.revenue(2024), functions.series([["revenue"]])];
      for (const call of waiting)
        expect(await settled(call)).toEqual({ error: { code: "#VALUE!", message: expect.stringMatching(message) } });
      expect(consoleError).toHaveBeenCalledWith("AMZN: the functions' code did not load", cause);

      // The connection is back: the next call loads the answers and gets its figure.
      jest.dontMock(ANSWERS);
      expect(await functions.revenue(2024)).toBe(638);
      expect(functions.revenue(2024)).toBe(638);
    } finally {
      removeHost();
    }
  });
});
