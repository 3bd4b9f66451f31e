/**
 * The drafting grid the report and filings sheet specs are laid out on before they become a
 * SheetSpec: one cell with its number format and style, and the helpers both layouts share.
 */
import { FORMAT_GENERAL, type CellStyle, type SpecCell, type StyleRun } from "./spec";

export interface GridCell {
  readonly value: SpecCell;
  readonly format: string;
  readonly style?: CellStyle;
}

export const EMPTY: GridCell = { value: null, format: FORMAT_GENERAL };

/** Horizontal runs of equal styles, row by row. */
export function styleRuns(grid: readonly (readonly GridCell[])[]): StyleRun[] {
  const runs: StyleRun[] = [];
  grid.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c + 1;
      while (end < row.length && row[end]?.style === style) end++;
      if (style !== undefined) runs.push({ row: r, col: c, rows: 1, cols: end - c, style });
      c = end;
    }
  });
  return runs;
}

/** The row filled with empty cells up to `width`. */
export function pad(row: GridCell[], width: number): GridCell[] {
  while (row.length < width) row.push(EMPTY);
  return row;
}
