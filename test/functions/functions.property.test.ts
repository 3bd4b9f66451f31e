/**
 * The custom functions exactly as Excel calls them (answers.ts, where functions.ts forwards), on 10,000 random argument tuples each: every
 * call returns a finite number, text or a clean spill, or throws a CustomFunctions.Error whose
 * code is #VALUE! or #N/A (the only codes whose message Excel shows) and whose message is non-empty. Never a raw exception (Excel
 * would show a bare #VALUE!), never NaN or ±Infinity, never an internal-error message.
 *
 * Twice: as in a host without data types (plain numbers), and as in one that reports
 * CustomFunctionsRuntime 1.4 and ExcelApi 1.19 (test/functions/office-host.ts), where every value
 * of the six figure functions is a number value (checked as such) and every spill stays plain.
 *
 * Codes: #VALUE! and #N/A; #NUM! is accepted as long as core still raises it (its removal lands
 * on another branch; this test holds either way).
 */
import fc from "fast-check";
import type * as FunctionsModule from "../../src/functions/answers";
import { DATA_TYPE_HOST, useHost } from "./office-host";
import {
  LONG,
  LONG_UNICODE,
  TOKENS,
  WEIRD_NUMBERS,
  anyArgOf,
  checkCell,
  checkSpill,
  quarterText,
  scalarOf,
} from "../core/arbitraries";

const RUNS = 10_000;
// Only these two: Excel shows a custom message with #VALUE! and #N/A only.
const EXCEL_CODES = ["#VALUE!", "#N/A"];
/** What core's safety nets (guard.ts) say when they catch a bug: never a fair answer to any input. */
const SAFETY_NET =
  /internal error|result is not rectangular|^empty result|result has an empty cell|result is not a finite/;

const scalar = scalarOf<unknown>(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_NUMBERS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: 1990, max: 2040 }) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom("", LONG, LONG_UNICODE, "bear", "base", "bull", "fcf", "half", "en", "fr") },
);
const arg = anyArgOf(scalar);

type Wrapper = (...args: never[]) => unknown;

function loadFunctions(): typeof FunctionsModule {
  let loaded: typeof FunctionsModule | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof FunctionsModule>("../../src/functions/answers");
  });
  if (loaded === undefined) throw new Error("functions did not load");
  return loaded;
}

const FIGURE_FUNCTIONS = new Set(["REVENUE", "NET_INCOME", "AWS_REVENUE", "METRIC", "GROWTH", "KPI"]);

/** A number value as the figure functions return it: a Double with a finite basic value and a card. */
function checkNumberValue(result: unknown): void {
  if (typeof result !== "object" || result === null || Array.isArray(result))
    throw new Error(`not a number value: ${String(result)}`);
  const value = result as Excel.DoubleCellValue;
  if (value.type !== "Double") throw new Error(`type ${String(value.type)}`);
  checkCell(value.basicValue);
  if (Object.keys(value.properties ?? {}).length === 0) throw new Error("a number value without properties");
  if (value.layouts?.card === undefined) throw new Error("a number value without a card");
}

const wrappersOf = (functions: typeof FunctionsModule): readonly [string, Wrapper, number][] => [
  ["REVENUE", functions.revenue, 3],
  ["NET_INCOME", functions.netIncome, 3],
  ["AWS_REVENUE", functions.awsRevenue, 3],
  ["METRIC", functions.metric, 4],
  ["GROWTH", functions.growth, 5],
  ["SERIES", functions.series, 6],
  ["TABLE", functions.table, 2],
  ["KPI", functions.kpi, 1],
  ["METRICS", functions.metrics, 1],
  ["SOURCE", functions.source, 4],
  ["GUIDANCE", functions.guidance, 3],
  ["RECONCILE", functions.reconcile, 2],
  ["BRIDGE", functions.bridge, 5],
  ["DEPRECIATION", functions.depreciation, 3],
  ["CAPEX_SCENARIO", functions.capexScenario, 10],
];

function checkExcelError(error: unknown): string {
  if (!(error instanceof CustomFunctions.Error)) throw new Error(`raw exception: ${String(error)}`);
  const { code, message } = error as unknown as { code: string; message: string };
  if (!EXCEL_CODES.includes(code)) throw new Error(`unexpected code ${code}`);
  if (!message || message.trim().length === 0) throw new Error(`empty message for ${code}`);
  if (SAFETY_NET.test(message)) throw new Error(`contract breach: ${message}`);
  return code;
}

const MODES = [
  { mode: "plain numbers", sets: undefined },
  { mode: "number values (CustomFunctionsRuntime 1.4, ExcelApi 1.19)", sets: DATA_TYPE_HOST },
] as const;

describe.each(MODES)("in a host with $mode", ({ sets }) => {
  let removeHost: (() => void) | undefined;
  beforeAll(() => {
    if (sets !== undefined) removeHost = useHost(sets);
  });
  afterAll(() => removeHost?.());
  const functions = loadFunctions();

  describe.each(wrappersOf(functions))("AMZN.%s on random arguments", (id, wrapper, arity) => {
    it(`returns a clean value or a CustomFunctions.Error, ${RUNS} times`, () => {
      const codes = new Map<string, number>();
      let ok = 0;
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: arity }), (args) => {
          let result: unknown;
          try {
            result = (wrapper as (...values: unknown[]) => unknown)(...args);
          } catch (error) {
            const code = checkExcelError(error);
            codes.set(code, (codes.get(code) ?? 0) + 1);
            return;
          }
          if (Array.isArray(result)) checkSpill(result);
          else if (sets !== undefined && FIGURE_FUNCTIONS.has(id)) checkNumberValue(result);
          else checkCell(result);
          ok += 1;
        }),
        { numRuns: RUNS, seed: 20261127 },
      );
      // The generator reaches both outcomes: some calls succeed, some are refused.
      expect(ok + [...codes.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
      expect([...codes.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    });
  });
});

/**
 * The same contract where the period arguments are quarters or LTM periods in every form
 * PRODUCT.md lists: the wrappers that take a period, with the period slots mostly quarter text.
 */
/** The functions in a plain host (no data types), for the quarter and LTM forms. */
const periodFunctions = loadFunctions();
const PERIOD_SLOTS: readonly [string, Wrapper, readonly (number | "metric" | "quarter")[]][] = [
  ["REVENUE", periodFunctions.revenue, ["quarter", 1, 2]],
  ["NET_INCOME", periodFunctions.netIncome, ["quarter", 1, 2]],
  ["AWS_REVENUE", periodFunctions.awsRevenue, ["quarter", 1, 2]],
  ["METRIC", periodFunctions.metric, ["metric", "quarter", 2, 3]],
  ["GROWTH", periodFunctions.growth, ["metric", "quarter", "quarter", 3, 4]],
  ["SERIES", periodFunctions.series, ["metric", "quarter", "quarter", 3, 4, 5]],
  ["SOURCE", periodFunctions.source, ["metric", "quarter", 2, 3]],
  ["GUIDANCE", periodFunctions.guidance, ["metric", "quarter", 2]],
];
const quarterArg = fc.oneof(
  { weight: 5, arbitrary: quarterText as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: arg },
);
const metricArg = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "revenue",
      "operating_income",
      "aws_revenue",
      "advertising_revenue",
      "net_income",
      "diluted_eps",
      "diluted_shares",
      "operating_margin",
      "capex_net",
    ) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: arg },
);
const otherArg = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      "M",
      "B",
      "filings",
      "report",
      "fr",
      "en",
      "cagr",
      0,
      1,
    ) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: arg },
);

describe.each(PERIOD_SLOTS)("AMZN.%s on quarter and LTM periods", (_id, wrapper, slots) => {
  it(`returns a clean value or a CustomFunctions.Error (#VALUE! or #N/A for a quarter), ${RUNS} times`, () => {
    let ok = 0;
    let refused = 0;
    const tuple = fc.tuple(
      ...slots.map((slot) => (slot === "quarter" ? quarterArg : slot === "metric" ? metricArg : otherArg)),
    );
    fc.assert(
      fc.property(tuple, (args) => {
        let result: unknown;
        try {
          result = (wrapper as (...values: unknown[]) => unknown)(...args);
        } catch (error) {
          checkExcelError(error);
          refused += 1;
          return;
        }
        if (Array.isArray(result)) checkSpill(result);
        else checkCell(result);
        ok += 1;
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    expect(ok).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
