/**
 * A1 addresses as Excel writes them (`B2`, `$B$2:D4`, `'My sheet'!A1`): column letters, the
 * rectangle an address covers, and the sheet it names. One module so the sheets that write
 * absolute references, the writer that checks a target and the audit that reads precedents agree
 * on one reading of an address.
 */

/** A block of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" -> 0, "AA" -> 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** "Sheet1!B2" / "'My sheet'!B2" -> "Sheet1" / "My sheet"; "" when the address names no sheet. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** "'My sheet'!B2:D4" -> the sheet name ("" when none) and the 0-based rectangle. */
export function parseRangeAddress(address: string): { sheet: string; rect: Rect } {
  const [first = "", last = first] = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .split(":");
  const cell = (ref: string): [number, number] => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(ref);
    if (!match) throw new Error(`unexpected address ${address}`);
    return [Number(match[2]) - 1, columnIndex(match[1] ?? "A")];
  };
  const [row, col] = cell(first);
  const [lastRow, lastCol] = cell(last);
  return { sheet: sheetOfAddress(address), rect: { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 } };
}

/** The A1 address of a rectangle, sheet quoted as Excel quotes it: `'My sheet'!A1:C3`, `B2`. */
export function rangeAddress(rect: Rect, sheet?: string): string {
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  const last = `${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  const cells = rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`;
  return sheet === undefined ? cells : `'${sheet.replace(/'/g, "''")}'!${cells}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
