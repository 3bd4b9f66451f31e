/** The Share tab's messages about the way back, without the DOM (the tests run them in both languages). */
import type { ViewContext } from "../app";
import type { RestoreResult } from "../excel/way-back";
import { nameErrorNotice } from "./name-errors";

/** Changed cells named in a message: the first few, then "…". */
const CELLS_NAMED = 10;

export function cellList(keys: readonly string[]): string {
  return keys.slice(0, CELLS_NAMED).join(", ") + (keys.length > CELLS_NAMED ? ", …" : "");
}

/** What Restore did, with the counts, in the pane's language. */
export function restoreSummary(t: ViewContext["t"], result: RestoreResult): string {
  const parts = [t("restoreDone", { restored: result.restored })];
  if (result.changed.length > 0)
    parts.push(
      t("restoreChanged", { count: result.changed.length, cells: cellList(result.changed.map((cell) => cell.key)) }),
    );
  if (result.missingCells > 0)
    parts.push(t("restoreMissing", { count: result.missingCells, sheets: result.missingSheets.join(", ") }));
  // In a French Excel: restored formulas still showing #NAME? after their French rewrite.
  const notice = nameErrorNotice(t, result.localization);
  if (notice) parts.push(notice);
  return parts.join(" ");
}
