/**
 * Repair: AMZN cells that Excel shows as #NAME? or whose formulas carry the `_xldudf_` prefix.
 *
 * Excel writes a custom function it does not know (yet) as `_xldudf_<NAMESPACE>_<ID>(…)`, and a
 * workbook saved in that state keeps it, sometimes behind a link prefix (`[2]!_xldudf_…`,
 * OfficeDev/office-js issues 2568, 4487, 5611). Microsoft's troubleshooting page ("Custom functions
 * showing #NAME? error") says the cause is a registration that did not succeed; users report that
 * re-entering the formula fixes a cell (issue 4185), so Repair re-enters each broken AMZN formula in
 * its correct invariant form, and nothing else.
 *
 * The documented way to make Excel refresh its cache of the functions' metadata is the document
 * setting `Office.ForceRefreshCustomFunctionsCache` (Microsoft's "Troubleshoot custom functions",
 * "Clear the custom functions cache when your add-in runs"; shared runtime only). It takes effect
 * the next time the workbook is opened with the add-in, and Microsoft advises not to leave it on:
 * Repair turns it on when it fixed cells, and off again when a later run finds nothing to fix.
 *
 * Syncs: 1 to list the sheets, 1 to measure their used ranges, ceil(cells / CELLS_PER_SYNC) to scan
 * their formulas, 1 per ANCHORS_PER_SYNC AMZN cells to read the values they show (more only when
 * Excel refuses a read for its size: it is run again in halves), 1 per ANCHORS_PER_SYNC fixes or
 * PAYLOAD_BYTES_PER_SYNC bytes of formulas sent to write them (bounded-sync.ts). The settings are
 * saved with their own asynchronous call, not a sync.
 */
import { FUNCTION_NAMES_FR, type FunctionId } from "../../data/function-names";
import {
  ANCHORS_PER_SYNC,
  CELLS_PER_SYNC,
  PAYLOAD_BYTES_PER_SYNC,
  RANGE_BYTES,
  groupsWithin,
  payloadBytes,
  syncInGroups,
} from "./bounded-sync";
import { callsAmzn, measureScope, scanFormulas } from "./convert";
import { officeHost } from "./host";

export const FORCE_REFRESH_SETTING = "Office.ForceRefreshCustomFunctionsCache";

/** The part of Office.context.document.settings Repair uses (Office.Settings, requirement set Settings 1.1). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: boolean): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

export type CacheRefresh =
  /** The setting was turned on: Excel reloads the metadata the next time the workbook opens. */
  | "requested"
  /** Nothing was broken and the setting was on: turned off again (Microsoft: don't leave it on). */
  | "cleared"
  /** Nothing to do with the setting. */
  | "unchanged"
  /** No document settings in this host, or saving them failed. */
  | "unavailable";

export interface RepairResult {
  /** AMZN cells whose formula was re-entered. */
  readonly cellsRepaired: number;
  /** `_xldudf_AMZN…` cells naming a function the add-in does not have: left as they are. */
  readonly unrecognised: readonly string[];
  readonly cacheRefresh: CacheRefresh;
}

const KNOWN_IDS = new Set<string>(Object.keys(FUNCTION_NAMES_FR) as FunctionId[]);

/**
 * `_xldudf_AMZN_REVENUE(` or `_xldudf_AMZN.REVENUE(`, optionally behind an external-link prefix
 * (`[2]!`, `'Book.xlam'!`, `Book.xlam!`). The id is matched case-insensitively, as Excel does.
 */
const XLDUDF_CALL = /(?:\[\d+\]!|'(?:[^']|'')*'!|[\w.-]+\.xla[mx]?!)?_xldudf_AMZN[._]([A-Za-z0-9_]+)(?=\s*\()/gi;
const ANY_XLDUDF = /_xldudf_/i;

/** Applies `replace` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, replace: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : replace(part)))
    .join("");
}

export type FormulaRepair =
  { readonly kind: "fix"; readonly formula: string } | { readonly kind: "unrecognised" } | { readonly kind: "leave" };

/**
 * What Repair does with one cell, from its formula and the value Excel shows:
 * - `_xldudf_AMZN_<ID>(` becomes `AMZN.<ID>(` when every such call names a function the add-in has;
 * - an AMZN formula showing `#NAME?` is re-entered as it is;
 * - anything else (other add-ins' `_xldudf_` calls, working formulas, constants) is left alone.
 */
export function repairFormula(formula: unknown, value: unknown): FormulaRepair {
  if (typeof formula !== "string" || !formula.startsWith("=")) return { kind: "leave" };
  if (ANY_XLDUDF.test(formula.replace(/"(?:[^"]|"")*"/g, '""'))) {
    let unknown = false;
    let replaced = false;
    const fixed = outsideStrings(formula, (code) =>
      code.replace(XLDUDF_CALL, (call: string, id: string) => {
        const upper = id.toUpperCase();
        if (!KNOWN_IDS.has(upper)) {
          unknown = true;
          return call;
        }
        replaced = true;
        return `AMZN.${upper}`;
      }),
    );
    if (unknown) return { kind: "unrecognised" };
    if (replaced) return { kind: "fix", formula: fixed };
  }
  if (value === "#NAME?" && callsAmzn(formula)) return { kind: "fix", formula };
  return { kind: "leave" };
}

function saveSettings(settings: DocumentSettings): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result) => resolve(result.status === "succeeded"));
    } catch {
      resolve(false);
    }
  });
}

async function refreshCache(settings: DocumentSettings | undefined, repaired: number): Promise<CacheRefresh> {
  if (!settings) return repaired > 0 ? "unavailable" : "unchanged";
  const isOn = settings.get(FORCE_REFRESH_SETTING) === true;
  if (repaired > 0) {
    settings.set(FORCE_REFRESH_SETTING, true);
    return (await saveSettings(settings)) ? "requested" : "unavailable";
  }
  if (!isOn) return "unchanged";
  settings.set(FORCE_REFRESH_SETTING, false);
  return (await saveSettings(settings)) ? "cleared" : "unavailable";
}

interface Candidate {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * Finds and re-enters broken AMZN cells on every sheet, then asks Excel to refresh its metadata
 * cache. The sheets are scanned like Share's conversion (convert.ts): formulas only, in chunks of at
 * most `cellsPerSync` cells; the values Excel shows are read only for the AMZN cells found, and the
 * fixes are written in batches, so no read or request goes over Excel's limits on any workbook size.
 */
export async function repairAmznCells(
  context: Excel.RequestContext,
  settings: DocumentSettings | undefined,
  cellsPerSync: number = CELLS_PER_SYNC,
): Promise<RepairResult> {
  const rects = await measureScope(context, "workbook", officeHost());
  const fixes: Candidate[] = [];
  const unrecognised: string[] = [];
  const amznCells: Candidate[] = [];
  await scanFormulas(context, rects, cellsPerSync, (sheet, row, col, formula) => {
    if (typeof formula !== "string") return;
    // What the formula alone decides (`_xldudf_` calls); an AMZN call needs the value Excel shows.
    const repair = repairFormula(formula, undefined);
    if (repair.kind === "unrecognised") unrecognised.push(formula);
    else if (repair.kind === "fix") fixes.push({ sheet, row, col, formula: repair.formula });
    else if (callsAmzn(formula)) amznCells.push({ sheet, row, col, formula });
  });
  // The values the AMZN cells show, ANCHORS_PER_SYNC cells a sync; a sync Excel refuses for the
  // size of its answer (long texts) is run again in halves.
  await syncInGroups(
    context,
    amznCells,
    [{ size: () => 1, limit: ANCHORS_PER_SYNC }],
    (batch) => {
      const reads = batch.map((cell) => ({
        cell,
        range: context.workbook.worksheets.getItem(cell.sheet).getCell(cell.row, cell.col).load("values"),
      }));
      return () => {
        for (const { cell, range } of reads) {
          const repair = repairFormula(cell.formula, range.values[0]?.[0]);
          if (repair.kind === "fix") fixes.push({ ...cell, formula: repair.formula });
        }
      };
    },
    () => undefined,
  );
  // What a fix sends: its formula's JSON and the range it goes to.
  const fixBytes = (fix: Candidate): number => payloadBytes([[fix.formula]]) + RANGE_BYTES;
  const bounds = [
    { size: () => 1, limit: ANCHORS_PER_SYNC },
    { size: fixBytes, limit: PAYLOAD_BYTES_PER_SYNC },
  ];
  for (const batch of groupsWithin(fixes, bounds)) {
    // One cell at a time: a block write would re-enter the cells around it as well.
    for (const fix of batch)
      context.workbook.worksheets.getItem(fix.sheet).getCell(fix.row, fix.col).formulas = [[fix.formula]];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded batch (Excel: 5 MB a request)
    await context.sync();
  }
  const cellsRepaired = fixes.length;
  return { cellsRepaired, unrecognised, cacheRefresh: await refreshCache(settings, cellsRepaired) };
}
