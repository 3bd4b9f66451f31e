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
import { type FilingSourceKey, REPORT_TITLE } from "../data/index";
import { findFigure, findQuarterFigure } from "../core/dataset";
import type { Lang } from "../core/runtime";
import {
  type AnyStatus,
  NOT_APPLICABLE,
  type ReconUnit,
  type ReconciliationRow,
  allStatusCounts,
  kpiReconciliations,
  reconciliationRows,
  statusLabel,
  wholeRows,
} from "../core/reconcile";
import { FORMAT_GENERAL, FORMAT_YEAR, type CellStyle, type SheetSpec, type SpecCell, type StyleRun } from "./spec";

export const RECONCILIATION_TABLE_NAME = "AMZN_Reconciliation";

/** Number formats of the values and of the gaps, per unit. */
export const RECONCILIATION_FORMATS: Readonly<Record<ReconUnit, { readonly value: string; readonly gap: string }>> = {
  fraction: { value: "0.0%", gap: "+0.0%;-0.0%;0.0%" },
  multiple: { value: '0.00"×"', gap: '+0.00"×";-0.00"×";0.00"×"' },
  year: { value: FORMAT_YEAR, gap: "+0;-0;0" },
  B$: { value: "#,##0.0", gap: "+#,##0.0;-#,##0.0;0.0" },
};

/** Columns of the sheet's table, in order. */
export const RECONCILIATION_SHEET_COLUMNS = [
  "claim",
  "printed",
  "section",
  "metric",
  "period",
  "reported",
  "computed",
  "filings",
  "gap_report",
  "gap_filings",
  "status_report",
  "status_filings",
  "status",
  "note",
] as const;
export type ReconciliationSheetColumn = (typeof RECONCILIATION_SHEET_COLUMNS)[number];

type Text = { readonly en: string; readonly fr: string };

const HEADERS: Readonly<Record<ReconciliationSheetColumn, Text>> = {
  claim: { en: "Claim", fr: "Affirmation" },
  printed: { en: "As printed (FR)", fr: "Texte imprimé" },
  section: { en: "Section", fr: "Section" },
  metric: { en: "Metric", fr: "Indicateur" },
  period: { en: "Period", fr: "Période" },
  reported: { en: "Reported", fr: "Rapport" },
  computed: { en: "Computed from report", fr: "Calculé d'après le rapport" },
  filings: { en: "Filings", fr: "Dépôts" },
  gap_report: { en: "Gap vs report", fr: "Écart vs rapport" },
  gap_filings: { en: "Gap vs filings", fr: "Écart vs dépôts" },
  status_report: { en: "Status vs report", fr: "Statut vs rapport" },
  status_filings: { en: "Status vs filings", fr: "Statut vs dépôts" },
  status: { en: "Status", fr: "Statut" },
  note: { en: "Note", fr: "Note" },
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

const TEXT = {
  sheetName: { en: "Reconciliation", fr: "Rapprochement" },
  title: {
    en: "Reconciliation: the report's claims against its own figures and Amazon's filings",
    fr: "Rapprochement : les affirmations du rapport face à ses propres chiffres et aux dépôts d'Amazon",
  },
  rule: {
    en: "Status rule: ok when the value rounds to the printed one at the printed precision (+11%: ±0.5 pp; +31,2%: ±0.05 pp; ×2,6: ±0.05); rounding when it is one unit off in the last printed digit and the claim is computed from figures the report prints, or when a printed figure matches only at a coarser precision than its row (59 vs 59.2); wording ≈×2 / ≈×3: ok within ±10%; a year: ok only if identical; otherwise mismatch.",
    fr: "Règle des statuts : conforme quand la valeur s'arrondit à la valeur imprimée à sa précision (+11 % : ±0,5 pt ; +31,2 % : ±0,05 pt ; ×2,6 : ±0,05) ; arrondi quand elle diffère d'une unité du dernier chiffre imprimé et que l'affirmation se calcule à partir de chiffres imprimés par le rapport, ou quand un chiffre imprimé ne concorde qu'à une précision plus grossière que sa ligne (59 contre 59,2) ; formulations ≈×2 / ≈×3 : conforme à ±10 % ; une année : conforme seulement si identique ; sinon écart.",
  },
  overall: {
    en: "Status = the worse of 'vs report' and 'vs filings', except that a filings mismatch the report's own rounded figures reproduce counts as rounding (+97% = 59 / 30 − 1).",
    fr: "Statut = le pire de « vs rapport » et « vs dépôts », sauf qu'un écart face aux dépôts que les chiffres arrondis du rapport reproduisent compte comme arrondi (+97 % = 59 / 30 − 1).",
  },
} as const;

function sourcesLine(rows: readonly ReconciliationRow[], lang: Lang): string {
  const keys: FilingSourceKey[] = [];
  for (const row of rows) {
    for (const operand of row.vsFilings?.operands ?? []) {
      const figure =
        operand.quarter === undefined
          ? findFigure("filings", operand.metric, operand.year)
          : findQuarterFigure("filings", operand.metric, operand.year, operand.quarter);
      const sources = figure?.provenance.basis === "filings" ? figure.provenance.sources : [];
      for (const key of sources) if (!keys.includes(key)) keys.push(key);
    }
  }
  const list = keys.join(", ");
  return lang === "fr"
    ? `Sources : le rapport « ${REPORT_TITLE.fr} » ; les dépôts d'Amazon (amazon-filings.md : ${list}). Taux et marges en %, multiples en ×, chiffres en Mds$, années ; « ${NOT_APPLICABLE} » : sans objet.`
    : `Sources: the report "${REPORT_TITLE.fr}" (${REPORT_TITLE.en}); Amazon's filings (amazon-filings.md: ${list}). Rates and margins in %, multiples in ×, figures in B$, years; "${NOT_APPLICABLE}": not applicable.`;
}

function countsLine(statuses: readonly { readonly status: AnyStatus }[], lang: Lang): string {
  const counts = allStatusCounts(statuses)
    .map((c) =>
      lang === "fr" ? `${statusLabel(c.status, lang)} ${c.count}` : `${c.count} ${statusLabel(c.status, lang)}`,
    )
    .join(", ");
  return lang === "fr" ? `${statuses.length} affirmations : ${counts}.` : `${statuses.length} claims: ${counts}.`;
}

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
    sourcesLine(rows, lang),
    TEXT.rule[lang],
    TEXT.overall[lang],
    countsLine([...rows, ...whole, ...kpis], lang),
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

  put(0, 0, TEXT.title[lang]);
  style(0, 0, 1, 1, "title");

  columns.forEach((key, c) => put(headerRow, c, HEADERS[key][lang]));
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
    const format = Number.isInteger(row.reported) ? "#,##0" : "0.0%";
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
    sheetName: TEXT.sheetName[lang],
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
