/**
 * The report tables' grid, from their drafts (report-draft.ts):
 *   0      title (units in it: "(B$)" / "(Mds$)")
 *   1      the Excel table's header row: "Indicator", the years as text ("2023": Excel makes
 *          table headers text), "Note"
 *   2…     one row per figure line, units in the row labels ("Total revenue (B$)",
 *          "Revenue growth (%)"), "—" where the report prints a dash, flags and provenance notes in
 *          the Note column; approximate figures show "~" through their number format (~91.0)
 *   then   the source line (style note) right below the table, explanatory notes under it, and
 *          a line saying whether the figures are constants or AMZN formulas (same row count
 *          static or live, so the two versions line up cell for cell)
 *   then   for a chart whose line series has a dash: a blank row and a chart-series helper row
 *          with =NA() in place of the dash, so Excel draws a gap (Excel plots text as 0: the
 *          growth line would otherwise fall to 0% in 2023)
 * The KPI table has one row per KPI: label, value, unit, section, flag, note.
 * Static figures are hard-coded numbers: "input" style (blue, FAST). Live figures: "calc".
 */
import { printFormula } from "../core/formula";
import type { Lang } from "../core/runtime";
import { FORMAT_GENERAL, type CellStyle, type ChartSeriesSpec, type ChartSpec } from "./spec";
import { EMPTY, pad, type GridCell } from "./grid";
import { DASH, YEARS, type KpiTableDraft, type Slot, type YearlyDraft } from "./report-draft";
import { REPORT_TEXT } from "./report-text";

/** Excel's gap in a chart series: a line series reads #N/A as no point, where it plots text as 0. */
const NA_FORMULA = "=NA()";

export interface Assembled {
  readonly grid: GridCell[][];
  readonly tableRows: number;
  readonly charts: ChartSpec[];
  readonly widths: number[];
}

function text(value: string | null, style?: CellStyle): GridCell {
  return value === null || value === ""
    ? EMPTY
    : { value, format: FORMAT_GENERAL, ...(style === undefined ? {} : { style }) };
}

function figureCell(slot: Slot, live: boolean): GridCell {
  const style: CellStyle = live ? "calc" : "input";
  if (slot === DASH) return { value: DASH, format: FORMAT_GENERAL, style };
  return { value: live ? printFormula(slot.call.id, slot.call.args) : slot.value, format: slot.format, style };
}

export function assembleYearly(draft: YearlyDraft, lang: Lang, live: boolean, chart: boolean): Assembled {
  const width = 1 + YEARS.length + 1;
  const noteCol = width - 1;
  const grid: GridCell[][] = [];
  grid.push(pad([text(draft.title, "title")], width));
  grid.push([
    { value: draft.labelHeader, format: FORMAT_GENERAL, style: "header" },
    // Header cells are text in an Excel table ("2023", not 2023): written as text on purpose, so
    // the spec says what Excel holds. The charts read them as category labels.
    ...YEARS.map((y): GridCell => ({ value: String(y), format: FORMAT_GENERAL, style: "header" })),
    { value: REPORT_TEXT.note[lang], format: FORMAT_GENERAL, style: "header" },
  ]);
  const lineRow = (index: number): number => 2 + index;
  for (const line of draft.lines) {
    grid.push([text(line.label, "label"), ...line.slots.map((s) => figureCell(s, live)), text(line.note, "note")]);
  }
  const tableRows = 1 + draft.lines.length;
  for (const note of draft.notes) grid.push(pad([text(note, "note")], width));
  grid.push(pad([text(REPORT_TEXT[live ? "live" : "static"][lang], "note")], width));

  const charts: ChartSpec[] = [];
  if (chart && draft.chart !== undefined) {
    const spec = draft.chart;
    const series: ChartSeriesSpec[] = [];
    let blankAdded = false;
    for (const s of spec.series) {
      const line = draft.lines[s.line];
      if (line === undefined) throw new Error(`chart series ${s.line} has no line`);
      let row = lineRow(s.line);
      // Excel plots text as 0: a line series with a dash reads from a helper row with =NA().
      if (s.kind === "line" && line.slots.includes(DASH)) {
        if (!blankAdded) {
          grid.push(pad([], width));
          blankAdded = true;
        }
        row = grid.length;
        const helperStyle: CellStyle = "note";
        grid.push(
          pad(
            [
              text(`${REPORT_TEXT.chartHelper[lang]} (${line.seriesName})`, "note"),
              ...line.slots.map((slot): GridCell => {
                if (slot === DASH) return { value: NA_FORMULA, format: FORMAT_GENERAL, style: helperStyle };
                return { ...figureCell(slot, live), style: helperStyle };
              }),
            ],
            width,
          ),
        );
      }
      series.push({
        name: line.seriesName,
        row,
        kind: s.kind,
        ...(s.secondary === true ? { secondaryAxis: true } : {}),
      });
    }
    charts.push({
      title: spec.title,
      kind: spec.kind,
      categoriesRow: 1,
      firstCol: 1,
      lastCol: YEARS.length,
      series,
      valueAxisTitle: spec.valueAxisTitle,
      ...(spec.secondaryAxisTitle === undefined ? {} : { secondaryAxisTitle: spec.secondaryAxisTitle }),
      categoryAxisTitle: REPORT_TEXT.year[lang],
    });
  }
  const widths = Array.from({ length: width }, (_, col) => (col === 0 ? 230 : col === noteCol ? 380 : 64));
  return { grid, tableRows, charts, widths };
}

export function assembleKpis(draft: KpiTableDraft, lang: Lang, live: boolean): Assembled {
  const width = 6;
  const grid: GridCell[][] = [];
  grid.push(pad([text(draft.title, "title")], width));
  const t = REPORT_TEXT;
  grid.push(
    [t.indicator, t.value, t.unit, t.section, t.flag, t.note].map((h): GridCell => ({
      value: h[lang],
      format: FORMAT_GENERAL,
      style: "header",
    })),
  );
  for (const row of draft.rows) {
    grid.push([
      text(row.label, "label"),
      figureCell(row.slot, live),
      text(row.unit, "label"),
      text(row.section, "label"),
      text(row.flag, "note"),
      text(row.note, "note"),
    ]);
  }
  const tableRows = 1 + draft.rows.length;
  for (const note of draft.notes) grid.push(pad([text(note, "note")], width));
  grid.push(pad([text(REPORT_TEXT[live ? "live" : "static"][lang], "note")], width));
  return { grid, tableRows, charts: [], widths: [260, 110, 120, 250, 130, 420] };
}
