/**
 * A formula as the user would type it in their Excel: English function ids and "," in English
 * Excel; French names (functions.fr.json) and ";" in French Excel. For messages and tables only:
 * what the add-in writes into cells through Office.js always uses the invariant English form.
 */
import { FUNCTION_NAMES_FR, type FunctionId } from "../../data/function-names";
import type { Lang } from "../runtime";

export function typedFormula(id: FunctionId, args: readonly string[], lang: Lang): string {
  return lang === "fr" ? `AMZN.${FUNCTION_NAMES_FR[id]}(${args.join(";")})` : `AMZN.${id}(${args.join(",")})`;
}
