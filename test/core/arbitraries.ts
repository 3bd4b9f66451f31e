/**
 * Shared pieces of the raw-argument property tests: the arguments Excel (or a careless caller)
 * could pass, and the checks every outcome must pass — a clean spill, or an AmznError with a
 * message in both languages.
 */
import fc from "fast-check";
import { AmznError, type CellArg, type ErrorKind } from "../../src/core/runtime";

export const LONG = "x".repeat(10_000);
export const LONG_UNICODE = "é😀".repeat(3_334);

/** Numbers no argument should choke on: NaN, ±Infinity, −0, fractions, huge and tiny values. */
export const WEIRD_NUMBERS: readonly number[] = [
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
];

/** Text close to the real thing (metric names in both languages, languages) and blank or odd text. */
export const TOKENS: readonly string[] = [
  "revenue",
  "net_income",
  "aws_revenue",
  "aws_operating_margin",
  "anthropic_gain",
  "free_cash_flow",
  "capex",
  "Bénéfice net",
  "chiffre d'affaires",
  "CA",
  "revenu",
  "rufus_users",
  "robots",
  "en",
  "fr",
  "français",
  "",
  " ",
  "—",
  "\u0000",
  LONG,
  LONG_UNICODE,
];

/** `values` (weighted), then booleans, empty cells (null) and omitted arguments (undefined), weight 1 each. */
export function scalarOf<T = unknown>(
  ...values: fc.WeightedArbitrary<NoInfer<T>>[]
): fc.Arbitrary<T | boolean | null | undefined> {
  return fc.oneof(
    ...values,
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/**
 * Any argument Excel could pass, and some it could not (nested, ragged arrays): mostly `scalar`,
 * then matrices of it (possibly ragged or empty), arrays nested at any depth, and `more`.
 */
export function anyArgOf(
  scalar: fc.Arbitrary<unknown>,
  ...more: fc.WeightedArbitrary<unknown>[]
): fc.Arbitrary<CellArg> {
  const matrix = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 4 });
  const nested: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("node"), { maxLength: 3 })),
  })).node;
  return fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: matrix },
    { weight: 1, arbitrary: nested },
    ...more,
  ) as fc.Arbitrary<CellArg>;
}

/** What the API guards say when they catch a bug: never a fair answer to any input. */
export const CONTRACT_BREACH = /internal error|not rectangular|empty result|empty cell|not a finite/;

/**
 * An AmznError of an Excel kind with a non-blank message in both languages; with `breach`, one
 * whose English message does not match it. Returns the error.
 */
export function checkAmznError(error: unknown, breach?: RegExp): AmznError {
  if (!(error instanceof AmznError)) throw new Error(`raw exception: ${String(error)}`);
  if (!["value", "na"].includes(error.kind)) throw new Error(`bad kind ${error.kind}`);
  if (error.messages.en.trim() === "" || error.messages.fr.trim() === "") throw new Error("empty message");
  if (error.message !== error.messages.en) throw new Error("message is not the English message");
  if (error.messageIn("fr") !== error.messages.fr) throw new Error("messageIn mismatch");
  // A bug wrapped by the API's guard, or a spill check that fired, would show here.
  if (breach?.test(error.messages.en)) throw new Error(`contract breach: ${error.messages.en}`);
  return error;
}

/** A finite number or text (non-empty text with `nonEmptyText`). */
export function checkCell(cell: unknown, nonEmptyText = false): void {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`non-finite cell ${cell}`);
  } else if (typeof cell !== "string" || (nonEmptyText && cell.length === 0)) {
    throw new Error(`bad cell ${String(cell)}`);
  }
}

/** A non-empty rectangle of checkCell cells. Returns the spill. */
export function checkSpill(spill: unknown, nonEmptyText = false): unknown[][] {
  if (!Array.isArray(spill) || spill.length === 0) throw new Error("empty spill");
  const width = Array.isArray(spill[0]) ? spill[0].length : 0;
  if (width === 0) throw new Error("empty row");
  for (const row of spill) {
    if (!Array.isArray(row) || row.length !== width) throw new Error("ragged spill");
    for (const cell of row) checkCell(cell, nonEmptyText);
  }
  return spill;
}

export type Outcomes = { ok: number; errors: number } & Record<ErrorKind, number>;

export interface OutcomeParameters {
  readonly numRuns: number;
  readonly seed?: number;
  /** Passed to checkAmznError. */
  readonly breach?: RegExp;
}

/**
 * Calls `call` on `numRuns` argument tuples: a result must pass `checkResult` (given the
 * arguments too), an error checkAmznError. Returns how many calls succeeded and failed, by kind.
 */
export function assertOutcomes<T extends unknown[], R>(
  args: fc.Arbitrary<T>,
  call: (...args: T) => R,
  checkResult: (result: R, args: T) => void,
  { numRuns, seed, breach }: OutcomeParameters,
): Outcomes {
  const outcomes: Outcomes = { ok: 0, errors: 0, value: 0, na: 0 };
  fc.assert(
    fc.property(args, (tuple) => {
      let result: R;
      try {
        result = call(...tuple);
      } catch (error) {
        outcomes[checkAmznError(error, breach).kind] += 1;
        outcomes.errors += 1;
        return;
      }
      checkResult(result, tuple);
      outcomes.ok += 1;
    }),
    seed === undefined ? { numRuns } : { numRuns, seed },
  );
  return outcomes;
}

/**
 * Quarter periods in every form PRODUCT.md lists ("2025Q3", "Q3 2025", "Q3-25", "2025-Q3",
 * French "T3 2025"), in any case, with "LTM " / "TTM " in front now and then, for quarters just
 * outside the dataset's (2024, 2026Q2…) and impossible ones (Q0, Q5) too.
 */
export const quarterText: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 2023, max: 2027 }),
    quarter: fc.integer({ min: 0, max: 5 }),
    form: fc.integer({ min: 0, max: 4 }),
    prefix: fc.constantFrom("", "", "", "LTM ", "TTM ", "ltm", "TTM-"),
    lower: fc.boolean(),
  })
  .map(({ year, quarter, form, prefix, lower }) => {
    const yy = String(year).slice(2);
    const text = [
      `${year}Q${quarter}`,
      `Q${quarter} ${year}`,
      `Q${quarter}-${yy}`,
      `${year}-Q${quarter}`,
      `T${quarter} ${year}`,
    ][form];
    const full = `${prefix}${text ?? ""}`;
    return lower ? full.toLowerCase() : full;
  });
