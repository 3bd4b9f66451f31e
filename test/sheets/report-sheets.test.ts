import * as api from "../../src/core/figures";
import { AmznError, type CellArg } from "../../src/core/runtime";
import { evaluateFormula } from "../../src/core/audit";
import { literalOf, parseAmznFormula, printFormula } from "../../src/core/formula";
import { formatForDisplay } from "../../src/core/wording";
import {
  REPORT_GALLERY,
  REPORT_TABLE_IDS,
  buildReportSheet,
  type ReportBasis,
  type ReportTableId,
} from "../../src/sheets/report-sheets";
import { previewRows } from "../../src/sheets/preview";
import {
  FORMAT_BILLIONS,
  FORMAT_BILLIONS_APPROX,
  FORMAT_GENERAL,
  FORMAT_PERCENT,
  FORMAT_YEAR,
  type SheetSpec,
  type SpecCell,
} from "../../src/sheets/spec";
import { writeSpec } from "../../src/taskpane/excel/writer";
import { writtenNumberFormats } from "../../src/taskpane/excel/text-cells";
import { createWorkbookState } from "../fakes/fake-excel";
import { excelContext, useExcelEnums } from "../helpers/excel";

type Lang = "en" | "fr";

const evaluateReportFormula = (formula: string): number | string => evaluateFormula(formula, "en");

// ---------------------------------------------------------------------------------------------
// An evaluator of its own, independent of the module's: "=AMZN.ID(literal args)" -> the api.

const API: Readonly<Record<string, (...args: CellArg[]) => number>> = {
  REVENUE: api.revenue,
  NET_INCOME: api.netIncome,
  AWS_REVENUE: api.awsRevenue,
  METRIC: api.metric,
  GROWTH: api.growth,
  KPI: api.kpi,
};

/** Excel's invariant syntax only: ids in capitals, "," separators, "…" strings, plain numbers. */
const FORMULA = /^=AMZN\.([A-Z_]+)\(((?:"[^"]*"|-?\d+(?:\.\d+)?)(?:,(?:"[^"]*"|-?\d+(?:\.\d+)?))*)?\)$/;

function callApi(formula: string): number {
  const match = FORMULA.exec(formula);
  if (match === null) throw new Error(`not an AMZN formula with literal arguments: ${formula}`);
  const fn = API[match[1] ?? ""];
  if (fn === undefined) throw new Error(`unknown AMZN function in ${formula}`);
  const args = (match[2] ?? "").match(/"[^"]*"|[^,]+/g) ?? [];
  return fn(...args.map((arg): CellArg => (arg.startsWith('"') ? arg.slice(1, -1) : Number(arg))));
}

// ---------------------------------------------------------------------------------------------
// Helpers.

interface Combo {
  readonly table: ReportTableId;
  readonly lang: Lang;
  readonly live: boolean;
  readonly basis: ReportBasis;
}

const LANGS: readonly Lang[] = ["en", "fr"];
const BASES: readonly ReportBasis[] = ["report", "filings"];
const COMBOS: readonly Combo[] = REPORT_TABLE_IDS.flatMap((table) =>
  LANGS.flatMap((lang) => [false, true].flatMap((live) => BASES.map((basis) => ({ table, lang, live, basis })))),
);

function build(combo: Combo, chart = true): SheetSpec {
  return buildReportSheet({ ...combo, chart });
}

function row(spec: SheetSpec, index: number): readonly SpecCell[] {
  const cells = spec.cells[index];
  if (cells === undefined) throw new Error(`no row ${index}`);
  return cells;
}

function cell(spec: SheetSpec, r: number, c: number): SpecCell {
  return row(spec, r)[c] ?? null;
}

function format(spec: SheetSpec, r: number, c: number): string {
  return spec.numberFormats[r]?.[c] ?? "";
}

function table(spec: SheetSpec): NonNullable<SheetSpec["table"]> {
  if (spec.table === undefined) throw new Error("no table");
  return spec.table;
}

/** Grid row of the table line whose label starts with `label`. */
function rowOf(spec: SheetSpec, label: string): number {
  const t = table(spec);
  for (let r = t.row + 1; r < t.row + t.rows; r++) {
    const value = cell(spec, r, t.col);
    if (typeof value === "string" && value.startsWith(label)) return r;
  }
  throw new Error(`no row labelled ${label}`);
}

function isFormula(value: SpecCell): boolean {
  return typeof value === "string" && value.startsWith("=");
}

function styleAt(spec: SheetSpec, r: number, c: number): string | undefined {
  let found: string | undefined;
  for (const run of spec.styles) {
    if (r >= run.row && r < run.row + run.rows && c >= run.col && c < run.col + run.cols) found = run.style;
  }
  return found;
}

const MONEY: Readonly<Record<Lang, string>> = { en: "B$", fr: "Mds$" };

// ---------------------------------------------------------------------------------------------
// Every table × language × live × basis.

describe.each(COMBOS)("$table, $lang, live=$live, basis $basis", (combo) => {
  const spec = build(combo);
  const t = table(spec);
  const rows = spec.cells.length;
  const cols = spec.cells[0]?.length ?? 0;
  const inside = (r: number, c: number): boolean => r >= 0 && c >= 0 && r < rows && c < cols;

  it("is a non-empty rectangle, with number formats of the same shape", () => {
    expect(rows).toBeGreaterThan(0);
    expect(cols).toBeGreaterThan(0);
    for (const cells of spec.cells) expect(cells).toHaveLength(cols);
    expect(spec.numberFormats).toHaveLength(rows);
    for (const formats of spec.numberFormats) {
      expect(formats).toHaveLength(cols);
      for (const f of formats) expect(f.length).toBeGreaterThan(0);
    }
    expect(spec.lang).toBe(combo.lang);
  });

  it("keeps style runs, table, charts, validations and column widths inside the grid", () => {
    for (const run of spec.styles) {
      expect(run.rows).toBeGreaterThanOrEqual(1);
      expect(run.cols).toBeGreaterThanOrEqual(1);
      expect(inside(run.row, run.col)).toBe(true);
      expect(inside(run.row + run.rows - 1, run.col + run.cols - 1)).toBe(true);
    }
    expect(inside(t.row, t.col)).toBe(true);
    expect(inside(t.row + t.rows - 1, t.col + t.cols - 1)).toBe(true);
    for (const chart of spec.charts) {
      expect(inside(chart.categoriesRow, chart.firstCol)).toBe(true);
      expect(inside(chart.categoriesRow, chart.lastCol)).toBe(true);
      expect(chart.firstCol).toBeLessThanOrEqual(chart.lastCol);
      expect(chart.series.length).toBeGreaterThan(0);
      for (const s of chart.series) expect(inside(s.row, chart.lastCol)).toBe(true);
    }
    for (const v of spec.validations) expect(inside(v.row, v.col)).toBe(true);
    expect((spec.columnWidths ?? []).length).toBeLessThanOrEqual(cols);
    // No formula refers to a cell: the spec can be written anywhere.
    expect(spec.formulaAnchor).toBeUndefined();
  });

  it("has a table with a header row of unique, non-empty headers, and valid Excel names", () => {
    expect(t.rows).toBeGreaterThanOrEqual(2);
    const headers = row(spec, t.row).slice(t.col, t.col + t.cols);
    for (const h of headers) expect(h === null || h === "" || isFormula(h)).toBe(false);
    expect(new Set(headers.map((h) => String(h).toLowerCase())).size).toBe(headers.length);
    for (let c = t.col; c < t.col + t.cols; c++) expect(styleAt(spec, t.row, c)).toBe("header");

    expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(t.name.length).toBeLessThanOrEqual(255);
    expect(t.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/); // not a cell reference
    expect(t.name).not.toMatch(/^[RrCc]$/);
    expect(spec.sheetName.length).toBeGreaterThan(0);
    expect(spec.sheetName.length).toBeLessThanOrEqual(31);
    expect(spec.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(spec.sheetName).not.toMatch(/^'|'$/);
  });

  it("starts with a title row", () => {
    expect(t.row).toBe(1);
    expect(typeof cell(spec, 0, 0)).toBe("string");
    expect(styleAt(spec, 0, 0)).toBe("title");
  });

  it("writes text that Excel keeps as text: the writer gives every text cell the Text format", () => {
    const formats = writtenNumberFormats(spec);
    spec.cells.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (typeof value !== "string" || value === "" || isFormula(value)) return;
        expect(formats[r]?.[c]).toBe("@");
      }),
    );
  });

  it("uses Excel's invariant formula syntax, and only where it is live", () => {
    const formulas = spec.cells.flat().filter((value): value is string => isFormula(value));
    for (const f of formulas) {
      if (f === "=NA()") continue;
      expect(f).toMatch(FORMULA);
      expect(combo.live).toBe(true);
    }
    if (combo.live) expect(formulas.filter((f) => f.startsWith("=AMZN.")).length).toBeGreaterThan(0);
    else expect(formulas.filter((f) => f.startsWith("=AMZN.")).length).toBe(0);
  });

  it("gives every live formula exactly the static value, through the api", () => {
    const staticSpec = build({ ...combo, live: false });
    const liveSpec = build({ ...combo, live: true });
    expect(liveSpec.cells.length).toBe(staticSpec.cells.length);
    let checked = 0;
    for (let r = 0; r < staticSpec.cells.length; r++) {
      for (let c = 0; c < cols; c++) {
        const constant = cell(staticSpec, r, c);
        if (typeof constant !== "number" || r === t.row) continue;
        const formula = cell(liveSpec, r, c);
        expect(isFormula(formula)).toBe(true);
        expect(callApi(formula as string)).toBe(constant);
        expect(format(liveSpec, r, c)).toBe(format(staticSpec, r, c));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it("styles static figures as hard-coded inputs and live ones as calculations", () => {
    const r = t.row + 1;
    const figureCol = combo.table === "kpis" ? 1 : 2;
    expect(styleAt(spec, r, figureCol)).toBe(combo.live ? "calc" : "input");
    expect(styleAt(spec, r, 0)).toBe("label");
  });

  it("shows units in the title, headers or labels, and formats money, rates, years and counts", () => {
    const money = MONEY[combo.lang];
    if (combo.table === "kpis") {
      const unitCol = 2;
      expect(cell(spec, t.row, unitCol)).toBe(combo.lang === "en" ? "Unit" : "Unité");
      for (let r = t.row + 1; r < t.row + t.rows; r++) {
        const unit = cell(spec, r, unitCol);
        expect(typeof unit === "string" && unit.length > 0).toBe(true);
        const f = format(spec, r, 1);
        if (unit === money) expect(f).toBe(FORMAT_BILLIONS);
        else if (unit === "%") expect(f).toBe(FORMAT_PERCENT);
        else expect(f).toBe("#,##0");
      }
      return;
    }
    expect(String(cell(spec, 0, 0))).toContain(`(${money})`);
    for (let c = 1; c <= 3; c++) {
      // Table headers are text in Excel: the spec writes them as text.
      expect(cell(spec, t.row, c)).toBe(String(2022 + c));
      expect(format(spec, t.row, c)).toBe(FORMAT_GENERAL);
    }
    for (let r = t.row + 1; r < t.row + t.rows; r++) {
      const label = String(cell(spec, r, 0));
      const isMoney = label.endsWith(`(${money})`);
      expect(isMoney || /\(%(, [a-zé]+)?\)$/.test(label)).toBe(true);
      for (let c = 1; c <= 3; c++) {
        if (cell(spec, r, c) === "—") continue;
        const f = format(spec, r, c);
        if (isMoney) expect([FORMAT_BILLIONS, FORMAT_BILLIONS_APPROX]).toContain(f);
        else expect(f).toBe(FORMAT_PERCENT);
      }
    }
  });

  it("notes the source right below the table, in the chosen language", () => {
    const r = t.row + t.rows;
    const source = String(cell(spec, r, 0));
    expect(styleAt(spec, r, 0)).toBe("note");
    expect(source).toMatch(combo.lang === "en" ? /^Source: / : /^Source : /);
    expect(source).toContain("§");
    expect(source).toContain(combo.lang === "en" ? "February 2026" : "février 2026");
    const basisText = {
      en: { report: "AMZN add-in, basis report", filings: "AMZN add-in, basis filings" },
      fr: { report: "complément AMZN, base rapport", filings: "complément AMZN, base dépôts" },
    } as const;
    expect(source).toContain(basisText[combo.lang][combo.basis]);
    for (let c = 1; c < cols; c++) expect(cell(spec, r, c)).toBeNull();
  });

  it("points the chart at the right rows and the categories at the year headers", () => {
    if (combo.table === "kpis") {
      expect(spec.charts).toHaveLength(0);
      return;
    }
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts[0];
    if (chart === undefined) throw new Error("no chart");
    expect(chart.categoriesRow).toBe(t.row);
    expect([chart.firstCol, chart.lastCol]).toEqual([1, 3]);
    expect(row(spec, chart.categoriesRow).slice(1, 4)).toEqual(["2023", "2024", "2025"]);
    expect(chart.valueAxisTitle).toBe(MONEY[combo.lang]);
    expect(chart.categoryAxisTitle).toBe(combo.lang === "en" ? "Year" : "Année");
    expect(chart.title.length).toBeGreaterThan(0);
    const fr = combo.lang === "fr";
    if (combo.table === "results") {
      expect(chart.kind).toBe("columnClustered");
      expect(chart.series).toEqual([
        {
          name: fr ? "Chiffre d'affaires total" : "Total revenue",
          row: rowOf(spec, fr ? "Chiffre" : "Total revenue"),
          kind: "column",
        },
        {
          name: fr ? "Bénéfice net" : "Net income",
          row: rowOf(spec, fr ? "Bénéfice net" : "Net income ("),
          kind: "column",
        },
      ]);
      return;
    }
    expect(chart.kind).toBe("columnLineCombo");
    const [revenue, growth] = chart.series;
    expect(revenue).toEqual({
      name: fr ? "Revenus AWS" : "AWS revenue",
      row: rowOf(spec, fr ? "Revenus AWS" : "AWS revenue"),
      kind: "column",
    });
    expect(growth).toMatchObject({ name: fr ? "Croissance" : "Growth", kind: "line", secondaryAxis: true });
    expect(chart.secondaryAxisTitle).toBe(fr ? "Croissance (%)" : "Growth (%)");
    const growthRow = rowOf(spec, fr ? "Croissance" : "Growth");
    if (combo.basis === "filings") {
      // The filings have AWS net sales for 2022: the 2023 growth is computed, no dash, no helper row.
      expect(combo.live ? evaluateReportFormula(String(cell(spec, growthRow, 1))) : cell(spec, growthRow, 1)).toBe(
        90_757 / 80_096 - 1,
      );
      expect(growth?.row).toBe(growthRow);
      return;
    }
    // The line reads a helper row below the notes: the growth row's cells, =NA() for the dash
    // (Excel plots text as 0; #N/A is a gap).
    const helper = growth?.row ?? -1;
    expect(helper).toBeGreaterThan(t.row + t.rows);
    expect(cell(spec, helper, 1)).toBe("=NA()");
    expect(row(spec, helper).slice(2, 4)).toEqual(row(spec, growthRow).slice(2, 4));
    expect(cell(spec, growthRow, 1)).toBe("—");
    expect(String(cell(spec, helper, 0))).toContain("#N/A");
  });

  it("previews the displayed text, the same static or live", () => {
    const preview = previewRows(spec);
    expect(preview).toHaveLength(rows);
    for (const cells of preview) expect(cells).toHaveLength(cols);
    const other = previewRows(build({ ...combo, live: !combo.live }));
    // Only the line saying whether the figures are constants or formulas differs.
    const mode = spec.cells.findIndex((cells) => /^(Static|Live|Statique|Dynamique) ?: /.test(String(cells[0])));
    expect(mode).toBeGreaterThan(t.row + t.rows);
    expect(preview.filter((_, r) => r !== mode)).toEqual(other.filter((_, r) => r !== mode));
    for (const cells of preview) for (const text of cells) expect(text).not.toMatch(/^#(VALUE|NAME|NUM)/);
  });
});

// ---------------------------------------------------------------------------------------------
// Exact content.

describe("results (§1), basis report", () => {
  it("prints the report's figures and rates in English", () => {
    const spec = buildReportSheet({ table: "results", lang: "en", live: false, chart: true });
    expect(spec.sheetName).toBe("AMZN Results");
    expect(table(spec)).toEqual({ name: "AMZN_Results_en", row: 1, col: 0, rows: 5, cols: 5 });
    expect(cell(spec, 0, 0)).toBe("Amazon — overall financial results 2023–2025 (B$)");
    expect(row(spec, 1)).toEqual(["Indicator", "2023", "2024", "2025", "Note"]);
    expect(row(spec, 2).slice(0, 4)).toEqual(["Total revenue (B$)", 575, 638, 717]);
    expect(row(spec, 3).slice(0, 4)).toEqual(["Net income (B$)", 30, 59, 77.7]);
    expect(row(spec, 4).slice(0, 4)).toEqual(["Revenue growth (%)", "—", 0.11, 0.12]);
    expect(row(spec, 5).slice(0, 4)).toEqual(["Net income growth (%)", "—", 0.97, 0.312]);
    expect(cell(spec, 2, 2)).toBe(638);
    expect(cell(spec, 3, 3)).toBe(77.7);
    expect(spec.numberFormats[2]?.slice(1, 4)).toEqual([FORMAT_BILLIONS, FORMAT_BILLIONS, FORMAT_BILLIONS]);
    expect(spec.numberFormats[4]?.slice(2, 4)).toEqual([FORMAT_PERCENT, FORMAT_PERCENT]);
    expect(format(spec, 4, 1)).toBe(FORMAT_GENERAL);
    expect(String(cell(spec, 3, 4))).toContain("59,248 M$");
    expect(cell(spec, 4, 4)).toBe("as printed: the report's claim");
    expect(cell(spec, 6, 0)).toBe(
      "Source: report §1 Résultats financiers globaux (February 2026); AMZN add-in, basis report.",
    );
    expect(String(cell(spec, 7, 0))).toContain("reconciliation table");
  });

  it("uses the report's original French labels", () => {
    const spec = buildReportSheet({ table: "results", lang: "fr", live: false, chart: true });
    expect(spec.sheetName).toBe("AMZN Résultats");
    expect(table(spec).name).toBe("AMZN_Results_fr");
    expect(row(spec, 1)).toEqual(["Indicateur", "2023", "2024", "2025", "Remarque"]);
    expect(row(spec, 2).slice(0, 4)).toEqual(["Chiffre d'affaires total (Mds$)", 575, 638, 717]);
    expect(row(spec, 3).slice(0, 4)).toEqual(["Bénéfice net (Mds$)", 30, 59, 77.7]);
    expect(row(spec, 4).slice(0, 4)).toEqual(["Croissance CA (%)", "—", 0.11, 0.12]);
    expect(row(spec, 5).slice(0, 4)).toEqual(["Croissance bénéfice net (%)", "—", 0.97, 0.312]);
    expect(cell(spec, 6, 0)).toBe(
      "Source : rapport §1 Résultats financiers globaux (février 2026) ; complément AMZN, base rapport.",
    );
    expect(spec.charts[0]?.title).toBe("Chiffre d'affaires et bénéfice net par année (Mds$)");
  });

  it("writes one AMZN formula per figure when live", () => {
    const spec = buildReportSheet({ table: "results", lang: "en", live: true, chart: false });
    expect(row(spec, 2).slice(1, 4)).toEqual(["=AMZN.REVENUE(2023)", "=AMZN.REVENUE(2024)", "=AMZN.REVENUE(2025)"]);
    expect(cell(spec, 3, 3)).toBe("=AMZN.NET_INCOME(2025)");
    expect(row(spec, 4).slice(1, 4)).toEqual([
      "—",
      '=AMZN.GROWTH("revenue",2023,2024,"reported")',
      '=AMZN.GROWTH("revenue",2024,2025,"reported")',
    ]);
    expect(cell(spec, 5, 3)).toBe('=AMZN.GROWTH("net_income",2024,2025,"reported")');
    expect(callApi("=AMZN.REVENUE(2024)")).toBe(638);
    expect(callApi("=AMZN.NET_INCOME(2025)")).toBe(77.7);
    expect(callApi('=AMZN.GROWTH("net_income",2024,2025,"reported")')).toBe(0.312);
    expect(spec.charts).toHaveLength(0);
    expect(String(cell(spec, 8, 0))).toMatch(/^Live: every figure is an AMZN formula/);
  });
});

describe("results (§1), basis filings", () => {
  it("holds the filed figures in B$, growth computed from them", () => {
    const spec = buildReportSheet({ table: "results", lang: "en", live: false, chart: true, basis: "filings" });
    expect(spec.sheetName).toBe("AMZN Results (filings)");
    expect(table(spec).name).toBe("AMZN_Results_Filings_en");
    expect(row(spec, 2).slice(0, 4)).toEqual(["Total revenue (B$)", 574.785, 637.959, 716.924]);
    expect(row(spec, 3).slice(0, 4)).toEqual(["Net income (B$)", 30.425, 59.248, 77.67]);
    expect(cell(spec, 4, 0)).toBe("Revenue growth (%, computed)");
    // The filings have 2022 net sales: the 2023 growth is computed too.
    expect(cell(spec, 4, 1)).toBe(574_785 / 513_983 - 1);
    expect(cell(spec, 4, 2)).toBe(637_959 / 574_785 - 1);
    expect(cell(spec, 5, 3)).toBe(77_670 / 59_248 - 1);
    expect(String(cell(spec, 2, 4))).toContain("F-K24");
    expect(String(cell(spec, 6, 0))).toMatch(/^Source: Amazon's filed figures \(F-K24/);
  });

  it("appends the unit and basis to every live formula", () => {
    const spec = buildReportSheet({ table: "results", lang: "fr", live: true, chart: true, basis: "filings" });
    expect(cell(spec, 2, 2)).toBe('=AMZN.REVENUE(2024,"B","filings")');
    expect(cell(spec, 3, 3)).toBe('=AMZN.NET_INCOME(2025,"B","filings")');
    expect(cell(spec, 4, 2)).toBe('=AMZN.GROWTH("revenue",2023,2024,"total","filings")');
    expect(callApi('=AMZN.REVENUE(2024,"B","filings")')).toBe(637.959);
  });
});

describe("aws (§2)", () => {
  it("flags the approximate 2023 revenue and prints the report's growth and margin", () => {
    const spec = buildReportSheet({ table: "aws", lang: "en", live: false, chart: true });
    expect(table(spec)).toEqual({ name: "AMZN_AWS_en", row: 1, col: 0, rows: 4, cols: 5 });
    expect(row(spec, 1)).toEqual(["AWS indicator", "2023", "2024", "2025", "Note"]);
    expect(row(spec, 2).slice(0, 4)).toEqual(["AWS revenue (B$)", 91, 107.6, 128.7]);
    expect(format(spec, 2, 1)).toBe(FORMAT_BILLIONS_APPROX);
    expect(format(spec, 2, 2)).toBe(FORMAT_BILLIONS);
    expect(String(cell(spec, 2, 4))).toContain("approximate");
    expect(String(cell(spec, 2, 4))).toContain("~91");
    expect(row(spec, 3).slice(0, 4)).toEqual(["Growth (%)", "—", 0.19, 0.2]);
    expect(row(spec, 4).slice(0, 4)).toEqual(["Operating margin (%)", "—", 0.38, "—"]);
    expect(String(cell(spec, 4, 4))).toContain("37.0%");
    expect(previewRows(spec)[2]?.slice(1, 4)).toEqual(["~91.0", "107.6", "128.7"]);
  });

  it("uses AMZN.AWS_REVENUE, GROWTH and METRIC when live", () => {
    const spec = buildReportSheet({ table: "aws", lang: "fr", live: true, chart: true });
    expect(row(spec, 2).slice(0, 4)).toEqual([
      "Revenus AWS (Mds$)",
      "=AMZN.AWS_REVENUE(2023)",
      "=AMZN.AWS_REVENUE(2024)",
      "=AMZN.AWS_REVENUE(2025)",
    ]);
    expect(cell(spec, 3, 3)).toBe('=AMZN.GROWTH("aws_revenue",2024,2025,"reported")');
    expect(row(spec, 4).slice(0, 4)).toEqual([
      "Marge opérationnelle (%)",
      "—",
      '=AMZN.METRIC("aws_operating_margin",2024)',
      "—",
    ]);
    expect(callApi("=AMZN.AWS_REVENUE(2023)")).toBe(91);
    expect(callApi('=AMZN.METRIC("aws_operating_margin",2024)')).toBe(0.38);
    expect(previewRows(spec)[2]?.slice(1, 4)).toEqual(["~91,0", "107,6", "128,7"]);
  });

  it("has no chart helper row without a chart", () => {
    const spec = buildReportSheet({ table: "aws", lang: "en", live: false, chart: false });
    expect(spec.charts).toHaveLength(0);
    expect(spec.cells.flat()).not.toContain("=NA()");
    expect(spec.cells).toHaveLength(1 + 4 + 4); // title, table, source, "~", claims, static
  });

  it("gives the filed margin for every year on the filings basis", () => {
    const spec = buildReportSheet({ table: "aws", lang: "en", live: false, chart: false, basis: "filings" });
    expect(row(spec, 2).slice(1, 4)).toEqual([90.757, 107.556, 128.725]);
    expect(format(spec, 2, 1)).toBe(FORMAT_BILLIONS);
    expect(row(spec, 4).slice(1, 4)).toEqual([24_631 / 90_757, 39_834 / 107_556, 45_606 / 128_725]);
  });
});

describe("kpis (§3–§6)", () => {
  const en = buildReportSheet({ table: "kpis", lang: "en", live: false, chart: true });

  it("has one row per KPI: label, value, unit, section, flag, note", () => {
    expect(table(en)).toEqual({ name: "AMZN_KPIs_en", row: 1, col: 0, rows: 7, cols: 6 });
    expect(row(en, 1)).toEqual(["Indicator", "Value", "Unit", "Section", "Flag", "Note"]);
    expect(row(en, 2).slice(0, 5)).toEqual(["Rufus users", 250_000_000, "customers", "§3 AI in e-commerce", null]);
    expect(row(en, 3).slice(1, 3)).toEqual([0.6, "%"]);
    expect(row(en, 4).slice(0, 5)).toEqual([
      "Sellers using AI listing tools",
      1_300_000,
      "sellers",
      "§3 AI in e-commerce",
      "unverified",
    ]);
    expect(row(en, 5).slice(1, 5)).toEqual([
      1_000_000,
      "robots",
      "§4 AI in logistics and operations",
      'lower bound ("over")',
    ]);
    expect(row(en, 6).slice(0, 4)).toEqual([
      "Book gain on Anthropic (2024 per the report)",
      9.5,
      "B$",
      "§5 Strategic investment in Anthropic",
    ]);
    expect(String(cell(en, 6, 5))).toContain("wrong year");
    expect(row(en, 7).slice(1, 5)).toEqual([200, "B$", "§6 Planned future investment", "estimate (plan year)"]);
    expect(en.charts).toHaveLength(0);
    expect(previewRows(en)[2]?.[1]).toBe("250,000,000");
  });

  it("uses AMZN.KPI and AMZN.METRIC when live", () => {
    const live = buildReportSheet({ table: "kpis", lang: "fr", live: true, chart: false });
    expect(live.cells.slice(2, 8).map((r) => r[1])).toEqual([
      '=AMZN.KPI("rufus_users")',
      '=AMZN.KPI("rufus_purchase_uplift")',
      '=AMZN.KPI("ai_listing_sellers")',
      '=AMZN.KPI("deepfleet_robots")',
      '=AMZN.METRIC("anthropic_gain",2024)',
      '=AMZN.KPI("capex_plan_2026")',
    ]);
    expect(cell(live, 4, 4)).toBe("non vérifié");
    expect(cell(live, 1, 2)).toBe("Unité");
  });

  it("takes the Anthropic gain from the filings' quarter (Q3 2025) on the filings basis: 2025 has no total", () => {
    const spec = buildReportSheet({ table: "kpis", lang: "en", live: true, chart: false, basis: "filings" });
    expect(cell(spec, 6, 0)).toBe("Gain on the Anthropic stake (Q3 2025, as Amazon reported it)");
    expect(cell(spec, 6, 1)).toBe('=AMZN.METRIC("anthropic_gain","2025Q3","B","filings")');
    expect(callApi('=AMZN.METRIC("anthropic_gain","2025Q3","B","filings")')).toBe(9.5);
    expect(cell(spec, 2, 1)).toBe('=AMZN.KPI("rufus_users")');
  });
});

// ---------------------------------------------------------------------------------------------
// Gallery, preview, formulas, errors.

describe("REPORT_GALLERY", () => {
  it("describes each table in both languages, and says which have a chart", () => {
    expect(REPORT_GALLERY.map((item) => item.id)).toEqual(["results", "aws", "kpis"]);
    for (const item of REPORT_GALLERY) {
      for (const lang of LANGS) {
        expect(item.title[lang].length).toBeGreaterThan(0);
        expect(item.description[lang].length).toBeGreaterThan(0);
      }
      expect(item.section).toMatch(/^§/);
      const built = buildReportSheet({ table: item.id, lang: "en", live: false, chart: true });
      expect(built.charts.length > 0).toBe(item.chart);
      expect(item.chartTitle !== undefined).toBe(item.chart);
      expect(item.bases).toEqual(["report", "filings"]);
    }
  });
});

describe("previewRows", () => {
  it("shows formulas as the values the static version shows, in the sheet's language", () => {
    const en = previewRows(buildReportSheet({ table: "results", lang: "en", live: true, chart: true }));
    expect(en[1]).toEqual(["Indicator", "2023", "2024", "2025", "Note"]);
    expect(en[2]).toEqual(["Total revenue (B$)", "575.0", "638.0", "717.0", ""]);
    expect(en[5]?.slice(0, 4)).toEqual(["Net income growth (%)", "—", "97.0%", "31.2%"]);
    const fr = previewRows(buildReportSheet({ table: "results", lang: "fr", live: false, chart: true }));
    expect(fr[3]?.slice(0, 4)).toEqual(["Bénéfice net (Mds$)", "30,0", "59,0", "77,7"]);
    expect(fr[4]?.slice(1, 4)).toEqual(["—", "11,0%", "12,0%"]);
    const aws = previewRows(buildReportSheet({ table: "aws", lang: "en", live: true, chart: true }));
    expect(aws[aws.length - 1]?.slice(1, 4)).toEqual(["#N/A", "19.0%", "20.0%"]);
  });

  it("formats negatives in parentheses and zero as a dash", () => {
    expect(formatForDisplay(-1234.56, FORMAT_BILLIONS, "en")).toBe("(1,234.6)");
    expect(formatForDisplay(0, FORMAT_BILLIONS, "en")).toBe("–");
    expect(formatForDisplay(-0.05, FORMAT_PERCENT, "fr")).toBe("(5,0%)");
    expect(formatForDisplay(2024, FORMAT_YEAR, "fr")).toBe("2024");
    expect(formatForDisplay(1.5, FORMAT_GENERAL, "fr")).toBe("1,5");
  });
});

describe("formulas", () => {
  it("writes every live cell with core's printer, which reads back the same call", () => {
    for (const table of REPORT_TABLE_IDS) {
      for (const basis of ["report", "filings"] as const) {
        const spec = buildReportSheet({ table, lang: "fr", live: true, chart: true, basis });
        for (const cell of spec.cells.flat()) {
          if (typeof cell !== "string" || !cell.startsWith("=AMZN.")) continue;
          const call = parseAmznFormula(cell);
          expect(call?.args.every((arg) => arg.kind === "number" || arg.kind === "text")).toBe(true);
          expect(call && printFormula(call.id, call.args.map(literalOf))).toBe(cell);
        }
      }
    }
  });

  it("evaluates through the api, errors as Excel shows them", () => {
    expect(evaluateReportFormula("=AMZN.REVENUE(2024)")).toBe(638);
    expect(evaluateReportFormula("=AMZN.REVENUE(2021)")).toBe("#N/A");
    expect(evaluateReportFormula('=AMZN.METRIC("revenue","2025Q4","M","filings")')).toBe(213_386);
    expect(evaluateReportFormula('=AMZN.METRIC("revenu",2024)')).toBe("#VALUE!");
    expect(evaluateReportFormula("=NA()")).toBe("#N/A");
    expect(evaluateReportFormula("=FOO(1)")).toBe("#NAME?");
  });
});

describe("buildReportSheet input checks", () => {
  it("refuses an unknown table, language or basis with an AmznError", () => {
    const bad =
      (options: object): (() => SheetSpec) =>
      () =>
        buildReportSheet({ table: "results", lang: "en", live: false, chart: false, ...options } as Parameters<
          typeof buildReportSheet
        >[0]);
    expect(bad({ table: "capex" })).toThrow(AmznError);
    expect(bad({ lang: "de" })).toThrow(AmznError);
    expect(bad({ basis: "sec" })).toThrow(AmznError);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the Office.js writer, on the typed fake Excel.

describe("written by the task pane's writer", () => {
  useExcelEnums();

  it("creates the table and a column-line combo chart reading the right rows", async () => {
    const state = createWorkbookState();
    const spec = buildReportSheet({ table: "aws", lang: "en", live: true, chart: true });
    const result = await writeSpec(excelContext(state), spec, {
      target: "newSheet",
    });
    expect(result).toMatchObject({ status: "written", sheetName: "AMZN AWS", tableName: "AMZN_AWS_en" });
    expect(state.tables[0]).toMatchObject({ name: "AMZN_AWS_en", address: "'AMZN AWS'!A2:E5" });
    const chart = state.charts[0];
    const helper = spec.charts[0]?.series[1]?.row ?? -1;
    expect(chart?.series).toEqual([
      { name: "AWS revenue", values: "'AMZN AWS'!B3:D3", xValues: "'AMZN AWS'!B2:D2" },
      {
        name: "Growth",
        values: `'AMZN AWS'!B${helper + 1}:D${helper + 1}`,
        xValues: "'AMZN AWS'!B2:D2",
        chartType: "Line",
        axisGroup: "Secondary",
      },
    ]);
  });
});
