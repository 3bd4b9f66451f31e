/**
 * The one writer of AMZN formula text: the cells the sheets and the builder write (invariant style,
 * what `range.formulas` takes), the formulas messages and tables show (the user's typed style), the
 * audit's resolved call, and the French local form the writer falls back on when French Excel does
 * not resolve the English names. amzn-formula.ts reads what this writes: parse(print(x)) is x.
 */
import type { Lang } from "../runtime";
import type { ArrayItem, FormulaArg } from "./amzn-formula";
import {
  ARRAY_ROW_SEPARATOR,
  arrayColumnSeparator,
  booleanName,
  booleanOf,
  functionIdOf,
  functionText,
  INVARIANT_STYLE,
  NAMESPACE,
  typedStyle,
  type FormulaStyle,
} from "./style";
import { tokenize } from "./tokens";

/** A word standing for a value in a message (`AMZN.METRIC("revenue", year)`), written as it is. */
export interface Placeholder {
  readonly placeholder: string;
}

/**
 * One argument: a literal, a row of items (`{100,150,200}`), rows of items (`{1,2;3,4}`), a
 * placeholder, or undefined (omitted; null too, as Excel passes an empty cell).
 */
export type FormulaValue =
  | ArrayItem
  | null
  | undefined
  | readonly (ArrayItem | null | undefined)[]
  | readonly (readonly (ArrayItem | null | undefined)[])[]
  | Placeholder;

/** `AMZN.METRIC("revenue", year)`'s `year`. */
export function placeholder(word: string): Placeholder {
  return { placeholder: word };
}

function isPlaceholder(value: FormulaValue): value is Placeholder {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "placeholder" in value;
}

/** A number as `style` writes it: 0.5 / 0,5, 1E+21; Excel has no literal for a non-finite number. */
function numberText(value: number, style: FormulaStyle): string {
  if (!Number.isFinite(value)) return "#NUM!";
  const text = String(value).toUpperCase();
  return style.decimal === "," ? text.replace(".", ",") : text;
}

function itemText(item: ArrayItem | null | undefined, style: FormulaStyle): string {
  if (item === null || item === undefined) return "";
  if (typeof item === "number") return numberText(item, style);
  if (typeof item === "boolean") return booleanName(item, style.names);
  return `"${item.replace(/"/g, '""')}"`;
}

/** One argument as `style` writes it; "" when omitted. */
export function printArg(value: FormulaValue, style: FormulaStyle = INVARIANT_STYLE): string {
  if (value === undefined || value === null) return "";
  if (isPlaceholder(value)) return value.placeholder;
  if (Array.isArray(value)) {
    const rows = (value as readonly unknown[]).every(Array.isArray)
      ? (value as readonly (readonly (ArrayItem | null | undefined)[])[])
      : [value as readonly (ArrayItem | null | undefined)[]];
    const column = arrayColumnSeparator(style);
    return `{${rows.map((row) => row.map((item) => itemText(item, style)).join(column)).join(ARRAY_ROW_SEPARATOR)}}`;
  }
  return itemText(value as ArrayItem, style);
}

/**
 * `AMZN.<name>(a,"b",,{1,2})` in `style` (the invariant style by default): trailing omitted
 * arguments dropped, middle ones left empty. An id the add-in does not have keeps its spelling.
 */
export function printCall(id: string, args: readonly FormulaValue[], style: FormulaStyle = INVARIANT_STYLE): string {
  let end = args.length;
  while (end > 0 && (args[end - 1] === undefined || args[end - 1] === null)) end--;
  const text = args.slice(0, end).map((arg) => printArg(arg, style));
  return `${functionText(id, style.names)}(${text.join(style.list)})`;
}

/** `=AMZN.<name>(…)`: a whole formula of one call, as a cell holds it. */
export function printFormula(id: string, args: readonly FormulaValue[], style: FormulaStyle = INVARIANT_STYLE): string {
  return `=${printCall(id, args, style)}`;
}

/** A call as a user of an Excel in `lang` types it: for messages and tables, never for cells. */
export function typedFormula(id: string, args: readonly FormulaValue[], lang: Lang): string {
  return printCall(id, args, typedStyle(lang));
}

/** A parsed literal argument back as a value; undefined for a reference or an expression. */
export function literalOf(arg: FormulaArg): FormulaValue {
  switch (arg.kind) {
    case "number":
    case "text":
    case "boolean":
      return arg.value;
    case "array":
      return arg.rows;
    case "empty":
      return undefined;
    case "reference":
    case "expression":
      return placeholder(arg.text);
  }
}

/**
 * A formula made only of AMZN calls, literals and operators, written in another style: for
 * example the invariant =AMZN.REVENUE(2024,"B") as French Excel's =AMZN.CHIFFRE_AFFAIRES(2024;"B").
 * Undefined when the formula calls anything else or refers to cells or names (a built-in's or a
 * sheet's local spelling is not ours to guess).
 */
export function translateFormula(formula: string, from: FormulaStyle, to: FormulaStyle): string | undefined {
  if (!formula.startsWith("=")) return undefined;
  let out = "=";
  for (const token of tokenize(formula, from)) {
    switch (token.kind) {
      case "function": {
        const dot = token.text.indexOf(".");
        const id =
          dot < 0 || token.text.slice(0, dot).toUpperCase() !== NAMESPACE
            ? undefined
            : functionIdOf(token.text.slice(dot + 1));
        if (id === undefined) return undefined;
        out += functionText(id, to.names);
        break;
      }
      case "name": {
        const value = booleanOf(token.text, from.names);
        if (value === undefined) return undefined;
        out += booleanName(value, to.names);
        break;
      }
      case "quoted":
      case "book":
        return undefined;
      case "number":
        out += from.decimal === to.decimal ? token.text : token.text.replace(from.decimal, to.decimal);
        break;
      case "list":
        out += to.list;
        break;
      case "column":
        out += arrayColumnSeparator(to);
        break;
      default:
        out += token.text;
    }
  }
  return out;
}
