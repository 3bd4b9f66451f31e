/**
 * The scripted Excel host for browser tests, served in place of office.js: Office.onReady answers
 * "Excel", Excel.run runs on the fake workbook, CustomFunctions.associate registers the add-in's
 * functions so that AMZN.* formulas written into the fake evaluate with the add-in's own code.
 * Test code drives and inspects it through `window.__host`.
 */
import {
  createWorkbookState,
  fakeExcelNamespace,
  fillCells,
  cellAt,
  parseAddress,
  selectCells,
  type FakeScalar,
} from "../fakes/fake-excel";

interface HostConfig {
  displayLanguage?: string;
  excelApi?: string;
}

const config = ((window as unknown as { __hostConfig?: HostConfig }).__hostConfig ?? {}) as HostConfig;
const functions = new Map<string, (...args: unknown[]) => unknown>();

class HostCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

/** Splits `2024, "B", "filings"` into literal arguments (numbers and double-quoted strings). */
function parseArguments(text: string): unknown[] {
  const args: unknown[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|(-?\d+(?:\.\d+)?)|(TRUE|FALSE))\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    if (match[1] !== undefined) args.push(match[1].replace(/""/g, '"'));
    else if (match[2] !== undefined) args.push(Number(match[2]));
    else args.push(match[3] === "TRUE");
  }
  return args;
}

/** `$B$1`, `Sheet1!B1`, `'My sheet'!B1`: one cell, with its sheet when named. */
const CELL_REFERENCE = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

/**
 * The formula with each cell-reference argument (`$B$1`, `Sheet1!B1`) replaced by the referenced
 * cell's value as a literal, as Excel passes a referenced cell's value to a custom function. One
 * cell only, on the active sheet unless named (the tests write AMZN formulas on the active sheet).
 * (Standalone: the host is transpiled on its own, so it cannot import core's parser.)
 */
function inlineReferences(formula: string): string {
  const match = /^=AMZN\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) return formula;
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const char of match[2] ?? "") {
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  const args = parts.map((part) => {
    const ref = CELL_REFERENCE.exec(part.trim());
    if (!ref) return part;
    const sheet = ref[1]?.replace(/''/g, "'") ?? ref[2] ?? state.activeSheet;
    if (!state.sheets.some((known) => known.name === sheet)) return part;
    const { row, col } = parseAddress(`${ref[3] ?? "A"}${ref[4] ?? "1"}`);
    const value = cellAt(state, sheet, row, col).value;
    if (typeof value === "number") return String(value);
    if (typeof value === "boolean") return String(value).toUpperCase();
    if (value === null || value === undefined || value === "") return "";
    return `"${String(value).replace(/"/g, '""')}"`;
  });
  return `=AMZN.${match[1] ?? ""}(${args.join(",")})`;
}

/** What Excel shows for a formula: AMZN.* through the registered functions, "#ERR" otherwise. */
function evaluate(input: string): FakeScalar {
  const formula = inlineReferences(input);
  const match = /^=AMZN\.([A-Z_]+)\((.*)\)$/.exec(formula);
  const fn = match ? functions.get(match[1] ?? "") : undefined;
  if (!match || !fn) return "#NAME?";
  try {
    const result = fn(...parseArguments(match[2] ?? ""));
    if (Array.isArray(result)) return (result[0]?.[0] ?? "") as FakeScalar;
    return result as FakeScalar;
  } catch (error) {
    return error instanceof HostCustomFunctionsError ? error.code : "#VALUE!";
  }
}

/** "1.8" < "1.17": requirement-set versions compare part by part. */
function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const state = createWorkbookState(evaluate);

const host = {
  state,
  functions,
  fillCells: (address: string, grid: FakeScalar[][]) => fillCells(state, state.activeSheet, address, grid),
  cell: (sheet: string, row: number, col: number) => cellAt(state, sheet, row, col),
  select: (sheet: string, row: number, col: number, rows = 1, cols = 1) =>
    selectCells(state, sheet, row, col, rows, cols),
};

Object.assign(window, {
  __host: host,
  Office: {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: config.displayLanguage ?? "en-US",
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" ? compareVersions(version, config.excelApi ?? "1.17") <= 0 : true,
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  },
  Excel: fakeExcelNamespace(state),
  CustomFunctions: {
    Error: HostCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => functions.set(id, fn),
  },
});
