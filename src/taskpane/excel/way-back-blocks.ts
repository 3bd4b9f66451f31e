/**
 * The blocks Restore reads and writes (way-back.ts), cut to Excel's limits on a sync
 * (bounded-sync.ts) whatever they hold. What a sync weighs is known before it is sent: reading a
 * block answers its formulas and values, which, unchanged since Share, are both the values the
 * record holds (a constant's formula is the constant); writing it back sends its formats, the block
 * emptied and the formula. So blocks go in syncs within anchors, cells and bytes; a block heavier
 * than a sync goes in bands; a read Excel still refuses (the user typed longer texts since Share)
 * is run again in halves, down to one cell.
 */
import {
  cellsOf,
  RANGE_BYTES,
  bandBounds,
  bandsOf,
  halvesOf,
  payloadBytes,
  place,
  syncInGroups,
  within,
  type Rect,
  type Weighed,
} from "./bounded-sync";
import type { WayBackEntry } from "./way-back-record";

/** A band of an entry's block handled as one range: the whole block unless it outweighs a sync. */
export interface Band extends Weighed {
  readonly entry: WayBackEntry;
}

/** An entry's block as Excel shows it now. */
export interface BlockRead {
  readonly entry: WayBackEntry;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
}

/** A band of a block to write back; the entry's last band also puts the formula back. */
export interface WriteBand extends Band {
  readonly last: boolean;
  /** Only the number formats: the anchor already holds its formula (`formatBands`). */
  readonly formatsOnly?: boolean;
}

const blockOf = (entry: WayBackEntry): Rect => ({
  row: entry.row,
  col: entry.col,
  rows: entry.values.length,
  cols: entry.values[0]?.length ?? 1,
});

type Weight = (rect: Rect) => number;

/** A read answers formulas and values: twice the recorded values' JSON when nothing changed. */
const readWeight =
  (entry: WayBackEntry): Weight =>
  (rect) =>
    2 * payloadBytes(within(entry.values, entry, rect)) + RANGE_BYTES;

/** Writing the formats alone sends the formats. */
const formatsWeight =
  (entry: WayBackEntry): Weight =>
  (rect) =>
    payloadBytes(within(entry.formats, entry, rect)) + RANGE_BYTES;

/** A write sends the formats, the emptied block (`[["",…],…]`, at most 3 bytes a cell and 2 a row) and the formula. */
function writeWeight(entry: WayBackEntry): Weight {
  const spills = cellsOf(blockOf(entry)) > 1;
  const formula = payloadBytes([[entry.formula]]);
  return (rect) =>
    payloadBytes(within(entry.formats, entry, rect)) +
    (spills ? 3 * cellsOf(rect) + 2 * rect.rows + 2 : 0) +
    formula +
    RANGE_BYTES;
}

/** The bands of `entry`'s block that each fit a sync by `weight` and `cellsPerSync` (bounded-sync.ts). */
const fit = (entry: WayBackEntry, weight: Weight, cellsPerSync: number): Band[] =>
  bandsOf({ ...blockOf(entry), entry }, weight, cellsPerSync);

interface Reading {
  readonly block: { entry: WayBackEntry; formulas: unknown[][]; values: unknown[][] };
  unread: number;
}

interface ReadBand extends Band {
  readonly reading: Reading;
}

/**
 * Reads the formulas and values of the entries' blocks in syncs within `bandBounds`, and hands
 * `answered` the blocks each sync completed (it may write before the next read).
 */
export async function readBlocks(
  context: Excel.RequestContext,
  entries: readonly WayBackEntry[],
  cellsPerSync: number,
  answered: (blocks: readonly BlockRead[]) => Promise<void>,
): Promise<void> {
  const bands = entries.flatMap((entry): ReadBand[] => {
    const fitted = fit(entry, readWeight(entry), cellsPerSync);
    const block = { entry, formulas: entry.values.map(() => []), values: entry.values.map(() => []) };
    const reading: Reading = { block, unread: fitted.length };
    return fitted.map((band) => ({ ...band, reading }));
  });
  await syncInGroups(
    context,
    bands,
    bandBounds(cellsPerSync),
    (group) => {
      const reads = group.map((band) => ({
        band,
        range: context.workbook.worksheets
          .getItem(band.entry.sheet)
          .getRangeByIndexes(band.row, band.col, band.rows, band.cols)
          .load(["formulas", "values"]),
      }));
      return async () => {
        const done: BlockRead[] = [];
        for (const { band, range } of reads) {
          const { block } = band.reading;
          place(block.formulas, band.row - block.entry.row, band.col - block.entry.col, range.formulas);
          place(block.values, band.row - block.entry.row, band.col - block.entry.col, range.values);
          band.reading.unread -= 1;
          if (band.reading.unread === 0) done.push(block);
        }
        await answered(done);
      };
    },
    // Refused for its size (the cells hold more than the record says): the band in two halves.
    (band) => {
      const halves = halvesOf(band, readWeight(band.entry));
      if (halves) band.reading.unread += halves.length - 1;
      return halves;
    },
  );
}

/** The bands that write `entry`'s block back, in order (the formula goes with the last). */
export function writeBands(entry: WayBackEntry, cellsPerSync: number): WriteBand[] {
  const bands = fit(entry, writeWeight(entry), cellsPerSync);
  return bands.map((band, index) => ({ ...band, last: index === bands.length - 1 }));
}

/**
 * The bands that give `entry`'s block its recorded number formats alone, for an anchor that already
 * holds its formula (a Share stopped after formatting the block as Text, before its values): the
 * live spill is neither emptied nor written, and none of them is `last`.
 */
export function formatBands(entry: WayBackEntry, cellsPerSync: number): WriteBand[] {
  return fit(entry, formatsWeight(entry), cellsPerSync).map((band) => ({ ...band, last: false, formatsOnly: true }));
}

/**
 * The one place Restore writes a formula back: the block's number formats first (a cell Share
 * formatted as Text would keep the formula as text), then nothing in the block and, with the last
 * band, the formula in its anchor, from where it spills again. Queues one band (no sync); returns
 * the anchor when it wrote the formula, for the one write path's read-back (amzn-write.ts).
 */
export function queueWriteBack(context: Excel.RequestContext, band: WriteBand): Excel.Range | undefined {
  const { entry } = band;
  const sheet = context.workbook.worksheets.getItem(entry.sheet);
  const range = sheet.getRangeByIndexes(band.row, band.col, band.rows, band.cols);
  range.numberFormat = within(entry.formats, entry, band).map((line) => [...line]);
  if (band.formatsOnly) return undefined;
  // The block is emptied first, so the formula finds its spill area free when it is entered.
  if (cellsOf(blockOf(entry)) > 1) range.formulas = within(entry.values, entry, band).map((line) => line.map(() => ""));
  if (!band.last) return undefined;
  const anchor = sheet.getCell(entry.row, entry.col);
  anchor.formulas = [[entry.formula]];
  return anchor;
}
