/**
 * Excel's limits on one sync, and the one way the add-in stays within them. Excel limits a range
 * read to 5,000,000 cells and, on the web, a request or a response to 5 MB ("Resource limits and
 * performance optimization",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * for large ranges Microsoft's advice is to read and write in blocks and, on a limit error, to retry
 * with smaller blocks ("Read or write to a large range",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large; "Payload size
 * limit best practices" in https://learn.microsoft.com/office/dev/add-ins/excel/performance).
 *
 * So the work of a sync is bounded at once by cells, by bytes (the JSON of what is sent or answered,
 * estimated before the sync) and by ranges (`groupsWithin`, `bandBounds`); a block heavier than a
 * sync goes in bands (`bandsOf`); a sync Excel still refuses for its size is run again in halves
 * (`syncInGroups`, `halvesOf`), down to one range cut in bands. Share, Repair and the way back all
 * batch through here.
 */

/**
 * 500,000 cells a sync: a tenth of the read limit, and about 1.5 MB of JSON for empty formulas (3
 * bytes a cell), leaving room for text under the 5 MB limit of Excel on the web.
 */
export const CELLS_PER_SYNC = 500_000;
/** AMZN cells (anchors, ranges) read or written in one sync. */
export const ANCHORS_PER_SYNC = 2_000;
/**
 * Bytes of JSON one sync may send or receive by the add-in's estimate: 4 MB, which leaves 1.2 MB of
 * Excel's 5 MB (5,242,880 bytes) for what the estimate does not see (the protocol's envelope, a
 * cell changed since the estimate was made).
 */
export const PAYLOAD_BYTES_PER_SYNC = 4_000_000;
/**
 * What one range adds to a request or its answer besides its cells' JSON (object paths, action ids,
 * property names): a few hundred bytes in Office.js's requests; counted as 1,000 to err on the safe side.
 */
export const RANGE_BYTES = 1_000;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One measure a sync is bounded by: each item's size, and the most a sync may hold. */
export interface Bound<T> {
  readonly size: (item: T) => number;
  readonly limit: number;
}

/**
 * Consecutive groups within every bound (one group per sync). An item larger than a bound on its
 * own makes a group of one: cutting it is the caller's business (`chunksOf`).
 */
export function groupsWithin<T>(items: readonly T[], bounds: readonly Bound<T>[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let totals = bounds.map(() => 0);
  for (const item of items) {
    const sizes = bounds.map((bound) => bound.size(item));
    if (current.length > 0 && bounds.some((bound, i) => (totals[i] ?? 0) + (sizes[i] ?? 0) > bound.limit)) {
      result.push(current);
      current = [];
      totals = bounds.map(() => 0);
    }
    current.push(item);
    totals = totals.map((total, i) => total + (sizes[i] ?? 0));
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Consecutive groups whose sizes add up to at most `limit` (one group per sync). */
export function groups<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  return groupsWithin(items, [{ size, limit }]);
}

/**
 * Row bands (and column slices for very wide rows) of at most `limit` cells; each keeps what else
 * the rectangle carries (its sheet, its entry).
 */
export function chunksOf<R extends Rect>(rect: R, limit: number): R[] {
  const chunks: R[] = [];
  const colsPerChunk = Math.max(1, Math.min(rect.cols, limit));
  const rowsPerChunk = Math.max(1, Math.floor(limit / colsPerChunk));
  for (let row = rect.row; row < rect.row + rect.rows; row += rowsPerChunk)
    for (let col = rect.col; col < rect.col + rect.cols; col += colsPerChunk)
      chunks.push({
        ...rect,
        row,
        col,
        rows: Math.min(rowsPerChunk, rect.row + rect.rows - row),
        cols: Math.min(colsPerChunk, rect.col + rect.cols - col),
      });
  return chunks;
}

/** A band of a block handled as one range, with the bytes it adds to its sync (the answer for a read, the request for a write). */
export interface Weighed extends Rect {
  readonly bytes: number;
}

/** The cells of a rectangle: what Excel weighs a read or write of it by (CELLS_PER_SYNC). */
export const cellsOf = (rect: { readonly rows: number; readonly cols: number }): number => rect.rows * rect.cols;

/** The bounds of one sync over bands: ranges (ANCHORS_PER_SYNC), cells and bytes. */
export function bandBounds<T extends Weighed>(cellsPerSync: number): Bound<T>[] {
  return [
    { size: () => 1, limit: ANCHORS_PER_SYNC },
    { size: cellsOf, limit: cellsPerSync },
    { size: (band) => band.bytes, limit: PAYLOAD_BYTES_PER_SYNC },
  ];
}

/**
 * `rect` in bands that each fit a sync by `weight` (the bytes a band adds to its sync) and
 * `cellsPerSync`, each weighed; one cell always fits. The whole rectangle when it fits.
 */
export function bandsOf<R extends Rect>(
  rect: R,
  weight: (rect: Rect) => number,
  cellsPerSync: number,
): (R & Weighed)[] {
  const bytes = weight(rect);
  const cells = cellsOf(rect);
  if ((bytes <= PAYLOAD_BYTES_PER_SYNC && cells <= cellsPerSync) || cells === 1) return [{ ...rect, bytes }];
  const parts = Math.max(2, Math.ceil(bytes / PAYLOAD_BYTES_PER_SYNC), Math.ceil(cells / cellsPerSync));
  return chunksOf(rect, Math.ceil(cells / parts)).flatMap((band) => bandsOf(band, weight, cellsPerSync));
}

/** A rectangle in two halves: its rows halved, or for one row its columns (one cell stays whole). */
export function halves<R extends Rect>(rect: R): R[] {
  return chunksOf(rect, rect.rows > 1 ? Math.ceil(rect.rows / 2) * rect.cols : Math.ceil(rect.cols / 2));
}

/** A band in two weighed halves, for a read Excel refused for its size; none for one cell (the refusal stands). */
export function halvesOf<R extends Rect>(band: R, weight: (rect: Rect) => number): (R & Weighed)[] | undefined {
  if (cellsOf(band) === 1) return undefined;
  return halves(band).map((half) => ({ ...half, bytes: weight(half) }));
}

/** The part of a block's grid (its block's top-left cell at `origin`) that `rect` covers: the grid itself when it covers it all. */
export function within<T>(
  grid: readonly (readonly T[])[],
  origin: { readonly row: number; readonly col: number },
  rect: Rect,
): readonly (readonly T[])[] {
  const top = rect.row - origin.row;
  const left = rect.col - origin.col;
  if (top === 0 && left === 0 && rect.rows === grid.length && rect.cols === (grid[0]?.length ?? 1)) return grid;
  return grid.slice(top, top + rect.rows).map((line) => line.slice(left, left + rect.cols));
}

/** Puts a band's answer (`lines`) into its block's grid, `top` rows and `left` columns from the block's corner. */
export function place<T>(grid: T[][], top: number, left: number, lines: readonly (readonly T[])[]): void {
  lines.forEach((line, r) =>
    line.forEach((value, c) => {
      const target = grid[top + r];
      if (target) target[left + c] = value;
    }),
  );
}

/** The properties that give a range's rectangle (`rectOf`). */
export const GEOMETRY = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

/** A range's rectangle from its loaded GEOMETRY. */
export function rectOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** True when Excel refused a sync for the size of its request or its answer. */
export function isSizeRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

/**
 * Bytes of `value` as JSON in UTF-8, the form a request or an answer carries it in (a string's
 * quotes and escapes included; a non-ASCII character is 2 or 3 bytes).
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "null";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // 2 bytes below U+0800, 3 above; a surrogate pair (4 bytes) is two units of 2.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/**
 * Runs `items` through syncs, one group within `bounds` each: `queue` adds a group's commands and
 * returns what to do with the answer. A sync Excel refuses for its size is run again in halves
 * (a group of one item: in the pieces `split` gives it; none, or one piece: the refusal stands; an
 * empty list: the item is left out, `split` having set it aside for the caller to read otherwise).
 * Only for what Excel can run again without harm: reads, which change nothing.
 */
export async function syncInGroups<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  bounds: readonly Bound<T>[],
  queue: (group: readonly T[]) => () => void | Promise<void>,
  split: (item: T) => readonly T[] | undefined,
): Promise<void> {
  const pending = groupsWithin(items, bounds);
  while (pending.length > 0) {
    const group = pending.shift() ?? [];
    const answered = queue(group);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded group is the point (Excel: 5 MB a request or response)
      await context.sync();
    } catch (error) {
      const halves = isSizeRefusal(error) ? halve(group, split) : undefined;
      if (halves === undefined) throw error;
      pending.unshift(...halves);
      continue;
    }
    await answered();
  }
}

function halve<T>(group: readonly T[], split: (item: T) => readonly T[] | undefined): T[][] | undefined {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const only = group[0];
  const pieces = only === undefined ? undefined : split(only);
  return pieces !== undefined && pieces.length !== 1 ? pieces.map((piece) => [piece]) : undefined;
}
