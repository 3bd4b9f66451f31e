/**
 * The boundary between core and Excel: every failure becomes a CustomFunctions.Error with a
 * message in the user's display language. Excel shows a raw exception as a bare #VALUE!, so
 * nothing else may escape a custom function.
 */
import { AmznError, langFromTag, type ErrorKind, type Lang } from "../core/runtime";

/**
 * Read when an error happens, not at load: the runtime defines CustomFunctions.ErrorCode. Only
 * #N/A and #VALUE!: Excel displays a custom message with these two codes only ("Handle and return
 * errors from your custom function", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
function codeFor(kind: ErrorKind): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  return kind === "na" ? codes.notAvailable : codes.invalidValue;
}

/** Office's display language ("fr-FR", "en-US", ...) reduced to the two the add-in speaks. */
export function displayLang(): Lang {
  try {
    return langFromTag(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "en";
  }
}

export function toExcelError(error: unknown, lang: Lang): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof AmznError) return new CustomFunctions.Error(codeFor(error.kind), error.messageIn(lang));
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    lang === "fr" ? `erreur interne du complément : ${detail}` : `internal error in the add-in: ${detail}`;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Any failure of a core call as the CustomFunctions.Error to throw, in the display language. */
export function excelError(error: unknown): CustomFunctions.Error {
  return toExcelError(error, displayLang());
}

/**
 * The answers' chunk did not arrive (the host lost its connection, a proxy blocked the file): the
 * waiting calls say so, in the display language, rather than show a bare #VALUE!. The cause goes to
 * the console, where a support engineer looks.
 */
export function notLoadedError(cause: unknown): CustomFunctions.Error {
  console.error("AMZN: the functions' code did not load", cause);
  const message =
    displayLang() === "fr"
      ? "le code des fonctions AMZN ne s'est pas chargé (connexion perdue ?) : recalculez (Ctrl+Alt+F9) ou rechargez le complément"
      : "the AMZN functions' code did not load (connection lost?): recalculate (Ctrl+Alt+F9) or reload the add-in";
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
