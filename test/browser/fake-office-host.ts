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
  type FormulaResult,
} from "../fakes/fake-excel";

interface HostConfig {
  displayLanguage?: string;
  excelApi?: string;
  officeTheme?: HostOfficeTheme;
  /** Whether the host accepts the theme event on Office.context.document (default true). */
  themeEvent?: boolean;
}

/** Office.OfficeTheme's colours, as Excel reports them (hex triplets). */
interface HostOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

/** Office's "Colorful"/"White" theme colours. */
const LIGHT_THEME: HostOfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
  isDarkTheme: false,
};

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

type Literal = string | number | boolean | null | Literal[][];

/**
 * Splits `2024,,"filings",{100,150;200,250}` into the values Excel passes a custom function:
 * numbers, double-quoted strings, booleans, null for an omitted argument, and an array
 * constant as rows (";" between rows, "," between columns: the invariant syntax).
 */
function parseArguments(text: string): unknown[] {
  const args: Literal[] = [];
  const scalar = /\s*(?:"((?:[^"]|"")*)"|(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)|(TRUE|FALSE))\s*/iy;
  const readScalar = (at: number): [Literal, number] | undefined => {
    scalar.lastIndex = at;
    const match = scalar.exec(text);
    if (!match) return undefined;
    const value =
      match[1] !== undefined
        ? match[1].replace(/""/g, '"')
        : match[2] !== undefined
          ? Number(match[2])
          : match[3]?.toUpperCase() === "TRUE";
    return [value, scalar.lastIndex];
  };
  let at = 0;
  if (text.trim() === "") return args;
  for (;;) {
    while (text[at] === " ") at++;
    let value: Literal = null;
    if (text[at] === "{") {
      const rows: Literal[][] = [[]];
      at++;
      for (;;) {
        const item = readScalar(at);
        if (!item) throw new Error(`host: bad array constant in ${text}`);
        rows[rows.length - 1]?.push(item[0]);
        at = item[1];
        if (text[at] === ",") at++;
        else if (text[at] === ";") {
          rows.push([]);
          at++;
        } else if (text[at] === "}") {
          at++;
          break;
        } else throw new Error(`host: bad array constant in ${text}`);
      }
      value = rows;
    } else if (text[at] !== "," && at < text.length) {
      const item = readScalar(at);
      if (!item) throw new Error(`host: unsupported argument in ${text}`);
      [value, at] = item;
    }
    args.push(value);
    while (text[at] === " ") at++;
    if (at >= text.length) break;
    if (text[at] !== ",") throw new Error(`host: unsupported argument in ${text}`);
    at++;
    if (at >= text.length) {
      args.push(null);
      break;
    }
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

/**
 * What Excel shows for a formula: AMZN.* through the registered functions ("#NAME?" otherwise).
 * A matrix result is returned whole, so the double spills it as Excel does a dynamic array.
 */
function evaluate(input: string): FormulaResult | PromiseLike<FormulaResult> {
  const formula = inlineReferences(input);
  const match = /^=AMZN\.([A-Z_]+)\((.*)\)$/.exec(formula);
  const fn = match ? functions.get(match[1] ?? "") : undefined;
  if (!match || !fn) return "#NAME?";
  try {
    const result = fn(...parseArguments(match[2] ?? ""));
    // A function that answers later (a promise): the double shows #BUSY! until it settles.
    if (result instanceof Promise) return result.then((value) => value as FormulaResult, errorCode);
    return result as FormulaResult;
  } catch (error) {
    return errorCode(error);
  }
}

/** What a cell shows for a thrown error: its CustomFunctions.Error code, else a bare #VALUE!. */
function errorCode(error: unknown): FakeScalar {
  return error instanceof HostCustomFunctionsError ? error.code : "#VALUE!";
}

/** "1.8" < "1.17": requirement-set versions compare part by part. */
function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const state = createWorkbookState(evaluate);

/** Handlers the pane added with Office.context.document.addHandlerAsync, by event type. */
const documentHandlers = new Map<string, ((event: unknown) => void)[]>();
const officeContext = {
  displayLanguage: config.displayLanguage ?? "en-US",
  officeTheme: { ...(config.officeTheme ?? LIGHT_THEME) },
  // Office.context.diagnostics (Office.ContextInformation): what the About tab shows.
  diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.test" },
  requirements: {
    isSetSupported: (name: string, version: string) =>
      name === "ExcelApi" ? compareVersions(version, config.excelApi ?? "1.17") <= 0 : true,
  },
  document: {
    addHandlerAsync: (
      type: string,
      handler: (event: unknown) => void,
      callback?: (result: { status: string; error?: { message: string } }) => void,
    ) => {
      if (config.themeEvent === false && type === "officeThemeChanged") {
        callback?.({ status: "failed", error: { message: "The event type is not supported." } });
        return;
      }
      documentHandlers.set(type, [...(documentHandlers.get(type) ?? []), handler]);
      callback?.({ status: "succeeded" });
    },
  },
};

const host = {
  state,
  functions,
  fillCells: (address: string, grid: FakeScalar[][]) => fillCells(state, state.activeSheet, address, grid),
  cell: (sheet: string, row: number, col: number) => cellAt(state, sheet, row, col),
  select: (sheet: string, row: number, col: number, rows = 1, cols = 1) =>
    selectCells(state, sheet, row, col, rows, cols),
  /** The user picks another Office theme: officeTheme changes, then the theme event fires. */
  setOfficeTheme: (theme: HostOfficeTheme) => {
    officeContext.officeTheme = { ...theme };
    for (const handler of documentHandlers.get("officeThemeChanged") ?? []) {
      handler({ type: "officeThemeChanged", officeTheme: officeContext.officeTheme });
    }
  },
};

Object.assign(window, {
  __host: host,
  Office: {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: officeContext,
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
