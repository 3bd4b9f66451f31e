/**
 * Share: replaces every AMZN formula in the scope by its current value, so the workbook reads the
 * same without the add-in; every other formula is left alone. A dynamic-array AMZN formula (SERIES,
 * TABLE, …) becomes the block of values it spilled when Excel supports spill ranges (ExcelApi
 * 1.12); otherwise only its top-left value is kept, which the caller is told.
 *
 * It works on any workbook size and whatever the cells hold, within Excel's limits on a sync
 * (bounded-sync.ts: 5,000,000 cells a read, 5 MB a request or response on the web). So the scope
 * is first measured (addresses only), intersected with the used range, then read in row bands of at
 * most CELLS_PER_SYNC cells per sync, formulas only; a read Excel still refuses for its size is
 * retried in halves (reads change nothing). The scan also estimates what reading each AMZN cell's
 * block (its spill) answers; the blocks are then read in batches within ANCHORS_PER_SYNC cells,
 * CELLS_PER_SYNC cells and PAYLOAD_BYTES_PER_SYNC bytes by that estimate, and written back within
 * the same bounds by the bytes they send (convert-blocks.ts: a block heavier than a sync in bands).
 *
 * Several selected areas: Workbook.getSelectedRange throws on them; getSelectedRanges (ExcelApi
 * 1.9) reads them all. Without 1.9 a failed selection read is answered with a message saying so.
 *
 * A value Excel shows while a function still calculates (#BUSY!, #GETTING_DATA) is not a result:
 * freezing it would leave a wrong constant where a figure belongs. A batch holding one is read
 * again, a bounded number of times with growing pauses; if Excel is still at it, the conversion
 * stops there, each remaining AMZN cell keeps its formula, and the message says how many cells
 * were converted before. (The functions' first call answers with a promise, so right after a
 * workbook opens or the add-in loads, cells can show #BUSY! for a moment.)
 *
 * The way back (way-back.ts): where Excel has custom XML parts (ExcelApi 1.5), each batch's
 * formulas, the values about to be written and the formats they replace are added to the record
 * inside the workbook before any of the batch's cells change, however many syncs it takes. A block
 * whose record a request cannot carry (a part is sent whole) stops the conversion before its batch
 * changes, with a message saying so and how many cells were converted before.
 *
 * Syncs: 1 to measure (2 for the workbook: sheet names first), ceil(cells / CELLS_PER_SYNC) to scan,
 * then per batch (at most ANCHORS_PER_SYNC AMZN cells, 4 MB to read by the estimate): 1 to read
 * their values and spills (1 more per re-read of those still pending; for a block read in bands, 1
 * to measure its spill and 1 per band), 1 to record them (ExcelApi 1.5; 1 more per 4 MB), 1 to
 * write (1 more per 4 MB or band). A read Excel refuses costs one more sync per half. Stops after
 * the scan when there is no AMZN formula.
 */
import { callsAmzn, rangeAddress } from "../../core/formula";
import { AmznError } from "../../core/runtime";
import { translate } from "../i18n";
import {
  cellsOf,
  CELLS_PER_SYNC,
  GEOMETRY,
  PAYLOAD_BYTES_PER_SYNC,
  bandBounds,
  chunksOf,
  groupsWithin,
  halves,
  rectOf,
  syncInGroups,
  type Rect,
} from "./bounded-sync";
import { AnchorFinder, readBlocks, writeBlocks, type Anchor, type Block } from "./convert-blocks";
import { officeHost, type HostInfo } from "./host";
import { WAY_BACK_API, addToRecord, oversizedEntry } from "./way-back";
import type { WayBackEntry } from "./way-back-record";

/** Whether a formula calls an AMZN function: the one AMZN formula grammar decides (core/formula). */
export { callsAmzn };

export type ConvertScope = "selection" | "sheet" | "workbook";

export interface ConvertResult {
  /** Cells that held an AMZN formula, or a value spilled by one, and now hold a constant. */
  readonly cellsChanged: number;
  readonly formulasConverted: number;
}

export interface ConvertOptions {
  /** Default `officeHost()`. */
  readonly host?: HostInfo;
  /** Cells read (or written) per sync; default CELLS_PER_SYNC. */
  readonly cellsPerSync?: number;
  /** Reads of a batch while some of its values are pending (#BUSY!); default MAX_READS. */
  readonly maxReads?: number;
  /** The pause before a re-read; default a timer. */
  readonly pause?: (milliseconds: number) => Promise<void>;
}

/** Values Excel shows while a function is still calculating. */
const PENDING = new Set<unknown>(["#BUSY!", "#GETTING_DATA"]);
/** Reads of a batch before giving up on pending values: 6 reads, 0.2 + 0.4 + … + 1 s = 3 s of pauses. */
export const MAX_READS = 6;
const defaultPause = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Below this a chunk is not split further when Excel refuses a read for its size. */
const SMALLEST_CHUNK = 1_000;

export interface SheetRect extends Rect {
  readonly sheet: string;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

const multiAreaMessage = (detail: string): AmznError =>
  new AmznError("value", {
    en: `Excel could not read the selection as one range (${detail}). A selection of several areas needs Excel API 1.9, which this Excel lacks: select one area, or convert the sheet.`,
    fr: `Excel n'a pas pu lire la sélection comme une seule plage (${detail}). Une sélection de plusieurs zones demande l'API Excel 1.9, absente de cet Excel : sélectionnez une seule zone, ou convertissez la feuille.`,
  });

/** The scope's rectangles, each intersected with its sheet's used range (values only). */
export async function measureScope(
  context: Excel.RequestContext,
  scope: ConvertScope,
  host: HostInfo,
): Promise<SheetRect[]> {
  const workbook = context.workbook;
  if (scope === "selection") {
    if (host.supportsExcelApi("1.9")) {
      const selected = workbook.getSelectedRanges();
      const areas = selected.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
      const sheet = selected.worksheet.load("name");
      const used = selected.worksheet.getUsedRangeOrNullObject(true).load(GEOMETRY);
      await context.sync();
      if (used.isNullObject) return [];
      return areas.items.flatMap((area) => {
        const part = intersection(rectOf(area), rectOf(used));
        return part ? [{ sheet: sheet.name, ...part }] : [];
      });
    }
    const selected = workbook.getSelectedRange().load(GEOMETRY);
    const sheet = selected.worksheet.load("name");
    const used = selected.worksheet.getUsedRangeOrNullObject(true).load(GEOMETRY);
    try {
      await context.sync();
    } catch (error) {
      throw multiAreaMessage(error instanceof Error ? error.message : String(error));
    }
    const part = used.isNullObject ? undefined : intersection(rectOf(selected), rectOf(used));
    return part ? [{ sheet: sheet.name, ...part }] : [];
  }
  let sheets: Excel.Worksheet[];
  if (scope === "sheet") {
    sheets = [workbook.worksheets.getActiveWorksheet()];
  } else {
    const collection = workbook.worksheets.load("items/name");
    await context.sync();
    sheets = collection.items.map((item) => workbook.worksheets.getItem(item.name));
  }
  const measured = sheets.map((sheet) => ({
    sheet: sheet.load("name"),
    used: sheet.getUsedRangeOrNullObject(true).load(GEOMETRY),
  }));
  await context.sync();
  return measured.flatMap(({ sheet, used }) => (used.isNullObject ? [] : [{ sheet: sheet.name, ...rectOf(used) }]));
}

/**
 * Reads the formulas of `rects` chunk by chunk (at most `limit` cells a sync, halved when Excel
 * refuses a read for its size) and hands each non-empty one to `visit`, in rows, left to right.
 * Share and Repair scan with it (Share's visit also weighs the spills it sees, convert-blocks.ts).
 */
export async function scanFormulas(
  context: Excel.RequestContext,
  rects: readonly SheetRect[],
  limit: number,
  visit: (sheet: string, row: number, col: number, formula: string | number | boolean) => void,
): Promise<void> {
  await syncInGroups(
    context,
    rects.flatMap((rect) => chunksOf(rect, limit)),
    [{ size: cellsOf, limit }],
    (group) => {
      const reads = group.map((chunk) => ({
        chunk,
        range: context.workbook.worksheets
          .getItem(chunk.sheet)
          .getRangeByIndexes(chunk.row, chunk.col, chunk.rows, chunk.cols)
          .load("formulas"),
      }));
      return () => {
        for (const { chunk, range } of reads)
          range.formulas.forEach((line, r) =>
            line.forEach((formula: string | number | boolean, c) => {
              if (formula !== "") visit(chunk.sheet, chunk.row + r, chunk.col + c, formula);
            }),
          );
      };
    },
    // Too much text for one response: the chunk in two halves, down to SMALLEST_CHUNK cells.
    (chunk) => (cellsOf(chunk) <= SMALLEST_CHUNK ? undefined : halves(chunk)),
  );
}

/** True when a block shows a value Excel is still calculating. */
const isPending = (block: Block): boolean => block.values.some((line) => line.some((value) => PENDING.has(value)));

/**
 * Reads a batch's blocks (convert-blocks.ts) until none is pending, reading again only the pending
 * ones, with growing pauses; stops the conversion, with the counts, if Excel is still calculating
 * after the last read.
 */
async function readSettledBlocks(
  context: Excel.RequestContext,
  batch: readonly Anchor[],
  supportsSpills: boolean,
  cellsPerSync: number,
  options: ConvertOptions,
  cellsChanged: number,
): Promise<Block[]> {
  const maxReads = options.maxReads ?? MAX_READS;
  const pause = options.pause ?? defaultPause;
  const blocks = new Map<Anchor, Block>();
  let unsettled = batch;
  for (let attempt = 1; ; attempt++) {
    for (const block of await readBlocks(context, unsettled, supportsSpills, cellsPerSync))
      blocks.set(block.anchor, block);
    const pending = unsettled.filter((anchor) => {
      const block = blocks.get(anchor);
      return block === undefined || isPending(block);
    });
    if (pending.length === 0) return batch.flatMap((anchor) => blocks.get(anchor) ?? []);
    if (attempt >= maxReads) {
      const counts = { pending: pending.length, cells: cellsChanged };
      throw new AmznError("value", {
        en: translate("en", "convertBusy", counts),
        fr: translate("fr", "convertBusy", counts),
      });
    }
    unsettled = pending;
    await pause(200 * attempt);
  }
}

/** A block whose record would not fit one request: Share stops before its batch changes. */
function unrecordable(entry: WayBackEntry, bytes: number, cells: number): AmznError {
  const counts = {
    cell: `${entry.sheet}!${rangeAddress({ row: entry.row, col: entry.col, rows: 1, cols: 1 })}`,
    // Rounded up: a record just over the limit must not read as the limit itself.
    size: Math.ceil(bytes / 100_000) / 10,
    limit: PAYLOAD_BYTES_PER_SYNC / 1_000_000,
    cells,
  };
  return new AmznError("value", {
    en: translate("en", "convertTooLarge", counts),
    fr: translate("fr", "convertTooLarge", counts),
  });
}

export async function convertAmznToValues(
  context: Excel.RequestContext,
  scope: ConvertScope,
  supportsSpills: boolean,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const host = options.host ?? officeHost();
  const limit = options.cellsPerSync ?? CELLS_PER_SYNC;
  const rects = await measureScope(context, scope, host);
  // The scan finds the AMZN cells and estimates what reading each one's block answers.
  const finder = new AnchorFinder(supportsSpills);
  await scanFormulas(context, rects, limit, finder.visit);
  const anchors = finder.anchors;
  const recordWayBack = host.supportsExcelApi(WAY_BACK_API);
  let cellsChanged = 0;
  // A batch: what one read holds by the estimate (an anchor heavier than that alone, in bands).
  for (const batch of groupsWithin(anchors, bandBounds<Anchor>(limit))) {
    const blocks = await readSettledBlocks(context, batch, supportsSpills, limit, options, cellsChanged);
    if (recordWayBack) {
      const entries = blocks.map(({ anchor, values, numberFormat }) => ({
        sheet: anchor.sheet,
        row: anchor.row,
        col: anchor.col,
        formula: anchor.formula,
        values,
        formats: numberFormat,
      }));
      const oversized = oversizedEntry(entries);
      if (oversized) throw unrecordable(oversized.entry, oversized.bytes, cellsChanged);
      // The way back is kept before any cell of the batch changes: a failure after it leaves cells restorable.
      await addToRecord(context, entries);
    }
    await writeBlocks(context, blocks, limit, (cells) => (cellsChanged += cells));
  }
  return { cellsChanged, formulasConverted: anchors.length };
}
