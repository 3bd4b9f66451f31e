/** The reconciliation sheet spec: spec.ts invariants, the Excel table, values, formats and notes. */
import type { Lang } from "../../src/core/runtime";
import { claimText, kpiReconciliations, reconciliationRows, wholeRows } from "../../src/core/reconcile";
import {
  RECONCILIATION_FORMATS,
  RECONCILIATION_SHEET_COLUMNS,
  RECONCILIATION_TABLE_NAME,
  buildReconciliationSheet,
} from "../../src/sheets/reconcile-sheet";
import { FORMAT_GENERAL, type SheetSpec } from "../../src/sheets/spec";
import { expectRectangularSpec } from "./helpers";

const FRENCH_STATUS: Record<string, string> = { ok: "conforme", rounding: "arrondi", mismatch: "écart" };

const LANGS: readonly Lang[] = ["en", "fr"];
const col = (key: (typeof RECONCILIATION_SHEET_COLUMNS)[number]): number => RECONCILIATION_SHEET_COLUMNS.indexOf(key);
const cellAt = (spec: SheetSpec, row: number, column: number): unknown => spec.cells[row]?.[column];
const formatAt = (spec: SheetSpec, row: number, column: number): unknown => spec.numberFormats[row]?.[column];

describe.each(LANGS)("buildReconciliationSheet(%s)", (lang) => {
  const spec = buildReconciliationSheet(lang);
  const rows = reconciliationRows();
  // The claims one by one, the report judged whole (1 inconsistency, 3 causal claims), the 5 KPIs.
  const total = rows.length + wholeRows().length + kpiReconciliations().length;
  const width = RECONCILIATION_SHEET_COLUMNS.length;

  it("is rectangular and self-consistent (spec.ts)", () => {
    const { rows: height, cols } = expectRectangularSpec(spec);
    expect(spec.lang).toBe(lang);
    expect(height).toBe(1 + 1 + total + 1 + 4);
    expect(cols).toBe(width);
    expect(spec.columnWidths).toHaveLength(width);
    expect(spec.charts).toEqual([]);
    expect(spec.validations).toEqual([]);
    expect(spec.formulaAnchor).toBeUndefined();
  });

  it("holds static values only: no formula, no NaN or Infinity", () => {
    for (const cell of spec.cells.flat()) {
      if (typeof cell === "string") expect(cell.startsWith("=")).toBe(false);
      if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
    }
  });

  it("has a title row, then the table AMZN_Reconciliation with its header row and one row per claim", () => {
    expect(spec.table).toEqual({ name: RECONCILIATION_TABLE_NAME, row: 1, col: 0, rows: total + 1, cols: width });
    expect(RECONCILIATION_TABLE_NAME).toBe("AMZN_Reconciliation");
    expect(String(cellAt(spec, 0, 0))).toMatch(lang === "en" ? /^Reconciliation/ : /^Rapprochement/);
    expect(spec.cells[0]?.slice(1).every((c) => c === null)).toBe(true);
    const header = spec.cells[1] ?? [];
    // Excel table headers: unique, non-empty text.
    for (const h of header) expect(typeof h === "string" && h.length > 0).toBe(true);
    expect(new Set(header).size).toBe(width);
    expect(header[0]).toBe(lang === "en" ? "Claim" : "Affirmation");
    expect(header[col("status")]).toBe(lang === "en" ? "Status" : "Statut");
    // No empty cell inside the table.
    for (let r = 1; r <= total + 1; r++) {
      for (let c = 0; c < width; c++) expect(cellAt(spec, r, c)).not.toBeNull();
    }
    expect(spec.sheetName).toBe(lang === "en" ? "Reconciliation" : "Rapprochement");
  });

  it("writes each claim's values, statuses and note", () => {
    rows.forEach((row, i) => {
      const r = 2 + i;
      expect(cellAt(spec, r, col("claim"))).toBe(row.wording[lang]);
      expect(cellAt(spec, r, col("printed"))).toBe(row.printed);
      expect(cellAt(spec, r, col("metric"))).toBe(row.metric);
      expect(cellAt(spec, r, col("period"))).toBe(row.period);
      expect(cellAt(spec, r, col("reported"))).toBe(row.reported);
      expect(cellAt(spec, r, col("computed"))).toBe(row.computed ?? "—");
      expect(cellAt(spec, r, col("filings"))).toBe(row.filings ?? "—");
      expect(cellAt(spec, r, col("gap_report"))).toBe(row.gapVsComputed ?? "—");
      expect(cellAt(spec, r, col("gap_filings"))).toBe(row.gapVsFilings ?? "—");
      // French statuses read as the audit tab says them.
      const word = (status: string | null | undefined): string =>
        status === null || status === undefined ? "—" : lang === "en" ? status : (FRENCH_STATUS[status] ?? status);
      expect(cellAt(spec, r, col("status_report"))).toBe(word(row.statusVsReport));
      expect(cellAt(spec, r, col("status_filings"))).toBe(word(row.statusVsFilings));
      expect(cellAt(spec, r, col("status"))).toBe(word(row.status));
      expect(cellAt(spec, r, col("note"))).toBe(row.note[lang]);
      expect(claimText(row, lang)).toContain(row.printed);
    });
    // Spot checks of the exact values.
    const at = (id: string): number => 2 + rows.findIndex((r) => r.id === id);
    expect(cellAt(spec, at("net_income_growth_2024"), col("reported"))).toBe(0.97);
    expect(cellAt(spec, at("net_income_growth_2024"), col("computed"))).toBe(0.966666666667);
    expect(cellAt(spec, at("net_income_growth_2024"), col("filings"))).toBe(0.947345932621);
    expect(cellAt(spec, at("net_income_growth_2024"), col("status"))).toBe(lang === "en" ? "rounding" : "arrondi");
    expect(cellAt(spec, at("aws_operating_margin_2024"), col("computed"))).toBe("—");
    expect(cellAt(spec, at("aws_operating_margin_2024"), col("status"))).toBe(lang === "en" ? "mismatch" : "écart");
    expect(cellAt(spec, at("anthropic_gain_year"), col("filings"))).toBe(2025);
    expect(cellAt(spec, at("net_income_2024_figure"), col("filings"))).toBe(59.248);
    expect(cellAt(spec, at("net_income_multiple_2023_2025"), col("status"))).toBe(lang === "en" ? "ok" : "conforme");
  });

  it('formats values by unit: 0.0% for rates, 0.00"×" for multiples, #,##0.0 for B$, 0 for years; signed gaps', () => {
    expect(RECONCILIATION_FORMATS.fraction.value).toBe("0.0%");
    expect(RECONCILIATION_FORMATS.multiple.value).toBe('0.00"×"');
    expect(RECONCILIATION_FORMATS["B$"].value).toBe("#,##0.0");
    expect(RECONCILIATION_FORMATS.year.value).toBe("0");
    rows.forEach((row, i) => {
      const r = 2 + i;
      const f = RECONCILIATION_FORMATS[row.unit];
      expect(formatAt(spec, r, col("reported"))).toBe(f.value);
      expect(formatAt(spec, r, col("computed"))).toBe(row.computed === null ? FORMAT_GENERAL : f.value);
      expect(formatAt(spec, r, col("filings"))).toBe(row.filings === null ? FORMAT_GENERAL : f.value);
      expect(formatAt(spec, r, col("gap_report"))).toBe(row.gapVsComputed === null ? FORMAT_GENERAL : f.gap);
      expect(formatAt(spec, r, col("gap_filings"))).toBe(row.gapVsFilings === null ? FORMAT_GENERAL : f.gap);
      for (const key of ["claim", "printed", "metric", "period", "status", "note"] as const) {
        expect(formatAt(spec, r, col(key))).toBe(FORMAT_GENERAL);
      }
    });
    expect(formatAt(spec, 2, col("reported"))).toBe("0.0%");
    const multipleRow = 2 + rows.findIndex((r) => r.id === "net_income_multiple_2023_2025");
    expect(formatAt(spec, multipleRow, col("filings"))).toBe('0.00"×"');
    const figureRow = 2 + rows.findIndex((r) => r.id === "net_income_2024_figure");
    expect(formatAt(spec, figureRow, col("filings"))).toBe("#,##0.0");
    for (const r of [0, 1]) for (const f of spec.numberFormats[r] ?? []) expect(f).toBe(FORMAT_GENERAL);
  });

  it("styles the title, the header, the labels, the status column and the notes", () => {
    expect(spec.styles).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 1, cols: 1, style: "title" },
        { row: 1, col: 0, rows: 1, cols: width, style: "header" },
        { row: 2, col: 0, rows: total, cols: 1, style: "label" },
        { row: 2, col: col("status"), rows: total, cols: 1, style: "output" },
        { row: 2 + total + 1, col: 0, rows: 4, cols: 1, style: "note" },
      ]),
    );
  });

  it("notes the sources, the rule, the overall status and the counts below the table", () => {
    const first = 2 + total + 1;
    expect(spec.cells[first - 1]?.every((c) => c === null)).toBe(true);
    const notes = [0, 1, 2, 3].map((k) => String(cellAt(spec, first + k, 0)));
    expect(notes[0]).toMatch(lang === "en" ? /^Sources: / : /^Sources : /);
    for (const key of ["F-K24", "S-GHK", "S-FLEX"]) expect(notes[0]).toContain(key);
    expect(notes[1]).toContain(lang === "en" ? "±0.5 pp" : "±0,5 pt");
    expect(notes[1]).toContain("±10");
    expect(notes[2]).toContain(lang === "en" ? "the worse of" : "le pire de");
    expect(notes[3]).toBe(
      lang === "en"
        ? "23 claims: 7 ok, 4 rounding, 6 mismatch, 1 inconsistent, 3 not testable from figures, 1 outdated, 1 unverified."
        : "23 affirmations : conforme 7, arrondi 4, écart 6, incohérent 1, non vérifiable par les chiffres 3, dépassé 1, non vérifié 1.",
    );
    for (let k = 0; k < 4; k++) expect(spec.cells[first + k]?.slice(1).every((c) => c === null)).toBe(true);
  });
});

it("English and French sheets hold the same numbers", () => {
  const en = buildReconciliationSheet("en");
  const fr = buildReconciliationSheet("fr");
  const numbers = (spec: SheetSpec): unknown[] => spec.cells.flat().filter((c) => typeof c === "number");
  expect(numbers(fr)).toEqual(numbers(en));
  expect(fr.numberFormats).toEqual(en.numberFormats);
});
