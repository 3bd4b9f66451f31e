/**
 * What every writer does before it replaces cells the user owns: count what the target holds (a
 * filled cell needs the user's consent), find the tables in the way, and keep what it replaces so
 * a refused write can put it back. Excel does not undo a failed batch (OfficeExtension.Error
 * traceMessages; "Error handling with the application-specific JavaScript APIs"), so the add-in
 * must.
 *
 * What is kept: formulas (or values), number formats, and each cell's font (colour, bold, italic)
 * and fill, the formats the add-in's writers change. Fonts and fills are read and put back per cell
 * with Range.getCellProperties / setCellProperties (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1));
 * an Excel without 1.9 gets values, formulas and number formats back, not the formats. Borders,
 * alignment and column widths are not kept: no writer of the add-in changes them on a target it
 * overwrites, except widths, which stay as the write left them.
 */
import { intersects, parseRangeAddress, type Rect } from "../../core/formula";
import type { HostInfo } from "./host";
import { TEXT_FORMAT } from "./text-cells";

type Grid = readonly (readonly unknown[])[];

/** Cells that hold anything (a constant or a formula): what an overwrite would replace. */
export function countFilled(formulas: Grid): number {
  let filled = 0;
  for (const row of formulas) for (const cell of row) if (cell !== "" && cell !== null) filled++;
  return filled;
}

/** The per-cell formats kept: the ones the writers set (STYLE_FORMATS in writer.ts). */
const KEPT_FORMATS: Excel.CellPropertiesLoadOptions = {
  format: { font: { color: true, bold: true, italic: true }, fill: { color: true, pattern: true } },
};

/** What a target held before a write, as read. */
export interface Replaced {
  readonly formulas: Grid;
  readonly numberFormat: readonly (readonly string[])[];
  /** Fonts and fills per cell; absent where Excel lacks ExcelApi 1.9. */
  readonly formats?: readonly (readonly Excel.CellProperties[])[];
}

/**
 * Queues the reads of what `range` holds (no sync): formulas, number formats and, where ExcelApi
 * 1.9 is supported, fonts and fills. Call the returned function after the sync.
 */
export function readReplaced(range: Excel.Range, host: HostInfo): () => Replaced {
  range.load(["formulas", "numberFormat"]);
  const formats = host.supportsExcelApi("1.9") ? range.getCellProperties(KEPT_FORMATS) : undefined;
  return () => ({ formulas: range.formulas, numberFormat: range.numberFormat, formats: formats?.value });
}

/** The font and fill of one cell, as setCellProperties takes them; a cell without fill gets none. */
function settable(cell: Excel.CellProperties | undefined): Excel.SettableCellProperties {
  const font = cell?.format?.font;
  const fill = cell?.format?.fill;
  const hasFill = fill?.pattern !== undefined && fill.pattern !== "None" && fill.color !== undefined;
  return {
    format: {
      font: { color: font?.color, bold: font?.bold, italic: font?.italic },
      ...(hasFill ? { fill: { color: fill.color } } : {}),
    },
  };
}

/**
 * Queues putting back what `range` held (no sync): cleared first (contents and formats), then the
 * number formats, the formulas and values, fonts and fills. Text comes back with a leading
 * apostrophe unless its cell was Text-formatted, so Excel keeps it as text (text-cells.ts).
 */
export function queueRestore(range: Excel.Range, replaced: Replaced): void {
  const { formulas, numberFormat, formats } = replaced;
  range.clear();
  range.numberFormat = numberFormat.map((row) => [...row]);
  range.formulas = formulas.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell !== "string") return cell as number | boolean;
      const keepsText = cell !== "" && !cell.startsWith("=") && numberFormat[r]?.[c] !== TEXT_FORMAT;
      return keepsText ? `'${cell}` : cell;
    }),
  );
  if (formats) range.setCellProperties(formats.map((row) => row.map(settable)));
}

/** A table of the workbook and where it lies. */
export interface TablePlace {
  readonly name: string;
  readonly address: string;
}

/**
 * The workbook's tables (by name, as loaded) that overlap `rect` on `sheetName`: one sync to read
 * their ranges, none when there are no tables.
 */
export async function tablesOverlapping(
  context: Excel.RequestContext,
  tableNames: readonly string[],
  sheetName: string,
  rect: Rect,
): Promise<TablePlace[]> {
  if (tableNames.length === 0) return [];
  const ranges = tableNames.map((name) => ({
    name,
    range: context.workbook.tables.getItem(name).getRange().load("address"),
  }));
  await context.sync();
  return ranges
    .map(({ name, range }) => ({ name, address: range.address, place: parseRangeAddress(range.address) }))
    .filter(({ place }) => place.sheet.toLowerCase() === sheetName.toLowerCase() && intersects(place.rect, rect))
    .map(({ name, address }) => ({ name, address }));
}
