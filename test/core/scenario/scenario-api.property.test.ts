/**
 * Property-based robustness of the raw-argument API: whatever Excel (or a bug upstream) passes,
 * CAPEX_SCENARIO and DEPRECIATION either return a clean spill or throw an AmznError with messages
 * in both languages. Never a raw exception, never NaN / ±Infinity, never a ragged or empty spill.
 */
import fc from "fast-check";
import { AmznError, type CellArg, type CellScalar } from "../../../src/core/runtime";
import { capexScenario, depreciation, sensitivity } from "../../../src/core/scenario";
import { assertOutcomes, checkSpill, scalarOf } from "../arbitraries";

const RUNS = 10_000;

const longText = "é".repeat(5_000) + "x".repeat(5_000); // 10,000 characters

const anyNumber = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, −0, huge and tiny values
  fc.integer({ min: -100, max: 3_000 }),
  fc.constantFrom(0, -0, 1, 5, 30, 31, 50, 0.1, 0.21, 0.55, -0.1, 2026, 1e308, -1e308, Number.MIN_VALUE, 2.5),
);

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constant(longText),
  fc.constantFrom(
    "",
    " ",
    "bear",
    "BASE",
    "Optimiste",
    "bul",
    "10%",
    "0.1",
    "−5",
    "1e400",
    "NaN",
    "Infinity",
    "fcf",
    "payback",
    "roic",
    "fr",
    "en",
    "fr-FR",
    "half",
    "demi",
    "\u0000",
    "🚀",
  ),
);

const anyScalar: fc.Arbitrary<CellScalar> = scalarOf<CellScalar>(
  { arbitrary: anyNumber, weight: 4 },
  { arbitrary: anyText, weight: 3 },
);

const rectangular = (cell: fc.Arbitrary<CellScalar>, maxRows: number, maxCols: number): fc.Arbitrary<CellArg> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );

/** Shapes Excel never sends but a bug upstream could: ragged, empty, 1-D, nested deeper. */
const oddShape: fc.Arbitrary<CellArg> = fc.oneof(
  fc.array(fc.array(anyScalar, { maxLength: 4 }), { maxLength: 4 }) as fc.Arbitrary<CellArg>,
  fc.array(anyScalar, { maxLength: 4 }) as unknown as fc.Arbitrary<CellArg>,
  fc.constant([[[1]]] as unknown as CellArg),
  fc.constant([[[]]] as unknown as CellArg),
  fc.constant([] as unknown as CellArg),
  fc.constant({ toString: () => "object" } as unknown as CellArg),
);

const anyArg: fc.Arbitrary<CellArg> = fc.oneof(
  { arbitrary: anyScalar, weight: 6 },
  { arbitrary: rectangular(anyScalar, 3, 3), weight: 2 },
  { arbitrary: oddShape, weight: 1 },
);

/** Mostly omitted, so that a good share of calls succeed and the success path is exercised too. */
const optionalArg = (plausible: fc.Arbitrary<CellArg>): fc.Arbitrary<CellArg> =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: plausible, weight: 3 },
    { arbitrary: anyArg, weight: 1 },
  );

describe("CAPEX_SCENARIO never fails badly", () => {
  it(`${RUNS} random argument tuples`, () => {
    const tally = assertOutcomes(
      fc.tuple(
        optionalArg(fc.constantFrom("bear", "base", "bull", "pessimiste", "Central", "OPTIMISTE")),
        optionalArg(fc.double({ min: 0, max: 2_000, noNaN: true })),
        optionalArg(fc.double({ min: -0.99, max: 1, noNaN: true })),
        optionalArg(fc.integer({ min: 1, max: 30 })),
        optionalArg(fc.integer({ min: 1, max: 50 })),
        optionalArg(fc.double({ min: 0, max: 3, noNaN: true })),
        optionalArg(fc.double({ min: -1, max: 1, noNaN: true })),
        optionalArg(fc.double({ min: 0, max: 1, noNaN: true })),
        optionalArg(fc.integer({ min: 1900, max: 2200 })),
        optionalArg(fc.constantFrom("capex", "fcf", "roic", "net_ppe", "payback", "FCF cumulé", "npv", "irr", "TRI")),
        optionalArg(fc.double({ min: 0, max: 0.5, noNaN: true })),
        optionalArg(fc.constantFrom("en", "fr")),
      ),
      (...args: CellArg[]) => {
        try {
          return capexScenario(...args);
        } catch (error) {
          // #N/A only where there is no IRR: a payback beyond the horizon is the sheet's text.
          if (error instanceof AmznError && error.kind === "na" && !/IRR/.test(error.messages.en)) {
            throw new Error(`unexpected #N/A: ${error.messages.en}`);
          }
          throw error;
        }
      },
      (spill) => checkSpill(spill),
      { numRuns: RUNS, seed: 42 },
    );
    // Both paths are exercised in earnest.
    expect(tally.ok).toBeGreaterThan(RUNS / 20);
    expect(tally.value).toBeGreaterThan(RUNS / 20);
    expect(tally.na).toBeGreaterThan(0);
  });
});

describe("SENSITIVITY never fails badly", () => {
  const values = (plausible: fc.Arbitrary<CellScalar>): fc.Arbitrary<CellArg> =>
    fc.oneof(
      { arbitrary: plausible as fc.Arbitrary<CellArg>, weight: 2 },
      { arbitrary: rectangular(plausible, 1, 6), weight: 3 },
      { arbitrary: rectangular(plausible, 6, 1), weight: 3 },
      { arbitrary: anyArg, weight: 1 },
    );
  const inputs = fc.constantFrom("useful_life", "revenue_yield", "discount_rate", "duree_vie", "years", "capex", "tax");
  const lives = rectangular(fc.integer({ min: 1, max: 50 }), 1, 5);
  const yields = rectangular(fc.double({ min: 0, max: 5, noNaN: true }), 5, 1);
  const trailing = [
    optionalArg(fc.constantFrom("bear", "base", "bull")),
    optionalArg(fc.double({ min: 0, max: 2_000, noNaN: true })),
    optionalArg(fc.double({ min: -0.99, max: 1, noNaN: true })),
    optionalArg(fc.integer({ min: 1, max: 30 })),
    optionalArg(fc.integer({ min: 1, max: 50 })),
    optionalArg(fc.double({ min: 0, max: 3, noNaN: true })),
    optionalArg(fc.double({ min: -1, max: 1, noNaN: true })),
    optionalArg(fc.double({ min: 0, max: 1, noNaN: true })),
    optionalArg(fc.integer({ min: 1900, max: 2200 })),
    optionalArg(fc.double({ min: 0, max: 0.5, noNaN: true })),
    optionalArg(fc.constantFrom("en", "fr")),
  ] as const;
  /** A plausible grid (life × yield), then its trailing arguments: the success path. */
  const plausible = fc.tuple(
    fc.constantFrom("npv", "irr", "payback", "cumulative_fcf", "roic"),
    fc.constant("useful_life"),
    lives,
    fc.constant("revenue_yield"),
    yields,
    ...trailing,
  );
  it(`${RUNS / 5} random argument tuples`, () => {
    const tally = assertOutcomes(
      fc.oneof(
        plausible,
        fc.tuple(
          fc.oneof(fc.constantFrom("npv", "irr", "payback", "cumulative_fcf", "roic", "VAN", "fcf"), anyArg),
          fc.oneof({ arbitrary: inputs, weight: 5 }, { arbitrary: anyArg, weight: 1 }),
          values(fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }))),
          fc.oneof({ arbitrary: inputs, weight: 5 }, { arbitrary: anyArg, weight: 1 }),
          values(fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }))),
          ...trailing,
        ),
      ),
      sensitivity,
      (spill) => checkSpill(spill),
      { numRuns: RUNS / 5, seed: 24 },
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 200);
    expect(tally.value).toBeGreaterThan(RUNS / 200);
    // A grid has no #N/A: no IRR is the word "none" in its cell.
    expect(tally.na).toBe(0);
  });
});

describe("DEPRECIATION never fails badly", () => {
  const amount: fc.Arbitrary<CellScalar> = fc.oneof(
    { arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }), weight: 8 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: anyScalar, weight: 1 },
  );
  const capexArg: fc.Arbitrary<CellArg> = fc.oneof(
    { arbitrary: rectangular(amount, 1, 40), weight: 4 },
    { arbitrary: rectangular(amount, 40, 1), weight: 4 },
    { arbitrary: rectangular(amount, 4, 4), weight: 1 },
    {
      arbitrary: fc.array(fc.array(amount, { minLength: 2_000, maxLength: 2_000 }), { minLength: 1, maxLength: 1 }),
      weight: 1,
    },
    { arbitrary: anyArg, weight: 2 },
  );

  it(`${RUNS} random argument tuples`, () => {
    const tally = assertOutcomes(
      fc.tuple(
        capexArg,
        fc.oneof({ arbitrary: fc.integer({ min: 1, max: 50 }), weight: 3 }, { arbitrary: anyArg, weight: 1 }),
        optionalArg(fc.constantFrom("full", "half", "plein", "Demi")),
      ),
      depreciation,
      (spill, [capex]) => {
        checkSpill(spill);
        // Same shape as capex (a single value gives 1×1), except that it may stop before trailing
        // blank cells (after the last amount's depreciation tail); it never stops before a filled one.
        if (Array.isArray(capex)) {
          const byRow = capex.length === 1;
          const cells = byRow ? (capex[0] ?? []) : capex.map((row) => row[0]);
          const length = byRow ? (spill[0]?.length ?? 0) : spill.length;
          expect(byRow ? spill.length : spill[0]?.length).toBe(1);
          expect(length).toBeLessThanOrEqual(cells.length);
          const last = cells[cells.length - 1];
          if (!(last === null || last === undefined || last === "")) expect(length).toBe(cells.length);
        } else {
          expect([spill.length, spill[0]?.length]).toEqual([1, 1]);
        }
        for (const cell of spill.flat()) expect(typeof cell === "number" && cell >= 0).toBe(true);
      },
      { numRuns: RUNS, seed: 7 },
    );
    expect(tally.ok).toBeGreaterThan(RUNS / 4);
    expect(tally.value).toBeGreaterThan(RUNS / 50);
  });
});
