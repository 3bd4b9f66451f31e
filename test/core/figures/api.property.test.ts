/**
 * Property tests of the raw-argument API: whatever Excel (or a careless caller) passes, every
 * function returns a finite number, non-empty text or a clean spill, or throws an AmznError with
 * a message in both languages. 10,000 argument tuples per function.
 */
import fc from "fast-check";
import * as api from "../../../src/core/figures";
import type { CellArg } from "../../../src/core/runtime";
import {
  anyArgOf,
  assertOutcomes,
  checkSpill,
  CONTRACT_BREACH,
  scalarOf,
  TOKENS,
  WEIRD_NUMBERS,
  quarterText,
  type Outcomes,
} from "../arbitraries";
import { guidance } from "../../../src/core/figures";

const RUNS = 10_000;

const tokens = fc.constantFrom(
  ...TOKENS,
  "operating_margin",
  "capex_plan_2026",
  "FY0",
  "FY-1",
  "FY-2",
  "FY+1",
  "FY2024",
  "fy24",
  "2026E",
  "2024E",
  "2023",
  "B",
  "M",
  "K",
  "U",
  "Mds",
  "millions",
  "report",
  "filings",
  "rapport",
  "publié",
  "total",
  "cagr",
  "tcam",
  "multiple",
  "reported",
  "rapporté",
  "results",
  "aws",
  "kpis",
  "résultats",
  "1",
  "0",
);

const scalar = scalarOf(
  { weight: 3, arbitrary: fc.integer({ min: 2018, max: 2028 }) },
  { weight: 2, arbitrary: fc.double() },
  // Excel date serials (2024-01-01, with a time, the last valid day) and years out of range.
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_NUMBERS, 45_292, 45_292.75, 2_958_465, 1899, 2101) },
  { weight: 4, arbitrary: tokens },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
);

/** Any argument Excel could pass, and some it could not (nested, ragged arrays). */
const anyArg = anyArgOf(scalar);

/** Mostly valid values for a parameter, mixed with anything. */
function param(valid: readonly unknown[]): fc.Arbitrary<CellArg> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) as fc.Arbitrary<CellArg> },
    { weight: 1, arbitrary: anyArg },
  );
}

const METRICS = [
  "revenue",
  "net_income",
  "aws_revenue",
  "capex",
  "free_cash_flow",
  "aws_operating_margin",
  "Bénéfice net",
];
const YEARS = [2022, 2023, 2024, 2025, 2026, "FY0", "FY-1", "2026E"];
const UNITS = [undefined, null, "B", "M", "K", "U"];
const BASES = [undefined, null, "report", "filings", "publié"];
const LANGS = [undefined, "en", "fr"];

/** A finite number, non-empty text or a clean spill. */
function checkResult(result: unknown): void {
  if (typeof result === "number") {
    if (!Number.isFinite(result)) throw new Error(`non-finite result ${result}`);
  } else if (typeof result === "string") {
    if (result.length === 0) throw new Error("empty text");
  } else if (Array.isArray(result)) {
    checkSpill(result);
  } else {
    throw new Error(`unexpected result ${String(result)}`);
  }
}

function run<T extends unknown[]>(args: fc.Arbitrary<T>, call: (...args: T) => unknown): Outcomes {
  return assertOutcomes(args, call, checkResult, { numRuns: RUNS, breach: CONTRACT_BREACH });
}

describe("api property tests (10,000 tuples each)", () => {
  it("revenue / netIncome / awsRevenue", () => {
    const tuple = fc.tuple(param(YEARS), param(UNITS), param(BASES));
    for (const fn of [api.revenue, api.netIncome, api.awsRevenue]) {
      const tally = run(tuple, fn);
      expect(tally.ok).toBeGreaterThan(RUNS / 10);
      expect(tally.errors).toBeGreaterThan(RUNS / 10);
    }
  });

  it("metric", () => {
    const tally = run(fc.tuple(param(METRICS), param(YEARS), param(UNITS), param(BASES)), api.metric);
    expect(tally.ok).toBeGreaterThan(RUNS / 20);
  });

  it("growth", () => {
    const tally = run(
      fc.tuple(
        param(METRICS),
        param(YEARS),
        param(YEARS),
        param([undefined, "total", "cagr", "multiple", "reported"]),
        param(BASES),
      ),
      api.growth,
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 50);
  });

  it("series", () => {
    const metrics = fc.oneof(
      param(METRICS),
      fc.array(fc.array(fc.oneof(fc.constantFrom(...METRICS, null, ""), scalar), { maxLength: 3 }), {
        maxLength: 3,
      }) as fc.Arbitrary<CellArg>,
    );
    const tally = run(
      fc.tuple(
        metrics,
        param([undefined, ...YEARS]),
        param([undefined, ...YEARS]),
        param(UNITS),
        param(BASES),
        param([undefined, 0, 1]),
        param(LANGS),
      ),
      api.series,
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 50);
  });

  it("table", () => {
    const tally = run(fc.tuple(param(["results", "aws", "kpis", "résultats"]), param(LANGS)), api.table);
    expect(tally.ok).toBeGreaterThan(RUNS / 4);
  });

  it("kpi", () => {
    const tally = run(fc.tuple(param(["rufus_users", "robots", "capex_plan_2026", "vendeurs IA"])), api.kpi);
    expect(tally.ok).toBeGreaterThan(RUNS / 4);
  });

  it("metricsCatalogue", () => {
    const tally = run(fc.tuple(param(LANGS)), api.metricsCatalogue);
    expect(tally.ok).toBeGreaterThan(RUNS / 2);
  });

  it("source", () => {
    const tally = run(
      fc.tuple(
        param([...METRICS, "rufus_users", "ai_listing_sellers"]),
        param([undefined, ...YEARS]),
        param(BASES),
        param(LANGS),
      ),
      api.source,
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 20);
  });
});

describe("api property tests of the quarter and LTM period forms (10,000 tuples each)", () => {
  /** Mostly a quarter in one of its forms, sometimes anything. */
  const quarter = fc.oneof(
    { weight: 4, arbitrary: quarterText as fc.Arbitrary<CellArg> },
    { weight: 1, arbitrary: anyArg },
  );
  const QUARTER_METRICS = [...METRICS, "advertising_revenue", "diluted_eps", "diluted_shares", "operating_margin"];

  it("revenue / netIncome / awsRevenue", () => {
    const tuple = fc.tuple(quarter, param(UNITS), param(BASES));
    for (const fn of [api.revenue, api.netIncome, api.awsRevenue]) {
      const tally = run(tuple, fn);
      // About 5.5 % of these tuples are valid (measured over eight seeds: 516–585 per 10,000), so
      // the floor sits at 2 %, eight standard deviations below, not at the mean (RUNS / 20 failed
      // CI with 491).
      expect(tally.ok).toBeGreaterThan(RUNS / 50);
      expect(tally.na).toBeGreaterThan(RUNS / 20);
      expect(tally.value).toBeGreaterThan(RUNS / 20);
    }
  });

  it("metric", () => {
    const tally = run(fc.tuple(param(QUARTER_METRICS), quarter, param(UNITS), param(BASES)), api.metric);
    expect(tally.ok).toBeGreaterThan(RUNS / 100);
  });

  it("growth", () => {
    // Two random quarters rarely make a valid pair (same kind, in order, both in the dataset): a
    // fifth of the tuples are year-on-year pairs in mixed forms, so both outcomes are reached.
    const yearOnYear = fc.tuple(
      fc.constantFrom<CellArg>("revenue", "aws_revenue", "operating_income", "advertising_revenue"),
      fc.constantFrom<CellArg>("2025Q1", "Q1 2025", "T1 2025", "2025-Q1", "Q1-25"),
      fc.constantFrom<CellArg>("2026Q1", "Q1 2026", "T1 2026", "2026-Q1", "Q1-26"),
      fc.constantFrom<CellArg>(undefined, "total", "multiple"),
      fc.constantFrom<CellArg>(undefined, "filings", "publié"),
    );
    const random = fc.tuple(
      param(QUARTER_METRICS),
      quarter,
      quarter,
      param([undefined, "total", "cagr", "multiple"]),
      param(BASES),
    );
    const tally = run(
      fc.oneof({ weight: 4, arbitrary: random }, { weight: 1, arbitrary: yearOnYear }) as typeof random,
      api.growth,
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 10);
  });

  it("series", () => {
    const tally = run(
      fc.tuple(
        param(QUARTER_METRICS),
        quarter,
        quarter,
        param(UNITS),
        param(BASES),
        param([undefined, 0, 1]),
        param(LANGS),
      ),
      (m, from, to, unit, basis, headers, lang) => api.series(m, from, to, unit, basis, headers, lang),
    );
    expect(tally.ok).toBeGreaterThan(0);
  });

  it("source", () => {
    const tally = run(fc.tuple(param(QUARTER_METRICS), quarter, param(BASES), param(LANGS)), api.source);
    expect(tally.ok).toBeGreaterThan(RUNS / 100);
  });

  it("guidance", () => {
    const tally = run(fc.tuple(param(["revenue", "operating_income", "net_income"]), quarter, param(UNITS)), guidance);
    expect(tally.ok).toBeGreaterThan(RUNS / 100);
  });
});
