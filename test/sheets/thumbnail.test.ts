/** Chart thumbnails are drawn from the writer's own spec: one per chart, gaps stay gaps. */
import { REPORT_GALLERY, buildReportSheet } from "../../src/sheets/report-sheets";
import type { ChartSpec, SheetSpec } from "../../src/sheets/spec";
import { chartThumbnail } from "../../src/sheets/thumbnail";

const specs = REPORT_GALLERY.flatMap((item) =>
  (["en", "fr"] as const).map((lang) => ({
    id: item.id,
    lang,
    spec: buildReportSheet({ table: item.id, lang, live: false, chart: true, basis: "report" }),
  })),
);

describe("chartThumbnail", () => {
  it("draws every chart of every gallery table in both languages, inside its box", () => {
    const charts = specs.flatMap(({ spec }) => spec.charts.map((chart) => ({ spec, chart })));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const { spec, chart } of charts) {
      const thumbnail = chartThumbnail(spec, chart, { width: 120, height: 64 });
      expect(thumbnail.title).toBe(chart.title);
      expect(thumbnail.nodes.length).toBeGreaterThan(0);
      for (const node of thumbnail.nodes) {
        for (const name of ["x", "cx", "x1", "x2"]) {
          const value = node.attrs[name];
          if (value !== undefined) expect(Number(value)).toBeGreaterThanOrEqual(0);
          if (value !== undefined) expect(Number(value)).toBeLessThanOrEqual(120);
        }
        for (const name of ["y", "cy", "y1", "y2"]) {
          const value = node.attrs[name];
          if (value !== undefined) expect(Number(value)).toBeGreaterThanOrEqual(0);
          if (value !== undefined) expect(Number(value)).toBeLessThanOrEqual(64);
        }
      }
    }
  });

  it("draws one column per value of each column series, taller for a larger value", () => {
    const results = specs.find((entry) => entry.id === "results" && entry.lang === "en");
    if (!results) throw new Error("no results table");
    const chart = results.spec.charts[0] as ChartSpec;
    const thumbnail = chartThumbnail(results.spec, chart);
    const revenueBars = thumbnail.nodes.filter((node) => node.tag === "rect" && node.attrs.class === "series-0");
    expect(revenueBars).toHaveLength(3);
    const heights = revenueBars.map((bar) => Number(bar.attrs.height));
    // Revenue grows 575 → 638 → 717 in the report: so do the bars.
    expect(heights[0]).toBeLessThan(heights[1] as number);
    expect(heights[1]).toBeLessThan(heights[2] as number);
    expect(thumbnail.description).toMatch(/Total revenue \(columns\).*2023–2025/);
  });

  it("leaves a gap for a non-number (=NA()) on the secondary-axis line instead of drawing zero", () => {
    const aws = specs.find((entry) => entry.id === "aws" && entry.lang === "fr");
    if (!aws) throw new Error("no AWS table");
    const chart = aws.spec.charts[0] as ChartSpec;
    const thumbnail = chartThumbnail(aws.spec, chart);
    const growthPoints = thumbnail.nodes.filter((node) => node.tag === "circle");
    // 2023 growth is a dash in the report (=NA() in the helper row): two points, not three.
    expect(growthPoints).toHaveLength(2);
    expect(thumbnail.description).toMatch(/courbe/);
  });

  it("refuses a chart whose series holds no number", () => {
    const base = specs[0]?.spec as SheetSpec;
    const chart = base.charts[0] as ChartSpec;
    const blank: SheetSpec = {
      ...base,
      cells: base.cells.map((row, index) =>
        index === chart.series[0]?.row ? row.map((cell, col) => (col === 0 ? cell : null)) : row,
      ),
    };
    expect(() => chartThumbnail(blank, chart)).toThrow(/no number to draw for Total revenue/);
  });
});
