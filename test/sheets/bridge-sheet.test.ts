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
    const { base, total, up, upBelow, down, downBelow } = waterfallRows(steps);
    let level = 0;
    steps.forEach((s, i) => {
      if (i === 0 || i === steps.length - 1) {
        expect(total[i]).toBe(s.value);
        expect(base[i]).toBe(0);
        level = s.value;
        return;
      }
      // This walk stays above zero: nothing below it, each bar on the lower of its two levels.
      expect([upBelow[i], downBelow[i]]).toEqual([0, 0]);
      expect((up[i] ?? 0) - (down[i] ?? 0)).toBe(s.value);
      expect(base[i]).toBe(Math.min(level, level + s.value));
      level += s.value;
    });
    expect(level).toBe(77_670);
  });

  it("labels each chart-data row in the sheet's language, and names each series after its row", () => {
    for (const lang of ["en", "fr"] as const) {
      const spec = buildBridgeSheet({ lang, live: false, from: 2022, to: 2025 });
      const wf = spec.charts[0]?.waterfall;
      if (wf === undefined) throw new Error("no waterfall");
      const series = [wf.base, ...wf.parts];
      expect(series.map((s) => spec.cells[s.row]?.[0])).toEqual(series.map((s) => s.name));
      expect(wf.parts.map((p) => p.part)).toEqual(["total", "up", "up", "down", "down"]);
      expect(series.map((s) => s.name)).toEqual(
        lang === "en"
          ? [
              "Base (invisible)",
              "Net income",
              "Increase, above zero",
              "Increase, below zero",
              "Decrease, above zero",
              "Decrease, below zero",
            ]
          : [
              "Base (invisible)",
              "Résultat net",
              "Hausse, au-dessus de zéro",
              "Hausse, sous zéro",
              "Baisse, au-dessus de zéro",
              "Baisse, sous zéro",
            ],
      );
    }
  });

  it("its thumbnail draws one bar per step from the same rows", () => {
    const spec = buildBridgeSheet({ lang: "en", live: false, from: 2024, to: 2025 });
    const chart = spec.charts[0];
    if (chart === undefined) throw new Error("no chart");
    const thumb = chartThumbnail(spec, chart);
    expect(thumb.nodes.filter((n) => n.tag === "rect")).toHaveLength(8);
    expect(thumb.description).toBe("waterfall: Net income 2024 → Net income 2025");
  });

  it("its thumbnail draws a step crossing zero as the stacked chart does: two increase segments meeting at the axis", () => {
    // 2022 → 2025: North America takes net income from −2,722 to 29,744.
    const spec = buildBridgeSheet({ lang: "en", live: false, from: 2022, to: 2025 });
    const chart = spec.charts[0];
    if (chart === undefined) throw new Error("no chart");
    const thumb = chartThumbnail(spec, chart);
    const rects = thumb.nodes.filter((n) => n.tag === "rect");
    expect(rects).toHaveLength(9);
    const axisY = Number(thumb.nodes.find((n) => n.attrs.class === "axis")?.attrs.y1);
    const xs = [...new Set(rects.map((r) => r.attrs.x))];
    const northAmerica = rects.filter((r) => r.attrs.x === xs[1]);
    expect(northAmerica.map((r) => r.attrs.class)).toEqual(["waterfall-up", "waterfall-up"]);
    const [above, below] = [...northAmerica].sort((a, b) => Number(a.attrs.y) - Number(b.attrs.y));
    const top = (r: typeof above): number => Number(r?.attrs.y);
    const bottom = (r: typeof above): number => Number(r?.attrs.y) + Number(r?.attrs.height);
    expect(bottom(above)).toBeCloseTo(axisY, 0);
    expect(top(below)).toBeCloseTo(axisY, 0);
    // Heights in proportion to 29,744 above and 2,722 below (to the thumbnail's 0.1 px rounding).
    expect(Number(below?.attrs.height) / Number(above?.attrs.height)).toBeCloseTo(2_722 / 29_744, 1);
    // The start, −2,722, is a total below the axis.
    const start = rects.filter((r) => r.attrs.x === xs[0]);
    expect(start.map((r) => r.attrs.class)).toEqual(["waterfall-total"]);
    expect(top(start[0])).toBeCloseTo(axisY, 0);
  });

  it("years without components are refused, never guessed", () => {
    expect(() => buildBridgeSheet({ lang: "en", live: false, from: 2021, to: 2025 })).toThrow(/2021/);
  });
});
