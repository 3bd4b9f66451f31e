/**
 * The self-check (PRODUCT.md "About and self-check"): runs in the user's own Excel and proves
 * there what the tests prove against the double.
 *
 * 1. Writes each kind of sheet the add-in writes (a report table, the reconciliation table, the
 *    scenario model) through the add-in's own writer, on new sheets, then reads every cell back:
 *    text must stay the same text (Excel reinterprets "+11%" or "2024" written carelessly),
 *    numbers the same numbers, number formats and formulas as written.
 * 2. On a scratch sheet, writes one formula per AMZN function through the add-in's one write
 *    path for AMZN formulas (amzn-write.ts: in a French Excel that refuses the English names, the
 *    French rewrite), lets Excel calculate, reads the values (the whole spill for dynamic arrays)
 *    and compares them with core's own values.
 * 3. Removes every sheet it created, also when a step fails, and re-activates the user's sheet.
 *
 * Office.js rules it follows (so it survives a strict host): every property read is loaded and
 * synced first; reads and writes are batched (about a dozen syncs in all); custom functions may
 * still be calculating right after a sync (#BUSY!), so values are re-read a bounded number of
 * times. Nothing here touches a sheet the user owns: occupied targets are impossible on new sheets.
 */
import { columnLetters } from "../../core/formula";
import type { Lang, Spill } from "../../core/runtime";
import { buildReconciliationSheet } from "../../sheets/reconcile-sheet";
import { buildBridgeSheet } from "../../sheets/bridge-sheet";
import { buildReportSheet } from "../../sheets/report-sheets";
import { buildScenarioSheet } from "../../sheets/scenario-sheet";
import type { SheetSpec, SpecCell } from "../../sheets/spec";
import { FUNCTION_CATALOGUE, buildFormula, defaultValues, evaluate } from "../formula-catalogue";
import { cellAddress, writeAmznFormulas } from "./amzn-write";
import { officeHost, type HostInfo } from "./host";
import { uniqueName, writeSpec } from "./writer";

export interface CheckResult {
  readonly id: string;
  readonly passed: boolean;
  /** One line per finding (what was expected, what Excel holds), in English: it is sent back to us. */
  readonly details: readonly string[];
}

export interface SelfCheckOptions {
  /** Excel's display language: the functions' default label language, so the expected values. */
  readonly excelLang: Lang;
  /** Bounded re-reads while Excel still calculates (#BUSY!); the pause between two reads. */
  readonly maxReads?: number;
  readonly pause?: (milliseconds: number) => Promise<void>;
  /** The Excel it runs in; default `officeHost()` (Office.context). */
  readonly host?: HostInfo;
}

export const SCRATCH_SHEET = "AMZN self-check";
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);
const MAX_FINDINGS = 8;
const TOLERANCE = 1e-9;

type Grid = readonly (readonly unknown[])[];

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Formula text as Excel may store it back: case and spaces outside strings do not matter. */
function formulaKey(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|[^"]+/g, (part) =>
    part.startsWith('"') ? part : part.replace(/\s+/g, "").toUpperCase(),
  );
}

function describe(value: unknown): string {
  return typeof value === "string" ? `text ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
}

function cellName(anchorRow: number, anchorCol: number, r: number, c: number): string {
  return `${columnLetters(anchorCol + c)}${anchorRow + r + 1}`;
}

/** The differences between a spec and what Excel holds after writing it. */
export function compareWritten(
  spec: SheetSpec,
  read: { readonly values: Grid; readonly formulas: Grid; readonly numberFormat: Grid },
  anchor: { readonly row: number; readonly col: number },
): string[] {
  const findings: string[] = [];
  const header = spec.table ? spec.table.row : -1;
  spec.cells.forEach((line, r) =>
    line.forEach((cell: SpecCell, c) => {
      const where = cellName(anchor.row, anchor.col, r, c);
      const value = read.values[r]?.[c];
      const formula = read.formulas[r]?.[c];
      const format = read.numberFormat[r]?.[c];
      const wantFormat = spec.numberFormats[r]?.[c] ?? "General";
      const inHeader =
        r === header && spec.table !== undefined && c >= spec.table.col && c < spec.table.col + spec.table.cols;
      if (cell === null) {
        if (value !== "" && value !== null) findings.push(`${where}: wrote nothing, Excel holds ${describe(value)}`);
      } else if (typeof cell === "string" && cell.startsWith("=")) {
        if (typeof formula !== "string" || formulaKey(formula) !== formulaKey(cell)) {
          findings.push(`${where}: wrote formula ${cell}, Excel holds ${describe(formula)}`);
        }
        if (format !== wantFormat) findings.push(`${where}: wrote format ${wantFormat}, Excel holds ${String(format)}`);
      } else if (typeof cell === "string") {
        if (value !== cell) findings.push(`${where}: wrote ${describe(cell)}, Excel holds ${describe(value)}`);
      } else if (typeof cell === "number") {
        // Excel makes every table header text: a year header 2024 reads back "2024" (documented).
        const ok = inHeader ? String(value) === String(cell) : typeof value === "number" && sameNumber(value, cell);
        if (!ok) findings.push(`${where}: wrote number ${cell}, Excel holds ${describe(value)}`);
        if (!inHeader && format !== wantFormat) {
          findings.push(`${where}: wrote format ${wantFormat}, Excel holds ${String(format)}`);
        }
      } else if (value !== cell) {
        findings.push(`${where}: wrote ${describe(cell)}, Excel holds ${describe(value)}`);
      }
    }),
  );
  return findings;
}

/** The differences between core's value of a formula and the block Excel calculated. */
export function compareCalculated(expected: number | string | Spill, values: Grid): string[] {
  const grid: Spill = typeof expected === "object" ? expected : [[expected]];
  const findings: string[] = [];
  grid.forEach((line, r) =>
    line.forEach((want, c) => {
      const got = values[r]?.[c];
      const ok = typeof want === "number" ? typeof got === "number" && sameNumber(got, want) : got === want;
      if (!ok)
        findings.push(
          `cell (${r + 1}, ${c + 1}) of the result: the add-in computes ${describe(want)}, Excel shows ${describe(got)}`,
        );
    }),
  );
  return findings;
}

function capped(findings: readonly string[]): string[] {
  return findings.length <= MAX_FINDINGS
    ? [...findings]
    : [...findings.slice(0, MAX_FINDINGS), `… and ${findings.length - MAX_FINDINGS} more`];
}

function failure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

interface SheetCase {
  readonly id: string;
  readonly build: () => SheetSpec;
}

const SHEET_CASES = (lang: Lang): readonly SheetCase[] => [
  { id: "sheet-report-table", build: () => buildReportSheet({ table: "results", lang, live: false, chart: true }) },
  { id: "sheet-reconciliation", build: () => buildReconciliationSheet(lang) },
  { id: "sheet-bridge", build: () => buildBridgeSheet({ lang, live: false }) },
  { id: "sheet-scenario-model", build: () => buildScenarioSheet({ lang, caseName: "bull" }) },
];

const defaultPause = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

export async function runSelfCheck(context: Excel.RequestContext, options: SelfCheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const created: string[] = [];
  const host = options.host ?? officeHost();
  const workbook = context.workbook;
  const userSheet = workbook.worksheets.getActiveWorksheet().load("name");
  const sheets = workbook.worksheets.load("items/name");
  await context.sync();
  const originalSheet = userSheet.name;
  const taken = sheets.items.map((sheet) => sheet.name);

  try {
    // 1. Each kind of sheet, through the writer; then every one read back in one sync.
    const written: { id: string; spec: SheetSpec; range: Excel.Range; address: string }[] = [];
    for (const sheetCase of SHEET_CASES(options.excelLang)) {
      try {
        const spec = sheetCase.build();
        const result = await writeSpec(context, spec, { target: "newSheet", host });
        if (result.status !== "written") throw new Error(`the writer answered ${result.status} on a new sheet`);
        created.push(result.sheetName);
        const anchor = spec.formulaAnchor ?? { row: 0, col: 0 };
        const range = workbook.worksheets
          .getItem(result.sheetName)
          .getCell(anchor.row, anchor.col)
          .getResizedRange(spec.cells.length - 1, (spec.cells[0]?.length ?? 1) - 1);
        written.push({ id: sheetCase.id, spec, range, address: result.address });
      } catch (error) {
        results.push({ id: sheetCase.id, passed: false, details: [failure(error)] });
      }
    }
    for (const item of written) item.range.load(["values", "formulas", "numberFormat"]);
    await context.sync();
    for (const { id, spec, range, address } of written) {
      const findings = compareWritten(spec, range, spec.formulaAnchor ?? { row: 0, col: 0 });
      const cells = spec.cells.length * (spec.cells[0]?.length ?? 0);
      results.push({
        id,
        passed: findings.length === 0,
        details: findings.length === 0 ? [`${cells} cells read back as written on ${address}`] : capped(findings),
      });
    }

    // 2. Every AMZN function calculated by Excel, on one scratch sheet.
    const scratchName = uniqueName(SCRATCH_SHEET, [...taken, ...created], "sheet");
    const scratch = workbook.worksheets.add(scratchName);
    created.push(scratchName);
    const cases = FUNCTION_CATALOGUE.map((spec) => {
      const values = defaultValues(spec);
      let expected: number | string | Spill | Error;
      try {
        expected = evaluate(spec, values, options.excelLang);
      } catch (error) {
        expected = error instanceof Error ? error : new Error(String(error));
      }
      return { id: spec.id, formula: buildFormula(spec, values), expected };
    });
    // One formula per row band, each below the previous one's spill, column A.
    let row = 0;
    const placed = cases.map((item) => {
      const rows = typeof item.expected === "object" && !(item.expected instanceof Error) ? item.expected.length : 1;
      const cols =
        typeof item.expected === "object" && !(item.expected instanceof Error) ? (item.expected[0]?.length ?? 1) : 1;
      const at = { row, rows, cols };
      row += rows + 1;
      return { ...item, ...at };
    });
    await writeAmznFormulas(
      context,
      placed.map((item) => ({ sheet: scratchName, address: cellAddress(item.row, 0), formula: item.formula })),
      { host },
    );

    // Custom functions may still be calculating after the sync: re-read, a bounded number of times.
    const maxReads = options.maxReads ?? 10;
    const pause = options.pause ?? defaultPause;
    const readBlocks = async (attempt: number): Promise<Excel.Range[]> => {
      const ranges = placed.map((item) =>
        scratch
          .getCell(item.row, 0)
          .getResizedRange(item.rows - 1, item.cols - 1)
          .load("values"),
      );
      await context.sync();
      const pending = ranges.some((range) => range.values.some((line) => line.some((v) => PENDING.has(String(v)))));
      if (!pending || attempt >= maxReads) return ranges;
      await pause(300 * attempt);
      return readBlocks(attempt + 1);
    };
    const blocks = await readBlocks(1);
    placed.forEach((item, index) => {
      const values = blocks[index]?.values ?? [];
      const id = `calc-${item.id}`;
      if (item.expected instanceof Error) {
        results.push({
          id,
          passed: false,
          details: [`${item.formula}: the add-in itself fails: ${item.expected.message}`],
        });
        return;
      }
      const findings = compareCalculated(item.expected, values);
      results.push({
        id,
        passed: findings.length === 0,
        details:
          findings.length === 0
            ? [`${item.formula} = ${item.rows} × ${item.cols} value(s), as the add-in computes`]
            : capped([`${item.formula} at ${scratchName}!A${item.row + 1}:`, ...findings]),
      });
    });
  } catch (error) {
    results.push({ id: "run", passed: false, details: [failure(error)] });
  } finally {
    results.push(await cleanUp(context, taken, originalSheet));
  }
  return results;
}

/**
 * Deletes every sheet that was not in the workbook when the check started: those it created,
 * and any a failed write left behind (Excel does not roll a failed batch back). Returns to the
 * user's sheet. The result is a check of its own.
 */
async function cleanUp(
  context: Excel.RequestContext,
  before: readonly string[],
  originalSheet: string,
): Promise<CheckResult> {
  const workbook = context.workbook;
  const added = async (): Promise<string[]> => {
    const sheets = workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name).filter((name) => !before.includes(name));
  };
  let present: string[] = [];
  try {
    present = await added();
    workbook.worksheets.getItem(originalSheet).activate();
    for (const name of present) workbook.worksheets.getItem(name).delete();
    await context.sync();
    const remaining = await added();
    return remaining.length === 0
      ? { id: "cleanup", passed: true, details: [`removed ${present.length} scratch sheet(s): ${present.join(", ")}`] }
      : { id: "cleanup", passed: false, details: [`still in the workbook: ${remaining.join(", ")}`] };
  } catch (error) {
    return { id: "cleanup", passed: false, details: [`removing ${present.join(", ")}: ${failure(error)}`] };
  }
}
