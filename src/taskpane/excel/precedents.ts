/**
 * Reads the values of the cells an AMZN formula references (`=AMZN.REVENUE($B$1)`,
 * `=AMZN.METRIC(Inputs!A2, 2024)`), for the audit: every referenced range is queued, then one
 * `context.sync()` reads them all (Office.js performance guidance: load, then one sync).
 */
import { referenceKey, type CellReference, type ReferenceValues } from "../../core/formula";
import type { CellScalar } from "../../core/runtime";

/** "Sheet1!B2" / "'My sheet'!B2" -> "Sheet1" / "My sheet". */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function scalar(value: unknown): CellScalar {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

/**
 * The values of `refs`, keyed by referenceKey; a reference without a sheet is on `ownSheet` (the
 * formula's). One sync, none when there is nothing to read. Excel gives an empty cell as "", which
 * the functions receive as an empty cell (null).
 */
export async function readReferences(
  context: Excel.RequestContext,
  ownSheet: string,
  refs: readonly CellReference[],
): Promise<ReferenceValues> {
  if (refs.length === 0) return new Map();
  const sheets = context.workbook.worksheets;
  const ranges = refs.map((ref) =>
    sheets
      .getItem(ref.sheet ?? ownSheet)
      .getRange(ref.address)
      .load("values"),
  );
  await context.sync();
  const values = new Map<string, CellScalar | CellScalar[][]>();
  refs.forEach((ref, index) => {
    const grid = (ranges[index]?.values ?? []).map((row) =>
      row.map((cell: unknown) => (cell === "" ? null : scalar(cell))),
    );
    values.set(referenceKey(ref), grid.length === 1 && grid[0]?.length === 1 ? (grid[0][0] ?? null) : grid);
  });
  return values;
}
