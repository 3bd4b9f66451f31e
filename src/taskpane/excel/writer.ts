/**
 * The one place that turns a SheetSpec into Office.js calls. Every operation reads what it needs in
 * one batch, decides, then writes everything in one more batch: two `context.sync()` calls whatever
 * the size of the spec, charts included (Excel on the web pays a network round trip per sync).
 *
 * It never overwrites a non-empty cell unless the caller passes `overwrite: true`, which the task
 * pane only does after the user confirmed.
 */
import type { CellStyle, ChartSpec, SheetSpec, SpecCell } from "../../sheets/spec";

export type WriteTarget = "selection" | "newSheet";

export interface WriteOptions {
  readonly target: WriteTarget;
  /** Only after the user explicitly agreed to replace what the target holds. */
  readonly overwrite?: boolean;
}

export type WriteResult =
  | { readonly status: "written"; readonly sheetName: string; readonly address: string; readonly tableName?: string }
  | { readonly status: "occupied"; readonly address: string; readonly filledCells: number };

interface StyleFormat {
  readonly fontColor?: string;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** FAST-standard colours: inputs blue on a pale fill, formulas black, notes grey. */
const STYLE_FORMATS: Record<CellStyle, StyleFormat> = {
  title: { bold: true, fontColor: "#232F3E" },
  header: { bold: true, fontColor: "#000000", fill: "#E8EEF4" },
  label: { fontColor: "#000000" },
  input: { fontColor: "#0000FF", fill: "#FFF2CC" },
  calc: { fontColor: "#000000" },
  output: { bold: true, fontColor: "#000000" },
  note: { italic: true, fontColor: "#6B6B6B" },
};

/** Excel's formula/constant input: null becomes an empty string (which clears the cell). */
function toFormulaInput(cell: SpecCell): string | number | boolean {
  return cell === null ? "" : cell;
}

export function specSize(spec: SheetSpec): { rows: number; cols: number } {
  return { rows: spec.cells.length, cols: spec.cells[0]?.length ?? 0 };
}

/** "Sheet Name" -> "Sheet Name (2)" ... keeping Excel's 31-character limit. */
export function uniqueName(wanted: string, taken: readonly string[], separator: "sheet" | "table"): string {
  const lowerTaken = new Set(taken.map((name) => name.toLowerCase()));
  const limit = separator === "sheet" ? 31 : 255;
  const base = wanted.slice(0, limit);
  if (!lowerTaken.has(base.toLowerCase())) return base;
  for (let index = 2; ; index++) {
    const suffix = separator === "sheet" ? ` (${index})` : `_${index}`;
    const candidate = `${base.slice(0, limit - suffix.length)}${suffix}`;
    if (!lowerTaken.has(candidate.toLowerCase())) return candidate;
  }
}

function countFilled(formulas: readonly (readonly unknown[])[]): number {
  let filled = 0;
  for (const row of formulas) for (const cell of row) if (cell !== "" && cell !== null) filled++;
  return filled;
}

function addChart(sheet: Excel.Worksheet, anchor: Excel.Range, chart: ChartSpec, belowRow: number): void {
  const categories = anchor
    .getCell(chart.categoriesRow, chart.firstCol)
    .getResizedRange(0, chart.lastCol - chart.firstCol);
  const valuesOf = (row: number): Excel.Range =>
    anchor.getCell(row, chart.firstCol).getResizedRange(0, chart.lastCol - chart.firstCol);
  const [first, ...rest] = chart.series;
  if (!first) return;
  const type = chart.kind === "line" ? Excel.ChartType.line : Excel.ChartType.columnClustered;
  const excelChart = sheet.charts.add(type, valuesOf(first.row), Excel.ChartSeriesBy.rows);
  excelChart.title.text = chart.title;
  const firstSeries = excelChart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const spec of rest) {
    const series = excelChart.series.add(spec.name);
    series.setValues(valuesOf(spec.row));
    series.setXAxisValues(categories);
    if (spec.kind === "line") series.chartType = Excel.ChartType.line;
    if (spec.secondaryAxis) series.axisGroup = Excel.ChartAxisGroup.secondary;
  }
  excelChart.axes.valueAxis.title.text = chart.valueAxisTitle;
  if (chart.categoryAxisTitle) excelChart.axes.categoryAxis.title.text = chart.categoryAxisTitle;
  if (chart.secondaryAxisTitle && rest.some((series) => series.secondaryAxis)) {
    excelChart.axes.getItem(Excel.ChartAxisType.value, Excel.ChartAxisGroup.secondary).title.text =
      chart.secondaryAxisTitle;
  }
  excelChart.legend.position = Excel.ChartLegendPosition.bottom;
  // Below the grid, left-aligned with it, 8 columns wide and 15 rows high.
  excelChart.setPosition(anchor.getCell(belowRow, 0), anchor.getCell(belowRow + 14, 7));
}

/** Queues every write of the spec at `anchor` (no sync). */
function queueSpec(sheet: Excel.Worksheet, anchor: Excel.Range, spec: SheetSpec, tableName?: string): Excel.Range {
  const { rows, cols } = specSize(spec);
  const grid = anchor.getResizedRange(rows - 1, cols - 1);
  grid.formulas = spec.cells.map((row) => row.map(toFormulaInput));
  grid.numberFormat = spec.numberFormats.map((row) => [...row]);
  for (const run of spec.styles) {
    const format = STYLE_FORMATS[run.style];
    const range = anchor.getCell(run.row, run.col).getResizedRange(run.rows - 1, run.cols - 1);
    if (format.fontColor) range.format.font.color = format.fontColor;
    if (format.fill) range.format.fill.color = format.fill;
    if (format.bold !== undefined) range.format.font.bold = format.bold;
    if (format.italic !== undefined) range.format.font.italic = format.italic;
  }
  spec.columnWidths?.forEach((width, col) => {
    anchor.getCell(0, col).format.columnWidth = width;
  });
  for (const validation of spec.validations) {
    anchor.getCell(validation.row, validation.col).dataValidation.rule = {
      list: { inCellDropDown: true, source: validation.options.join(",") },
    };
  }
  if (spec.table && tableName) {
    const tableRange = anchor
      .getCell(spec.table.row, spec.table.col)
      .getResizedRange(spec.table.rows - 1, spec.table.cols - 1);
    const table = sheet.tables.add(tableRange, true);
    table.name = tableName;
    table.style = "TableStyleLight9";
    table.showFilterButton = false;
  }
  spec.charts.forEach((chart, index) => addChart(sheet, anchor, chart, rows + 1 + index * 16));
  return grid;
}

/**
 * Writes a spec at the active cell or on a new sheet: one sync to read (target contents, sheet and
 * table names), one sync to write. Returns "occupied" (after one sync, nothing written) when the
 * target holds anything and the caller did not pass overwrite.
 */
export async function writeSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: WriteOptions,
): Promise<WriteResult> {
  if (spec.formulaAnchor && options.target === "selection") {
    throw new Error("a spec with absolute references can only be written on a new sheet");
  }
  const { rows, cols } = specSize(spec);
  const workbook = context.workbook;
  // Sheet names matter only for a new sheet's unique name; table names for either target.
  const sheets = options.target === "newSheet" ? workbook.worksheets.load("items/name") : undefined;
  const tables = workbook.tables.load("items/name");
  let target: Excel.Range | undefined;
  let targetSheet: Excel.Worksheet | undefined;
  if (options.target === "selection") {
    target = workbook.getActiveCell().getResizedRange(rows - 1, cols - 1);
    target.load(["address", "formulas"]);
    targetSheet = target.worksheet.load("name");
  }
  await context.sync();

  const tableName = spec.table
    ? uniqueName(
        spec.table.name,
        tables.items.map((table) => table.name),
        "table",
      )
    : undefined;
  if (target && targetSheet) {
    const filledCells = countFilled(target.formulas);
    if (filledCells > 0 && !options.overwrite) return { status: "occupied", address: target.address, filledCells };
    queueSpec(targetSheet, target.getCell(0, 0), spec, tableName);
    await context.sync();
    return { status: "written", sheetName: targetSheet.name, address: target.address, tableName };
  }

  const sheetName = uniqueName(
    spec.sheetName,
    (sheets?.items ?? []).map((sheet) => sheet.name),
    "sheet",
  );
  const sheet = workbook.worksheets.add(sheetName);
  // Specs with absolute references (the scenario model) say where their top-left cell must go.
  const anchor = spec.formulaAnchor ?? { row: 0, col: 0 };
  queueSpec(sheet, sheet.getCell(anchor.row, anchor.col), spec, tableName);
  sheet.activate();
  const first = `${columnLetters(anchor.col)}${anchor.row + 1}`;
  const last = `${columnLetters(anchor.col + cols - 1)}${anchor.row + rows}`;
  const address = `'${sheetName.replace(/'/g, "''")}'!${first}:${last}`;
  await context.sync();
  return { status: "written", sheetName, address, tableName };
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export type FormulaResult =
  | { readonly status: "written"; readonly address: string }
  | { readonly status: "occupied"; readonly address: string; readonly filledCells: number };

/** Puts one formula in the active cell, unless it holds something: one sync to read, one to write. */
export async function insertFormula(
  context: Excel.RequestContext,
  formula: string,
  overwrite = false,
): Promise<FormulaResult> {
  const cell = context.workbook.getActiveCell().load(["address", "formulas"]);
  await context.sync();
  const filledCells = countFilled(cell.formulas);
  if (filledCells > 0 && !overwrite) return { status: "occupied", address: cell.address, filledCells };
  cell.formulas = [[formula]];
  await context.sync();
  return { status: "written", address: cell.address };
}

/** True when a formula calls an AMZN function (outside string literals). */
export function callsAmzn(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /(^|[^A-Za-z0-9_.])AMZN\./i.test(withoutStrings);
}

export type ConvertScope = "selection" | "sheet" | "workbook";

export interface ConvertResult {
  /** Cells that held an AMZN formula, or a value spilled by one, and now hold a constant. */
  readonly cellsChanged: number;
  readonly formulasConverted: number;
}

interface AmznAnchor {
  readonly area: Excel.Range;
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
}

/**
 * Replaces every AMZN formula in the scope by its current value, so the workbook reads the same
 * without the add-in; every other formula is left alone. A dynamic-array AMZN formula (SERIES,
 * TABLE, …) becomes the block of values it spilled when Excel supports spill ranges (ExcelApi
 * 1.12); otherwise only its top-left value is kept, which the caller is told.
 * Syncs: 1 to list sheets (workbook only), 1 to read, 1 to read spill extents (only when there are
 * AMZN formulas and spills are supported), 1 to write.
 */
export async function convertAmznToValues(
  context: Excel.RequestContext,
  scope: ConvertScope,
  supportsSpills: boolean,
): Promise<ConvertResult> {
  const workbook = context.workbook;
  let areas: Excel.Range[];
  if (scope === "selection") {
    areas = [workbook.getSelectedRange()];
  } else if (scope === "sheet") {
    areas = [workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true)];
  } else {
    const sheets = workbook.worksheets.load("items/name");
    await context.sync();
    areas = sheets.items.map((sheet) => workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true));
  }
  for (const area of areas) area.load(["formulas", "values"]);
  await context.sync();

  const anchors: AmznAnchor[] = [];
  for (const area of areas) {
    if (area.isNullObject) continue;
    area.formulas.forEach((line, row) =>
      line.forEach((formula, col) => {
        if (callsAmzn(formula)) anchors.push({ area, row, col, value: area.values[row]?.[col] });
      }),
    );
  }
  if (anchors.length === 0) return { cellsChanged: 0, formulasConverted: 0 };

  const spills = supportsSpills
    ? anchors.map((anchor) =>
        anchor.area.getCell(anchor.row, anchor.col).getSpillingToRangeOrNullObject().load(["values"]),
      )
    : [];
  if (supportsSpills) await context.sync();

  let cellsChanged = 0;
  anchors.forEach((anchor, index) => {
    const spill = spills[index];
    if (spill && !spill.isNullObject) {
      // Writing the whole block replaces the anchor's formula and freezes every spilled value.
      anchor.area
        .getCell(anchor.row, anchor.col)
        .getResizedRange(spill.values.length - 1, (spill.values[0]?.length ?? 1) - 1).values = spill.values;
      cellsChanged += spill.values.length * (spill.values[0]?.length ?? 1);
    } else {
      anchor.area.getCell(anchor.row, anchor.col).values = [[anchor.value]];
      cellsChanged += 1;
    }
  });
  await context.sync();
  return { cellsChanged, formulasConverted: anchors.length };
}

export interface ActiveCell {
  readonly address: string;
  readonly formula: unknown;
  readonly value: unknown;
}

/** The active cell's address, formula and value, in one sync (the Audit view). */
export async function readActiveCell(context: Excel.RequestContext): Promise<ActiveCell> {
  const cell = context.workbook.getActiveCell().load(["address", "formulas", "values"]);
  await context.sync();
  return { address: cell.address, formula: cell.formulas[0]?.[0], value: cell.values[0]?.[0] };
}

/**
 * Calls `onChange` whenever the user selects another cell (Workbook.onSelectionChanged, ExcelApi
 * 1.2). One registration per pane: the handler lives as long as the shared runtime.
 */
export async function watchSelection(context: Excel.RequestContext, onChange: () => void): Promise<void> {
  context.workbook.onSelectionChanged.add(async () => onChange());
  await context.sync();
}
