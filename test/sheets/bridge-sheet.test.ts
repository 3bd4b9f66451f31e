/** The bridge card's sheet spec: its table, the sentence, the waterfall rows and the thumbnail drawn from them. */
import { buildBridgeSheet, waterfallRows } from "../../src/sheets/bridge-sheet";
import { chartThumbnail } from "../../src/sheets/thumbnail";
import { buildBridge } from "../../src/core/figures";
import { parsePeriod } from "../../src/core/dataset";
import { expectRectangularSpec } from "./helpers";

describe("buildBridgeSheet", () => {
  it.each(["en", "fr"] as const)(
    "is rectangular, one waterfall chart, live is one AMZN.BRIDGE formula (%s)",
    (lang) => {
      const fixed = buildBridgeSheet({ lang, live: false });
      const live = buildBridgeSheet({ lang, live: true });
      expectRectangularSpec(fixed);
      expectRectangularSpec(live);
      expect(fixed.charts.map((c) => c.kind)).toEqual(["waterfall"]);
      expect(live.cells[3]?.[0]).toBe(`=AMZN.BRIDGE("net_income",2023,2025,"M","${lang}")`);
      expect(live.cells.flat().filter((c) => typeof c === "string" && c.startsWith("="))).toHaveLength(1);
      expect(fixed.cells[3]?.[1]).toBe(30_425);
      expect(fixed.cells[10]?.[1]).toBe(77_670);
    },
  );

  it("the stacked rows rebuild the walk: each bar floats on its base, and the levels end at the end figure", () => {
    const steps = buildBridge("net_income", parsePeriod(2023, "filings"), parsePeriod(2025, "filings")).steps;
    const { base, total, up, down } = waterfallRows(steps);
    let level = 0;
    steps.forEach((s, i) => {
      if (i === 0 || i === steps.length - 1) {
        expect(total[i]).toBe(s.value);
        expect(base[i]).toBe(0);
        level = s.value;
        return;
      }
      expect((up[i] ?? 0) - (down[i] ?? 0)).toBe(s.value);
      expect(base[i]).toBe(Math.min(level, level + s.value));
      level += s.value;
    });
    expect(level).toBe(77_670);
  });

  it("its thumbnail draws one bar per step from the same rows", () => {
    const spec = buildBridgeSheet({ lang: "en", live: false, from: 2024, to: 2025 });
    const chart = spec.charts[0];
    if (chart === undefined) throw new Error("no chart");
    const thumb = chartThumbnail(spec, chart);
    expect(thumb.nodes.filter((n) => n.tag === "rect")).toHaveLength(8);
    expect(thumb.description).toBe("waterfall: Net income 2024 → Net income 2025");
  });

  it("years without components are refused, never guessed", () => {
    expect(() => buildBridgeSheet({ lang: "en", live: false, from: 2021, to: 2025 })).toThrow(/2021/);
  });
});
