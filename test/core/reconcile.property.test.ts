/**
 * Property test of AMZN.RECONCILE's raw-argument API: whatever Excel (or a careless caller) passes
 * as metric and lang, reconcile() returns a clean spill or throws an AmznError with a message in
 * both languages. 10,000 argument tuples.
 */
import fc from "fast-check";
import { AmznError, type CellArg } from "../../src/core/errors";
import { claimsForFigure, reconcile } from "../../src/core/reconcile-api";
import { METRIC_IDS } from "../../src/data";

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
  1e21,
  -1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
);

const tokens = fc.constantFrom(
  "revenue",
  "net_income",
  "aws_revenue",
  "aws_operating_margin",
  "anthropic_gain",
  "free_cash_flow",
  "capex",
  "Bénéfice net",
  "BÉNÉFICE_NET",
  "chiffre d'affaires",
  "CA",
  "revenus aws",
  "marge aws",
  "revenu",
  "rufus_users",
  "robots",
  "en",
  "fr",
  "fr-FR",
  "en-US",
  "français",
  "english",
  "de",
  "",
  " ",
  "—",
  "\u0000",
  "\u200b",
  "🙂",
  LONG,
  LONG_UNICODE,
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: weirdNumbers },
  { weight: 5, arbitrary: tokens },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const matrix = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 });
const nested: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("node"), { maxLength: 3 })),
})).node;

const anyArg: fc.Arbitrary<CellArg> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: matrix },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: scalar.map((s) => [[s]]) },
) as fc.Arbitrary<CellArg>;

/** Optional arguments: sometimes omitted entirely. */
const optionalArg: fc.Arbitrary<CellArg | undefined> = fc.option(anyArg, { nil: undefined });

describe("reconcile property test (10,000 tuples)", () => {
  it("returns a clean spill or throws an AmznError with both messages", () => {
    const tally = { ok: 0, errors: 0 };
    fc.assert(
      fc.property(optionalArg, optionalArg, (metric, lang) => {
        let spill: unknown;
        try {
          spill = reconcile(metric, lang);
        } catch (error) {
          if (!(error instanceof AmznError)) throw new Error(`raw exception: ${String(error)}`);
          if (!["value", "na", "num"].includes(error.kind)) throw new Error(`bad kind ${error.kind}`);
          if (error.messages.en.trim() === "" || error.messages.fr.trim() === "") throw new Error("empty message");
          if (/internal error|not rectangular|empty result|empty cell|not a finite/.test(error.messages.en)) {
            throw new Error(`contract breach: ${error.messages.en}`);
          }
          tally.errors += 1;
          return;
        }
        tally.ok += 1;
        if (!Array.isArray(spill) || spill.length < 2) throw new Error("spill without claim rows");
        const width = (spill[0] as unknown[]).length;
        if (width !== 9) throw new Error(`width ${width}`);
        for (const row of spill as unknown[][]) {
          if (!Array.isArray(row) || row.length !== width) throw new Error("ragged spill");
          for (const cell of row) {
            if (typeof cell === "number") {
              if (!Number.isFinite(cell)) throw new Error(`non-finite cell ${cell}`);
            } else if (typeof cell !== "string" || cell.length === 0) {
              throw new Error(`bad cell ${String(cell)}`);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes are exercised.
    expect(tally.ok).toBeGreaterThan(500);
    expect(tally.errors).toBeGreaterThan(500);
    expect(tally.ok + tally.errors).toBe(RUNS);
  });

  it("claimsForFigure never throws and only returns claims that involve the figure", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...METRIC_IDS),
        fc.oneof(fc.integer({ min: 2015, max: 2030 }), fc.double()),
        fc.constantFrom(undefined, "report" as const, "filings" as const),
        (metric, year, basis) => {
          for (const row of claimsForFigure(metric, year, basis)) {
            const hit = row.figures.some(
              (f) => f.metric === metric && f.year === year && (basis === undefined || f.basis === basis),
            );
            if (!hit) throw new Error(`${row.id} does not involve ${metric} ${year}`);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
