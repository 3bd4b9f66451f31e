/**
 * Why one file of over 400 lines: it is the one Office.js writer of sheet specs; the read-decide-
 * write batch, the table and chart calls and the rollback on failure share one request and must be
 * read together (overwrite.ts and amzn-write.ts hold what other writers share).
 *
 * The one place that turns a SheetSpec into Office.js calls. Every operation validates what it can
 * before writing anything, reads what it needs in one batch, decides, then writes everything in one
 * more batch: two `context.sync()` calls whatever the size of the spec, charts included (Excel on
 * the web pays a network round trip per sync); three when the workbook already has tables (their
 * ranges, to check for overlap), more only in a French Excel (formulas checked, see localize.ts) or
 * when Excel refuses the write (clean-up).
 *
 * Rules from Excel, each with its source in the module that applies it:
 * - text cells get the Text format before their value (text-cells.ts);
 * - table names are unique among the workbook's tables and defined names, case-insensitively
 *   (support.microsoft.com "Rename an Excel table", cited by Excel.Table.name);
 * - a table can't overlap another table (Excel.TableCollection.add);
 * - a failed sync does not undo the commands before the failing one (OfficeExtension.Error
 *   traceMessages; "Error handling with the application-specific JavaScript APIs"): so the writer
 *   validates first and, when Excel still refuses, removes what the operation created (the new
 *   sheet, the tables it added) and puts back the target's previous contents.
 *
 * It never overwrites a non-empty cell unless the caller passes `overwrite: true`, which the task
 * pane only does after the user confirmed.
 */
import { contains, parseRangeAddress, rangeAddress, type Rect } from "../../core/formula";
import { AmznError } from "../../core/runtime";
import type { CellStyle, ChartSpec, SheetSpec, SpecCell, WaterfallPart } from "../../sheets/spec";
import { startReadBack, type Localization } from "./amzn-write";
import { officeHost, type HostInfo } from "./host";
import {
  countFilled,
  queueRestore,
  readReplaced,
  tablesOverlapping,
  type Replaced,
  type TablePlace,
} from "./overwrite";
import { writtenNumberFormats } from "./text-cells";

export type WriteTarget = "selection" | "newSheet";

export interface WriteOptions {
  readonly target: WriteTarget;
  /** Only after the user explicitly agreed to replace what the target holds. */
  readonly overwrite?: boolean;
  /** The Excel the writer runs in; default `officeHost()` (Office.context). */
  readonly host?: HostInfo;
}

export type WriteResult =
  | {
      readonly status: "written";
      readonly sheetName: string;
      readonly address: string;
      readonly tableName?: string;
      /** French Excel: AMZN formulas Excel did not resolve in English and that were rewritten in French. */
      readonly formulasLocalized?: number;
      /** AMZN formulas that still show #NAME? after the rewrite (the caller should say so). */
      readonly formulasUnresolved?: number;
      /** AMZN formulas whose French form Excel refused: English, #NAME? (absent when none). */
      readonly formulasRefused?: number;
    }
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

/**
 * Why Excel would refuse a table name, or undefined ("Rename an Excel table",
 * https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114): a letter, "_" or
 * "\\" first, then letters, digits, "." and "_"; at most 255 characters; not a cell reference.
 */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) return "not a valid Excel table name";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return "a cell reference";
  return undefined;
}

/** A worksheet name Excel accepts ("Rename a worksheet"): no / \\ ? * : [ ], no edge apostrophe, 31 characters. */
export function safeSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[/\\?*:[\]]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  return cleaned === "" || cleaned.toLowerCase() === "history" ? "AMZN" : cleaned;
}

/**
 * The stacked waterfall's colours, one per part, so that a step split at zero into two series
 * draws in one colour (Excel would give each series its own): those of Excel's own waterfall,
 * blue increases, orange decreases, grey totals (as its legend reads:
 * https://www.sumproduct.com/blog/article/charts-and-dashboards-blogs/cd-waterfall-charts-part-2),
 * as accents 1 to 3 of the Office 2013–2022 theme.
 */
const WATERFALL_COLORS: Record<WaterfallPart, string> = { up: "#4472C4", down: "#ED7D31", total: "#A5A5A5" };

/**
 * A waterfall: Excel's own type where the host has ExcelApi 1.9 (Excel.ChartType.waterfall,
 * "[Api set: ExcelApi 1.9]", https://learn.microsoft.com/javascript/api/excel/excel.charttype),
 * else a stacked column whose first series, the base, has no fill, and whose other series are the
 * spec's parts in their colours (ChartFill.setSolidColor, ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartfill).
 *
 * The legend stays off, so the base and the below-zero series never show in it. Hiding single
 * entries would be ChartLegendEntry.visible ("[Api set: ExcelApi 1.7]",
 * https://learn.microsoft.com/javascript/api/excel/excel.chartlegendentry), within the pane's 1.8,
 * but the reference does not say which series an entry's index stands for.
 */
function addWaterfall(
  sheet: Excel.Worksheet,
  anchor: Excel.Range,
  chart: ChartSpec,
  belowRow: number,
  host: HostInfo,
): void {
  const wf = chart.waterfall;
  const [walk] = chart.series;
  if (wf === undefined || walk === undefined) return;
  const span = (row: number, last = chart.lastCol): Excel.Range =>
    anchor.getCell(row, chart.firstCol).getResizedRange(0, last - chart.firstCol);
  let excelChart: Excel.Chart;
  if (host.supportsExcelApi("1.9")) {
    // The walk without its end column: the API cannot mark a point as a total, and the running
    // total after the last step is the end figure.
    excelChart = sheet.charts.add(
      Excel.ChartType.waterfall,
      span(walk.row, chart.lastCol - 1),
      Excel.ChartSeriesBy.rows,
    );
    const only = excelChart.series.getItemAt(0);
    only.name = walk.name;
    only.setXAxisValues(span(chart.categoriesRow, chart.lastCol - 1));
  } else {
    excelChart = sheet.charts.add(Excel.ChartType.columnStacked, span(wf.base.row), Excel.ChartSeriesBy.rows);
    const base = excelChart.series.getItemAt(0);
    base.name = wf.base.name;
    base.setXAxisValues(span(chart.categoriesRow));
    base.format.fill.clear();
    for (const part of wf.parts) {
      const series = excelChart.series.add(part.name);
      series.setValues(span(part.row));
      series.setXAxisValues(span(chart.categoriesRow));
      series.format.fill.setSolidColor(WATERFALL_COLORS[part.part]);
    }
    // Bars below zero (a bridge from 2022) would run over labels drawn at the zero line: the
    // categories go at the bottom of the plot (ChartAxis.tickLabelPosition, ExcelApi 1.7,
    // https://learn.microsoft.com/javascript/api/excel/excel.chartaxis; the manifest asks for 1.8).
    excelChart.axes.categoryAxis.tickLabelPosition = Excel.ChartAxisTickLabelPosition.low;
  }
  excelChart.title.text = chart.title;
  excelChart.axes.valueAxis.title.text = chart.valueAxisTitle;
  excelChart.legend.visible = false;
  excelChart.setPosition(anchor.getCell(belowRow, 0), anchor.getCell(belowRow + 14, 7));
}

function addChart(
  sheet: Excel.Worksheet,
  anchor: Excel.Range,
  chart: ChartSpec,
  belowRow: number,
  host: HostInfo,
): void {
  if (chart.kind === "waterfall") {
    addWaterfall(sheet, anchor, chart, belowRow, host);
    return;
  }
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

/** Queues every write of the spec at `anchor` (no sync). Number formats first: see text-cells.ts. */
function queueSpec(
  sheet: Excel.Worksheet,
  anchor: Excel.Range,
  spec: SheetSpec,
  tableName: string | undefined,
  host: HostInfo,
): Excel.Range {
  const { rows, cols } = specSize(spec);
  const grid = anchor.getResizedRange(rows - 1, cols - 1);
  grid.numberFormat = writtenNumberFormats(spec);
  grid.formulas = spec.cells.map((row) => row.map(toFormulaInput));
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
  for (const scale of spec.colorScales ?? []) {
    const range = anchor.getCell(scale.row, scale.col).getResizedRange(scale.rows - 1, scale.cols - 1);
    range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale).colorScale.criteria = COLOR_SCALE;
  }
  spec.charts.forEach((chart, index) => addChart(sheet, anchor, chart, rows + 1 + index * 16, host));
  return grid;
}

/**
 * The sheets' three-colour scale: lowest red, 50th percentile yellow, highest green (Excel's own
 * "Red - Yellow - Green" scale). ExcelApi 1.6 (Excel.ColorScaleConditionalFormat); the pane
 * requires 1.8. A midpoint makes it a three-colour scale.
 */
const COLOR_SCALE: Excel.ConditionalColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

/** What a write created or replaced, to undo when Excel refuses it. */
interface UndoPlan {
  readonly newSheet?: string;
  readonly tablesBefore: readonly string[];
  readonly target?: { readonly sheet: string; readonly rect: Rect; readonly replaced: Replaced };
  readonly convertedTables: readonly TablePlace[];
}

/**
 * After a failed write: delete the new sheet (with everything on it) or, at the selection, delete
 * the tables the write added, put back what the target held (overwrite.ts: values, formulas,
 * number formats, fonts and fills) and the tables that were replaced. Two syncs.
 */
async function undoWrite(context: Excel.RequestContext, plan: UndoPlan): Promise<void> {
  const workbook = context.workbook;
  const tables = workbook.tables.load("items/name");
  const sheet = plan.newSheet ? workbook.worksheets.getItemOrNullObject(plan.newSheet) : undefined;
  sheet?.load("name");
  await context.sync();
  if (sheet && !sheet.isNullObject) sheet.delete();
  const before = new Set(plan.tablesBefore.map((name) => name.toLowerCase()));
  if (plan.target) {
    for (const table of tables.items)
      if (!before.has(table.name.toLowerCase())) workbook.tables.getItem(table.name).delete();
    const { sheet: sheetName, rect, replaced } = plan.target;
    const range = workbook.worksheets.getItem(sheetName).getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    queueRestore(range, replaced);
    const present = new Set(tables.items.map((table) => table.name.toLowerCase()));
    // Only the tables whose conversion ran (the refusal may have come before it).
    for (const table of plan.convertedTables.filter((converted) => !present.has(converted.name.toLowerCase()))) {
      const restored = workbook.worksheets.getItem(sheetName).tables.add(table.address, true);
      restored.name = table.name;
    }
  }
  await context.sync();
}

function refusal(en: string, fr: string): AmznError {
  return new AmznError("value", { en, fr });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The French rewrite's counts under the names WriteResult gives them; nothing when there was none. */
function localizedCounts(localization: Localization | undefined): {
  formulasLocalized?: number;
  formulasUnresolved?: number;
  formulasRefused?: number;
} {
  if (!localization) return {};
  const { localized, unresolved, refused } = localization;
  return {
    formulasLocalized: localized,
    formulasUnresolved: unresolved,
    ...(refused === undefined ? {} : { formulasRefused: refused }),
  };
}

/**
 * Writes a spec at the active cell or on a new sheet: one sync to read (target contents, sheet,
 * table and defined names), one more to read the ranges of the workbook's tables when there are
 * any and the target is the selection, one sync to write. Returns "occupied" (nothing written) when
 * the target holds anything and the caller did not pass overwrite. Throws (nothing left behind)
 * when the target overlaps a table that extends beyond it, or when Excel refuses the write. AMZN
 * formulas go through amzn-write.ts's read-back: in a French Excel, one more sync when some of
 * them need the French rewrite.
 */
export async function writeSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: WriteOptions,
): Promise<WriteResult> {
  if (spec.formulaAnchor && options.target === "selection") {
    throw new Error("a spec with absolute references can only be written on a new sheet");
  }
  if (spec.table) {
    const problem = tableNameProblem(spec.table.name);
    if (problem) throw new Error(`the spec's table name ${spec.table.name} is ${problem}`);
  }
  const host = options.host ?? officeHost();
  const { rows, cols } = specSize(spec);
  const workbook = context.workbook;
  // Sheet names matter only for a new sheet's unique name; table and defined names for either target
  // (one namespace: "Define and use names in formulas").
  const sheets = options.target === "newSheet" ? workbook.worksheets.load("items/name") : undefined;
  const tables = workbook.tables.load("items/name");
  const names = spec.table ? workbook.names.load("items/name") : undefined;
  const readBack = startReadBack(context, host, spec.cells.flat());
  let target: Excel.Range | undefined;
  let targetSheet: Excel.Worksheet | undefined;
  let replaced: (() => Replaced) | undefined;
  if (options.target === "selection") {
    target = workbook.getActiveCell().getResizedRange(rows - 1, cols - 1);
    target.load("address");
    replaced = readReplaced(target, host);
    targetSheet = target.worksheet.load("name");
  }
  await context.sync();

  const tableNames = tables.items.map((table) => table.name);
  const definedNames = (names?.items ?? []).map((name) => name.name);
  /** Unique among tables and defined names; a table being replaced gives its name back. */
  const nameFor = (replacedTables: readonly TablePlace[]): string | undefined => {
    if (!spec.table) return undefined;
    const freed = new Set(replacedTables.map((table) => table.name.toLowerCase()));
    const taken = [...tableNames.filter((name) => !freed.has(name.toLowerCase())), ...definedNames];
    return uniqueName(spec.table.name, taken, "table");
  };

  if (target && targetSheet && replaced) {
    const before = replaced();
    const filledCells = countFilled(before.formulas);
    if (filledCells > 0 && !options.overwrite) return { status: "occupied", address: target.address, filledCells };
    const { sheet: sheetName, rect } = parseRangeAddress(target.address);
    const inTarget = await tablesInTarget(context, tableNames, targetSheet.name, rect);
    const tableName = nameFor(inTarget);
    const plan: UndoPlan = {
      tablesBefore: tableNames,
      target: { sheet: targetSheet.name || sheetName, rect, replaced: before },
      convertedTables: inTarget,
    };
    // The add-in's earlier table (or any table inside the agreed target) is replaced.
    for (const table of inTarget) workbook.tables.getItem(table.name).convertToRange();
    const grid = queueSpec(targetSheet, target.getCell(0, 0), spec, tableName, host);
    // Read back in the same batch: loads are answered after the writes.
    readBack.watch(grid, spec.cells);
    await syncOrUndo(context, plan);
    const localized = localizedCounts(await readBack.settle());
    return { status: "written", sheetName: targetSheet.name, address: target.address, tableName, ...localized };
  }

  const tableName = nameFor([]);
  const sheetName = uniqueName(
    safeSheetName(spec.sheetName),
    (sheets?.items ?? []).map((sheet) => sheet.name),
    "sheet",
  );
  const sheet = workbook.worksheets.add(sheetName);
  // Specs with absolute references (the scenario model) say where their top-left cell must go.
  const anchor = spec.formulaAnchor ?? { row: 0, col: 0 };
  const anchorCell = sheet.getCell(anchor.row, anchor.col);
  const grid = queueSpec(sheet, anchorCell, spec, tableName, host);
  sheet.activate();
  const address = rangeAddress({ ...anchor, rows, cols }, sheetName);
  readBack.watch(grid, spec.cells);
  await syncOrUndo(context, { newSheet: sheetName, tablesBefore: tableNames, convertedTables: [] });
  const localized = localizedCounts(await readBack.settle());
  return { status: "written", sheetName, address, tableName, ...localized };
}

/**
 * The tables lying in the target rectangle (one sync, only when the workbook has tables). A table
 * that also extends beyond the target can't be replaced without breaking it: refused.
 */
async function tablesInTarget(
  context: Excel.RequestContext,
  tableNames: readonly string[],
  sheetName: string,
  rect: Rect,
): Promise<TablePlace[]> {
  const overlapping = await tablesOverlapping(context, tableNames, sheetName, rect);
  for (const { name, address } of overlapping) {
    if (!contains(rect, parseRangeAddress(address).rect)) {
      throw refusal(
        `The target overlaps the table ${name}, which extends beyond it: insert on a new sheet or elsewhere.`,
        `La cible chevauche le tableau ${name}, qui la dépasse : insérez sur une nouvelle feuille ou ailleurs.`,
      );
    }
  }
  return overlapping;
}

/** Syncs the write; when Excel refuses it, undoes what it created, then throws Excel's reason. */
async function syncOrUndo(context: Excel.RequestContext, plan: UndoPlan): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    try {
      await undoWrite(context, plan);
    } catch (cleanup) {
      throw refusal(
        `Excel refused the write (${errorMessage(error)}) and the clean-up failed too (${errorMessage(cleanup)}).`,
        `Excel a refusé l'écriture (${errorMessage(error)}) et le nettoyage a échoué aussi (${errorMessage(cleanup)}).`,
      );
    }
    throw error;
  }
}

export { callsAmzn, convertAmznToValues, type ConvertOptions, type ConvertResult, type ConvertScope } from "./convert";

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
