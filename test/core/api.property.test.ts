/**
 * Property tests of the raw-argument API: whatever Excel (or a careless caller) passes, every
 * function returns a finite number, non-empty text or a clean spill, or throws an AmznError with
 * a message in both languages. 10,000 argument tuples per function.
 */
import fc from "fast-check";
import * as api from "../../src/core/api";
import { AmznError, type CellArg } from "../../src/core/errors";

const RUNS = 10_000;
const LONG = "x".repeat(10_000);
const LONG_UNICODE = "é😀".repeat(3_334);

const weirdNumbers = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  -1,
  0.5,
  2024.5,
  -2024,
  45_292,
  45_292.75,
  2_958_465,
  1e21,
  -1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  1899,
  2101,
);

const tokens = fc.constantFrom(
  "revenue",
  "net_income",
  "aws_revenue",
  "aws_operating_margin",
  "operating_margin",
  "free_cash_flow",
  "capex",
  "anthropic_gain",
  "Bénéfice net",
  "chiffre d'affaires",
  "CA",
  "revenu",
  "rufus_users",
  "robots",
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
  "en",
  "fr",
  "français",
  "1",
  "0",
  "",
  " ",
  "—",
  "\u0000",
  LONG,
  LONG_UNICODE,
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 2018, max: 2028 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: weirdNumbers },
  { weight: 4, arbitrary: tokens },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const matrix = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 });
const nested: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("node"), { maxLength: 3 })),
})).node;

/** Any argument Excel could pass, and some it could not (nested, ragged arrays). */
const anyArg: fc.Arbitrary<CellArg> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: matrix },
  { weight: 1, arbitrary: nested },
) as fc.Arbitrary<CellArg>;

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

function checkCell(cell: unknown): void {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`non-finite cell ${cell}`);
  } else if (typeof cell !== "string") {
    throw new Error(`bad cell ${String(cell)}`);
  }
}

interface Tally {
  ok: number;
  errors: number;
}

/** Call, and check the outcome satisfies the contract. */
function check(call: () => unknown, tally: Tally): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof AmznError)) throw new Error(`raw exception: ${String(error)}`);
    if (!["value", "na", "num"].includes(error.kind)) throw new Error(`bad kind ${error.kind}`);
    if (error.messages.en.trim() === "" || error.messages.fr.trim() === "") throw new Error("empty message");
    if (error.messageIn("fr") !== error.messages.fr) throw new Error("messageIn mismatch");
    // A bug wrapped by the API's guard, or a spill check that fired, would show here.
    if (/internal error|not rectangular|empty result|empty cell|not a finite/.test(error.messages.en)) {
      throw new Error(`contract breach: ${error.messages.en}`);
    }
    tally.errors += 1;
    return;
  }
  tally.ok += 1;
  if (typeof result === "number") {
    if (!Number.isFinite(result)) throw new Error(`non-finite result ${result}`);
  } else if (typeof result === "string") {
    if (result.length === 0) throw new Error("empty text");
  } else if (Array.isArray(result)) {
    if (result.length === 0) throw new Error("empty spill");
    const width = (result[0] as unknown[]).length;
    if (width === 0) throw new Error("empty row");
    for (const row of result as unknown[][]) {
      if (!Array.isArray(row) || row.length !== width) throw new Error("ragged spill");
      row.forEach(checkCell);
    }
  } else {
    throw new Error(`unexpected result ${String(result)}`);
  }
}

function run<T extends unknown[]>(arbitrary: fc.Arbitrary<T>, call: (...args: T) => unknown): Tally {
  const tally: Tally = { ok: 0, errors: 0 };
  fc.assert(
    fc.property(arbitrary, (args) => {
      check(() => call(...args), tally);
    }),
    { numRuns: RUNS },
  );
  return tally;
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
