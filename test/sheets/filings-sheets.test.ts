/**
 * The gallery's filings tables: each figure is the dataset's, live formulas return
 * exactly the static constants through the api, the identities show on the sheet, both languages,
 * and the quarters chart points at the AWS rows.
 */
import { FILINGS_TABLE_IDS, buildFilingsSheet, FILINGS_GALLERY } from "../../src/sheets/filings-sheets";
import { evaluateFormula } from "../../src/core/audit";
import { previewRows } from "../../src/sheets/preview";
import { GALLERY_ENTRIES } from "../../src/taskpane/gallery-entries";
import { SINCE_REPORT } from "../../src/data/index";

const COMBOS = FILINGS_TABLE_IDS.flatMap((table) =>
  (["en", "fr"] as const).flatMap((lang) => [false, true].map((live) => ({ table, lang, live }))),
);

describe.each(COMBOS)("$table, $lang, live=$live", ({ table, lang, live }) => {
  const spec = buildFilingsSheet({ table, lang, live, chart: true });
  it("is a rectangle with a format per cell and a table inside it", () => {
    const width = spec.cells[0]?.length ?? 0;
    for (const row of spec.cells) expect(row).toHaveLength(width);
    expect(spec.numberFormats.map((r) => r.length)).toEqual(spec.cells.map((r) => r.length));
    const t = spec.table;
    expect(t).toBeDefined();
    expect((t?.row ?? 0) + (t?.rows ?? 0)).toBeLessThanOrEqual(spec.cells.length);
    expect(t?.name).toMatch(new RegExp(`^AMZN_\\w+_${lang}$`));
  });

  it("live formulas return exactly the static constants", () => {
    const other = buildFilingsSheet({ table, lang, live: !live, chart: true });
    const [formulas, constants] = live ? [spec, other] : [other, spec];
    formulas.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === "string" && cell.startsWith("=")) {
          expect(evaluateFormula(cell, "en")).toBe(constants.cells[r]?.[c]);
        }
      }),
    );
  });

  it("previews without an error cell", () => {
    for (const row of previewRows(spec)) for (const cell of row) expect(cell).not.toMatch(/^#(N\/A|VALUE!|NAME\?)/);
  });
});

describe("figures and identities on the sheets", () => {
  const at = (table: "segments" | "lines" | "quarters", label: string) => {
    const spec = buildFilingsSheet({ table, lang: "en", live: false, chart: true });
    const row = spec.cells.find((r) => typeof r[0] === "string" && r[0].startsWith(label));
    if (row === undefined) throw new Error(`no row ${label}`);
    return row.slice(1, -1) as number[];
  };

  it("segments sum to consolidated net sales and operating income each year", () => {
    const na = at("segments", "North America net sales");
    const intl = at("segments", "International net sales");
    const aws = at("segments", "AWS revenue");
    const total = at("segments", "Total revenue");
    expect(na.map((v, i) => v + (intl[i] ?? NaN) + (aws[i] ?? NaN))).toEqual(total);
    expect(at("segments", "North America operating income")).toEqual([-2_847, 14_877, 24_967, 29_619]);
  });

  it("net sales by line sum to net sales", () => {
    const spec = buildFilingsSheet({ table: "lines", lang: "en", live: false, chart: false });
    const rows = spec.cells.slice(2, 2 + 8).map((r) => r.slice(1, 5) as number[]);
    const total = rows[7] ?? [];
    const sum = [0, 1, 2, 3].map((i) => rows.slice(0, 7).reduce((s, r) => s + (r[i] ?? NaN), 0));
    expect(sum).toEqual(total);
    expect(at("lines", "Advertising services")[2]).toBe(56_214);
  });

  it("quarters: Q1 2025 to Q1 2026 as text headers, with the AWS chart", () => {
    const spec = buildFilingsSheet({ table: "quarters", lang: "en", live: false, chart: true });
    expect(spec.cells[1]?.slice(1, 6)).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"]);
    expect(spec.numberFormats[1]?.slice(1, 6)).toEqual(["@", "@", "@", "@", "@"]);
    expect(at("quarters", "Total revenue")).toEqual([155_667, 167_702, 180_169, 213_386, 181_500]);
    const [chart] = spec.charts;
    expect(chart?.series.map((s) => spec.cells[s.row]?.[0])).toEqual(["AWS revenue (M$)", "AWS operating income (M$)"]);
    expect([chart?.categoriesRow, chart?.firstCol, chart?.lastCol]).toEqual([1, 1, 5]);
    const note = String(spec.cells[2]?.[6]);
    expect(note).toContain("secondary 2025Q1–2025Q4");
    expect(note).toContain("release 2026Q1 (rounded)");
    expect(buildFilingsSheet({ table: "quarters", lang: "en", live: false, chart: false }).charts).toEqual([]);
  });

  it("the report since February 2026: every entry dated, classed and sourced, dates kept as text", () => {
    const spec = buildFilingsSheet({ table: "since_report", lang: "fr", live: false, chart: false });
    expect(spec.table?.rows).toBe(1 + SINCE_REPORT.length);
    const rows = spec.cells.slice(2, 2 + SINCE_REPORT.length);
    for (const [r, row] of rows.entries()) {
      expect(row[3]).toMatch(/^2026-\d\d-\d\d$/);
      expect(spec.numberFormats[2 + r]?.[3]).toBe("@");
    }
    expect(rows.map((r) => r[2]).join(" ")).toContain("43,2 Mds$");
    expect(rows.map((r) => r[2]).join(" ")).toContain("16,8 Mds$");
  });

  it("is registered in the gallery, after the existing entries", () => {
    const ids = GALLERY_ENTRIES.map((e) => e.id);
    expect(ids.slice(-FILINGS_GALLERY.length)).toEqual(["segments", "lines", "quarters", "since_report"]);
  });

  it("refuses an unknown table or language", () => {
    expect(() => buildFilingsSheet({ table: "nope" as never, lang: "en", live: false, chart: false })).toThrow(
      /unknown/,
    );
    expect(() => buildFilingsSheet({ table: "lines", lang: "de" as never, live: false, chart: false })).toThrow(
      /unknown/,
    );
  });
});
