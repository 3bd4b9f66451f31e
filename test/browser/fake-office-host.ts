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
  selectCells,
  type FakeScalar,
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

/** What Excel shows for a formula: AMZN.* through the registered functions, "#ERR" otherwise. */
function evaluate(formula: string): FakeScalar {
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

/** Handlers the pane added with Office.context.document.addHandlerAsync, by event type. */
const documentHandlers = new Map<string, ((event: unknown) => void)[]>();
const officeContext = {
  displayLanguage: config.displayLanguage ?? "en-US",
  officeTheme: { ...(config.officeTheme ?? LIGHT_THEME) },
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
