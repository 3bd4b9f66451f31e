/**
 * How an AMZN formula is spelled in one Excel: which function names (the invariant English ids,
 * or the French names French Excel shows and users type), which character goes between arguments
 * and which is the decimal point. Office.js writes `range.formulas` in the invariant style; French
 * Excel shows (and `range.formulasLocal` takes) the French one.
 *
 * The French names are the one list of data/function-names.ts; functions.fr.json (what French
 * Excel loads) is checked against it by test/functions/function-names.test.ts.
 */
import { FUNCTION_NAMES_FR, type FunctionId } from "../../data/function-names";
import type { Lang } from "../runtime";

export { FUNCTION_NAMES_FR, type FunctionId };

export interface FormulaStyle {
  /** "en": the functions' ids (REVENUE); "fr": their French names (CHIFFRE_AFFAIRES), VRAI/FAUX. */
  readonly names: Lang;
  /** Between arguments. */
  readonly list: "," | ";";
  /** The decimal point of number literals. */
  readonly decimal: "." | ",";
}

/** Excel's invariant form, what `range.formulas` reads and writes. */
export const INVARIANT_STYLE: FormulaStyle = { names: "en", list: ",", decimal: "." };

/** French Excel's defaults: French names, ";" between arguments, a decimal comma. */
export const FRENCH_STYLE: FormulaStyle = { names: "fr", list: ";", decimal: "," };

/** A formula as a user of an Excel in `lang` types it (messages, tables, the builder's display). */
export function typedStyle(lang: Lang): FormulaStyle {
  return lang === "fr" ? FRENCH_STYLE : INVARIANT_STYLE;
}

/**
 * Between the items of an array constant's row: "," where "," separates arguments; otherwise "."
 * (French Excel's column separator, `{100.150.200}`). Rows are separated by ";" in both.
 *
 * A default, not a reading: Excel keeps the array separators per installation (VBA's
 * Application.International(xlColumnSeparator / xlRowSeparator / xlAlternateArraySeparator, the
 * last "to be used if the current array separator is the same as the decimal separator"), but
 * Office.js exposes none of them, nor the list separator (Excel.NumberFormatInfo and
 * Excel.Application, ExcelApi 1.11, give the decimal and thousands separators). The Microsoft team
 * of Excel's Advanced Formula Environment names Turkish ("/") and Estonian ("\") as rare locales
 * with neither "," nor "." here (github.com/microsoft/advanced-formula-environment/issues/44);
 * for French, "." is Daniel Rentz's survey (test/fakes/fake-excel.ts, RULE localized formulas).
 * A wrong guess is a formula Excel refuses, never a different number: items are separated by ","
 * only where "." is the decimal point.
 */
export function arrayColumnSeparator(style: FormulaStyle): "," | "." {
  return style.list === "," ? "," : ".";
}

export const ARRAY_ROW_SEPARATOR = ";";

/** The custom functions' namespace (manifest.xml), as formulas spell it: `AMZN.REVENUE(…)`. */
export const NAMESPACE = "AMZN";

const IDS = new Set<string>(Object.keys(FUNCTION_NAMES_FR));

export function isFunctionId(id: string | undefined): id is FunctionId {
  return id !== undefined && IDS.has(id);
}

/** Upper-case English id or French name -> id. */
const BY_NAME: ReadonlyMap<string, FunctionId> = new Map(
  (Object.entries(FUNCTION_NAMES_FR) as [FunctionId, string][]).flatMap(([id, fr]) => [
    [id, id],
    [fr.toUpperCase(), id],
  ]),
);

/** The function a name calls, English id or French name, any case: "chiffre_affaires" -> REVENUE. */
export function functionIdOf(name: string): FunctionId | undefined {
  return BY_NAME.get(name.toUpperCase());
}

/** The name a function has in `names`'s Excel; an id the add-in does not have stays as it is. */
export function functionName(id: string, names: Lang): string {
  return names === "fr" && isFunctionId(id) ? FUNCTION_NAMES_FR[id] : id;
}

/** `AMZN.REVENUE` / `AMZN.CHIFFRE_AFFAIRES`: a function as a formula names it (without its "("). */
export function functionText(id: string, names: Lang): string {
  return `${NAMESPACE}.${functionName(id, names)}`;
}

/** TRUE/FALSE as `names`'s Excel spells them. */
export function booleanName(value: boolean, names: Lang): string {
  if (names === "fr") return value ? "VRAI" : "FAUX";
  return value ? "TRUE" : "FALSE";
}

/** TRUE/FALSE (and VRAI/FAUX in French) -> the boolean; undefined for any other word. */
export function booleanOf(word: string, names: Lang): boolean | undefined {
  const upper = word.toUpperCase();
  if (upper === "TRUE" || (names === "fr" && upper === "VRAI")) return true;
  if (upper === "FALSE" || (names === "fr" && upper === "FAUX")) return false;
  return undefined;
}
