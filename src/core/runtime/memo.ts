/**
 * Result caches for the custom functions. The dataset is embedded and immutable, so a function's
 * result depends on its arguments alone, and Excel recalculates the same calls again and again
 * (every open, every dependent edit).
 *
 * The cached function takes its arguments as fixed slots (up to MAX_ARGS; a missing one is
 * undefined, which every AMZN function reads as "omitted"), so a repeated call costs one Map lookup
 * on its first argument and a short scan of the few argument lists seen with it, compared with
 * SameValueZero as Map keys are: no array, no key string. When one first argument gathers many
 * argument lists (CAPEX_SCENARIO("base", A1) down a column of capex values) that scan would grow,
 * so past SCAN_LIMIT lists they move to a Map keyed by the other arguments.
 *
 * The commonest call gives its first argument alone (=AMZN.REVENUE(2024), =AMZN.CAPEX_SCENARIO("bull")):
 * those entries live in a Map of their own keyed by that argument, so a repeated call costs one Map
 * lookup and a few comparisons, no scan (npm run bench, "REVENUE(year)"). Excel passes an omitted
 * optional argument as null ("When no value is specified for an optional parameter, Excel assigns
 * it the value null", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options);
 * JavaScript callers (core, the pane) leave it undefined. Each form has its Map: the two are kept
 * apart, as everywhere in the cache, since a message may word them differently.
 *
 * Failures are cached too, as the AmznError to throw again. A range argument (a matrix) is never
 * stored: Excel passes a new array on every call, so it could only ever miss. The cache is bounded
 * by weight, an entry weighing 1 plus the cells of its spill (`limit`, default 100,000, about 10 MB
 * of spills at most): past it, it starts afresh, so memory stays flat whatever the workbook.
 *
 * A long text argument is never stored either. No valid argument is longer than a few dozen
 * characters (an id, a period, a unit), so a long one is a mistake answered by an error that costs
 * little to compute again, and storing it costs a lot: V8 hashes a string longer than 16,383
 * characters by its length alone, so a column of distinct long texts would all land in one Map
 * bucket and every lookup would compare them one by one (npm run bench, "long text arguments").
 */
const MAX_ARGS = 11;
/** The longest text argument stored: well above any valid argument, far below V8's hashing limit. */
export const MAX_CACHED_TEXT_LENGTH = 256;
const SCAN_LIMIT = 8;

type Slots = readonly unknown[]; // arguments 1 … MAX_ARGS − 1 (the first is the bucket's key)

interface Entry {
  readonly rest: Slots;
  readonly ok: boolean;
  readonly result: unknown;
}

interface Bucket {
  readonly scan: Entry[];
  keyed?: Map<string, Entry>;
}

/** SameValueZero: NaN equals NaN, as for Map keys. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/** A string that tells scalars apart by type and value (0 and -0 alike, as SameValueZero). */
function restKey(rest: Slots): string {
  let key = "";
  for (const value of rest) key += `${typeof value}:${value === 0 ? 0 : String(value)}\u0001`;
  return key;
}

/** An object result (a number value with its card) frozen to its leaves, once, when cached. */
function deepFreeze(value: object): void {
  for (const child of Object.values(value))
    if (typeof child === "object" && child !== null) deepFreeze(child as object);
  Object.freeze(value);
}

/**
 * Rows of a cached spill are frozen, and so is a cached object (the number values of
 * src/functions/number-values.ts, cached per argument tuple and display language): every caller
 * shares them, none may change them.
 */
function freezeResult<R>(result: R): R {
  if (Array.isArray(result)) {
    for (const row of result) if (Array.isArray(row)) Object.freeze(row);
    Object.freeze(result);
  } else if (typeof result === "object" && result !== null) {
    deepFreeze(result);
  }
  return result;
}

function answer<R>(entry: Entry): R {
  if (entry.ok) return entry.result as R;
  throw entry.result;
}

function scan(
  entries: readonly Entry[],
  a1: unknown,
  a2: unknown,
  a3: unknown,
  a4: unknown,
  a5: unknown,
  a6: unknown,
  a7: unknown,
  a8: unknown,
  a9: unknown,
  a10: unknown,
): Entry | undefined {
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry;
    const r = entry.rest;
    if (
      same(r[0], a1) &&
      same(r[1], a2) &&
      same(r[2], a3) &&
      same(r[3], a4) &&
      same(r[4], a5) &&
      same(r[5], a6) &&
      same(r[6], a7) &&
      same(r[7], a8) &&
      same(r[8], a9) &&
      same(r[9], a10)
    ) {
      return entry;
    }
  }
  return undefined;
}

interface Cache {
  /** Calls whose arguments after the first were all left undefined, by their first argument. */
  alone: Map<unknown, Entry>;
  /** Calls whose arguments after the first were all omitted in Excel's way (null), by the first. */
  aloneNull: Map<unknown, Entry>;
  /** Excel's omitted arguments after the first: null in each slot the function takes, else undefined. */
  readonly omittedByExcel: Slots;
  /** Every other call, by its first argument. */
  buckets: Map<unknown, Bucket>;
  /** Entries plus the cells of the spills they hold. */
  weight: number;
  readonly limit: number;
}

function weightOf(result: unknown): number {
  let weight = 1;
  if (Array.isArray(result)) for (const row of result) weight += Array.isArray(row) ? row.length : 1;
  // A number value weighs its properties, like a spill its cells.
  else if (typeof result === "object" && result !== null && "properties" in result)
    weight += Object.keys((result as { properties?: object }).properties ?? {}).length;
  return weight;
}

/** A range (Excel passes a new array on every call) or a long text: never stored (see the header). */
function unstored(arg: unknown): boolean {
  return (typeof arg === "object" && arg !== null) || (typeof arg === "string" && arg.length > MAX_CACHED_TEXT_LENGTH);
}

/** The slow path, kept out of the hot closure: compute, store (bounded), answer. */
function computeAndStore<R>(cache: Cache, compute: (...slots: unknown[]) => R, args: unknown[]): R {
  const passed = args.slice(0, Math.max(compute.length, 1));
  // A plain loop, no closure: a column of long texts takes this path on every call.
  for (let index = 0; index < args.length; index++) if (unstored(args[index])) return compute(...passed);
  let entry: Entry;
  try {
    entry = { rest: args.slice(1), ok: true, result: freezeResult(compute(...passed)) };
  } catch (error) {
    entry = { rest: args.slice(1), ok: false, result: error };
  }
  const weight = weightOf(entry.result);
  if (cache.weight + weight > cache.limit) {
    cache.alone = new Map();
    cache.aloneNull = new Map();
    cache.buckets = new Map();
    cache.weight = 0;
  }
  cache.weight += weight;
  if (entry.rest.every((slot) => slot === undefined)) {
    cache.alone.set(args[0], entry);
    return answer(entry);
  }
  if (entry.rest.every((slot, index) => slot === cache.omittedByExcel[index])) {
    cache.aloneNull.set(args[0], entry);
    return answer(entry);
  }
  let target = cache.buckets.get(args[0]);
  if (target === undefined) {
    target = { scan: [] };
    cache.buckets.set(args[0], target);
  }
  if (target.keyed !== undefined) {
    target.keyed.set(restKey(entry.rest), entry);
  } else if (target.scan.length < SCAN_LIMIT) {
    target.scan.push(entry);
  } else {
    target.keyed = new Map(target.scan.map((old) => [restKey(old.rest), old]));
    target.keyed.set(restKey(entry.rest), entry);
  }
  return answer(entry);
}

/** The same hit test for functions of up to three arguments (REVENUE, KPI…): the hottest calls. */
function scanShort(entries: readonly Entry[], a1: unknown, a2: unknown): Entry | undefined {
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry;
    if (same(entry.rest[0], a1) && same(entry.rest[1], a2)) return entry;
  }
  return undefined;
}

export function memoize<A extends unknown[], R>(compute: (...args: A) => R, limit = 100_000): (...args: A) => R {
  if (compute.length > MAX_ARGS) throw new Error(`memoize: at most ${MAX_ARGS} arguments`);
  // null where Excel fills an omitted argument, undefined in the slots beyond the function's own.
  const omittedByExcel = Array.from({ length: MAX_ARGS - 1 }, (_, index) =>
    index + 1 < compute.length ? null : undefined,
  );
  const cache: Cache = { alone: new Map(), aloneNull: new Map(), buckets: new Map(), weight: 0, limit, omittedByExcel };
  const run = compute as (...slots: unknown[]) => R;
  const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10] = omittedByExcel;
  if (compute.length <= 3) {
    const short = (a0?: unknown, a1?: unknown, a2?: unknown): R => {
      const lone =
        a1 === undefined && a2 === undefined ? cache.alone : a1 === n1 && a2 === n2 ? cache.aloneNull : undefined;
      if (lone !== undefined) {
        const hit = lone.get(a0);
        if (hit !== undefined) {
          if (hit.ok) return hit.result as R;
          throw hit.result;
        }
      } else {
        const bucket = cache.buckets.get(a0);
        if (bucket !== undefined) {
          const hit = bucket.keyed !== undefined ? bucket.keyed.get(restKey([a1, a2])) : scanShort(bucket.scan, a1, a2);
          if (hit !== undefined) {
            if (hit.ok) return hit.result as R;
            throw hit.result;
          }
        }
      }
      // What is never stored is computed at once, without the slow path's copies of the arguments:
      // a column of long texts comes here on every recalculation (npm run bench, "long text").
      if (unstored(a0) || unstored(a1) || unstored(a2)) return run(a0, a1, a2);
      return computeAndStore(cache, run, [a0, a1, a2]);
    };
    return short as unknown as (...args: A) => R;
  }
  const cached = (
    a0?: unknown,
    a1?: unknown,
    a2?: unknown,
    a3?: unknown,
    a4?: unknown,
    a5?: unknown,
    a6?: unknown,
    a7?: unknown,
    a8?: unknown,
    a9?: unknown,
    a10?: unknown,
  ): R => {
    const lone =
      a1 === undefined &&
      a2 === undefined &&
      a3 === undefined &&
      a4 === undefined &&
      a5 === undefined &&
      a6 === undefined &&
      a7 === undefined &&
      a8 === undefined &&
      a9 === undefined &&
      a10 === undefined
        ? cache.alone
        : a1 === n1 &&
            a2 === n2 &&
            a3 === n3 &&
            a4 === n4 &&
            a5 === n5 &&
            a6 === n6 &&
            a7 === n7 &&
            a8 === n8 &&
            a9 === n9 &&
            a10 === n10
          ? cache.aloneNull
          : undefined;
    if (lone !== undefined) {
      const hit = lone.get(a0);
      if (hit !== undefined) {
        if (hit.ok) return hit.result as R;
        throw hit.result;
      }
      return computeAndStore(cache, run, [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10]);
    }
    const bucket = cache.buckets.get(a0);
    if (bucket !== undefined) {
      const hit =
        bucket.keyed !== undefined
          ? bucket.keyed.get(restKey([a1, a2, a3, a4, a5, a6, a7, a8, a9, a10]))
          : scan(bucket.scan, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
      if (hit !== undefined) {
        if (hit.ok) return hit.result as R;
        throw hit.result;
      }
    }
    return computeAndStore(cache, run, [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10]);
  };
  // The slots accept any argument list of up to MAX_ARGS, which `A` is (checked above).
  return cached as unknown as (...args: A) => R;
}
