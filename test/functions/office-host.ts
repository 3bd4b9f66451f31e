/**
 * A per-test Office double for the custom functions: the requirement sets the host reports, its
 * display language, and a localStorage (Node has none; the shared runtime's page has one). It
 * adds to the CustomFunctions stub of test/setup, which stays as is: without `useHost`, the tests
 * run as in a host without Office (plain numbers, as CustomFunctionsRuntime 1.3 hosts get).
 *
 * Rules it enforces, with their pages:
 * - `isSetSupported(name, version)` is true for a set the host implements at that version or a
 *   later minor version (Office.context.requirements, "Specify Office hosts and API requirements":
 *   https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements);
 * - `cellValue` is what a formula sees of a cell: a number with properties calculates as its
 *   basicValue, and the result keeps no properties ("Add properties to Excel basic cell values":
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-add-properties-to-basic-cell-values).
 */
export type RequirementSets = Readonly<Record<string, string>>;

/** Requirement sets of a current Microsoft 365 Excel (web; Windows 2504+; Mac 16.96+). */
export const DATA_TYPE_HOST: RequirementSets = { CustomFunctionsRuntime: "1.5", ExcelApi: "1.19" };
/** An Excel 2021 / LTSC-like host: custom functions, no data types from them. */
export const PLAIN_HOST: RequirementSets = { CustomFunctionsRuntime: "1.3", ExcelApi: "1.14" };

function atLeast(have: string, want: string): boolean {
  const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split(".").map(Number);
  return haveMajor === wantMajor && haveMinor >= wantMinor;
}

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

export const storage = new MemoryStorage();

/** Installs the Office double; returns the function that removes it. */
export function useHost(sets: RequirementSets, displayLanguage = "en-US"): () => void {
  const globals = globalThis as Record<string, unknown>;
  globals.Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const have = sets[name];
          return have !== undefined && (version === undefined || atLeast(have, version));
        },
      },
    },
  };
  globals.localStorage = storage;
  return () => {
    delete globals.Office;
    delete globals.localStorage;
  };
}

/** What a formula reads of a cell holding a custom function's result. */
export function cellValue(result: unknown): number | string | boolean {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (typeof result === "object" && result !== null && "basicValue" in result) {
    const basic = (result as { basicValue: unknown }).basicValue;
    if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  }
  throw new Error(`not a cell value: ${JSON.stringify(result)}`);
}

/**
 * A small evaluator for the formulas the tests type: `=A1*2`, `=A1+B1`, `=A1/1000` — a reference
 * or a number, an operator (+ − * /), a reference or a number. Cells hold function results.
 */
export function evaluate(formula: string, cells: Readonly<Record<string, unknown>>): number {
  const match = /^=\s*([A-Z]+[0-9]+|-?[0-9.]+)\s*([-+*/])\s*([A-Z]+[0-9]+|-?[0-9.]+)\s*$/.exec(formula);
  if (match === null) throw new Error(`the double does not evaluate ${formula}`);
  const operand = (text: string): number => {
    if (/^[A-Z]/.test(text)) {
      const value = cellValue(cells[text]);
      if (typeof value !== "number") throw new Error(`#VALUE! (${text} is not a number)`);
      return value;
    }
    return Number(text);
  };
  const [a, op, b] = [operand(match[1] ?? ""), match[2], operand(match[3] ?? "")];
  return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
}
