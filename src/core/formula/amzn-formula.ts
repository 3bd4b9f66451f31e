/**
 * The one grammar of AMZN formulas, for the audit (which call reads which figure), the previews of
 * the report sheets (what a live formula shows) and the formula builder: which function, with which
 * arguments. Literal arguments are read as Excel reads them (numbers, "text" with "" doubled,
 * TRUE/FALSE, omitted); a cell reference (`B1`, `$B$1`, `Sheet1!B1`, `'My sheet'!$B$1`, `A1:C1`)
 * is kept as a reference that the caller resolves through values it supplies (the task pane reads
 * them from Excel in one sync); anything else (an expression such as `A1+1`) is kept as its text,
 * so the audit can say it cannot resolve it instead of guessing.
 *
 * Formulas are in Excel's invariant form (`range.formulas`: "," between arguments); French typed
 * text uses ";" (`separator: ";"`).
 */
import type { CellArg, CellScalar } from "../runtime";
import { AmznError } from "../runtime";

export interface CellReference {
  /** The sheet named in the reference, unquoted; undefined for the formula's own sheet. */
  readonly sheet?: string;
  /** The address without the sheet and without "$", upper-case: "B1", "A1:C1". */
  readonly address: string;
}

export type FormulaArg =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "empty" }
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
  /** The argument separator: "," in Excel's invariant form (default), ";" in French typed text. */
  readonly separator?: "," | ";";
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

function parseArg(raw: string): FormulaArg {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "text", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "number", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  const ref = parseReference(text);
  if (ref !== undefined) return { kind: "reference", text, ...ref };
  return { kind: "expression", text };
}

/** Splits `a, "b,c", F(1,2)` at top-level separators, respecting quotes, parentheses and braces. */
function splitArgs(text: string, separator: "," | ";"): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === "(" || char === "{")) depth++;
    if (!quoted && (char === ")" || char === "}")) depth--;
    if (!quoted && depth === 0 && char === separator) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.length === 1 && parts[0]?.trim() === "" ? [] : parts;
}

/** Every AMZN call in a formula, in the order they appear (nested calls too). */
export function parseAmznCalls(formula: unknown, options: ParseOptions = {}): AmznCall[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  const separator = options.separator ?? ",";
  const calls: AmznCall[] = [];
  const pattern = /(^|[^A-Za-z0-9_.])AMZN\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula))) {
    // Skip matches inside string literals: an even number of quotes must precede the call.
    const start = match.index + (match[1]?.length ?? 0);
    if ((formula.slice(0, start).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const open = match.index + match[0].length;
    let depth = 1;
    let quoted = false;
    let end = open;
    for (; end < formula.length && depth > 0; end++) {
      const char = formula[end];
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === "(") depth++;
      else if (!quoted && char === ")") depth--;
    }
    if (depth !== 0) continue;
    const inner = formula.slice(open, end - 1);
    calls.push({
      id: (match[2] ?? "").toUpperCase(),
      args: splitArgs(inner, separator).map(parseArg),
      text: formula.slice(start, end),
    });
  }
  return calls;
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
