/**
 * Share's way back: the record Share keeps inside the workbook of each AMZN formula it froze, and
 * "Restore AMZN formulas" / "Forget the way back" (PRODUCT.md "Share with a way back").
 *
 * Where the record lives: custom XML parts (Workbook.customXmlParts, ExcelApi 1.5), not a very
 * hidden sheet. A part is stored in the file and comes back when it is opened again ("Persist
 * add-in state and settings", https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings),
 * yet it is in no sheet: readers cannot see or edit it, the worksheets collection (Share's
 * workbook scope, Repair, other add-ins, VBA's Sheets) does not list it, no cell of it recalculates
 * or shows #NAME? without the add-in, and its text is kept exactly as written, whereas a formula
 * text stored in a cell is reinterpreted unless formatted first ("Working in real Excel").
 *
 * Format (way-back-record.ts): parts in the namespace WAY_BACK_NAMESPACE, each a JSON list of the
 * entries (anchor, formula, values written, formats replaced), at most PART_CHARS characters. Parts
 * are sent in syncs of at most PAYLOAD_BYTES_PER_SYNC bytes (their JSON weighed, bounded-sync.ts)
 * and read PARTS_PER_SYNC at a time, fewer when Excel refuses the answer for its size.
 *
 * Restore, for each entry: a sheet that is gone is reported, never guessed (a renamed sheet is
 * gone); a block that still holds exactly the values Share wrote, as constants, or nothing (a
 * Restore or Share stopped between the bands of a heavy block leaves part of it empty), gets its
 * number formats and its formula back (the spill area emptied so the formula spills again); a
 * block the user changed is listed and restored only when the caller passes its key (consent); an
 * anchor that already holds its formula again (a Restore stopped before it rewrote the record, or a
 * Share stopped before it wrote the values) gets its recorded formats and counts as restored.
 * Entries not restored stay in the record, which is rewritten only at the end, new parts before
 * the old ones go: a Restore that fails midway leaves the record whole.
 *
 * Every sync stays within Excel's limits whatever the blocks hold (bounded-sync.ts): the blocks are
 * read in batches bounded by anchors, cells and the bytes of the answer, which the record foretells
 * (formulas and values of an unchanged block are the values it holds); a block heavier than a sync
 * is read in bands; a read Excel still refuses for its size is run again in halves. The writes are
 * bounded by anchors, cells and the bytes they send (formats, the emptied block, the formula; the
 * formats alone for an anchor already back).
 */
import { rangeAddress } from "../../core/formula";
import { AmznError } from "../../core/runtime";
import { addLocalization, startReadBack, type Localization } from "./amzn-write";
import {
  CELLS_PER_SYNC,
  PAYLOAD_BYTES_PER_SYNC,
  bandBounds,
  groups,
  groupsWithin,
  payloadBytes,
  syncInGroups,
} from "./bounded-sync";
import { officeHost, type HostInfo } from "./host";
import { formatBands, queueWriteBack, readBlocks, writeBands, type BlockRead, type WriteBand } from "./way-back-blocks";
import { PART_CHARS, WAY_BACK_NAMESPACE, entriesOfXml, recordXml, type WayBackEntry } from "./way-back-record";

/** Custom XML parts arrived in ExcelApi 1.5. */
export const WAY_BACK_API = "1.5";
/**
 * Parts read in one sync, whose sizes are unknown until read: 4 parts of 1 MB of text answer about
 * 4 MB (more when the text is mostly quotes or non-ASCII, then Excel refuses and they are read in halves).
 */
export const PARTS_PER_SYNC = Math.max(1, Math.floor(PAYLOAD_BYTES_PER_SYNC / PART_CHARS));

const damagedRecord = (detail: string): AmznError =>
  new AmznError("value", {
    en: `The way back recorded in this workbook cannot be read (${detail}): nothing was restored. "Forget the way back" removes it.`,
    fr: `Le chemin du retour enregistré dans ce classeur est illisible (${detail}) : rien n’a été rétabli. « Oublier le chemin du retour » le supprime.`,
  });

/** Parts' XML in groups of at most PAYLOAD_BYTES_PER_SYNC bytes sent (one group per sync). */
const partGroups = (parts: readonly string[]): string[][] => groups(parts, payloadBytes, PAYLOAD_BYTES_PER_SYNC);

/**
 * The first entry whose part would weigh more than one sync may send, and its bytes: a part is sent
 * whole (CustomXmlPartCollection.add takes its whole XML), so the record cannot keep it.
 */
export function oversizedEntry(
  entries: readonly WayBackEntry[],
): { readonly entry: WayBackEntry; readonly bytes: number } | undefined {
  for (const entry of entries) {
    const bytes = payloadBytes(recordXml([entry])[0] ?? "");
    if (bytes > PAYLOAD_BYTES_PER_SYNC) return { entry, bytes };
  }
  return undefined;
}

/** Adds the entries to the record, before the cells they describe change (1 sync per 4 MB of parts). */
export async function addToRecord(context: Excel.RequestContext, entries: readonly WayBackEntry[]): Promise<void> {
  for (const batch of partGroups(recordXml(entries))) {
    for (const xml of batch) context.workbook.customXmlParts.add(xml);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of record (Excel: 5 MB a request)
    await context.sync();
  }
}

/**
 * Replaces the record's parts by the entries `kept`: the new parts are added first and the old
 * ones deleted in the last sync, so a sync that fails leaves the old record (and perhaps some new
 * parts beside it, which only repeat it), never less.
 */
async function rewriteRecord(
  context: Excel.RequestContext,
  oldIds: readonly string[],
  kept: readonly WayBackEntry[],
): Promise<void> {
  const batches = partGroups(recordXml(kept));
  if (batches.length === 0) batches.push([]);
  for (const [index, batch] of batches.entries()) {
    for (const xml of batch) context.workbook.customXmlParts.add(xml);
    if (index === batches.length - 1) for (const id of oldIds) context.workbook.customXmlParts.getItem(id).delete();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of record (Excel: 5 MB a request)
    await context.sync();
  }
}

interface RecordRead {
  readonly ids: readonly string[];
  readonly entries: readonly WayBackEntry[];
  readonly sheets: ReadonlySet<string>;
}

/** The record's parts and entries, and the workbook's sheet names: 1 sync, plus 1 per PARTS_PER_SYNC parts. */
async function readRecord(context: Excel.RequestContext): Promise<RecordRead> {
  const parts = context.workbook.customXmlParts.getByNamespace(WAY_BACK_NAMESPACE).load("items/id");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const ids = parts.items.map((part) => part.id);
  const entries: WayBackEntry[] = [];
  // A rewrite that failed after adding its parts leaves them beside the old ones (rewriteRecord):
  // an entry read twice, the same in every respect, is one cell, restored or counted once.
  const byCell = new Map<string, WayBackEntry[]>();
  const add = (entry: WayBackEntry): void => {
    const cell = `${entry.row},${entry.col},${entry.sheet}`;
    const same = byCell.get(cell) ?? [];
    if (same.some((known) => JSON.stringify(known) === JSON.stringify(entry))) return;
    byCell.set(cell, [...same, entry]);
    entries.push(entry);
  };
  // A part's size is known only once read: PARTS_PER_SYNC a sync, in halves when Excel refuses the answer.
  await syncInGroups(
    context,
    ids,
    [{ size: () => 1, limit: PARTS_PER_SYNC }],
    (batch) => {
      const texts = batch.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
      return () => {
        for (const text of texts) {
          try {
            entriesOfXml(text.value).forEach(add);
          } catch (error) {
            throw damagedRecord(error instanceof Error ? error.message : String(error));
          }
        }
      };
    },
    () => undefined,
  );
  return { ids, entries, sheets: new Set(sheets.items.map((sheet) => sheet.name)) };
}

/** A cell of the record, as the pane lists it and the caller passes it back for consent. */
export interface WayBackCell {
  /** "Sheet1!B3": also the key the caller passes back in `restoreChanged`. */
  readonly key: string;
  readonly sheet: string;
  /** The anchor's A1 address, e.g. "B3". */
  readonly address: string;
}

export interface RestoreResult {
  /** AMZN formulas put back. */
  readonly restored: number;
  /** Converted cells changed since Share: not restored (unless their key was passed). */
  readonly changed: readonly WayBackCell[];
  /** Sheets named in the record that the workbook no longer has, and how many cells were on them. */
  readonly missingSheets: readonly string[];
  readonly missingCells: number;
  /** True when the workbook holds no way back at all. */
  readonly noRecord: boolean;
  /** In a French Excel that refused the English names: formulas rewritten in French, and those still #NAME?. */
  readonly localization?: Localization;
}

export interface RestoreOptions {
  /** Keys of changed cells the user agreed to restore anyway. */
  readonly restoreChanged?: ReadonlySet<string>;
  /** Cells read or written per sync; default CELLS_PER_SYNC. */
  readonly cellsPerSync?: number;
  /** The Excel it runs in (its language decides the French rewrite); default `officeHost()`. */
  readonly host?: HostInfo;
}

function cellOf(entry: WayBackEntry): WayBackCell {
  const address = rangeAddress({ row: entry.row, col: entry.col, rows: 1, cols: 1 });
  return { key: `${entry.sheet}!${address}`, sheet: entry.sheet, address };
}

/**
 * Restores the recorded AMZN formulas (see the header). Syncs: 1 to find the record and the
 * sheets, 1 per PARTS_PER_SYNC parts to read it, 1 per batch of blocks to read and 1 per group to
 * write (each within ANCHORS_PER_SYNC anchors, `cellsPerSync` cells and PAYLOAD_BYTES_PER_SYNC
 * bytes), and 1 to rewrite the record (1 more per 4 MB of what remains of it). A sync Excel
 * refuses for its size costs one more per half.
 */
export async function restoreAmznFormulas(
  context: Excel.RequestContext,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const cellsPerSync = options.cellsPerSync ?? CELLS_PER_SYNC;
  const consent = options.restoreChanged ?? new Set<string>();
  const host = options.host ?? officeHost();
  let localization: Localization | undefined;
  const record = await readRecord(context);
  if (record.ids.length === 0) return { restored: 0, changed: [], missingSheets: [], missingCells: 0, noRecord: true };

  const kept: WayBackEntry[] = [];
  const changed: WayBackCell[] = [];
  const missing = new Set<string>();
  let missingCells = 0;
  let restored = 0;
  const present = record.entries.filter((entry) => {
    if (record.sheets.has(entry.sheet)) return true;
    missing.add(entry.sheet);
    missingCells += 1;
    kept.push(entry);
    return false;
  });

  const write = async (group: readonly WriteBand[]): Promise<void> => {
    const formulas = group.filter((band) => band.last).map((band) => band.entry.formula);
    // The one write path's read-back: in a French Excel that refuses the English names, the
    // restored formulas showing #NAME? are rewritten in French (one more sync), as every writer does.
    const readBack = startReadBack(context, host, formulas);
    for (const band of group) {
      const anchor = queueWriteBack(context, band);
      if (anchor) readBack.watch(anchor, [[band.entry.formula]]);
    }
    // One sync per group within the bounds (Excel: 5 MB a request).
    await context.sync();
    localization = addLocalization(localization, await readBack.settle());
    restored += formulas.length;
  };

  const bounds = bandBounds(cellsPerSync);
  let pending: WriteBand[] = [];
  await readBlocks(context, present, cellsPerSync, async (blocks) => {
    for (const block of blocks) {
      const { entry } = block;
      if (block.formulas[0]?.[0] === entry.formula) {
        // Already back: a Restore stopped before it rewrote the record, or a Share stopped before
        // it wrote the block's values, perhaps after its formats (Text would turn the formula into
        // text at its next edit). The recorded formats go with the other writes.
        pending.push(...formatBands(entry, cellsPerSync));
        restored += 1;
        continue;
      }
      const cell = cellOf(entry);
      if (unchanged(block) || consent.has(cell.key)) {
        pending.push(...writeBands(entry, cellsPerSync));
        continue;
      }
      changed.push(cell);
      kept.push(entry);
    }
    // Full groups are written now; the last one waits for the next read to fill it.
    const full = groupsWithin(pending, bounds);
    pending = full.pop() ?? [];
    for (const group of full) await write(group);
  });
  for (const group of groupsWithin(pending, bounds)) await write(group);
  // The record now holds only what was not restored.
  if (restored > 0) await rewriteRecord(context, record.ids, kept);
  return {
    restored,
    changed,
    missingSheets: [...missing],
    missingCells,
    noRecord: false,
    ...(localization === undefined ? {} : { localization }),
  };
}

/**
 * True when every cell of the block still holds, as a constant, the value Share wrote, or nothing.
 * An empty cell counts as unchanged: restoring the formula there overwrites nothing of the user's,
 * and a block heavier than a sync is left partly empty by a Restore stopped between its bands (the
 * anchor's band emptied, the formula not yet back) or a Share stopped between them (the anchor's
 * band frozen, which ended the spill, the other bands not yet written). A cell holding anything
 * else (another value, a formula) makes the block changed.
 */
function unchanged({ entry, formulas, values }: BlockRead): boolean {
  return entry.values.every((row, r) =>
    row.every((written, c) => {
      const formula = formulas[r]?.[c];
      const value = values[r]?.[c];
      if (formula === "" && value === "") return true;
      return !(typeof formula === "string" && formula.startsWith("=")) && value === written;
    }),
  );
}

/** "Forget the way back": removes the record (2 syncs). Returns false when there was none. */
export async function forgetWayBack(context: Excel.RequestContext): Promise<boolean> {
  const parts = context.workbook.customXmlParts.getByNamespace(WAY_BACK_NAMESPACE).load("items/id");
  await context.sync();
  if (parts.items.length === 0) return false;
  for (const part of parts.items) part.delete();
  await context.sync();
  return true;
}
