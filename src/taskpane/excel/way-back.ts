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
 * Format: parts whose root element is `<wayBack xmlns="urn:amazon-ai-report:share-way-back:1">`,
 * each holding `<cells>` with a JSON array of entries `[sheet, row, col, formula, values, formats]`:
 * the anchor's position (0-based), its formula as Excel's invariant form gave it, the block of
 * values Share wrote (the spill, or the one cell) and the block's number formats before Share
 * (one string when they are all the same). The JSON is written with `<`, `>` and `&` as \u escapes,
 * so the XML text needs no entity; a part holds at most PART_CHARS characters and at most
 * PARTS_PER_SYNC parts are sent or read in one sync (Excel: 5 MB a request or response).
 *
 * Restore, for each entry: a sheet that is gone is reported, never guessed (a renamed sheet is
 * gone); a block that still holds exactly the values Share wrote, as constants, gets its number
 * formats and its formula back (the spill area emptied so the formula spills again); a block the
 * user changed is listed and restored only when the caller passes its key (consent). Entries not
 * restored stay in the record. Reads and writes go in batches like the conversion's.
 */
import { rangeAddress } from "../../core/formula";
import { AmznError } from "../../core/runtime";
import { addLocalization, startReadBack, type Localization } from "./amzn-write";
import { ANCHORS_PER_SYNC, CELLS_PER_SYNC, callsAmzn, groups } from "./convert";
import { officeHost, type HostInfo } from "./host";

export const WAY_BACK_NAMESPACE = "urn:amazon-ai-report:share-way-back:1";
/** Custom XML parts arrived in ExcelApi 1.5. */
export const WAY_BACK_API = "1.5";
/** Characters of JSON a part holds: 1 MB of text, well under the 5 MB of a request. */
export const PART_CHARS = 1_000_000;
/** Parts sent or read in one sync: 4 MB at most. */
export const PARTS_PER_SYNC = 4;

type Scalar = string | number | boolean;

/** One frozen AMZN cell (the anchor of its block). */
export interface WayBackEntry {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The formula as `range.formulas` gave it (Excel's invariant form). */
  readonly formula: string;
  /** The values Share wrote over the block (the spill, or the one cell). */
  readonly values: readonly (readonly Scalar[])[];
  /** The block's number formats before Share changed any. */
  readonly formats: readonly (readonly string[])[];
}

type EntryJson = [string, number, number, string, Scalar[][], string | string[][]];

function toJson(entry: WayBackEntry): EntryJson {
  const first = entry.formats[0]?.[0] ?? "General";
  const uniform = entry.formats.every((row) => row.every((format) => format === first));
  return [
    entry.sheet,
    entry.row,
    entry.col,
    entry.formula,
    entry.values.map((row) => [...row]),
    uniform ? first : entry.formats.map((row) => [...row]),
  ];
}

const isScalar = (value: unknown): value is Scalar =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

const isGrid = <T>(value: unknown, cell: (item: unknown) => item is T): value is T[][] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (row) => Array.isArray(row) && row.length === (value[0] as unknown[]).length && row.length > 0 && row.every(cell),
  );

/**
 * An entry as read back, checked: a workbook can come from anyone, and Restore writes what the
 * record says, so only an AMZN formula at a cell of the grid, with rectangular blocks, is accepted.
 */
function fromJson(item: unknown): WayBackEntry {
  if (!Array.isArray(item) || item.length !== 6) throw new Error("an entry is not a list of six");
  const [sheet, row, col, formula, values, formats] = item as unknown[];
  const inGrid = (n: unknown, size: number): boolean =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) < size;
  if (typeof sheet !== "string" || !inGrid(row, 1_048_576) || !inGrid(col, 16_384))
    throw new Error("an entry has no valid cell");
  if (!callsAmzn(formula)) throw new Error("an entry's formula does not call an AMZN function");
  if (!isGrid(values, isScalar)) throw new Error("an entry's values are not a block");
  if (typeof formats !== "string" && !isGrid(formats, (f): f is string => typeof f === "string"))
    throw new Error("an entry's formats are not a block");
  if (typeof formats !== "string" && (formats.length !== values.length || formats[0]?.length !== values[0]?.length))
    throw new Error("an entry's formats and values differ in size");
  return fromChecked([sheet, row as number, col as number, formula as string, values, formats]);
}

function fromChecked([sheet, row, col, formula, values, formats]: EntryJson): WayBackEntry {
  const rows = values.length;
  const cols = values[0]?.length ?? 1;
  const grid =
    typeof formats === "string"
      ? Array.from({ length: rows }, () => Array.from({ length: cols }, () => formats))
      : formats;
  return { sheet, row, col, formula, values, formats: grid };
}

/** JSON with nothing XML would read as markup, and no character XML 1.0 forbids. */
function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The text of an element as an XML parser gives it (Excel may write its XML back differently). */
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, name: string) =>
    name.startsWith("#x") || name.startsWith("#X")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? ""),
  );
}

/** The record's entries as parts' XML, each at most PART_CHARS characters of JSON. */
export function recordXml(entries: readonly WayBackEntry[]): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    parts.push(`<wayBack xmlns="${WAY_BACK_NAMESPACE}" version="1"><cells>[${current.join(",")}]</cells></wayBack>`);
    current = [];
    size = 0;
  };
  for (const entry of entries) {
    const json = xmlSafeJson(toJson(entry));
    if (size > 0 && size + json.length + 1 > PART_CHARS) flush();
    current.push(json);
    size += json.length + 1;
  }
  flush();
  return parts;
}

/** The entries of one part's XML; a part that is not a record this add-in wrote is an error. */
export function entriesOfXml(xml: string): WayBackEntry[] {
  const cells = /<(?:[\w.-]+:)?cells(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?cells>/.exec(xml);
  if (!cells) throw new Error("no <cells> element");
  const parsed: unknown = JSON.parse(xmlText(cells[1] ?? ""));
  if (!Array.isArray(parsed)) throw new Error("<cells> is not a list");
  return parsed.map(fromJson);
}

const damagedRecord = (detail: string): AmznError =>
  new AmznError("value", {
    en: `The way back recorded in this workbook cannot be read (${detail}): nothing was restored. "Forget the way back" removes it.`,
    fr: `Le chemin du retour enregistré dans ce classeur est illisible (${detail}) : rien n’a été rétabli. « Oublier le chemin du retour » le supprime.`,
  });

/** Adds the entries to the record, before the cells they describe change (1 sync per PARTS_PER_SYNC parts). */
export async function addToRecord(context: Excel.RequestContext, entries: readonly WayBackEntry[]): Promise<void> {
  for (const batch of groups(recordXml(entries), () => 1, PARTS_PER_SYNC)) {
    for (const xml of batch) context.workbook.customXmlParts.add(xml);
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
  for (const batch of groups(ids, () => 1, PARTS_PER_SYNC)) {
    const texts = batch.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of record (Excel: 5 MB a response)
    await context.sync();
    for (const text of texts) {
      try {
        entries.push(...entriesOfXml(text.value));
      } catch (error) {
        throw damagedRecord(error instanceof Error ? error.message : String(error));
      }
    }
  }
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
  /** Cells written per sync; default CELLS_PER_SYNC. */
  readonly cellsPerSync?: number;
  /** The Excel it runs in (its language decides the French rewrite); default `officeHost()`. */
  readonly host?: HostInfo;
}

function cellOf(entry: WayBackEntry): WayBackCell {
  const address = rangeAddress({ row: entry.row, col: entry.col, rows: 1, cols: 1 });
  return { key: `${entry.sheet}!${address}`, sheet: entry.sheet, address };
}

const blockCells = (entry: WayBackEntry): number => entry.values.length * (entry.values[0]?.length ?? 1);

/**
 * The one place Restore writes a formula back: the block's number formats first (a cell Share
 * formatted as Text would keep the formula as text), then nothing in the block and the formula in
 * its anchor, from where it spills again. Writing AMZN formulas has one path in the add-in
 * (with the French-Excel check and rewrite); this is where Restore joins it.
 */
export function writeFormulaBack(range: Excel.Range, entry: WayBackEntry): void {
  range.numberFormat = entry.formats.map((row) => [...row]);
  // The block is emptied first, so the formula finds its spill area free when it is entered.
  if (entry.values.length > 1 || (entry.values[0]?.length ?? 1) > 1)
    range.formulas = entry.values.map((row) => row.map(() => ""));
  range.getCell(0, 0).formulas = [[entry.formula]];
}

/** True when the block still holds, as constants, exactly the values Share wrote. */
function unchanged(
  entry: WayBackEntry,
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
): boolean {
  return entry.values.every((row, r) =>
    row.every((written, c) => {
      const formula = formulas[r]?.[c];
      return !(typeof formula === "string" && formula.startsWith("=")) && values[r]?.[c] === written;
    }),
  );
}

/**
 * Restores the recorded AMZN formulas (see the header). Syncs: 1 to find the record and the
 * sheets, 1 per PARTS_PER_SYNC parts to read it, then per ANCHORS_PER_SYNC entries 1 to read their
 * blocks and 1 per CELLS_PER_SYNC cells to write, and 1 to rewrite the record (more when what
 * remains of it is over 4 MB).
 */
export async function restoreAmznFormulas(
  context: Excel.RequestContext,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const limit = options.cellsPerSync ?? CELLS_PER_SYNC;
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
  for (const batch of groups(present, () => 1, ANCHORS_PER_SYNC)) {
    const reads = batch.map((entry) => ({
      entry,
      range: context.workbook.worksheets
        .getItem(entry.sheet)
        .getRangeByIndexes(entry.row, entry.col, entry.values.length, entry.values[0]?.length ?? 1)
        .load(["formulas", "values"]),
    }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded batch (Excel: 5 MB a response)
    await context.sync();
    const writes = reads.filter(({ entry, range }) => {
      if (unchanged(entry, range.formulas, range.values)) return true;
      const cell = cellOf(entry);
      if (consent.has(cell.key)) return true;
      changed.push(cell);
      kept.push(entry);
      return false;
    });
    for (const group of groups(writes, ({ entry }) => blockCells(entry), limit)) {
      // The one write path's read-back: in a French Excel that refuses the English names, the
      // restored formulas showing #NAME? are rewritten in French (one more sync), as every writer does.
      const readBack = startReadBack(
        context,
        host,
        group.map(({ entry }) => entry.formula),
      );
      for (const { entry, range } of group) {
        writeFormulaBack(range, entry);
        readBack.watch(range.getCell(0, 0), [[entry.formula]]);
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded chunk (Excel: 5 MB a request)
      await context.sync();
      localization = addLocalization(localization, await readBack.settle());
      restored += group.length;
    }
  }
  if (restored > 0) {
    // The record now holds only what was not restored: the old parts go in the same request as the new ones.
    for (const id of record.ids) context.workbook.customXmlParts.getItem(id).delete();
    const parts = recordXml(kept);
    const first = parts.slice(0, PARTS_PER_SYNC);
    for (const xml of first) context.workbook.customXmlParts.add(xml);
    await context.sync();
    for (const batch of groups(parts.slice(PARTS_PER_SYNC), () => 1, PARTS_PER_SYNC)) {
      for (const xml of batch) context.workbook.customXmlParts.add(xml);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of record (Excel: 5 MB a request)
      await context.sync();
    }
  }
  return {
    restored,
    changed,
    missingSheets: [...missing],
    missingCells,
    noRecord: false,
    ...(localization === undefined ? {} : { localization }),
  };
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
