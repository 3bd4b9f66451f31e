/**
 * The blocks Share reads and writes (convert.ts), cut to Excel's limits on a sync (bounded-sync.ts)
 * whatever they hold.
 *
 * What a read answers is estimated before it is sent, from the scan: Office.js gives a spilled
 * cell's value as its formula, so the scan sees every value a spill shows. Each constant the scan
 * meets right of an AMZN cell in its row, or below a cell already counted to it, is counted to
 * that AMZN cell's block: its cells count, its texts weigh their length (`AnchorFinder`). A
 * constant the user typed next to an AMZN cell is counted too, which only makes a batch smaller;
 * a spill the scan could not see (outside the selection, or with empty texts) makes the estimate
 * short, and the read Excel refuses is run again in halves (`syncInGroups`).
 *
 * So blocks are read in syncs within anchors, cells and bytes; an AMZN cell whose block is heavier
 * than a sync (by the estimate, or because Excel refused it alone) has its spill measured first
 * (addresses only), then is read in bands. Blocks are written back as values in syncs within the
 * same bounds, the bytes sent counted exactly (values and number formats); a block heavier than a
 * sync is written in bands, the band holding the AMZN cell first, so that a later band never
 * writes into a spill that is still live.
 */
import { callsAmzn } from "../../core/formula";
import {
  cellsOf,
  ANCHORS_PER_SYNC,
  GEOMETRY,
  PAYLOAD_BYTES_PER_SYNC,
  RANGE_BYTES,
  bandBounds,
  bandsOf,
  groupsWithin,
  halvesOf,
  payloadBytes,
  place,
  rectOf,
  syncInGroups,
  within,
  type Rect,
  type Weighed,
} from "./bounded-sync";
import { formatsKeepingText } from "./text-cells";

/**
 * An AMZN cell the scan found, and the block (its spill, or itself) the scan saw it spill into:
 * the rectangle and the bytes that reading its value and its spill is estimated to answer.
 */
export interface Anchor extends Weighed {
  readonly sheet: string;
  readonly formula: string;
}

type CellValue = string | number | boolean;

/** An anchor's block as read: its spill (or the one cell) with values, value types and number formats. */
export interface Block extends Rect {
  readonly anchor: Anchor;
  readonly values: CellValue[][];
  readonly valueTypes: string[][];
  readonly numberFormat: string[][];
}

/**
 * What a cell adds to a read besides its value's JSON: its value type (`"String",`, 9 bytes) and
 * number format (`"General",`, 10); a longer custom format makes the estimate short (see the header).
 */
const TYPE_AND_FORMAT_BYTES = 20;

/** Bytes a cell showing `value` adds to the answer of a read of its block. */
const readBytes = (value: unknown): number => payloadBytes(value) + 1 + TYPE_AND_FORMAT_BYTES;

/**
 * An anchor before any of its spill is seen: one RANGE_BYTES for the two ranges read (the cell, and
 * its spill, which answers only that it is none when the cell does not spill), and its value twice
 * (the cell's, and the spill's corner), short values by default.
 */
const ANCHOR_BYTES = RANGE_BYTES + 2 * readBytes("");

interface Found {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  rows: number;
  cols: number;
  bytes: number;
}

/**
 * Finds the AMZN cells among the cells the scan visits (in rows, left to right, as `scanFormulas`
 * visits them) and estimates each one's block (see the header). Without spill ranges (before
 * ExcelApi 1.12) only the cell is read, and only the cell is counted.
 */
export class AnchorFinder {
  private readonly found: Found[] = [];
  private sheet = "";
  private row = -2;
  private col = -2;
  /** The block the previous cell of this row was counted to. */
  private run: Found | undefined;
  /** The blocks cells of the previous row and of this one were counted to, by column. */
  private above = new Map<number, Found>();
  private current = new Map<number, Found>();

  constructor(private readonly spills: boolean) {}

  readonly visit = (sheet: string, row: number, col: number, formula: string | number | boolean): void => {
    if (sheet !== this.sheet || row !== this.row) {
      this.above = sheet === this.sheet && row === this.row + 1 ? this.current : new Map();
      this.current = new Map();
      this.sheet = sheet;
      this.row = row;
      this.run = undefined;
    }
    let owner: Found | undefined;
    if (typeof formula === "string" && formula.startsWith("=")) {
      // Another formula is no spilled value: it belongs to no block.
      if (callsAmzn(formula)) {
        owner = { sheet, row, col, formula, rows: 1, cols: 1, bytes: ANCHOR_BYTES };
        this.found.push(owner);
      }
    } else if (this.spills) {
      owner = (col === this.col + 1 ? this.run : undefined) ?? this.above.get(col);
      if (owner) {
        owner.rows = Math.max(owner.rows, row - owner.row + 1);
        owner.cols = Math.max(owner.cols, col - owner.col + 1);
        owner.bytes += readBytes(formula);
      }
    }
    if (owner) this.current.set(col, owner);
    this.col = col;
    this.run = owner;
  };

  /** The AMZN cells found, in the order visited. */
  get anchors(): readonly Anchor[] {
    return this.found;
  }
}

/** True when an anchor's block is read in bands: heavier than a sync by the estimate. */
const heavy = (anchor: Anchor, cellsPerSync: number): boolean =>
  anchor.bytes > PAYLOAD_BYTES_PER_SYNC || cellsOf(anchor) > cellsPerSync;

interface Reading {
  readonly anchor: Anchor;
  readonly values: CellValue[][];
  readonly valueTypes: string[][];
  readonly numberFormat: string[][];
  /** The bytes a band of the block is estimated to answer. */
  readonly weight: (rect: Rect) => number;
}

interface ReadBand extends Weighed {
  readonly sheet: string;
  readonly reading: Reading;
}

/** An anchor set aside to be read in bands; `refused` when Excel refused its read as a whole. */
interface Aside {
  readonly anchor: Anchor;
  readonly refused: boolean;
}

/**
 * Reads the blocks of `anchors` (their spills when `supportsSpills`, else the cells alone) in syncs
 * within anchors, `cellsPerSync` cells and PAYLOAD_BYTES_PER_SYNC bytes by the scan's estimate; a
 * read Excel refuses is run again in halves; a block heavier than a sync is read in bands. Returns
 * the blocks in the anchors' order. Syncs: 1 per group; for blocks read in bands, 1 to measure
 * their spills and 1 per group of bands.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  anchors: readonly Anchor[],
  supportsSpills: boolean,
  cellsPerSync: number,
): Promise<Block[]> {
  const blocks = new Map<Anchor, Block>();
  const aside: Aside[] = anchors
    .filter((anchor) => heavy(anchor, cellsPerSync))
    .map((anchor) => ({ anchor, refused: false }));
  await syncInGroups(
    context,
    anchors.filter((anchor) => !heavy(anchor, cellsPerSync)),
    bandBounds<Anchor>(cellsPerSync),
    (group) => {
      const reads = group.map((anchor) => {
        const cell = context.workbook.worksheets.getItem(anchor.sheet).getCell(anchor.row, anchor.col);
        const spill = supportsSpills
          ? cell.getSpillingToRangeOrNullObject().load(["values", "valueTypes", "numberFormat"])
          : undefined;
        return { anchor, cell: cell.load(["values", "valueTypes", "numberFormat"]), spill };
      });
      return () => {
        for (const { anchor, cell, spill } of reads) {
          // The range whose values replace the formula: the spill when there is one, else the cell.
          const range = spill && !spill.isNullObject ? spill : cell;
          const values = range.values as CellValue[][];
          blocks.set(anchor, {
            anchor,
            row: anchor.row,
            col: anchor.col,
            rows: values.length,
            cols: values[0]?.length ?? 1,
            values,
            valueTypes: range.valueTypes,
            numberFormat: range.numberFormat as string[][],
          });
        }
      };
    },
    // Refused alone: its spill weighs more than the scan saw; it is read in bands.
    (anchor) => {
      aside.push({ anchor, refused: true });
      return [];
    },
  );
  if (aside.length > 0)
    for (const block of await readInBands(context, aside, supportsSpills, cellsPerSync))
      blocks.set(block.anchor, block);
  return anchors.flatMap((anchor) => blocks.get(anchor) ?? []);
}

/** Measures the set-aside anchors' spills (addresses only), then reads them in bands. */
async function readInBands(
  context: Excel.RequestContext,
  aside: readonly Aside[],
  supportsSpills: boolean,
  cellsPerSync: number,
): Promise<Block[]> {
  const rects = new Map<Anchor, Rect>();
  // Without spill ranges a block is its cell: nothing to measure.
  if (supportsSpills)
    await syncInGroups(
      context,
      aside,
      [{ size: () => 1, limit: ANCHORS_PER_SYNC }],
      (group) => {
        const probes = group.map(({ anchor }) => ({
          anchor,
          spill: context.workbook.worksheets
            .getItem(anchor.sheet)
            .getCell(anchor.row, anchor.col)
            .getSpillingToRangeOrNullObject()
            .load(GEOMETRY),
        }));
        return () => {
          for (const { anchor, spill } of probes) if (!spill.isNullObject) rects.set(anchor, rectOf(spill));
        };
      },
      () => undefined,
    );
  const readings: Reading[] = [];
  const bands = aside.flatMap(({ anchor, refused }): ReadBand[] => {
    const rect = rects.get(anchor) ?? { row: anchor.row, col: anchor.col, rows: 1, cols: 1 };
    // The scan's bytes a cell; for a block Excel refused, at least a sync's worth over its cells.
    const perCell = Math.max(
      readBytes(""),
      (anchor.bytes - RANGE_BYTES) / cellsOf(anchor),
      refused ? PAYLOAD_BYTES_PER_SYNC / cellsOf(rect) : 0,
    );
    const grid = <T>(): T[][] => Array.from({ length: rect.rows }, () => []);
    const reading: Reading = {
      anchor,
      values: grid(),
      valueTypes: grid(),
      numberFormat: grid(),
      weight: (band) => RANGE_BYTES + Math.ceil(perCell * cellsOf(band)),
    };
    readings.push(reading);
    return bandsOf({ ...rect, sheet: anchor.sheet, reading }, reading.weight, cellsPerSync);
  });
  await syncInGroups(
    context,
    bands,
    bandBounds<ReadBand>(cellsPerSync),
    (group) => {
      const reads = group.map((band) => ({
        band,
        range: context.workbook.worksheets
          .getItem(band.sheet)
          .getRangeByIndexes(band.row, band.col, band.rows, band.cols)
          .load(["values", "valueTypes", "numberFormat"]),
      }));
      return () => {
        for (const { band, range } of reads) {
          const { reading } = band;
          const top = band.row - reading.anchor.row;
          const left = band.col - reading.anchor.col;
          place(reading.values, top, left, range.values as CellValue[][]);
          place(reading.valueTypes, top, left, range.valueTypes);
          place(reading.numberFormat, top, left, range.numberFormat as string[][]);
        }
      };
    },
    (band) => halvesOf(band, band.reading.weight),
  );
  return readings.map(({ anchor, values, valueTypes, numberFormat }) => ({
    anchor,
    row: anchor.row,
    col: anchor.col,
    rows: values.length,
    cols: values[0]?.length ?? 1,
    values,
    valueTypes,
    numberFormat,
  }));
}

interface WriteBand extends Weighed {
  readonly block: Block;
  readonly formats: readonly (readonly string[])[];
}

/**
 * Writes the blocks' values over them (which replaces each AMZN formula and freezes its spill) in
 * syncs within anchors, `cellsPerSync` cells and PAYLOAD_BYTES_PER_SYNC bytes sent, a block heavier
 * than a sync in bands; `written` is told the cells each sync changed. Strings keep their text
 * through the Text format (text-cells.ts), queued before the values.
 */
export async function writeBlocks(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  cellsPerSync: number,
  written: (cells: number) => void,
): Promise<void> {
  const bands = blocks.flatMap((block): WriteBand[] => {
    const formats = formatsKeepingText(block.numberFormat, block.valueTypes);
    const weight = (rect: Rect): number =>
      payloadBytes(within(formats, block, rect)) + payloadBytes(within(block.values, block, rect)) + RANGE_BYTES;
    // In row bands from the top: the band holding the AMZN cell goes first (see the header).
    return bandsOf({ ...rectOfBlock(block), block, formats }, weight, cellsPerSync);
  });
  for (const group of groupsWithin(bands, bandBounds<WriteBand>(cellsPerSync))) {
    for (const band of group) {
      const range = context.workbook.worksheets
        .getItem(band.block.anchor.sheet)
        .getRangeByIndexes(band.row, band.col, band.rows, band.cols);
      range.numberFormat = within(band.formats, band.block, band).map((line) => [...line]);
      range.values = within(band.block.values, band.block, band).map((line) => [...line]);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded group is the point (Excel: 5 MB a request)
    await context.sync();
    written(group.reduce((sum, band) => sum + cellsOf(band), 0));
  }
}

const rectOfBlock = (block: Block): Rect => ({ row: block.row, col: block.col, rows: block.rows, cols: block.cols });
