import type { SheetSpec } from "../../src/sheets/spec";

/**
 * spec.ts's grid invariants: a non-empty rectangle of cells, number formats of the same shape,
 * style runs of at least one cell inside it. Returns the grid's size.
 */
export function expectRectangularSpec(spec: SheetSpec): { rows: number; cols: number } {
  const rows = spec.cells.length;
  const cols = spec.cells[0]?.length ?? 0;
  expect(rows).toBeGreaterThan(0);
  expect(cols).toBeGreaterThan(0);
  for (const row of spec.cells) expect(row).toHaveLength(cols);
  expect(spec.numberFormats).toHaveLength(rows);
  for (const row of spec.numberFormats) expect(row).toHaveLength(cols);
  for (const run of spec.styles) {
    expect(run.rows).toBeGreaterThan(0);
    expect(run.cols).toBeGreaterThan(0);
    expect(run.row).toBeGreaterThanOrEqual(0);
    expect(run.col).toBeGreaterThanOrEqual(0);
    expect(run.row + run.rows).toBeLessThanOrEqual(rows);
    expect(run.col + run.cols).toBeLessThanOrEqual(cols);
  }
  return { rows, cols };
}
