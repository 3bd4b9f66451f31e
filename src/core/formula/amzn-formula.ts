/**
 * The one grammar of AMZN formulas, read: which function, with which arguments, for the audit
 * (which call reads which figure), the previews of the sheets (what a live formula shows), Share
 * (which cells call the add-in) and the formula builder. Literal arguments are read as Excel reads
 * them (numbers, "text" with "" doubled, TRUE/FALSE, array constants, omitted); a cell reference
 * (`B1`, `$B$1`, `Sheet1!B1`, `'My sheet'!$B$1`, `A1:C1`) is kept as a reference that the caller
 * resolves through values it supplies (the task pane reads them from Excel in one sync); anything
 * else (an expression such as `A1+1`) is kept as its text, so the audit can say it cannot resolve
 * it instead of guessing.
 *
 * Formulas are read in Excel's invariant style by default (`range.formulas`); French typed text is
 * read with `FRENCH_STYLE` (French names, ";", decimal comma). print.ts writes what this reads.
 */
import type { CellArg, CellScalar } from "../runtime";
import { AmznError } from "../runtime";
import { booleanOf, functionIdOf, INVARIANT_STYLE, NAMESPACE, type FormulaStyle } from "./style";
import { textOf, tokenize, type Token } from "./tokens";

export interface CellReference {
  /** The sheet named in the reference, unquoted; undefined for the formula's own sheet. */
  readonly sheet?: string;
  /** The address without the sheet and without "$", upper-case: "B1", "A1:C1". */
  readonly address: string;
}

/** One item of an array constant: `{100,"a",TRUE}`. */
export type ArrayItem = number | string | boolean;

export type FormulaArg =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "empty" }
  | { readonly kind: "array"; readonly rows: readonly (readonly ArrayItem[])[] }
  | ({ readonly kind: "reference"; readonly text: string } & CellReference)
  | { readonly kind: "expression"; readonly text: string };

export interface AmznCall {
  /** Upper-case function id without the namespace, e.g. "REVENUE". */
  readonly id: string;
  readonly args: readonly FormulaArg[];
  /** The call as written, e.g. `AMZN.REVENUE(2024)`. */
  readonly text: string;
}

export interface ParseOptions {
  /** How the formula is spelled: Excel's invariant style (default) or a typed style such as French. */
  readonly style?: FormulaStyle;
}

const CELL = String.raw`\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}`;
const AREA = new RegExp(String.raw`^(${CELL})(?::(${CELL}))?$`, "i");
const SHEET_QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const SHEET_PLAIN = /^([A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\u00c0-\uffff]*)!(.+)$/;

/** `$B$1`, `Sheet1!B1`, `'My sheet'!A1:C1` as a reference; undefined for anything else. */
export function parseReference(text: string): CellReference | undefined {
  const trimmed = text.trim();
  let sheet: string | undefined;
  let rest = trimmed;
  const quoted = SHEET_QUOTED.exec(trimmed);
  const plain = quoted === null ? SHEET_PLAIN.exec(trimmed) : null;
  if (quoted) {
    sheet = (quoted[1] ?? "").replace(/''/g, "'");
    rest = quoted[2] ?? "";
  } else if (plain) {
    sheet = plain[1];
    rest = plain[2] ?? "";
  }
  const area = AREA.exec(rest);
  if (area === null) return undefined;
  const address = rest.replace(/\$/g, "").toUpperCase();
  return sheet === undefined ? { address } : { sheet, address };
}

/** The key a caller's values are looked up by: "SHEET!B1" (sheet upper-case), or "!B1" for the own sheet. */
export function referenceKey(ref: CellReference): string {
  return `${ref.sheet === undefined ? "" : ref.sheet.toUpperCase()}!${ref.address}`;
}

/** The id a function token calls when it is `AMZN.<name>` (English id or French name), else undefined. */
function amznId(token: Token): string | undefined {
  if (token.kind !== "function") return undefined;
  const dot = token.text.indexOf(".");
  if (dot < 0 || token.text.slice(0, dot).toUpperCase() !== NAMESPACE) return undefined;
  const name = token.text.slice(dot + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  return functionIdOf(name) ?? name.toUpperCase();
}

function numberOf(text: string, style: FormulaStyle): number {
  return Number(style.decimal === "," ? text.replace(",", ".") : text);
}

/** A signed number literal: ["-", 5] or [5]; undefined when the tokens are anything else. */
function signedNumber(tokens: readonly Token[], style: FormulaStyle): number | undefined {
  const [first, second, extra] = tokens;
  if (first?.kind === "number" && second === undefined) return numberOf(first.text, style);
  if (first?.kind === "operator" && (first.text === "-" || first.text === "+") && second?.kind === "number" && !extra) {
    const value = numberOf(second.text, style);
    return first.text === "-" ? -value : value;
  }
  return undefined;
}

function arrayItem(tokens: readonly Token[], style: FormulaStyle): ArrayItem | undefined {
  const number = signedNumber(tokens, style);
  if (number !== undefined) return number;
  const [only, extra] = tokens;
  if (only === undefined || extra !== undefined) return undefined;
  if (only.kind === "string") return only.text.slice(1, -1).replace(/""/g, '"');
  if (only.kind === "name") return booleanOf(only.text, style.names);
  return undefined;
}

/** `{1,2;3,4}` (the tokens inside the braces) as rows, or undefined when an item is not a literal. */
function arrayRows(tokens: readonly Token[], style: FormulaStyle): ArrayItem[][] | undefined {
  const rows: ArrayItem[][] = [[]];
  let item: Token[] = [];
  const flush = (): boolean => {
    const value = arrayItem(item, style);
    item = [];
    if (value === undefined) return false;
    rows[rows.length - 1]?.push(value);
    return true;
  };
  for (const token of tokens) {
    if (token.kind === "space") continue;
    if (token.kind === "column" || token.kind === "row") {
      if (!flush()) return undefined;
      if (token.kind === "row") rows.push([]);
    } else item.push(token);
  }
  return flush() ? rows : undefined;
}

function parseArg(tokens: readonly Token[], style: FormulaStyle): FormulaArg {
  const text = textOf(tokens).trim();
  const significant = tokens.filter((token) => token.kind !== "space");
  const [first] = significant;
  const last = significant[significant.length - 1];
  if (first === undefined) return { kind: "empty" };
  const number = signedNumber(significant, style);
  if (number !== undefined) return { kind: "number", value: number };
  if (significant.length === 1 && first.kind === "string") {
    return { kind: "text", value: first.text.slice(1, -1).replace(/""/g, '"') };
  }
  if (significant.length === 1 && first.kind === "name") {
    const value = booleanOf(first.text, style.names);
    if (value !== undefined) return { kind: "boolean", value };
  }
  if (first.kind === "arrayOpen" && last?.kind === "arrayClose") {
    const rows = arrayRows(significant.slice(1, -1), style);
    if (rows !== undefined) return { kind: "array", rows };
  }
  const referenceShape = significant.every(
    (token) => token.kind === "name" || token.kind === "quoted" || (token.kind === "operator" && token.text === ":"),
  );
  const ref = referenceShape ? parseReference(text) : undefined;
  if (ref !== undefined) return { kind: "reference", text, ...ref };
  return { kind: "expression", text };
}

/** The index of the ")" closing the "(" at `open`, or -1 when the formula leaves it open. */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const kind = tokens[i]?.kind;
    if (kind === "open") depth++;
    else if (kind === "close" && --depth === 0) return i;
  }
  return -1;
}

/** The argument token runs between "(" at `open` and ")" at `close`, split at top-level separators. */
function argumentRuns(tokens: readonly Token[], open: number, close: number): Token[][] {
  const runs: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind === "open" || token.kind === "arrayOpen") depth++;
    if (token.kind === "close" || token.kind === "arrayClose") depth--;
    if (depth === 0 && token.kind === "list") runs.push([]);
    else runs[runs.length - 1]?.push(token);
  }
  return runs.length === 1 && runs[0]?.every((token) => token.kind === "space") ? [] : runs;
}

function isFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=");
}

/** Every AMZN call in a formula, in the order they appear (nested calls too). */
export function parseAmznCalls(formula: unknown, options: ParseOptions = {}): AmznCall[] {
  if (!isFormula(formula)) return [];
  const style = options.style ?? INVARIANT_STYLE;
  const tokens = tokenize(formula, style);
  const calls: AmznCall[] = [];
  tokens.forEach((token, index) => {
    const id = amznId(token);
    if (id === undefined) return;
    let open = index + 1;
    while (tokens[open]?.kind === "space") open++;
    const close = closing(tokens, open);
    if (close < 0) return;
    calls.push({
      id,
      args: argumentRuns(tokens, open, close).map((run) => parseArg(run, style)),
      text: textOf(tokens.slice(index, close + 1)),
    });
  });
  return calls;
}

/**
 * True when the formula calls an AMZN function (English or French name, any case), in the
 * invariant style unless told. Not a call: a link to a workbook named AMZN (`=[AMZN.xlsx]Sheet1!A1`,
 * `='C:\data\[AMZN.Q4.xlsx]Sheet1'!A1`), a defined name (`=SUM(AMZN.rates)`), a sheet
 * (`=AMZN.data!B2*2`), or text inside a string.
 */
export function callsAmzn(formula: unknown, options: ParseOptions = {}): boolean {
  if (!isFormula(formula)) return false;
  return tokenize(formula, options.style ?? INVARIANT_STYLE).some((token) => amznId(token) !== undefined);
}

/** The call when the whole formula is one AMZN call (`=AMZN.REVENUE(2024)`), else undefined. */
export function parseAmznFormula(formula: unknown, options: ParseOptions = {}): AmznCall | undefined {
  if (typeof formula !== "string") return undefined;
  const calls = parseAmznCalls(formula, options);
  const first = calls[0];
  if (first === undefined) return undefined;
  return formula.slice(1).trim() === first.text ? first : undefined;
}

/** The references among a call's arguments (what the caller must read to resolve them). */
export function referencesOf(calls: readonly AmznCall[]): CellReference[] {
  const refs: CellReference[] = [];
  const seen = new Set<string>();
  for (const call of calls) {
    for (const arg of call.args) {
      if (arg.kind !== "reference") continue;
      const ref: CellReference =
        arg.sheet === undefined ? { address: arg.address } : { sheet: arg.sheet, address: arg.address };
      const key = referenceKey(ref);
      if (!seen.has(key)) {
        seen.add(key);
        refs.push(ref);
      }
    }
  }
  return refs;
}

/** Values of referenced cells, by referenceKey: a scalar, or a matrix for a range. */
export type ReferenceValues = ReadonlyMap<string, CellScalar | CellScalar[][]>;

/**
 * The arguments as Excel would pass them to the function: literals as they are, omitted as
 * undefined, references through `values` (a 1×1 range as its value, as Excel passes a cell). An
 * expression, or a reference the caller did not supply, is an AmznError saying so.
 */
export function resolveArgs(call: AmznCall, values: ReferenceValues = new Map()): CellArg[] {
  return call.args.map((arg): CellArg => {
    switch (arg.kind) {
      case "empty":
        return undefined;
      case "number":
      case "text":
      case "boolean":
        return arg.value;
      case "array":
        return arg.rows.map((row) => [...row]);
      case "reference": {
        const key = referenceKey(arg.sheet === undefined ? { address: arg.address } : arg);
        if (!values.has(key)) {
          throw new AmznError("value", {
            en: `the value of ${arg.text} was not read`,
            fr: `la valeur de ${arg.text} n'a pas été lue`,
          });
        }
        const value = values.get(key);
        if (Array.isArray(value)) return value.length === 1 && value[0]?.length === 1 ? value[0][0] : value;
        return value ?? null;
      }
      case "expression":
        throw new AmznError("value", {
          en: `the argument ${arg.text} is an expression: the audit reads literal values and cell references, not calculations`,
          fr: `l'argument ${arg.text} est une expression : l'audit lit les valeurs littérales et les références de cellules, pas les calculs`,
        });
    }
  });
}
