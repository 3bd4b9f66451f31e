/**
 * Share: replaces every AMZN formula in the scope by its current value, so the workbook reads the
 * same without the add-in; every other formula is left alone. A dynamic-array AMZN formula (SERIES,
 * TABLE, …) becomes the block of values it spilled when Excel supports spill ranges (ExcelApi
 * 1.12); otherwise only its top-left value is kept, which the caller is told.
 *
 * It works on any workbook size, within Excel's limits on a sync (bounded-sync.ts: 5,000,000 cells
 * a read, 5 MB a request or response on the web). So the scope is first measured (addresses only),
 * intersected with the used range, then read in row bands of at most CELLS_PER_SYNC cells per sync,
 * formulas only; values are read only for the AMZN cells found, and written in batches of the same
 * bound. A read that Excel still refuses for its size is retried in halves (reads change nothing).
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
 * inside the workbook before the batch's cells change.
 *
 * Syncs: 1 to measure (2 for the workbook: sheet names first), ceil(cells / CELLS_PER_SYNC) to scan,
 * then per batch of at most ANCHORS_PER_SYNC AMZN cells: 1 to read their values (and spills, and 1
 * more per re-read while some are pending), 1 to record them (ExcelApi 1.5), 1 to write. Stops after the scan when there is no AMZN
 * formula.
 */
import { callsAmzn } from "../../core/formula";
import { AmznError } from "../../core/runtime";
import { translate } from "../i18n";
import { ANCHORS_PER_SYNC, CELLS_PER_SYNC, chunksOf, groups, syncInGroups, type Rect } from "./bounded-sync";
import { officeHost, type HostInfo } from "./host";
import { formatsKeepingText } from "./text-cells";
import { WAY_BACK_API, addToRecord } from "./way-back";

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

interface Anchor {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

const GEOMETRY = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

function rectOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
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
 * refuses a read for its size) and hands each non-empty one to `visit`. Share and Repair scan
 * with it.
 */
export async function scanFormulas(
  context: Excel.RequestContext,
  rects: readonly SheetRect[],
  limit: number,
  visit: (sheet: string, row: number, col: number, formula: string | number | boolean) => void,
): Promise<void> {
  const cellsOf = (chunk: SheetRect): number => chunk.rows * chunk.cols;
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
    (chunk) =>
      cellsOf(chunk) <= SMALLEST_CHUNK
        ? undefined
        : chunksOf(chunk, Math.max(SMALLEST_CHUNK, Math.ceil(cellsOf(chunk) / 2))),
  );
}

/** Reads formulas chunk by chunk and returns the AMZN cells. */
async function scanForAmzn(
  context: Excel.RequestContext,
  rects: readonly SheetRect[],
  limit: number,
): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  await scanFormulas(context, rects, limit, (sheet, row, col, formula) => {
    if (typeof formula === "string" && callsAmzn(formula)) anchors.push({ sheet, row, col, formula });
  });
  return anchors;
}

interface AnchorRead {
  readonly cell: Excel.Range;
  readonly spill: Excel.Range | undefined;
}

/** The range whose values replace the formula: the spill when there is one, else the cell. */
function blockOf({ cell, spill }: AnchorRead): Excel.Range {
  return spill && !spill.isNullObject ? spill : cell;
}

/**
 * Reads a batch's values (and spills) once none is pending, re-reading with growing pauses; stops
 * the conversion, with the counts, if Excel is still calculating after the last read.
 */
async function readSettledValues(
  context: Excel.RequestContext,
  batch: readonly Anchor[],
  supportsSpills: boolean,
  options: ConvertOptions,
  cellsChanged: number,
): Promise<AnchorRead[]> {
  const maxReads = options.maxReads ?? MAX_READS;
  const pause = options.pause ?? defaultPause;
  for (let attempt = 1; ; attempt++) {
    const reads = batch.map((anchor) => {
      const cell = context.workbook.worksheets.getItem(anchor.sheet).getCell(anchor.row, anchor.col);
      const spill = supportsSpills
        ? cell.getSpillingToRangeOrNullObject().load(["values", "valueTypes", "numberFormat"])
        : undefined;
      return { cell: cell.load(["values", "valueTypes", "numberFormat"]), spill };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded chunk (Excel: 5 MB a request), one more per re-read of pending values
    await context.sync();
    const pending = reads.filter((read) =>
      blockOf(read).values.some((line) => line.some((value) => PENDING.has(value))),
    );
    if (pending.length === 0) return reads;
    if (attempt >= maxReads) {
      const counts = { pending: pending.length, cells: cellsChanged };
      throw new AmznError("value", {
        en: translate("en", "convertBusy", counts),
        fr: translate("fr", "convertBusy", counts),
      });
    }
    await pause(200 * attempt);
  }
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
  const anchors = await scanForAmzn(context, rects, limit);
  const recordWayBack = host.supportsExcelApi(WAY_BACK_API);
  let cellsChanged = 0;
  for (const batch of groups(anchors, () => 1, ANCHORS_PER_SYNC)) {
    const reads = await readSettledValues(context, batch, supportsSpills, options, cellsChanged);
    if (recordWayBack)
      // The way back is kept before any cell changes: a failure after it leaves cells restorable.
      await addToRecord(
        context,
        reads.map((read, index) => {
          const anchor = batch[index] as Anchor;
          const block = blockOf(read);
          return { ...anchor, values: block.values, formats: block.numberFormat };
        }),
      );
    const writes = reads.map((read) => {
      const block = blockOf(read);
      // The values as read; writing them back over the same range replaces its formulas.
      const values = block.values;
      return { block, values, cells: values.length * (values[0]?.length ?? 1) };
    });
    for (const group of groups(writes, (write) => write.cells, limit)) {
      for (const { block, values } of group) {
        // Writing the whole block replaces the anchor's formula and freezes every spilled value;
        // strings keep their text through the Text format (text-cells.ts), queued first.
        block.numberFormat = formatsKeepingText(block.numberFormat, block.valueTypes);
        block.values = values;
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded chunk is the point (Excel: 5 MB a request, 5 million cells a read)
      await context.sync();
      cellsChanged += group.reduce((sum, write) => sum + write.cells, 0);
    }
  }
  return { cellsChanged, formulasConverted: anchors.length };
}
