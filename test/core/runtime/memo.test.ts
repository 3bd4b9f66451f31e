import { memoize } from "../../../src/core/runtime";
import { AmznError, malformed } from "../../../src/core/runtime";

describe("memoize", () => {
  it("computes a repeated call once, distinguishing every argument", () => {
    const compute = jest.fn((a: unknown, b?: unknown) => `${String(a)}|${String(b)}`);
    const cached = memoize(compute);
    expect(cached(2024, "M")).toBe("2024|M");
    expect(cached(2024, "M")).toBe("2024|M");
    expect(cached(2024, undefined)).toBe("2024|undefined");
    expect(cached(2024, null)).toBe("2024|null");
    expect(cached("2024", "M")).toBe("2024|M");
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it("treats NaN as one key and keeps 0 apart from '0'", () => {
    const compute = jest.fn((a: unknown) => typeof a);
    const cached = memoize(compute);
    cached(Number.NaN);
    cached(Number.NaN);
    cached(0);
    cached("0");
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("caches failures and throws the same error again", () => {
    const compute = jest.fn((_a: unknown): number => {
      throw malformed("bad", "mauvais");
    });
    const cached = memoize(compute);
    let first: unknown;
    try {
      cached("x");
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(AmznError);
    expect(() => cached("x")).toThrow(first as Error);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("never caches range arguments", () => {
    const compute = jest.fn((range: unknown) => JSON.stringify(range));
    const cached = memoize(compute);
    const row = [1, 2];
    const range = [row];
    cached(range);
    row[0] = 5;
    expect(cached(range)).toBe("[[5,2]]");
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("freezes cached spills so no caller can change another's result", () => {
    const cached = memoize((_id: unknown) => [["a", 1]]);
    const spill = cached("x");
    expect(Object.isFrozen(spill)).toBe(true);
    expect(Object.isFrozen(spill[0])).toBe(true);
  });

  it("starts afresh past its limit, so memory stays bounded", () => {
    const compute = jest.fn((a: unknown) => a);
    const cached = memoize(compute, 3);
    for (const value of [1, 2, 3]) cached(value);
    cached(4); // over the limit: the cache is cleared, 4 is kept
    cached(1);
    expect(compute).toHaveBeenCalledTimes(5);
    cached(4);
    expect(compute).toHaveBeenCalledTimes(5);
  });
});

describe("memoize with many argument lists for one first argument", () => {
  it("stays exact past the scan limit (keyed by the other arguments)", () => {
    const compute = jest.fn(
      (caseName: unknown, capex: unknown, label?: unknown) => `${String(caseName)}:${String(capex)}:${String(label)}`,
    );
    const cached = memoize(compute);
    for (let capex = 0; capex < 100; capex++) cached("base", capex);
    expect(compute).toHaveBeenCalledTimes(100);
    for (let capex = 0; capex < 100; capex++) expect(cached("base", capex)).toBe(`base:${capex}:undefined`);
    expect(compute).toHaveBeenCalledTimes(100);
    // Type and NaN distinctions survive the keyed form.
    expect(cached("base", "1")).toBe("base:1:undefined");
    expect(cached("base", Number.NaN)).toBe("base:NaN:undefined");
    expect(cached("base", Number.NaN)).toBe("base:NaN:undefined");
    expect(cached("base", null)).toBe("base:null:undefined");
    expect(cached("base", 1, "x")).toBe("base:1:x");
    expect(compute).toHaveBeenCalledTimes(104);
  });
});

describe("memoize's calls that give the first argument alone (a Map of their own)", () => {
  it("keeps them apart from the same first argument with others, for short and long argument lists", () => {
    const short = jest.fn((a: unknown, b?: unknown, c?: unknown) => [a, b, c].map(String).join("|"));
    const cachedShort = memoize(short);
    const calls: [unknown, unknown?, unknown?][] = [[2024], [2024, "M"], [2024, null], [2024, undefined, "x"]];
    for (const call of [...calls, ...calls]) expect(cachedShort(...call)).toBe(short(...call));
    expect(short).toHaveBeenCalledTimes(4 + 8); // 4 computed by the cache, 8 by the expectations
    const long = jest.fn((a: unknown, b?: unknown, c?: unknown, d?: unknown) => [a, b, c, d].map(String).join("|"));
    const cachedLong = memoize(long);
    expect(cachedLong("base")).toBe("base|undefined|undefined|undefined");
    expect(cachedLong("base", undefined, undefined, 30)).toBe("base|undefined|undefined|30");
    expect(cachedLong("base")).toBe("base|undefined|undefined|undefined");
    expect(cachedLong("base", null)).toBe("base|null|undefined|undefined");
    expect(long).toHaveBeenCalledTimes(3);
  });

  it("answers Excel's form of the same call (omitted arguments null) from a Map of its own", () => {
    // Excel passes an omitted optional argument as null (custom-functions-parameter-options).
    const compute = jest.fn((a: unknown, b?: unknown, c?: unknown) => [a, b, c].map(String).join("|"));
    const cached = memoize(compute);
    expect(cached(2024, null, null)).toBe("2024|null|null");
    expect(cached(2024, null, null)).toBe("2024|null|null");
    expect(compute).toHaveBeenCalledTimes(1);
    // Kept apart from the JavaScript form and from mixed forms.
    expect(cached(2024)).toBe("2024|undefined|undefined");
    expect(cached(2024, null)).toBe("2024|null|undefined");
    expect(cached(2024, undefined, null)).toBe("2024|undefined|null");
    expect(compute).toHaveBeenCalledTimes(4);
    // A function of two arguments: Excel fills its one optional slot; the third is never passed.
    const two = jest.fn((a: unknown, b?: unknown) => `${String(a)}|${String(b)}`);
    const cachedTwo = memoize(two);
    cachedTwo("x", null);
    cachedTwo("x", null);
    expect(two).toHaveBeenCalledTimes(1);
    // Eleven slots, as CAPEX_SCENARIO: ten nulls after the case.
    const long = jest.fn((...args: unknown[]) => args.length);
    const eleven = memoize(
      (
        a: unknown,
        b: unknown,
        c: unknown,
        d: unknown,
        e: unknown,
        f: unknown,
        g: unknown,
        h: unknown,
        i: unknown,
        j: unknown,
        k: unknown,
      ) => long(a, b, c, d, e, f, g, h, i, j, k),
    );
    eleven("bull", null, null, null, null, null, null, null, null, null, null);
    eleven("bull", null, null, null, null, null, null, null, null, null, null);
    eleven(
      "bull",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    );
    expect(long).toHaveBeenCalledTimes(2);
  });

  it("caches a failure there too, and clears both maps when the cache starts afresh", () => {
    const compute = jest.fn((a: unknown, b?: unknown): string => {
      if (a === "bad") throw malformed("bad", "mauvais");
      return `${String(a)}|${String(b)}`;
    });
    const cached = memoize(compute, 3);
    expect(() => cached("bad")).toThrow(AmznError);
    expect(() => cached("bad")).toThrow(AmznError);
    expect(compute).toHaveBeenCalledTimes(1);
    cached("a", "x"); // a bucket entry: weight 2
    cached("a"); // weight 3
    cached("b"); // over the limit: every map starts afresh, "b" alone is kept
    expect(compute).toHaveBeenCalledTimes(4);
    expect(() => cached("bad")).toThrow(AmznError);
    cached("a", "x");
    cached("b");
    expect(compute).toHaveBeenCalledTimes(6);
    // Excel's form (null), in its own Map, is cleared alike.
    for (const id of ["c", "d", "e"]) cached(id, null); // "c" starts afresh (the cache held 3), then 3
    cached("c", null);
    expect(compute).toHaveBeenCalledTimes(9);
    cached("f", null); // over the limit: afresh, "f" alone is kept
    cached("f", null);
    cached("c", null);
    expect(compute).toHaveBeenCalledTimes(11);
  });
});

describe("memoize's memory bound", () => {
  it("counts the cells of cached spills, so large spills start the cache afresh sooner", () => {
    const compute = jest.fn((n: unknown) => Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => n)));
    const cached = memoize(compute, 250); // each entry weighs 1 + 100 cells
    cached(1);
    cached(2); // 202 so far
    cached(3); // would exceed 250: the cache starts afresh with 3 alone
    cached(3);
    expect(compute).toHaveBeenCalledTimes(3);
    cached(1);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});

describe("memoize for functions of more than three arguments", () => {
  it("tells argument lists apart in every slot, scanned or keyed", () => {
    const compute = jest.fn((a: unknown, b: unknown, c: unknown, d: unknown, e?: unknown) => [a, b, c, d, e].join("|"));
    const cached = memoize(compute);
    for (let i = 0; i < 20; i++) cached("x", 1, 2, 3, i);
    for (let i = 0; i < 20; i++) expect(cached("x", 1, 2, 3, i)).toBe(`x|1|2|3|${i}`);
    expect(cached("x", 1, 2, "3", 0)).toBe("x|1|2|3|0");
    expect(compute).toHaveBeenCalledTimes(21);
  });

  it("bypasses the cache for a range in any slot", () => {
    const compute = jest.fn((a: unknown, b: unknown, c: unknown, d: unknown) => JSON.stringify([a, b, c, d]));
    const cached = memoize(compute);
    cached("x", 1, 2, [[3]]);
    cached("x", 1, 2, [[3]]);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe("memoize with object results (number values, cached per argument tuple and language)", () => {
  it("keys on every argument, the language included, and freezes what it shares", () => {
    let calls = 0;
    const card = memoize((metric: unknown, lang: unknown) => {
      calls += 1;
      return { basicValue: 638, properties: { Label: { basicValue: `${String(metric)} ${String(lang)}` } } };
    });
    const english = card("revenue", "en");
    const french = card("revenue", "fr");
    expect(english.properties.Label.basicValue).toBe("revenue en");
    expect(french.properties.Label.basicValue).toBe("revenue fr");
    expect(card("revenue", "en")).toBe(english);
    expect(calls).toBe(2);
    expect(Object.isFrozen(english)).toBe(true);
    expect(Object.isFrozen(english.properties.Label)).toBe(true);
  });
});

describe("memoize and long text arguments", () => {
  /** 1,500 distinct texts of 16,400 characters (longer than V8 hashes by content), differing at the end. */
  const longTexts = Array.from({ length: 1_500 }, (_, index) => `${"x".repeat(16_400)}${index}`);

  it("does not store a call whose argument is a long text: computed again, nothing kept", () => {
    const compute = jest.fn((text: string) => text.length);
    const cached = memoize(compute);
    for (const text of longTexts) cached(text);
    for (const text of longTexts) expect(cached(text)).toBe(text.length);
    expect(compute).toHaveBeenCalledTimes(2 * longTexts.length);
  });

  it("keeps the cache as it was: a small cache is not flushed by 1,500 long texts", () => {
    const compute = jest.fn((text: string, unit?: string) => `${text.length}${unit ?? ""}`);
    // Room for a handful of entries: had the long texts been stored, the cache would have started afresh.
    const cached = memoize(compute, 10);
    cached("revenue", "B");
    for (const text of longTexts) cached(text, "B");
    compute.mockClear();
    cached("revenue", "B");
    expect(compute).not.toHaveBeenCalled();
  });

  it("still stores text up to the limit, and long text in later arguments is not stored either", () => {
    const compute = jest.fn((a: string, b?: string) => a.length + (b?.length ?? 0));
    const cached = memoize(compute);
    const limit = "y".repeat(256);
    cached(limit);
    cached(limit);
    expect(compute).toHaveBeenCalledTimes(1);
    const long = "z".repeat(257);
    cached("revenue", long);
    cached("revenue", long);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
