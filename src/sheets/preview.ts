/**
 * The displayed text of every cell of a sheet spec, for the task pane's previews: constants
 * through their number format, formulas replaced by the value core computes for them (the same
 * code the custom functions run), empty as "".
 */
import { evaluateFormula } from "../core/audit";
import { booleanName } from "../core/formula";
import { FORMAT_GENERAL, formatForDisplay } from "../core/wording";
import type { SheetSpec } from "./spec";

export function previewRows(spec: SheetSpec): string[][] {
  return spec.cells.map((row, r) =>
    row.map((cell, c) => {
      const format = spec.numberFormats[r]?.[c] ?? FORMAT_GENERAL;
      if (cell === null) return "";
      if (typeof cell === "boolean") return booleanName(cell, spec.lang);
      if (typeof cell === "number") return formatForDisplay(cell, format, spec.lang);
      if (!cell.startsWith("=")) return cell;
      const value = evaluateFormula(cell, spec.lang);
      return typeof value === "number" ? formatForDisplay(value, format, spec.lang) : value;
    }),
  );
}
