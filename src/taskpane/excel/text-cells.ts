/**
 * Excel parses every string written through `values` or `formulas` as if a
 * user typed it. A string starting with "=", "+" or "-" becomes a formula ("+11%" is =+11%, and
 * "+31,2%" does not parse at all), and number-, percentage- or date-like text becomes a number
 * ("2024", "38%"). Source: Excel.Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member .
 *
 * The rule here: every text cell gets the Text number format "@" in the same batch, queued BEFORE
 * its value, so Excel stores the entry as typed ("Format numbers as text",
 * https://support.microsoft.com/office/583160db-9f0d-4e43-8f1d-ad7b4a91c9ef: format the cells as
 * Text first, then enter the numbers). Chosen over a leading apostrophe because the apostrophe is
 * lost on a read-modify-write: `formulas` reads the text without it (OfficeDev/office-js issue
 * 6687), so any later rewrite of the cell (ours or another add-in's) would reinterpret it, while
 * the "@" format stays with the cell. Formulas are never text-formatted (Excel would store them as
 * text too).
 */
import type { SheetSpec, SpecCell } from "../../sheets/spec";

export const TEXT_FORMAT = "@";

/** A spec cell that is text: a non-empty string that is not a formula. */
export function isTextCell(cell: SpecCell | undefined): cell is string {
  return typeof cell === "string" && cell !== "" && !cell.startsWith("=");
}

/** The spec's number formats with "@" on every text cell: what the writer writes before the cells. */
export function writtenNumberFormats(spec: SheetSpec): string[][] {
  return spec.numberFormats.map((row, r) =>
    row.map((format, c) => (isTextCell(spec.cells[r]?.[c]) ? TEXT_FORMAT : format)),
  );
}

/** For values read back from Excel and written again (Share): "@" where Excel says the value is a string. */
export function formatsKeepingText(
  numberFormats: readonly (readonly string[])[],
  valueTypes: readonly (readonly string[])[],
): string[][] {
  return numberFormats.map((row, r) =>
    row.map((format, c) => (valueTypes[r]?.[c] === "String" ? TEXT_FORMAT : format)),
  );
}
