/**
 * Inserting one formula from the formula builder, with the whole area it will occupy checked
 * first. A dynamic-array result needs every cell of its spill area empty, else Excel shows
 * #SPILL! (PRODUCT.md "Working in real Excel";
 * https://support.microsoft.com/office/spill-error-in-excel-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023).
 * The area's shape is the one core's preview computed, so the check happens before writing, and
 * an occupied area goes through the same consent flow as any other overwrite.
 *
 * Syncs: one to read the anchor and the area (address and formulas, loaded before they are
 * read), one to write. Nothing is written when the area is occupied and the caller did not
 * pass `overwrite`.
 */

export interface FormulaShape {
  readonly rows: number;
  readonly cols: number;
}

export type CheckedInsertResult =
  | { readonly status: "written"; readonly address: string; readonly areaAddress: string }
  | {
      readonly status: "occupied";
      /** The anchor (active cell). */
      readonly address: string;
      /** The cells the formula needs: the anchor alone, or its spill area. */
      readonly areaAddress: string;
      readonly filledCells: number;
    };

export interface CheckedInsertOptions {
  /** The result's size from core's preview: 1 × 1 for a single value. */
  readonly shape: FormulaShape;
  /** Number format of a single-value result (absent: the cell keeps its format). */
  readonly numberFormat?: string;
  /** Only after the user agreed to replace what the area holds. */
  readonly overwrite?: boolean;
}

function countFilled(formulas: readonly (readonly unknown[])[]): number {
  let filled = 0;
  for (const row of formulas) for (const cell of row) if (cell !== "" && cell !== null) filled++;
  return filled;
}

export async function insertFormulaChecked(
  context: Excel.RequestContext,
  formula: string,
  options: CheckedInsertOptions,
): Promise<CheckedInsertResult> {
  const rows = Math.max(1, options.shape.rows);
  const cols = Math.max(1, options.shape.cols);
  const anchor = context.workbook.getActiveCell().load("address");
  const area = anchor.getResizedRange(rows - 1, cols - 1).load(["address", "formulas"]);
  await context.sync();

  const filledCells = countFilled(area.formulas);
  if (filledCells > 0 && !options.overwrite) {
    return { status: "occupied", address: anchor.address, areaAddress: area.address, filledCells };
  }
  if (filledCells > 0) {
    // Replacing: empty the whole area first (an empty string clears a cell), then the formula, so
    // the result can spill; commands run in the order queued.
    area.formulas = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  }
  anchor.formulas = [[formula]];
  if (options.numberFormat && rows === 1 && cols === 1) anchor.numberFormat = [[options.numberFormat]];
  await context.sync();
  return { status: "written", address: anchor.address, areaAddress: area.address };
}
