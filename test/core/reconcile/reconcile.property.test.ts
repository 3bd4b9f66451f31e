/**
 * Property test of AMZN.RECONCILE's raw-argument API: whatever Excel (or a careless caller) passes
 * as metric and lang, reconcile() returns a clean spill or throws an AmznError with a message in
 * both languages. 10,000 argument tuples.
 */
import fc from "fast-check";
import type { CellArg } from "../../../src/core/runtime";
import { claimsForFigure, reconcile } from "../../../src/core/reconcile";
import { METRIC_IDS } from "../../../src/data/index";
import { anyArgOf, assertOutcomes, checkSpill, CONTRACT_BREACH, scalarOf, TOKENS, WEIRD_NUMBERS } from "../arbitraries";

const RUNS = 10_000;

const tokens = fc.constantFrom(
  ...TOKENS,
  "BÉNÉFICE_NET",
  "revenus aws",
  "marge aws",
  "fr-FR",
  "en-US",
  "english",
  "de",
  "\u200b",
  "🙂",
);

const scalar = scalarOf(
  { weight: 2, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_NUMBERS) },
  { weight: 5, arbitrary: tokens },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
);

const anyArg = anyArgOf(scalar, { weight: 1, arbitrary: scalar.map((s) => [[s]]) });

/** Optional arguments: sometimes omitted entirely. */
const optionalArg: fc.Arbitrary<CellArg | undefined> = fc.option(anyArg, { nil: undefined });

describe("reconcile property test (10,000 tuples)", () => {
  it("returns a clean spill or throws an AmznError with both messages", () => {
    const tally = assertOutcomes(
      fc.tuple(optionalArg, optionalArg),
      reconcile,
      (spill) => {
        const rows = checkSpill(spill, true);
        if (rows.length < 2) throw new Error("spill without claim rows");
        const width = rows[0]?.length;
        if (width !== 9) throw new Error(`width ${width}`);
      },
      { numRuns: RUNS, breach: CONTRACT_BREACH },
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
