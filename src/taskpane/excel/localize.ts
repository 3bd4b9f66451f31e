/**
 * AMZN formulas in a French Excel.
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
import { FRENCH_STYLE, INVARIANT_STYLE, translateFormula, type FormulaStyle } from "../../core/formula";

export interface FormulaSeparators {
  readonly decimal: "." | ",";
  readonly list: "," | ";";
}

export const FRENCH_SEPARATORS: FormulaSeparators = { decimal: FRENCH_STYLE.decimal, list: FRENCH_STYLE.list };

/** The list separator that goes with a decimal separator (anything but "," reads as "."). */
export function separatorsFor(decimal: string): FormulaSeparators {
  return decimal === "," ? { decimal: ",", list: ";" } : { decimal: ".", list: "," };
}

/** Excel's #NAME? as `values` may report it (English code, or the French one should Excel localize it). */
export function isNameError(value: unknown): boolean {
  return value === "#NAME?" || value === "#NOM?";
}

/**
 * The French local form of an invariant formula made only of AMZN calls, literals and operators,
 * e.g. =AMZN.REVENUE(2024,"B") -> =AMZN.CHIFFRE_AFFAIRES(2024;"B"), written by core's one printer.
 * Undefined when the formula calls anything else (a built-in's French name is not ours to guess).
 */
export function frenchFormula(
  invariant: string,
  separators: FormulaSeparators = FRENCH_SEPARATORS,
): string | undefined {
  const french: FormulaStyle = { names: "fr", ...separators };
  return translateFormula(invariant, INVARIANT_STYLE, french);
}
