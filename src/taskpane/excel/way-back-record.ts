/**
 * The way back's record format (way-back.ts keeps and reads it): custom XML parts whose root element
 * is `<wayBack xmlns="urn:amazon-ai-report:share-way-back:1">`, each holding `<cells>` with a JSON
 * array of entries `[sheet, row, col, formula, values, formats]`: the anchor's position (0-based),
 * its formula as Excel's invariant form gave it, the block of values Share wrote (the spill, or the
 * one cell) and the block's number formats before Share (one string when they are all the same).
 * The JSON is written with `<`, `>` and `&` as \u escapes, so the XML text needs no entity; a part
 * holds at most PART_CHARS characters. An entry read back is checked: a workbook can come from anyone.
 */
import { callsAmzn } from "../../core/formula";

export const WAY_BACK_NAMESPACE = "urn:amazon-ai-report:share-way-back:1";

/** Characters of JSON a part holds: 1 MB of text, well under the 5 MB of a request. */
export const PART_CHARS = 1_000_000;

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
