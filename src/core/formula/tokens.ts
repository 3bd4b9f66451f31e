/**
 * The lexical side of Excel's formula grammar, as far as AMZN formulas need it: string literals
 * ("…" with "" doubled), quoted sheet names ('…' with '' doubled, which may contain "[Book.xlsx]"
 * and anything else), workbook prefixes ([Book.xlsx]), error literals (#N/A), numbers in the
 * style's decimal, names (A1, $B$2, Sheet1!A1, TRUE, a defined name such as AMZN.rates), function
 * names (a name followed by "("), separators and operators. Everything else about a formula is
 * read from these tokens, so text inside a string or a quoted sheet name is never taken for a call.
 */
import { ARRAY_ROW_SEPARATOR, arrayColumnSeparator, type FormulaStyle } from "./style";

export type TokenKind =
  | "string" // "text", quotes included
  | "quoted" // 'sheet name', quotes included (the "!" that follows belongs to the next name)
  | "book" // [Book.xlsx]
  | "error" // #N/A, #VALUE!
  | "number" // 2024, 0.5 (in the style's decimal)
  | "function" // a name directly followed by "(" (spaces allowed), without the "("
  | "name" // any other name: a reference, a defined name, TRUE
  | "open" // (
  | "close" // )
  | "arrayOpen" // {
  | "arrayClose" // }
  | "list" // the argument separator
  | "column" // between the items of an array constant's row
  | "row" // between the rows of an array constant
  | "space"
  | "operator"; // + - * / ^ & = < > % : and anything not named above

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const NAME_START = /[A-Za-z_\\$!\u00c0-\uffff]/;
const NAME_PART = /[A-Za-z0-9_.\\$!\u00c0-\uffff]/;
const ERROR = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|VALEUR!|REF!|NAME\?|NOM\?|NUM!|NOMBRE!|GETTING_DATA|SPILL!|CALC!)/i;

/** The end (exclusive) of a quoted run starting at `start` with `quote`, "" / '' being escapes. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function numberEnd(text: string, start: number, decimal: string): number {
  let i = start;
  while (/[0-9]/.test(text[i] ?? "")) i++;
  if (text[i] === decimal && (/[0-9]/.test(text[i + 1] ?? "") || i > start)) {
    i++;
    while (/[0-9]/.test(text[i] ?? "")) i++;
  }
  const exponent = /^[eE][+-]?[0-9]+/.exec(text.slice(i));
  return exponent ? i + exponent[0].length : i;
}

/** The formula's tokens (without its leading "="), in `style`'s separators and decimal point. */
export function tokenize(formula: string, style: FormulaStyle): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const column = arrayColumnSeparator(style);
  const tokens: Token[] = [];
  let braces = 0;
  let i = 0;
  const push = (kind: TokenKind, end: number): void => {
    tokens.push({ kind, text: text.slice(i, end) });
    i = end;
  };
  while (i < text.length) {
    const char = text.charAt(i);
    const startsNumber = /[0-9]/.test(char) || (char === style.decimal && /[0-9]/.test(text.charAt(i + 1)));
    if (char === '"') push("string", quotedEnd(text, i, '"'));
    else if (char === "'") push("quoted", quotedEnd(text, i, "'"));
    else if (char === "[") {
      const end = text.indexOf("]", i);
      push("book", end < 0 ? text.length : end + 1);
    } else if (char === "#" && ERROR.test(text.slice(i)))
      push("error", i + (ERROR.exec(text.slice(i))?.[0].length ?? 1));
    else if (/\s/.test(char)) {
      let end = i;
      while (end < text.length && /\s/.test(text.charAt(end))) end++;
      push("space", end);
    } else if (startsNumber) {
      push("number", numberEnd(text, i, style.decimal));
    } else if (NAME_START.test(char)) {
      let end = i + 1;
      // In an array constant only TRUE/FALSE are names: "." there separates items (`{VRAI.1}`).
      const stop = braces > 0 ? column : "";
      while (end < text.length && NAME_PART.test(text.charAt(end)) && text.charAt(end) !== stop) end++;
      let after = end;
      while (after < text.length && /\s/.test(text.charAt(after))) after++;
      push(text.charAt(after) === "(" && !text.slice(i, end).includes("!") ? "function" : "name", end);
    } else if (char === "(") push("open", i + 1);
    else if (char === ")") push("close", i + 1);
    else if (char === "{") {
      braces++;
      push("arrayOpen", i + 1);
    } else if (char === "}") {
      braces = Math.max(0, braces - 1);
      push("arrayClose", i + 1);
    } else if (braces > 0 && char === column) push("column", i + 1);
    else if (braces > 0 && char === ARRAY_ROW_SEPARATOR) push("row", i + 1);
    else if (braces === 0 && char === style.list) push("list", i + 1);
    else push("operator", i + 1);
  }
  return tokens;
}

/** The tokens' text, as written. */
export function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join("");
}
