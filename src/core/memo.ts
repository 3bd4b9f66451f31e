/**
 * Result caches for the custom functions. The dataset is embedded and immutable, so a function's
 * result depends on its arguments alone, and Excel recalculates the same calls again and again
 * (every open, every dependent edit). A repeated call is answered with one Map lookup on its first
 * argument and a short scan of the few argument lists seen with it (compared with SameValueZero,
 * as Map keys are): no key string is built, nothing is allocated. Failures are cached too, as the
 * AmznError to throw again.
 *
 * Only scalar arguments are cached: a range argument (a matrix) bypasses the cache. The cache is
 * bounded (`limit` entries in all): past it, it starts afresh, so memory stays flat.
 */
interface Entry {
  readonly rest: readonly unknown[];
  readonly ok: boolean;
  readonly result: unknown;
}

function isScalar(value: unknown): boolean {
  return typeof value !== "object" || value === null;
}

/** SameValueZero: NaN equals NaN, as for Map keys. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/** Rows of a cached spill are frozen: every caller shares them, none may change them. */
function freezeResult<R>(result: R): R {
  if (Array.isArray(result)) {
    for (const row of result) if (Array.isArray(row)) Object.freeze(row);
    Object.freeze(result);
  }
  return result;
}

export function memoize<A extends unknown[], R>(compute: (...args: A) => R, limit = 50_000): (...args: A) => R {
  let buckets = new Map<unknown, Entry[]>();
  let size = 0;
  return (...args: A): R => {
    const length = args.length;
    for (let i = 0; i < length; i++) if (!isScalar(args[i])) return compute(...args);
    const bucket = buckets.get(args[0]);
    if (bucket !== undefined) {
      search: for (let e = 0; e < bucket.length; e++) {
        const entry = bucket[e] as Entry;
        const rest = entry.rest;
        if (rest.length !== length - 1) continue;
        for (let i = 1; i < length; i++) if (!same(rest[i - 1], args[i])) continue search;
        if (entry.ok) return entry.result as R;
        throw entry.result;
      }
    }
    let entry: Entry;
    try {
      entry = { rest: args.slice(1), ok: true, result: freezeResult(compute(...args)) };
    } catch (error) {
      entry = { rest: args.slice(1), ok: false, result: error };
    }
    if (size >= limit) {
      buckets = new Map();
      size = 0;
    }
    size++;
    const target = buckets.get(args[0]);
    if (target === undefined) buckets.set(args[0], [entry]);
    else target.push(entry);
    if (entry.ok) return entry.result as R;
    throw entry.result;
  };
}
