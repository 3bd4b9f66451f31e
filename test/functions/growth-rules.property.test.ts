/**
 * GROWTH follows one table of rules for every period kind (PRODUCT.md, GROWTH and "Quarters"),
 * called as Excel calls it (answers.ts) and through core. The rules are written here from
 * PRODUCT.md, not imported from the engine, so a second engine that drifts (or the one engine
 * changing a rule) fails this test:
 * - a ratio (a margin): "total" is to − from, its change in points; "cagr" is #VALUE!;
 * - any other metric: "total" is to / from − 1, "cagr" is (to / from)^(1 / years) − 1 (years apart,
 *   a quarter being a quarter of a year; #VALUE! across a change of sign);
 * - "multiple" is to / from for every kind of metric and every kind of period;
 * - every quotient needs a positive start (#VALUE! from zero or a negative base);
 * - "reported" is the rate the report prints, between consecutive years on the report's basis only:
 *   #N/A where the report prints none, #VALUE! for quarters, LTM periods, non-consecutive years and
 *   the filings' basis;
 * - both figures come from one basis: a named one, or the report when it has both, else the filings;
 * - from must be before to, and of the same kind (#VALUE!).
 * The figures themselves are read with METRIC, in the stored unit of their basis (B for the
 * report, M for the filings: identity conversions, so quotients match to the last bit).
 */
import fc from "fast-check";
import { type MetricId, type ReportClaim, METRICS, REPORT_CLAIMS } from "../../src/data/index";
import * as functions from "../../src/functions/answers";
import * as core from "../../src/core/figures";
import { quartersOf, yearsOf } from "../../src/core/dataset";
import { checkAmznError } from "../core/arbitraries";

type Basis = "report" | "filings";
type Method = "total" | "cagr" | "multiple" | "reported";
type Kind = "year" | "quarter" | "ltm";

/** A period as the engine-independent oracle sees it: its kind, its place in time, its text. */
interface Period {
  readonly kind: Kind;
  readonly year: number;
  readonly quarter?: number;
  /** The canonical text ("2024", "2025Q1", "LTM 2025Q4"). */
  readonly text: string;
}

/** What GROWTH must answer: a number, or an error code. */
type Expected = { readonly value: number; readonly exact: boolean } | { readonly error: "#VALUE!" | "#N/A" };

const METRIC_IDS = Object.keys(METRICS) as MetricId[];
const METHODS: readonly Method[] = ["total", "cagr", "multiple", "reported"];
const BASES: readonly (Basis | undefined)[] = ["report", "filings", undefined];
const UNIT: Readonly<Record<Basis, string>> = { report: "B", filings: "M" };

function ordinal(p: Period): number {
  return p.quarter === undefined ? p.year : p.year * 4 + p.quarter - 1;
}

/** METRIC's figure in the basis's stored unit, or undefined when that basis lacks it. */
function figure(metric: MetricId, period: Period, basis: Basis): number | undefined {
  try {
    const value = functions.metric(metric, period.text, UNIT[basis], basis);
    if (typeof value !== "number") throw new Error("METRIC returned a card outside Excel");
    return value;
  } catch (error) {
    if ((error as { code?: string }).code === "#N/A") return undefined;
    throw error;
  }
}

/** Every period of each kind that either basis has for the metric (LTM: where METRIC answers). */
function periodsOf(metric: MetricId): Readonly<Record<Kind, readonly Period[]>> {
  const years = new Set<number>([...yearsOf("report", metric), ...yearsOf("filings", metric)]);
  const quarters = quartersOf("filings", metric).map((r): Period => ({
    kind: "quarter",
    year: r.year,
    quarter: r.quarter,
    text: `${r.year}Q${r.quarter}`,
  }));
  const ltm = quarters
    .map((q): Period => ({ ...q, kind: "ltm", text: `LTM ${q.text}` }))
    .filter((p) => figure(metric, p, "filings") !== undefined);
  return {
    year: [...years].sort((a, b) => a - b).map((y): Period => ({ kind: "year", year: y, text: String(y) })),
    quarter: quarters,
    ltm,
  };
}

/** The rule table, applied to two figures of one basis. */
function rule(metric: MetricId, method: Exclude<Method, "reported">, a: number, b: number, years: number): Expected {
  const ratio = METRICS[metric].kind === "ratio";
  if (ratio && method === "total") return { value: b - a, exact: true };
  if (ratio && method === "cagr") return { error: "#VALUE!" };
  if (!(a > 0)) return { error: "#VALUE!" };
  if (method === "multiple") return { value: b / a, exact: true };
  if (method === "total") return { value: b / a - 1, exact: true };
  if (b / a < 0) return { error: "#VALUE!" };
  return { value: (b / a) ** (1 / years) - 1, exact: false };
}

function expected(metric: MetricId, from: Period, to: Period, method: Method, basis: Basis | undefined): Expected {
  if (from.kind !== to.kind || ordinal(from) >= ordinal(to)) return { error: "#VALUE!" };
  if (method === "reported") {
    if (from.kind !== "year" || to.year - from.year !== 1 || basis === "filings") return { error: "#VALUE!" };
    const claim = REPORT_CLAIMS.find(
      (c): c is Extract<ReportClaim, { kind: "growth" }> =>
        c.kind === "growth" && c.metric === metric && c.from === from.year && c.to === to.year,
    );
    return claim === undefined ? { error: "#N/A" } : { value: claim.value, exact: true };
  }
  // A ratio's CAGR means nothing whatever figures exist.
  if (METRICS[metric].kind === "ratio" && method === "cagr") return { error: "#VALUE!" };
  const years = from.kind === "year" ? to.year - from.year : (ordinal(to) - ordinal(from)) / 4;
  for (const b of basis === undefined ? (["report", "filings"] as const) : [basis]) {
    const start = figure(metric, from, b);
    const end = figure(metric, to, b);
    if (start !== undefined && end !== undefined) return rule(metric, method, start, end, years);
  }
  return { error: "#N/A" };
}

const CORE_KIND = { "#VALUE!": "value", "#N/A": "na" } as const;

/** GROWTH through answers.ts and through core must both give `want`. */
function checkGrowth(
  metric: MetricId,
  fromArg: number | string,
  toArg: number | string,
  methodArg: string | undefined,
  basis: Basis | undefined,
  want: Expected,
): void {
  const where = `GROWTH("${metric}", ${JSON.stringify(fromArg)}, ${JSON.stringify(toArg)}, ${JSON.stringify(methodArg)}, ${JSON.stringify(basis)})`;
  let excel: unknown;
  try {
    excel = functions.growth(metric, fromArg, toArg, methodArg, basis);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ("error" in want && code === want.error) {
      if ((error as Error).message.trim() === "") throw new Error(`${where}: ${code} without a message`);
    } else {
      throw new Error(`${where}: expected ${JSON.stringify(want)}, Excel got ${code}: ${(error as Error).message}`);
    }
  }
  let inCore: unknown;
  try {
    inCore = core.growth(metric, fromArg, toArg, methodArg, basis);
  } catch (error) {
    const kind = checkAmznError(error).kind;
    if (!("error" in want) || kind !== CORE_KIND[want.error]) {
      throw new Error(`${where}: expected ${JSON.stringify(want)}, core threw ${kind}: ${String(error)}`);
    }
  }
  if ("error" in want) {
    if (excel !== undefined || inCore !== undefined) {
      throw new Error(`${where}: expected ${want.error}, got ${String(excel)} / ${String(inCore)}`);
    }
    return;
  }
  for (const [path, got] of [
    ["Excel", excel],
    ["core", inCore],
  ] as const) {
    if (typeof got !== "number") throw new Error(`${where}: ${path} returned ${String(got)}`);
    const close = want.exact
      ? Object.is(got, want.value)
      : Math.abs(got - want.value) <= 1e-12 * Math.max(1, Math.abs(want.value));
    if (!close) throw new Error(`${where}: ${path} gave ${got}, the rule gives ${want.value}`);
  }
}

interface Case {
  readonly metric: MetricId;
  readonly from: Period;
  readonly to: Period;
  readonly method: Method;
  readonly basis: Basis | undefined;
}

/** Every metric, method and basis, with every ordered pair of periods of each kind it has. */
const CASES: readonly Case[] = METRIC_IDS.flatMap((metric) => {
  const periods = periodsOf(metric);
  const pairs = (["year", "quarter", "ltm"] as const).flatMap((kind) =>
    periods[kind].flatMap((from) => periods[kind].map((to) => [from, to] as const)),
  );
  return pairs.flatMap(([from, to]) =>
    METHODS.flatMap((method) => BASES.map((basis): Case => ({ metric, from, to, method, basis }))),
  );
});

/** The other ways a user types a period or a method; the answer must not change. */
function spellings(p: Period): (number | string)[] {
  if (p.kind === "year") return [p.year, String(p.year), `FY${p.year}`];
  const quarter = `${p.year}Q${p.quarter ?? 0}`;
  const forms = [
    quarter,
    `Q${p.quarter ?? 0} ${p.year}`,
    `T${p.quarter ?? 0} ${p.year}`,
    `${p.year}-Q${p.quarter ?? 0}`,
  ];
  return p.kind === "ltm" ? [`LTM ${quarter}`, `TTM ${quarter}`, `ltm Q${p.quarter ?? 0} ${p.year}`] : forms;
}

const METHOD_SPELLINGS: Readonly<Record<Method, readonly (string | undefined)[]>> = {
  total: ["total", undefined, "croissance"],
  cagr: ["cagr", "tcam", "TCAM"],
  multiple: ["multiple", "fois"],
  reported: ["reported", "rapporté"],
};

describe("GROWTH follows one rule table for years, quarters and LTM periods", () => {
  it("covers every kind of period and every kind of metric it has (no LTM of a per-share figure)", () => {
    const kinds = new Set(CASES.map((c) => `${c.from.kind}/${METRICS[c.metric].kind}`));
    expect([...kinds].sort()).toEqual([
      "ltm/money",
      "ltm/ratio",
      "quarter/money",
      "quarter/per_share",
      "quarter/ratio",
      "year/count",
      "year/money",
      "year/per_share",
      "year/ratio",
    ]);
    expect(CASES.length).toBeGreaterThan(10_000);
  });

  it("for every metric, method, basis and pair of periods of each kind the dataset has", () => {
    // Every breach is collected, one example per kind of period, kind of metric and method, so a
    // failure shows each rule broken rather than the first case only.
    const breaches = new Map<string, string>();
    let count = 0;
    for (const c of CASES) {
      try {
        checkGrowth(
          c.metric,
          c.from.text,
          c.to.text,
          c.method,
          c.basis,
          expected(c.metric, c.from, c.to, c.method, c.basis),
        );
      } catch (error) {
        count += 1;
        const key = `${c.from.kind} ${METRICS[c.metric].kind} ${c.method}`;
        if (!breaches.has(key)) breaches.set(key, `${key}: ${(error as Error).message}`);
      }
    }
    expect({ count, breaches: [...breaches.values()] }).toEqual({ count: 0, breaches: [] });
  });

  it("whatever the spelling of the periods and the method, and across kinds", () => {
    const byMetric = new Map(METRIC_IDS.map((m) => [m, periodsOf(m)] as const));
    const anyCase = fc
      .record({
        c: fc.constantFrom(...CASES),
        crossKind: fc.boolean(),
        fromForm: fc.nat(),
        toForm: fc.nat(),
        methodForm: fc.nat(),
        other: fc.nat(),
      })
      .map(({ c, crossKind, fromForm, toForm, methodForm, other }) => {
        // Now and then, the end of another kind of period: always #VALUE!.
        const all = byMetric.get(c.metric);
        const others = all === undefined ? [] : (["year", "quarter", "ltm"] as const).filter((k) => k !== c.from.kind);
        const otherKind = others[other % Math.max(1, others.length)];
        const pool = otherKind === undefined || all === undefined ? [] : all[otherKind];
        const to = crossKind && pool.length > 0 ? (pool[other % pool.length] ?? c.to) : c.to;
        const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
        return {
          ...c,
          to,
          fromArg: pick(spellings(c.from), fromForm),
          toArg: pick(spellings(to), toForm),
          methodArg: pick(METHOD_SPELLINGS[c.method], methodForm),
        };
      });
    fc.assert(
      fc.property(anyCase, (c) => {
        checkGrowth(
          c.metric,
          c.fromArg,
          c.toArg,
          c.methodArg,
          c.basis,
          expected(c.metric, c.from, c.to, c.method, c.basis),
        );
      }),
      { numRuns: 3_000 },
    );
  });
});
