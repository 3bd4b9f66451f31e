/**
 * The task pane gallery's report tables: the report's §1 results, §2 AWS and §3–§6 AI KPIs as
 * sheet specs, with their charts, in English or French, static (constants) or live (one AMZN
 * formula per figure), on the report's basis or with Amazon's filed figures. This file checks the
 * options and puts the parts together: report-draft.ts (which figure and call in each cell),
 * report-text.ts (the words), report-layout.ts (the grid).
 *
 * Decisions:
 * - The tables are the report's, as printed: the growth rows hold the rates the report prints
 *   (its claims, =AMZN.GROWTH(…,"reported")), no computed rows. Computed rates and the gaps to the
 *   filings belong to the reconciliation table; a note line says so.
 * - basis "filings" keeps the report's layout and labels, fills it with the filed figures in B$
 *   (=AMZN.REVENUE(2024,"B","filings")), computes growth from them ("total": the filings print no
 *   rates) and gives the AWS margin every year the filings have. KPIs have no filed counterpart
 *   the functions return: in the KPI table only the Anthropic gain changes (2025, as filed).
 * - Static cells hold the value the live cell's AMZN formula returns, computed by core. No formula
 *   refers to a cell, so the spec has no formulaAnchor and can be written anywhere.
 */
import { AmznError, type Lang } from "../core/runtime";
import type { Basis } from "../data/index";
import type { SheetSpec } from "./spec";
import { styleRuns } from "./grid";
import { awsDraft, kpisDraft, resultsDraft } from "./report-draft";
import { assembleKpis, assembleYearly } from "./report-layout";
import { reportNames, type ReportTableId } from "./report-text";

export { REPORT_GALLERY, type ReportGalleryItem, type ReportTableId } from "./report-text";

export type ReportBasis = Basis;

export const REPORT_TABLE_IDS: readonly ReportTableId[] = ["results", "aws", "kpis"];

export interface ReportSheetOptions {
  readonly table: ReportTableId;
  readonly lang: Lang;
  /** true: one AMZN formula per figure; false: constants. */
  readonly live: boolean;
  /** Add the table's chart; ignored for a table without one (kpis). */
  readonly chart: boolean;
  /** "report" (default): the report's figures as printed; "filings": Amazon's filed figures. */
  readonly basis?: ReportBasis;
}

/**
 * The sheet spec of one of the report's tables. Throws AmznError (#VALUE!) for an unknown table,
 * language or basis (the options come from the task pane, typed; the check guards plain JS).
 */
export function buildReportSheet(options: ReportSheetOptions): SheetSpec {
  const { table, live, chart } = options;
  if (!REPORT_TABLE_IDS.includes(table)) {
    throw new AmznError("value", {
      en: `unknown report table '${String(table)}'; use results, aws or kpis`,
      fr: `tableau du rapport inconnu « ${String(table)} » ; utilisez results, aws ou kpis`,
    });
  }
  if (options.lang !== "en" && options.lang !== "fr") {
    throw new AmznError("value", {
      en: `unknown language '${String(options.lang)}'; use en or fr`,
      fr: `langue inconnue « ${String(options.lang)} » ; utilisez en ou fr`,
    });
  }
  const basis: Basis = options.basis ?? "report";
  if (basis !== "report" && basis !== "filings") {
    throw new AmznError("value", {
      en: `unknown basis '${String(basis)}'; use report or filings`,
      fr: `base inconnue « ${String(basis)} » ; utilisez report ou filings`,
    });
  }
  const lang = options.lang;
  const assembled =
    table === "kpis"
      ? assembleKpis(kpisDraft(basis, lang), lang, live)
      : assembleYearly(table === "results" ? resultsDraft(basis, lang) : awsDraft(basis, lang), lang, live, chart);
  const { grid, tableRows, charts, widths } = assembled;
  const cols = grid[1]?.length ?? 0;
  const names = reportNames(table, basis, lang);
  return {
    sheetName: names.sheet,
    lang,
    cells: grid.map((row) => row.map((cell) => cell.value)),
    numberFormats: grid.map((row) => row.map((cell) => cell.format)),
    styles: styleRuns(grid),
    table: { name: names.table, row: 1, col: 0, rows: tableRows, cols },
    charts,
    validations: [],
    columnWidths: widths,
  };
}
