/**
 * The reconciliation sheet: every claim of the report against its own figures and the filings, as
 * an Excel table of static values (the task pane's gallery and audit view insert it).
 *
 * Layout (grid offsets):
 *   0          title
 *   1          table header (Excel table "AMZN_Reconciliation" starts here)
 *   2 … 1+N    one row per claim (N rows: the claims judged one by one, the report judged whole
 *              (its inconsistency and its causal claims), then the KPIs against Amazon's statements)
 *   2+N        blank
 *   3+N …      notes: sources, the status rule, the overall status, the counts
 *
 * Values are numbers with a format per row's unit: rates and margins '0.0%', multiples '0.00"×"',
 * years '0', figures in B$ '#,##0.0'; gaps carry an explicit sign. "—" where a value does not apply.
 */
import type { Lang } from "../core/runtime";
import {
  NOT_APPLICABLE,
  type ReconUnit,
  kpiReconciliations,
  reconciliationRows,
  statusLabel,
  wholeRows,
} from "../core/reconcile";
import { FORMAT_BILLIONS_PLAIN, FORMAT_MULTIPLE, FORMAT_PERCENT_PLAIN, FORMAT_WHOLE } from "../core/wording";
import { FORMAT_GENERAL, FORMAT_YEAR, type CellStyle, type SheetSpec, type SpecCell, type StyleRun } from "./spec";
import {
  RECONCILIATION_HEADERS,
  RECONCILIATION_SHEET_COLUMNS,
  RECONCILIATION_TEXT,
  reconciliationCountsLine,
  reconciliationSourcesLine,
  type ReconciliationSheetColumn,
} from "./reconcile-text";

export { RECONCILIATION_SHEET_COLUMNS, type ReconciliationSheetColumn } from "./reconcile-text";

export const RECONCILIATION_TABLE_NAME = "AMZN_Reconciliation";

/** Number formats of the values and of the gaps, per unit. */
export const RECONCILIATION_FORMATS: Readonly<Record<ReconUnit, { readonly value: string; readonly gap: string }>> = {
  fraction: { value: FORMAT_PERCENT_PLAIN, gap: "+0.0%;-0.0%;0.0%" },
  multiple: { value: FORMAT_MULTIPLE, gap: '+0.00"×";-0.00"×";0.00"×"' },
  year: { value: FORMAT_YEAR, gap: "+0;-0;0" },
  B$: { value: FORMAT_BILLIONS_PLAIN, gap: "+#,##0.0;-#,##0.0;0.0" },
};

const WIDTHS: Readonly<Record<ReconciliationSheetColumn, number>> = {
  claim: 300,
  printed: 150,
  section: 90,
  metric: 140,
  period: 80,
  reported: 75,
  computed: 90,
  filings: 75,
  gap_report: 80,
  gap_filings: 80,
  status_report: 85,
  status_filings: 85,
  status: 70,
  note: 600,
};

/** The reconciliation table as a sheet spec: static values, a title, the table, notes below. */
export function buildReconciliationSheet(lang: Lang): SheetSpec {
  const rows = reconciliationRows();
  const whole = wholeRows();
  const kpis = kpiReconciliations();
  const columns = RECONCILIATION_SHEET_COLUMNS;
  const width = columns.length;
  const col = (key: ReconciliationSheetColumn): number => columns.indexOf(key);
  const headerRow = 1;
  const firstClaimRow = headerRow + 1;
  const allRows = rows.length + whole.length + kpis.length;
  const notes = [
    reconciliationSourcesLine(rows, lang),
    RECONCILIATION_TEXT.rule[lang],
    RECONCILIATION_TEXT.overall[lang],
    reconciliationCountsLine([...rows, ...whole, ...kpis], lang),
  ];
  const firstNoteRow = firstClaimRow + allRows + 1;
  const height = firstNoteRow + notes.length;

  const cells: SpecCell[][] = Array.from({ length: height }, () => new Array<SpecCell>(width).fill(null));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill(FORMAT_GENERAL));
  const styles: StyleRun[] = [];
  const put = (row: number, column: number, value: SpecCell, format?: string): void => {
    const cellRow = cells[row];
    const formatRow = formats[row];
    if (cellRow === undefined || formatRow === undefined || column < 0 || column >= width) {
      throw new Error(`cell ${row},${column} off grid`);
    }
    cellRow[column] = value;
    if (format !== undefined) formatRow[column] = format;
  };
  const style = (row: number, column: number, rowCount: number, colCount: number, kind: CellStyle): void => {
    if (rowCount > 0 && colCount > 0) styles.push({ row, col: column, rows: rowCount, cols: colCount, style: kind });
  };
  /** A number with its format, or "—" in General. */
  const value = (row: number, key: ReconciliationSheetColumn, v: number | null, format: string): void => {
    if (v === null) put(row, col(key), NOT_APPLICABLE);
    else put(row, col(key), v, format);
  };

  put(0, 0, RECONCILIATION_TEXT.title[lang]);
  style(0, 0, 1, 1, "title");

  columns.forEach((key, c) => put(headerRow, c, RECONCILIATION_HEADERS[key][lang]));
  style(headerRow, 0, 1, width, "header");

  rows.forEach((row, i) => {
    const r = firstClaimRow + i;
    const f = RECONCILIATION_FORMATS[row.unit];
    put(r, col("claim"), row.wording[lang]);
    put(r, col("printed"), row.printed);
    put(r, col("section"), row.sectionRef[lang]);
    put(r, col("metric"), row.metric);
    put(r, col("period"), row.period);
    value(r, "reported", row.reported, f.value);
    value(r, "computed", row.computed, f.value);
    value(r, "filings", row.filings, f.value);
    value(r, "gap_report", row.gapVsComputed, f.gap);
    value(r, "gap_filings", row.gapVsFilings, f.gap);
    put(r, col("status_report"), row.statusVsReport ? statusLabel(row.statusVsReport, lang) : NOT_APPLICABLE);
    put(r, col("status_filings"), row.statusVsFilings ? statusLabel(row.statusVsFilings, lang) : NOT_APPLICABLE);
    put(r, col("status"), statusLabel(row.status, lang));
    put(r, col("note"), row.note[lang]);
  });
  // The report judged whole: its three statements of one change, and its causal claims.
  whole.forEach((row, i) => {
    const r = firstClaimRow + rows.length + i;
    put(r, col("claim"), row.claim[lang]);
    put(r, col("printed"), row.reported.fr);
    put(r, col("section"), NOT_APPLICABLE);
    put(r, col("metric"), row.metric);
    put(r, col("period"), row.period);
    put(r, col("reported"), NOT_APPLICABLE);
    put(r, col("computed"), NOT_APPLICABLE);
    value(r, "filings", row.filings, RECONCILIATION_FORMATS.multiple.value);
    put(r, col("gap_report"), NOT_APPLICABLE);
    put(r, col("gap_filings"), NOT_APPLICABLE);
    put(r, col("status_report"), NOT_APPLICABLE);
    put(r, col("status_filings"), NOT_APPLICABLE);
    put(r, col("status"), statusLabel(row.status, lang));
    put(r, col("note"), row.note[lang]);
  });
  // The report's KPIs against what Amazon said (counts, fractions as the KPI is stored).
  kpis.forEach((row, i) => {
    const r = firstClaimRow + rows.length + whole.length + i;
    const format = Number.isInteger(row.reported) ? FORMAT_WHOLE : FORMAT_PERCENT_PLAIN;
    put(r, col("claim"), row.claim[lang]);
    put(r, col("printed"), NOT_APPLICABLE);
    put(r, col("section"), NOT_APPLICABLE);
    put(r, col("metric"), row.id);
    put(r, col("period"), NOT_APPLICABLE);
    value(r, "reported", row.reported, format);
    put(r, col("computed"), NOT_APPLICABLE);
    value(r, "filings", row.amazon, format);
    put(r, col("gap_report"), NOT_APPLICABLE);
    value(r, "gap_filings", row.amazon === null ? null : row.reported - row.amazon, format);
    put(r, col("status_report"), NOT_APPLICABLE);
    put(r, col("status_filings"), NOT_APPLICABLE);
    put(r, col("status"), statusLabel(row.status, lang));
    put(r, col("note"), row.note[lang]);
  });
  style(firstClaimRow, col("claim"), allRows, 1, "label");
  style(firstClaimRow, col("status"), allRows, 1, "output");
  style(firstClaimRow, col("note"), allRows, 1, "note");

  notes.forEach((text, i) => put(firstNoteRow + i, 0, text));
  style(firstNoteRow, 0, notes.length, 1, "note");

  return {
    sheetName: RECONCILIATION_TEXT.sheetName[lang],
    lang,
    cells,
    numberFormats: formats,
    styles,
    table: { name: RECONCILIATION_TABLE_NAME, row: headerRow, col: 0, rows: allRows + 1, cols: width },
    charts: [],
    validations: [],
    columnWidths: columns.map((key) => WIDTHS[key]),
  };
}
