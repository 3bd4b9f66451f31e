/**
 * The one way AMZN formulas get into cells. Every writer goes through here: the formula builder
 * (insertAmznFormula), the gallery's live tables and the sheets (writer.ts's writeSpec, through
 * startReadBack), the self-check's scratch formulas and Restore (writeAmznFormulas).
 *
 * What each write gets:
 * - the invariant (English) formula through `formulas`, and in a French Excel its result read back
 *   in the same batch: a cell showing #NAME? is rewritten in French through `formulasLocal`
 *   (localize.ts says why: Microsoft does not document whether a French Excel resolves a custom
 *   function's English name) and read back once more; what still shows #NAME? is counted, so the
 *   pane can say how many formulas stayed unresolved. A French form Excel refuses (an array
 *   constant's column separator is a guess, core/formula/style.ts) never turns the written English
 *   formulas into an exception: the rewrites without that guess go first, and the refused cell,
 *   still #NAME?, is counted (rewriteInFrench);
 * - for the builder, the whole area the result will spill into checked first: a dynamic array shows
 *   #SPILL! when its spill area is not empty or lies in a table ("#SPILL! error",
 *   https://support.microsoft.com/office/ffe0f555-b479-4a17-a6e2-ef9cc9ad4023). A filled area needs
 *   the user's consent (status "occupied"); a table cannot be consented away (status "inTable");
 * - when Excel refuses an overwrite, what the area held is put back (overwrite.ts).
 */
import { INVARIANT_STYLE, rangeAddress, tokenize } from "../../core/formula";
import { officeHost, isFrenchExcel, type HostInfo } from "./host";
import { FRENCH_SEPARATORS, frenchFormula, isNameError, separatorsFor } from "./localize";
import { callsAmzn } from "./convert";
import { countFilled, queueRestore, readReplaced, tablesOverlapping } from "./overwrite";

/** French Excel: AMZN formulas rewritten in French, and those still showing #NAME? after that. */
export interface Localization {
  readonly localized: number;
  /**
   * Cells still showing #NAME? that Excel is not known to have refused: their French form went in
   * and Excel knows neither name (rarely, after two refusals, their rewrite was never tried, or a
   * refusal did not say which it was: rewriteInFrench).
   */
  readonly unresolved: number;
  /**
   * Cells still showing #NAME? because Excel refused their French form, or would for the same
   * reason (a list in braces whose column separator this Excel writes otherwise): they keep the
   * English form. Absent when none.
   */
  readonly refused?: number;
}

/** Two batches' counts as one (Restore writes in chunks, and may be run twice). */
export function addLocalization(a: Localization | undefined, b: Localization | undefined): Localization | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const refused = (a.refused ?? 0) + (b.refused ?? 0);
  return {
    localized: a.localized + b.localized,
    unresolved: a.unresolved + b.unresolved,
    ...(refused > 0 ? { refused } : {}),
  };
}

interface Watched {
  readonly range: Excel.Range;
  readonly formulas: readonly (readonly unknown[])[];
}

export interface ReadBack {
  /**
   * Queues the read-back of a block just written (no sync): call it in the write's batch, after
   * the write, so the values are Excel's answer to it. `formulas` is what was written there.
   */
  watch(range: Excel.Range, formulas: readonly (readonly unknown[])[]): void;
  /**
   * After the write's sync: rewrites every AMZN cell showing #NAME? in French, one more sync when
   * there is any, at most three when Excel refuses a rewrite (rewriteInFrench). Undefined when
   * nothing needed it (an English Excel, no AMZN formula, or every AMZN formula calculated as
   * written). Rejects only on a failure that is not Excel refusing a formula (isRefusal).
   */
  settle(): Promise<Localization | undefined>;
}

/**
 * Starts the read-back of AMZN formulas about to be written. In a French Excel with ExcelApi 1.11
 * it queues the read of the decimal separator (the list separator follows it), answered by the
 * caller's next sync. In any other case it does nothing and costs nothing.
 */
export function startReadBack(context: Excel.RequestContext, host: HostInfo, formulas: Iterable<unknown>): ReadBack {
  const active = isFrenchExcel(host) && [...formulas].some((formula) => callsAmzn(formula));
  const culture =
    active && host.supportsExcelApi("1.11")
      ? context.workbook.application.cultureInfo.numberFormat.load("numberDecimalSeparator")
      : undefined;
  const watched: Watched[] = [];
  return {
    watch(range, written) {
      if (!active || !written.some((row) => row.some((cell) => callsAmzn(cell)))) return;
      range.load("values");
      watched.push({ range, formulas: written });
    },
    async settle() {
      if (!active || watched.length === 0) return undefined;
      const separators = culture ? separatorsFor(culture.numberDecimalSeparator) : FRENCH_SEPARATORS;
      const rewrites: Rewrite[] = [];
      let untranslated = 0;
      for (const { range, formulas } of watched)
        formulas.forEach((line, row) =>
          line.forEach((formula, col) => {
            if (!callsAmzn(formula) || !isNameError(range.values[row]?.[col])) return;
            const local = frenchFormula(String(formula), separators);
            if (local === undefined) untranslated++;
            else rewrites.push({ range, row, col, local, guessed: hasColumnSeparator(String(formula)) });
          }),
        );
      if (rewrites.length === 0) return untranslated > 0 ? { localized: 0, unresolved: untranslated } : undefined;
      // A wrong guess of the array column separator must not keep the other rewrites from running:
      // the formulas with that guess go last (a refusal stops the batch where it happens).
      const ordered = [
        ...rewrites.filter((rewrite) => !rewrite.guessed),
        ...rewrites.filter((rewrite) => rewrite.guessed),
      ];
      const { shown, refusedAt } = await rewriteInFrench(context, ordered);
      const still = shown.filter((value) => isNameError(value)).length;
      const refused = shown.filter((value, index) => isNameError(value) && refusedAt.has(index)).length;
      return {
        localized: ordered.length - still,
        unresolved: untranslated + still - refused,
        ...(refused > 0 ? { refused } : {}),
      };
    },
  };
}

/** One AMZN cell showing #NAME?, to be rewritten in French. */
interface Rewrite {
  /** The block it was written in (a proxy of the write's batch, valid in every later one). */
  readonly range: Excel.Range;
  readonly row: number;
  readonly col: number;
  readonly local: string;
  /**
   * Its local form has an array constant with a column separator (`{100.150.200}`), which is a
   * guess (core/formula/style.ts): an Excel that separates columns otherwise refuses every such
   * form. One column or one item (`{1;2;3}`, `{"revenue"}`) has none and does not depend on it.
   */
  readonly guessed: boolean;
}

/** A column separator in an array constant of the invariant form: the French form has it too (print.ts). */
function hasColumnSeparator(formula: string): boolean {
  return tokenize(formula, INVARIANT_STYLE).some((token) => token.kind === "column");
}

/**
 * Excel refuses a command as written: a formula it cannot parse in its locale fails the batch with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect format.", the code table
 * of "Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Any other failure (the network, Excel in cell-edit mode or busy, a request too large) is no
 * verdict on one formula: a further batch would meet it too, and what the cells show could not be
 * read, so it propagates; the English formulas stay in the sheet.
 */
function isRefusal(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "InvalidArgument";
}

/** Queued after each rewrite: the error of a refused batch lists the ones that ran. */
const TRACE = "amzn-rewrite ";

/**
 * The number of rewrites a refused batch ran, from the trace queued after each: "If there was an
 * error, this contains all trace messages that were executed before the error occurred"
 * (OfficeExtension.Error.traceMessages, https://learn.microsoft.com/javascript/api/office/officeextension.error).
 * Excel runs a batch in order and undoes nothing: the rewrite after the last trace is the refused
 * one, those after it never ran. Undefined when the error carries no trace list.
 */
function rewritesRun(error: unknown): number | undefined {
  const traces = (error as { traceMessages?: unknown } | null)?.traceMessages;
  if (!Array.isArray(traces)) return undefined;
  return traces.filter((trace) => typeof trace === "string" && trace.startsWith(TRACE)).length;
}

/** Batches of rewrites after a refused one: one, then only a read (a small, known number of syncs). */
const RETRIES = 1;

/**
 * Rewrites the cells through `formulasLocal` and reads what they show, in one sync when Excel takes
 * every rewrite. `rewrites` come without a guess first (settle), so a wrong guess stops no other.
 * When Excel refuses a rewrite (the one after the last trace: rewritesRun), the refused cell keeps
 * its English formula, which `formulas` still reads (nothing is lost), and:
 * - a guessed one, while no guessed rewrite has gone in: the other guessed ones are not sent and are
 *   counted refused, since they carry the same guessed separator and Excel would refuse them for
 *   the same reason; the rewrites without a guess after it, if any, are retried once. Once a
 *   guessed rewrite went in, the guess is right and a refusal has another cause: as below;
 * - any other: the rewrites after it are retried once.
 * A refused retry is followed by one sync that only reads: at most three syncs. The rewrites a
 * refused retry never reached were not refused: they count by what they show.
 * When the error carries no trace list, which rewrite Excel refused is unknown: the guessed ones of
 * the batch (the one known cause of a refusal) count as refused, the others, which went first, by
 * what they show (#NAME? with the French form in is unresolved); one sync then only reads.
 * Returns what each cell shows and the rewrites Excel refused or would refuse (`refusedAt`).
 */
async function rewriteInFrench(
  context: Excel.RequestContext,
  rewrites: readonly Rewrite[],
): Promise<{ shown: unknown[]; refusedAt: ReadonlySet<number> }> {
  const guessed = (index: number): boolean => rewrites[index]?.guessed === true;
  let pending = rewrites.map((_, index) => index);
  const refusedAt = new Set<number>();
  let guessTaken = false;
  for (let attempt = 0; ; attempt++) {
    // New cell proxies for each batch: those of a refused batch may be unusable after it.
    const cells = rewrites.map(({ range, row, col }) => range.getCell(row, col));
    pending.forEach((index, order) => {
      const cell = cells[index];
      const rewrite = rewrites[index];
      if (!cell || !rewrite) return;
      cell.formulasLocal = [[rewrite.local]];
      context.trace(`${TRACE}${order}`);
    });
    for (const cell of cells) cell.load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most three syncs: rewrite, one retry, one read
      await context.sync();
      return { shown: cells.map((cell) => cell.values[0]?.[0]), refusedAt };
    } catch (error) {
      // A batch that only reads writes no formula: its failure is no refusal to work around.
      if (!isRefusal(error) || pending.length === 0) throw error;
      const ran = rewritesRun(error);
      if (ran === undefined) {
        // Which one Excel refused is unknown: only the guessed ones are taken for refused.
        for (const index of pending) if (guessed(index)) refusedAt.add(index);
        pending = [];
        continue;
      }
      // `refused` is undefined only when every rewrite ran (then nothing is left to retry).
      const [refused, ...after] = pending.slice(ran);
      guessTaken ||= pending.slice(0, ran).some(guessed);
      if (refused !== undefined) refusedAt.add(refused);
      // Same separator, same refusal: the other guessed ones are not sent, and counted refused.
      if (refused !== undefined && guessed(refused) && !guessTaken)
        for (const index of after) if (guessed(index)) refusedAt.add(index);
      pending = attempt < RETRIES ? after.filter((index) => !refusedAt.has(index)) : [];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The formula builder: one formula at the active cell.

export interface FormulaShape {
  readonly rows: number;
  readonly cols: number;
}

export type InsertResult =
  | ({
      readonly status: "written";
      readonly address: string;
      /** The cells the result occupies: the anchor alone, or its spill area. */
      readonly areaAddress: string;
    } & Partial<Localization>)
  | {
      readonly status: "occupied";
      /** The anchor (active cell). */
      readonly address: string;
      readonly areaAddress: string;
      readonly filledCells: number;
    }
  | {
      /** The spill area lies in a table: Excel would show #SPILL! whatever the user agrees to. */
      readonly status: "inTable";
      readonly address: string;
      readonly areaAddress: string;
      readonly tableName: string;
    };

export interface InsertOptions {
  /** The result's size from core's preview: 1 × 1 for a single value. */
  readonly shape: FormulaShape;
  /** Number format of a single-value result (absent: the cell keeps its format). */
  readonly numberFormat?: string;
  /** Only after the user agreed to replace what the area holds. */
  readonly overwrite?: boolean;
  /** The Excel it runs in; default `officeHost()` (Office.context). */
  readonly host?: HostInfo;
}

/**
 * Inserts one formula at the active cell with its whole area checked. Syncs: one to read the
 * anchor, the area and the tables in it (Range.getTables, ExcelApi 1.9; without it, one more to
 * read the tables' ranges when the workbook has tables), one to write (and, in a French Excel,
 * read back), one more when a French rewrite is needed, and one after it when Excel refuses the
 * rewrite (to read what the cell shows). Nothing is written when the area is in a table, or
 * occupied without `overwrite`; a refused write puts the area back as it was.
 */
export async function insertAmznFormula(
  context: Excel.RequestContext,
  formula: string,
  options: InsertOptions,
): Promise<InsertResult> {
  const host = options.host ?? officeHost();
  const rows = Math.max(1, options.shape.rows);
  const cols = Math.max(1, options.shape.cols);
  const spills = rows * cols > 1;
  const readBack = startReadBack(context, host, [formula]);
  const anchor = context.workbook.getActiveCell().load("address");
  const area = anchor.getResizedRange(rows - 1, cols - 1).load(["address", "rowIndex", "columnIndex"]);
  const sheet = area.worksheet.load("name");
  const replaced = readReplaced(area, host);
  // Spilled arrays aren't supported in tables: only a spill needs the table check.
  const scoped = spills && host.supportsExcelApi("1.9") ? area.getTables(false).load("items/name") : undefined;
  const allTables = spills && !scoped ? context.workbook.tables.load("items/name") : undefined;
  await context.sync();

  const place = { address: anchor.address, areaAddress: area.address };
  const tableNames = scoped
    ? scoped.items.map((table) => table.name)
    : allTables
      ? (
          await tablesOverlapping(
            context,
            allTables.items.map((table) => table.name),
            sheet.name,
            { row: area.rowIndex, col: area.columnIndex, rows, cols },
          )
        ).map((table) => table.name)
      : [];
  const [tableName] = tableNames;
  if (tableName !== undefined) return { status: "inTable", ...place, tableName };
  const before = replaced();
  const filledCells = countFilled(before.formulas);
  if (filledCells > 0 && !options.overwrite) return { status: "occupied", ...place, filledCells };

  if (filledCells > 0) {
    // Replacing: empty the whole area first (an empty string clears a cell), then the formula, so
    // the result can spill; commands run in the order queued.
    area.formulas = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  }
  anchor.formulas = [[formula]];
  if (options.numberFormat && !spills) anchor.numberFormat = [[options.numberFormat]];
  readBack.watch(anchor, [[formula]]);
  try {
    await context.sync();
  } catch (error) {
    if (filledCells > 0) {
      queueRestore(area, before);
      await context.sync();
    }
    throw error;
  }
  const localization = await readBack.settle();
  return { status: "written", ...place, ...localization };
}

// ---------------------------------------------------------------------------------------------
// Many formulas at known cells: the self-check's scratch sheet, Restore.

export interface AmznFormulaCell {
  readonly sheet: string;
  /** One cell, A1 without the sheet ("B2"). */
  readonly address: string;
  /** The invariant (English) formula, as `range.formulas` takes it. */
  readonly formula: string;
}

export interface WriteFormulasOptions {
  /** The Excel it runs in; default `officeHost()` (Office.context). */
  readonly host?: HostInfo;
}

/**
 * Writes each formula at its cell, in one batch: one sync, plus one in a French Excel when some
 * formulas needed the French rewrite (up to three when Excel refuses some of them). What the cells
 * held is the caller's decision (the self-check
 * writes on its own new sheet; Restore asks for consent before it replaces a cell the user
 * changed). Returns how many were written and, in a French Excel, the rewrite's counts.
 */
export async function writeAmznFormulas(
  context: Excel.RequestContext,
  cells: readonly AmznFormulaCell[],
  options: WriteFormulasOptions = {},
): Promise<{ readonly written: number } & Partial<Localization>> {
  if (cells.length === 0) return { written: 0 };
  const readBack = startReadBack(
    context,
    options.host ?? officeHost(),
    cells.map((cell) => cell.formula),
  );
  for (const cell of cells) {
    const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
    range.formulas = [[cell.formula]];
    readBack.watch(range, [[cell.formula]]);
  }
  await context.sync();
  return { written: cells.length, ...(await readBack.settle()) };
}

/** The A1 address of a 0-based cell, for AmznFormulaCell.address. */
export function cellAddress(row: number, col: number): string {
  return rangeAddress({ row, col, rows: 1, cols: 1 });
}
