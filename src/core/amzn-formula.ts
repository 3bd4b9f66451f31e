/**
 * Reads the AMZN calls out of an Excel formula, for the audit view: which function, with which
 * literal arguments. Arguments that are references or expressions are kept as their text, so the
 * view can say it cannot resolve them instead of guessing.
 */
export type FormulaArg =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "empty" }
  | { readonly kind: "expression"; readonly text: string };

export interface AmznCall {
  /** Upper-case function id without the namespace, e.g. "REVENUE". */
  readonly id: string;
  readonly args: readonly FormulaArg[];
  /** The call as written, e.g. `AMZN.REVENUE(2024)`. */
  readonly text: string;
}

function parseArg(raw: string): FormulaArg {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "text", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "number", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  return { kind: "expression", text };
}

/** Splits `a, "b,c", F(1,2)` at top-level commas, respecting quotes and parentheses. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === "(" || char === "{")) depth++;
    if (!quoted && (char === ")" || char === "}")) depth--;
    if (!quoted && depth === 0 && (char === "," || char === ";")) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.length === 1 && parts[0]?.trim() === "" ? [] : parts;
}

export function parseAmznCalls(formula: unknown): AmznCall[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
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
      args: splitArgs(inner).map(parseArg),
      text: formula.slice(start, end),
    });
  }
  return calls;
}
