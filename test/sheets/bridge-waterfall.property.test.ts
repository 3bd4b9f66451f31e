/**
 * The stacked-column waterfall draws every walk as it is. For random walks (any start, steps of
 * either sign, crossing zero several times) each step's bar covers exactly [min(level, next),
 * max(level, next)] in the step's colour and each total [0, total], with the chart modelled here as
 * Excel stacks a column, not as the thumbnail draws it.
 */
import fc from "fast-check";
import { BRIDGE_YEARS, buildBridgeSheet, waterfallRows } from "../../src/sheets/bridge-sheet";
import type { SheetSpec, WaterfallPart } from "../../src/sheets/spec";

type Kind = WaterfallPart | "base";

interface Segment {
  readonly lo: number;
  readonly hi: number;
  readonly kind: Kind;
}

/**
 * One category of a stacked column chart: positive values stack up from zero and negative values
 * down from zero, separately, each in series order, the invisible base included ("Stacked Column
 * Charts that Cross the X Axis", Jon Peltier, http://peltiertech.com/Excel/Charts/waterfallcrossing.html
 * and the pages it cites). Returns the visible segments, bottom to top.
 */
function stackedColumn(series: readonly { readonly value: number; readonly kind: Kind }[]): Segment[] {
  let top = 0;
  let bottom = 0;
  const segments: Segment[] = [];
  for (const { value, kind } of series) {
    if (value > 0) {
      segments.push({ lo: top, hi: top + value, kind });
      top += value;
    } else if (value < 0) {
      segments.push({ lo: bottom + value, hi: bottom, kind });
      bottom += value;
    }
  }
  return segments.filter((s) => s.kind !== "base").sort((a, b) => a.lo - b.lo);
}

/** The problem with a category's drawing, or undefined: one run of segments of one kind, exactly [lo, hi]. */
function drawingProblem(segments: readonly Segment[], lo: number, hi: number, kind: Kind): string | undefined {
  const drawn = segments.map((s) => `${s.kind} ${s.lo}..${s.hi}`).join(", ") || "nothing";
  const wanted = `${kind} ${lo}..${hi}`;
  if (lo === hi) return segments.length === 0 ? undefined : `drew ${drawn} for an empty step`;
  if (segments.some((s) => s.kind !== kind)) return `drew ${drawn}, wanted ${wanted}`;
  if (segments[0]?.lo !== lo || segments[segments.length - 1]?.hi !== hi) return `drew ${drawn}, wanted ${wanted}`;
  for (let i = 1; i < segments.length; i++)
    if (segments[i]?.lo !== segments[i - 1]?.hi) return `drew ${drawn} (not one bar), wanted ${wanted}`;
  return undefined;
}

/** Every category of a walk (start, steps, end) against the stacked segments of its categories. */
function walkProblems(walk: readonly number[], categories: readonly Segment[][]): string[] {
  const problems: string[] = [];
  let level = 0;
  walk.forEach((value, i) => {
    const segments = categories[i] ?? [];
    let problem: string | undefined;
    if (i === 0 || i === walk.length - 1) {
      problem = drawingProblem(segments, Math.min(0, value), Math.max(0, value), "total");
      level = value;
    } else {
      const next = level + value;
      problem = drawingProblem(segments, Math.min(level, next), Math.max(level, next), value > 0 ? "up" : "down");
      level = next;
    }
    if (problem !== undefined) problems.push(`category ${i} (${value}): ${problem}`);
  });
  return problems;
}

/** Levels → the bridge's walk: the start, each change, the end (which equals the last level). */
function walkOf(levels: readonly number[]): number[] {
  const first = levels[0] ?? 0;
  const last = levels[levels.length - 1] ?? 0;
  return [first, ...levels.slice(1).map((level, i) => level - (levels[i] ?? 0)), last];
}

function crossings(levels: readonly number[]): number {
  return levels.slice(1).filter((level, i) => Math.sign(level) * Math.sign(levels[i] ?? 0) < 0).length;
}

// Small levels cross zero often; large ones check the sums stay exact in whole M$.
const levelsArb = fc.oneof(
  fc.array(fc.integer({ min: -60, max: 60 }), { minLength: 1, maxLength: 14 }),
  fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { minLength: 1, maxLength: 10 }),
  // Sign alternating at every step: a zero crossing per step.
  fc
    .array(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 12 })
    .map((sizes) => sizes.map((size, i) => (i % 2 === 0 ? -size : size))),
);

describe("waterfallRows, stacked as Excel stacks a column", () => {
  it("draws each step as [min(level, next), max(level, next)] in its colour and each total as [0, total]", () => {
    let manyCrossings = 0;
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const walk = walkOf(levels);
        const rows = waterfallRows(walk.map((value) => ({ value })));
        // The chart's series order (bridge-sheet.ts's parts, after the base).
        const order: [readonly number[], Kind][] = [
          [rows.base, "base"],
          [rows.total, "total"],
          [rows.up, "up"],
          [rows.upBelow, "up"],
          [rows.down, "down"],
          [rows.downBelow, "down"],
        ];
        const categories = walk.map((_, i) =>
          stackedColumn(order.map(([row, kind]) => ({ value: row[i] ?? 0, kind }))),
        );
        if (crossings(levels) >= 2) manyCrossings++;
        expect(walkProblems(walk, categories)).toEqual([]);
      }),
      { numRuns: 1_000, seed: 20260301 },
    );
    // The walks did cross zero several times, often.
    expect(manyCrossings).toBeGreaterThan(200);
  });

  it.each([
    ["both ≥ 0, up", 100, 50, [100, 0, 50, 0, 0, 0]],
    ["both ≥ 0, down", 300, -100, [200, 0, 0, 0, 100, 0]],
    ["crossing up", -100, 300, [0, 0, 200, -100, 0, 0]],
    ["crossing down", 200, -300, [0, 0, 0, 0, 200, -100]],
    ["both ≤ 0, up", -300, 100, [-200, 0, 0, -100, 0, 0]],
    ["both ≤ 0, down", -100, -200, [-100, 0, 0, 0, 0, -200]],
    ["up to zero", -100, 100, [0, 0, 0, -100, 0, 0]],
    ["down to zero", 100, -100, [0, 0, 0, 0, 100, 0]],
    ["a zero step", 100, 0, [100, 0, 0, 0, 0, 0]],
  ])("%s (start %d, step %d) → base, total, up, up below zero, down, down below zero", (_, start, step, expected) => {
    const rows = waterfallRows([{ value: start }, { value: step }, { value: start + step }]);
    const column = (i: number): number[] =>
      [rows.base, rows.total, rows.up, rows.upBelow, rows.down, rows.downBelow].map((row) => row[i] ?? NaN);
    expect(column(0)).toEqual([0, start, 0, 0, 0, 0]);
    expect(column(1)).toEqual(expected);
    expect(column(2)).toEqual([0, start + step, 0, 0, 0, 0]);
    // An empty part is written as 0, never −0 (which toEqual would not tell apart).
    expect([0, 1, 2].flatMap(column).filter((v) => Object.is(v, -0))).toEqual([]);
  });
});

/** The chart's series as the writer adds them: the base, then the spec's parts in order. */
function specCategories(spec: SheetSpec): { walk: number[]; categories: Segment[][] } {
  const chart = spec.charts[0];
  const wf = chart?.waterfall;
  const walkRow = chart?.series[0]?.row;
  if (chart === undefined || wf === undefined || walkRow === undefined) throw new Error("no waterfall");
  const at = (row: number, col: number): number => {
    const cell = spec.cells[row]?.[col];
    if (typeof cell !== "number") throw new Error(`cell ${row},${col} is not a number`);
    return cell;
  };
  const walk: number[] = [];
  const categories: Segment[][] = [];
  for (let col = chart.firstCol; col <= chart.lastCol; col++) {
    walk.push(at(walkRow, col));
    const series = [{ row: wf.base.row, kind: "base" as Kind }, ...wf.parts.map((p) => ({ row: p.row, kind: p.part }))];
    categories.push(stackedColumn(series.map(({ row, kind }) => ({ value: at(row, col), kind }))));
  }
  return { walk, categories };
}

describe("the bridge sheet's chart data, stacked in the chart's series order", () => {
  const pairs = BRIDGE_YEARS.flatMap((from) => BRIDGE_YEARS.filter((to) => to > from).map((to) => ({ from, to })));

  it.each(pairs)("draws the walk $from → $to as it is", ({ from, to }) => {
    for (const lang of ["en", "fr"] as const) {
      const { walk, categories } = specCategories(buildBridgeSheet({ lang, live: false, from, to }));
      expect(walk.length).toBeGreaterThanOrEqual(8);
      expect(walkProblems(walk, categories)).toEqual([]);
    }
  });

  it("the pairs starting in 2022 cross zero: North America's bar is −2,722 → 29,744 for 2022 → 2025", () => {
    const { categories } = specCategories(buildBridgeSheet({ lang: "en", live: false, from: 2022, to: 2025 }));
    expect(categories[1]).toEqual([
      { lo: -2_722, hi: 0, kind: "up" },
      { lo: 0, hi: 29_744, kind: "up" },
    ]);
  });
});
