/**
 * Defect 6 of issue 11: AMZN formulas in a French Excel.
 *
 * What Microsoft documents: `Range.formulas` is the formula "in A1-style notation" (the invariant,
 * English form) and `Range.formulasLocal` the formula "in the user's language and number-formatting
 * locale" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulaslocal-member);
 * a custom function's `name` is localized, its `id` is not
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions).
 * What it does not document: whether `formulas` resolves a custom function's English name in a
 * French Excel. OfficeDev/office-js issue 891 reports #NAME? in German Excel (built-in names are
 * translated, custom ones are not). So the writer writes the invariant form, reads the results
 * back, and rewrites any #NAME? AMZN cell through `formulasLocal` with the French names and the
 * locale's separators; either way Excel ends up with a formula it resolves, or the caller is told.
 *
 * Separators: Office.js exposes no list separator (Excel.NumberFormatInfo has
 * numberDecimalSeparator and numberGroupSeparator, ExcelApi 1.11). A locale whose decimal separator
 * is "," cannot use "," between arguments: Excel uses ";" there. French defaults: "," and ";".
 */
import { FUNCTION_NAMES_FR, type FunctionId } from "../../data/function-names";

export interface FormulaSeparators {
  readonly decimal: string;
  readonly list: string;
}

export const FRENCH_SEPARATORS: FormulaSeparators = { decimal: ",", list: ";" };

/** The list separator that goes with a decimal separator. */
export function separatorsFor(decimal: string): FormulaSeparators {
  return { decimal, list: decimal === "," ? ";" : "," };
}

/** Excel's #NAME? as `values` may report it (English code, or the French one should Excel localize it). */
export function isNameError(value: unknown): boolean {
  return value === "#NAME?" || value === "#NOM?";
}

/**
 * The French local form of an invariant formula made only of AMZN calls, literals and operators,
 * e.g. =AMZN.REVENUE(2024,"B") -> =AMZN.CHIFFRE_AFFAIRES(2024;"B"). Undefined when the formula
 * calls anything else (a built-in's French name is not ours to guess).
 */
export function frenchFormula(
  invariant: string,
  separators: FormulaSeparators = FRENCH_SEPARATORS,
): string | undefined {
  if (!invariant.startsWith("=")) return undefined;
  let unknown = false;
  const parts = invariant.split(/("(?:[^"]|"")*")/);
  const local = parts
    .map((part, index) => {
      if (index % 2 === 1) return part; // a string literal stays as written
      const withNames = part.replace(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g, (whole, name: string) => {
        const match = /^AMZN\.([A-Za-z_]+)$/i.exec(name);
        const id = match?.[1]?.toUpperCase() as FunctionId | undefined;
        if (!id || !(id in FUNCTION_NAMES_FR)) {
          unknown = true;
          return whole;
        }
        return `AMZN.${FUNCTION_NAMES_FR[id]}(`;
      });
      if (/[A-Za-z_]+\d*!|\$|[A-Za-z]{1,3}\d+/.test(withNames.replace(/AMZN\.[A-Z_]+\(/g, ""))) unknown = true;
      // Argument separators first, then decimal points (which may become ",").
      return withNames.replace(/,/g, separators.list).replace(/(\d)\.(\d)/g, `$1${separators.decimal}$2`);
    })
    .join("");
  return unknown ? undefined : local;
}
