/**
 * Whether a formula calls one of the add-in's AMZN functions: the question Share (which formulas
 * to freeze), Repair and the writer ask. It is answered by the one AMZN formula grammar
 * (`parseAmznCalls`): a call is `AMZN.<function id>(` outside string literals. Before that, the
 * parts of a formula that name things rather than call them are blanked, so that an `AMZN.`
 * inside them is never read as a call:
 * - a quoted sheet or workbook name (`'C:\data\[AMZN.Q4.xlsx]Sheet1'!A1`, `'AMZN.F(1)'!A1`);
 * - a bracketed workbook name or structured reference (`[AMZN.xlsx]Sheet1!$A$1`,
 *   `Table1[AMZN.x(1)]`), where `'` escapes the next character.
 * A defined name (`SUM(AMZN.rates)`) and a sheet named `AMZN.data` (`AMZN.data!B2`) are not
 * followed by "(", and a name the add-in does not have (a LAMBDA named `AMZN.rates`, called
 * `AMZN.rates(1)`) is not one of its functions: neither is a call.
 */
import { FUNCTION_NAMES_FR } from "../../data/function-names";
import { parseAmznCalls } from "./amzn-formula";

const FUNCTION_IDS: ReadonlySet<string> = new Set(Object.keys(FUNCTION_NAMES_FR));

/** The formula with the inside of quoted names and of brackets turned into spaces (same length). */
function blankNames(formula: string): string {
  let out = "";
  let inString = false;
  let inQuotedName = false;
  let bracketDepth = 0;
  for (let index = 0; index < formula.length; index++) {
    const char = formula[index] ?? "";
    if (inString) {
      if (char === '"') inString = false;
      out += char;
    } else if (inQuotedName) {
      // '' inside a quoted name is one quote; a single ' ends the name.
      if (char === "'" && formula[index + 1] === "'") {
        out += "  ";
        index++;
      } else if (char === "'") {
        inQuotedName = false;
        out += char;
      } else out += " ";
    } else if (bracketDepth > 0) {
      if (char === "'") {
        out += "  ";
        index++;
      } else if (char === "[") {
        bracketDepth++;
        out += " ";
      } else if (char === "]") {
        bracketDepth--;
        out += bracketDepth === 0 ? char : " ";
      } else out += " ";
    } else {
      if (char === '"') inString = true;
      else if (char === "'") inQuotedName = true;
      else if (char === "[") bracketDepth = 1;
      out += char;
    }
  }
  return out;
}

/** True when `formula` (Excel's invariant form, as `range.formulas` gives it) calls an AMZN function. */
export function callsAmznFunction(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=") || !formula.toUpperCase().includes("AMZN.")) return false;
  return parseAmznCalls(blankNames(formula)).some((call) => FUNCTION_IDS.has(call.id));
}
