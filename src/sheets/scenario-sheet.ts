/**
 * Why one file of over 400 lines: the scenario sheet's cell references are computed from one
 * layout (rows of inputs, years, grid); split, two files would have to agree on every row offset.
 * Its words are in scenario-sheet-text.ts and core's scenario labels.
 *
 * The scenario builder's sheet: the capex scenario model of PRODUCT.md laid out with native Excel
 * formulas only (no AMZN.* call), so it stays transparent, editable and calculating without the
 * add-in, and gives the same numbers as CAPEX_SCENARIO (the tests evaluate it with HyperFormula
 * and compare).
 *
 * Layout (grid offsets; N = years; columns B… hold the years):
 *   0–4     title and notes (illustrative, method, sources, horizon)
 *   6–15    inputs: the case switch (list bear/base/bull), then one row per parameter with the
 *           bear/base/bull presets side by side (blue), an override column (blue, empty = use the
 *           case) and the active value = IF(override = "", preset of the switched case, override)
 *   17–19+N depreciation waterfall: year row, capex schedule, one row per vintage
 *   21+N–   outputs: year row, capex, depreciation, net PP&E, revenue, EBITDA, EBIT, NOPAT, FCF,
 *           cumulative FCF, ROIC, a "paid back" helper row and the payback year
 *   then    valuation: NPV (Excel's NPV of the FCF row at the discount rate) and IRR (Excel's IRR,
 *           "none" when FCF never changes sign, as SENSITIVITY says it)
 *   then    a 5 × 5 NPV sensitivity: useful life (rows) × revenue yield (columns) around the active
 *           inputs, coloured by a three-colour scale, and its helper rows
 *
 * The sensitivity grid in native formulas, without a model per cell. FCF is linear in the revenue
 * yield y for a given useful life L:
 *   FCF_t = NOPAT_t + D_t − C_t = m(1−τ)·y·S_t(L) + τ·D_t(L) − C_t
 * with S_t(L) the capex in service (vintages bought 1 … L years before t) and D_t(L) the
 * depreciation; so NPV(L, y) = m(1−τ)·y·NPV(r, S(L)) + τ·NPV(r, D(L)) − NPV(r, C). Two helper rows
 * per life value (S and D, SUMIFS over the capex schedule, like the revenue row) make every grid
 * cell three NPV calls: 10 helper rows (a label and N cells), 25 grid cells, 10 headers, NPV and
 * IRR: 347 formulas at 30 years, 1,706 for the whole sheet. Plain SUMIFS, NPV, IRR and IFERROR:
 * any Excel since 2007, LibreOffice.
 *
 * The horizon is structural (one column per year, one waterfall row per vintage): it is chosen
 * when the sheet is built, not an input cell. The depreciation convention is the contract's
 * full-year convention.
 *
 * Formulas reference cells by absolute sheet address, computed for `anchor` (default A1); the
 * spec's `formulaAnchor` tells the writer where the grid must go.
 */
import { columnLetters } from "../core/formula";
import { SCENARIO_SHEET_TEXT, horizonNote } from "./scenario-sheet-text";
import { AmznError, type Lang } from "../core/runtime";
import {
  LINE_ITEMS,
  PAYBACK_TOLERANCE,
  SCENARIO_CASES,
  SCENARIO_PARAM_IDS,
  SCENARIO_PARAM_INFO,
  SCENARIO_PRESETS,
  checkScenarioParam,
  lineItemLabel,
  parseCaseName,
  resolveScenarioParams,
  type LineItem,
  type ScenarioCase,
  type ScenarioParamId,
  type ScenarioParams,
} from "../core/scenario";
import {
  FORMAT_BILLIONS,
  FORMAT_GENERAL,
  FORMAT_PERCENT,
  FORMAT_YEAR,
  type CellStyle,
  type ChartSpec,
  type SheetSpec,
  type SpecCell,
  type StyleRun,
} from "./spec";

/** The parameters that are input cells (the horizon is structural). */
export type SheetParamId = Exclude<ScenarioParamId, "years">;

// Every CAPEX_SCENARIO parameter but the horizon, which fixes the sheet's layout.
export const SHEET_PARAM_IDS: readonly SheetParamId[] = SCENARIO_PARAM_IDS.filter(
  (id): id is SheetParamId => id !== "years",
);

export interface ScenarioSheetOptions {
  readonly lang: Lang;
  /** bear, base (default) or bull; French names accepted. */
  readonly caseName?: string;
  /** Values written in the override column; absent parameters use the case's preset. */
  readonly overrides?: Partial<ScenarioParams>;
  /** Horizon 1–30; default overrides.years, else the case's (5). */
  readonly years?: number;
  /** Worksheet cell (0-based) where the grid's top-left goes; default A1. */
  readonly anchor?: { readonly row: number; readonly col: number };
}

/** A cell of the grid: its offsets from the grid's top-left, and its A1 address on the sheet. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

export interface InputRefs {
  readonly presets: Readonly<Record<ScenarioCase, CellRef>>;
  readonly override: CellRef;
  readonly active: CellRef;
}

export interface ScenarioSheetLayout {
  readonly rows: number;
  readonly cols: number;
  readonly years: number;
  /** The case switch cell (text bear, base or bull, with a list validation). */
  readonly caseSwitch: CellRef;
  readonly inputs: Readonly<Record<SheetParamId, InputRefs>>;
  /** The outputs block's year header, one cell per year. */
  readonly yearCells: readonly CellRef[];
  /** Each output line item, one cell per year. */
  readonly outputs: Readonly<Record<LineItem, readonly CellRef[]>>;
  /** waterfall[v][t]: the charge of the vintage bought in year v, in year t. */
  readonly waterfall: readonly (readonly CellRef[])[];
  /** The payback year cell: a year, or the text "beyond horizon" / "au-delà de l'horizon". */
  readonly payback: CellRef;
  /** Excel's NPV of the FCF row at the discount rate. */
  readonly npv: CellRef;
  /** Excel's IRR of the FCF row, or the text "none" / "aucun". */
  readonly irr: CellRef;
  /** The sensitivity grid: life values down (rows), revenue yields across (columns), NPV cells. */
  readonly sensitivity: {
    readonly lives: readonly CellRef[];
    readonly yields: readonly CellRef[];
    readonly cells: readonly (readonly CellRef[])[];
  };
}

/** The grid's side: 5 useful lives × 5 revenue yields. */
export const SENSITIVITY_SIDE = 5;
/** Steps around the active input: whole years of life, and revenue yield. */
const LIFE_STEP = 1;
const YIELD_STEP = 0.05;

// ---------------------------------------------------------------------------------------------
// Geometry.

const COL_LABEL = 0;
const COL_PRESET: Readonly<Record<ScenarioCase, number>> = { bear: 1, base: 2, bull: 3 };
const COL_OVERRIDE = 4;
const COL_ACTIVE = 5;
const INPUT_COLS = 6;

const ROW_TITLE = 0;
const ROW_NOTES = [1, 2, 3, 4] as const;
const ROW_INPUTS_TITLE = 6;
const ROW_SWITCH = 7;
const ROW_PARAM_HEADER = 8;
const ROW_PARAM_FIRST = 9;
const ROW_CALC_TITLE = ROW_PARAM_FIRST + SHEET_PARAM_IDS.length + 1; // 17
const ROW_YEAR = ROW_CALC_TITLE + 1;
const ROW_CAPEX_SCHEDULE = ROW_YEAR + 1;
const ROW_VINTAGE_FIRST = ROW_CAPEX_SCHEDULE + 1;

interface Rows {
  readonly vintageLast: number;
  readonly outTitle: number;
  readonly outYear: number;
  readonly item: Readonly<Record<LineItem, number>>;
  readonly paid: number;
  readonly payback: number;
  readonly valuationTitle: number;
  readonly npv: number;
  readonly irr: number;
  readonly gridTitle: number;
  readonly gridNote: number;
  readonly gridHeader: number;
  readonly gridFirst: number;
  readonly helperTitle: number;
  /** Per life value k: the capex-in-service row, then the depreciation row. */
  readonly helperFirst: number;
  readonly total: number;
}

function rowsFor(years: number): Rows {
  const vintageLast = ROW_VINTAGE_FIRST + years - 1;
  const outTitle = vintageLast + 2;
  const outYear = outTitle + 1;
  const item = Object.fromEntries(LINE_ITEMS.map((id, i) => [id, outYear + 1 + i])) as Record<LineItem, number>;
  const paid = outYear + 1 + LINE_ITEMS.length;
  const payback = paid + 1;
  const valuationTitle = payback + 2;
  const gridTitle = valuationTitle + 4;
  const gridHeader = gridTitle + 2;
  const gridFirst = gridHeader + 1;
  const helperTitle = gridFirst + SENSITIVITY_SIDE + 1;
  const helperFirst = helperTitle + 1;
  return {
    vintageLast,
    outTitle,
    outYear,
    item,
    paid,
    payback,
    valuationTitle,
    npv: valuationTitle + 1,
    irr: valuationTitle + 2,
    gridTitle,
    gridNote: gridTitle + 1,
    gridHeader,
    gridFirst,
    helperTitle,
    helperFirst,
    total: helperFirst + 2 * SENSITIVITY_SIDE,
  };
}

type Anchor = { readonly row: number; readonly col: number };

/** A1 address of a grid cell on the sheet; `$` before the column and/or row when absolute. */
function a1(anchor: Anchor, row: number, col: number, absCol = false, absRow = false): string {
  return `${absCol ? "$" : ""}${columnLetters(anchor.col + col)}${absRow ? "$" : ""}${anchor.row + row + 1}`;
}

function checkAnchor(anchor: Anchor | undefined): Anchor {
  const chosen = anchor ?? { row: 0, col: 0 };
  const ok =
    Number.isInteger(chosen.row) &&
    Number.isInteger(chosen.col) &&
    chosen.row >= 0 &&
    chosen.col >= 0 &&
    chosen.row < 1_048_000 &&
    chosen.col < 16_300;
  if (!ok) {
    throw new AmznError("value", {
      en: "the scenario sheet's anchor must be a cell inside the worksheet",
      fr: "l'ancre de la feuille de scénario doit être une cellule de la feuille",
    });
  }
  return chosen;
}

/** Where everything is, for `years` columns of years, with the grid anchored at `anchor` (default A1). */
export function scenarioSheetLayout(years: number, anchor?: Anchor): ScenarioSheetLayout {
  checkScenarioParam("years", years);
  const at = checkAnchor(anchor);
  const r = rowsFor(years);
  const ref = (row: number, col: number): CellRef => ({ row, col, address: a1(at, row, col) });
  const yearCols = Array.from({ length: years }, (_, t) => 1 + t);
  const inputs = Object.fromEntries(
    SHEET_PARAM_IDS.map((id, i) => {
      const row = ROW_PARAM_FIRST + i;
      const presets = Object.fromEntries(SCENARIO_CASES.map((c) => [c, ref(row, COL_PRESET[c])])) as Record<
        ScenarioCase,
        CellRef
      >;
      return [id, { presets, override: ref(row, COL_OVERRIDE), active: ref(row, COL_ACTIVE) }];
    }),
  ) as Record<SheetParamId, InputRefs>;
  const outputs = Object.fromEntries(
    LINE_ITEMS.map((id) => [id, yearCols.map((col) => ref(r.item[id], col))]),
  ) as Record<LineItem, CellRef[]>;
  return {
    rows: r.total,
    cols: Math.max(INPUT_COLS, 1 + years),
    years,
    caseSwitch: ref(ROW_SWITCH, 1),
    inputs,
    yearCells: yearCols.map((col) => ref(r.outYear, col)),
    outputs,
    waterfall: yearCols.map((_, v) => yearCols.map((col) => ref(ROW_VINTAGE_FIRST + v, col))),
    payback: ref(r.payback, 1),
    npv: ref(r.npv, 1),
    irr: ref(r.irr, 1),
    sensitivity: {
      lives: Array.from({ length: SENSITIVITY_SIDE }, (_, k) => ref(r.gridFirst + k, 0)),
      yields: Array.from({ length: SENSITIVITY_SIDE }, (_, j) => ref(r.gridHeader, 1 + j)),
      cells: Array.from({ length: SENSITIVITY_SIDE }, (_, k) =>
        Array.from({ length: SENSITIVITY_SIDE }, (_, j) => ref(r.gridFirst + k, 1 + j)),
      ),
    },
  };
}

const PARAM_FORMATS: Readonly<Record<SheetParamId, string>> = {
  capex: FORMAT_BILLIONS,
  capexGrowth: FORMAT_PERCENT,
  usefulLife: "0",
  revenueYield: "0.00",
  ebitdaMargin: FORMAT_PERCENT,
  taxRate: FORMAT_PERCENT,
  startYear: FORMAT_YEAR,
  discountRate: FORMAT_PERCENT,
};

const KEY_OUTPUTS: ReadonlySet<LineItem> = new Set<LineItem>(["fcf", "cumulative_fcf", "roic"]);

// ---------------------------------------------------------------------------------------------
// The builder.

/**
 * The native-formula scenario sheet for a case, the user's overrides and a horizon. Throws
 * AmznError for an unknown case or an out-of-range value (same rules and messages as
 * CAPEX_SCENARIO).
 */
export function buildScenarioSheet(options: ScenarioSheetOptions): SheetSpec {
  const lang: Lang = options.lang === "fr" ? "fr" : "en";
  const chosen = options.caseName === undefined ? "base" : parseCaseName(options.caseName);
  const overrides = options.overrides ?? {};
  const horizon = options.years ?? overrides.years ?? SCENARIO_PRESETS[chosen].years;
  // Validates every override and the horizon, with CAPEX_SCENARIO's messages.
  resolveScenarioParams(chosen, { ...overrides, years: horizon });
  const anchor = checkAnchor(options.anchor);
  const layout = scenarioSheetLayout(horizon, anchor);
  const r = rowsFor(horizon);
  const width = layout.cols;
  const lastYearCol = horizon; // years in columns 1 … N

  const cells: SpecCell[][] = Array.from({ length: layout.rows }, () => new Array<SpecCell>(width).fill(null));
  const formats: string[][] = Array.from({ length: layout.rows }, () => new Array<string>(width).fill(FORMAT_GENERAL));
  const styles: StyleRun[] = [];
  const put = (row: number, col: number, value: SpecCell, format?: string): void => {
    const cellRow = cells[row];
    const formatRow = formats[row];
    if (cellRow === undefined || formatRow === undefined || col >= width)
      throw new Error(`cell ${row},${col} off grid`);
    cellRow[col] = value;
    if (format !== undefined) formatRow[col] = format;
  };
  const style = (row: number, col: number, rows: number, cols: number, kind: CellStyle): void => {
    styles.push({ row, col, rows, cols, style: kind });
  };
  const t = (key: keyof typeof SCENARIO_SHEET_TEXT): string => SCENARIO_SHEET_TEXT[key][lang];

  // Absolute and relative references (rows and columns are grid offsets).
  const abs = (row: number, col: number): string => a1(anchor, row, col, true, true);
  const rel = (row: number, col: number): string => a1(anchor, row, col);
  const colAbsRowRel = (row: number, col: number): string => a1(anchor, row, col, true, false);
  const rowAbsColRel = (row: number, col: number): string => a1(anchor, row, col, false, true);
  const active = (id: SheetParamId): string => abs(layout.inputs[id].active.row, COL_ACTIVE);
  const yearRange = `${abs(ROW_YEAR, 1)}:${abs(ROW_YEAR, lastYearCol)}`;
  const capexRange = `${abs(ROW_CAPEX_SCHEDULE, 1)}:${abs(ROW_CAPEX_SCHEDULE, lastYearCol)}`;

  // Title and notes.
  put(ROW_TITLE, COL_LABEL, t("title"));
  style(ROW_TITLE, COL_LABEL, 1, 1, "title");
  const notes = [t("illustrative"), t("method"), t("sources"), horizonNote(horizon, lang)];
  ROW_NOTES.forEach((row, i) => put(row, COL_LABEL, notes[i] ?? ""));
  style(ROW_NOTES[0], COL_LABEL, ROW_NOTES.length, 1, "note");

  // Inputs.
  put(ROW_INPUTS_TITLE, COL_LABEL, t("inputs"));
  style(ROW_INPUTS_TITLE, COL_LABEL, 1, 1, "title");
  put(ROW_SWITCH, COL_LABEL, t("switch"));
  put(ROW_SWITCH, 1, chosen);
  put(ROW_SWITCH, 2, t("switchHint"));
  style(ROW_SWITCH, COL_LABEL, 1, 1, "label");
  style(ROW_SWITCH, 1, 1, 1, "input");
  style(ROW_SWITCH, 2, 1, 1, "note");

  put(ROW_PARAM_HEADER, COL_LABEL, t("parameter"));
  for (const c of SCENARIO_CASES) put(ROW_PARAM_HEADER, COL_PRESET[c], c);
  put(ROW_PARAM_HEADER, COL_OVERRIDE, t("override"));
  put(ROW_PARAM_HEADER, COL_ACTIVE, t("active"));
  style(ROW_PARAM_HEADER, COL_LABEL, 1, INPUT_COLS, "header");

  const switchRef = abs(ROW_SWITCH, 1);
  const caseKeys = `${abs(ROW_PARAM_HEADER, COL_PRESET.bear)}:${abs(ROW_PARAM_HEADER, COL_PRESET.bull)}`;
  SHEET_PARAM_IDS.forEach((id, i) => {
    const row = ROW_PARAM_FIRST + i;
    const format = PARAM_FORMATS[id];
    put(row, COL_LABEL, SCENARIO_PARAM_INFO[id].label[lang]);
    for (const c of SCENARIO_CASES) put(row, COL_PRESET[c], SCENARIO_PRESETS[c][id], format);
    const override = overrides[id];
    put(row, COL_OVERRIDE, override === undefined ? null : override, format);
    const presets = `${abs(row, COL_PRESET.bear)}:${abs(row, COL_PRESET.bull)}`;
    const overrideRef = rel(row, COL_OVERRIDE);
    put(
      row,
      COL_ACTIVE,
      `=IF(${overrideRef}="",INDEX(${presets},1,MATCH(${switchRef},${caseKeys},0)),${overrideRef})`,
      format,
    );
  });
  const paramRows = SHEET_PARAM_IDS.length;
  style(ROW_PARAM_FIRST, COL_LABEL, paramRows, 1, "label");
  style(ROW_PARAM_FIRST, COL_PRESET.bear, paramRows, 3, "input");
  style(ROW_PARAM_FIRST, COL_OVERRIDE, paramRows, 1, "input");
  style(ROW_PARAM_FIRST, COL_ACTIVE, paramRows, 1, "calc");

  // Depreciation waterfall: years, capex schedule, one row per vintage.
  put(ROW_CALC_TITLE, COL_LABEL, t("waterfall"));
  style(ROW_CALC_TITLE, COL_LABEL, 1, 1, "title");
  put(ROW_YEAR, COL_LABEL, t("year"));
  put(ROW_CAPEX_SCHEDULE, COL_LABEL, lineItemLabel("capex", lang));
  const life = active("usefulLife");
  for (let col = 1; col <= lastYearCol; col++) {
    const previous = rel(ROW_YEAR, col - 1);
    put(ROW_YEAR, col, col === 1 ? `=${active("startYear")}` : `=${previous}+1`, FORMAT_YEAR);
    const year = rowAbsColRel(ROW_YEAR, col);
    put(
      ROW_CAPEX_SCHEDULE,
      col,
      `=${active("capex")}*(1+${active("capexGrowth")})^(${year}-${active("startYear")})`,
      FORMAT_BILLIONS,
    );
  }
  style(ROW_YEAR, COL_LABEL, 1, 1 + horizon, "header");
  style(ROW_CAPEX_SCHEDULE, COL_LABEL, 1, 1, "label");
  style(ROW_CAPEX_SCHEDULE, 1, 1, horizon, "calc");
  for (let v = 0; v < horizon; v++) {
    const row = ROW_VINTAGE_FIRST + v;
    // The vintage's year, shown as "Vintage 2026" by the number format.
    put(row, COL_LABEL, `=${abs(ROW_YEAR, 1 + v)}`, SCENARIO_SHEET_TEXT.vintageFormat[lang]);
    const vintageYear = colAbsRowRel(row, COL_LABEL);
    const vintageCapex = abs(ROW_CAPEX_SCHEDULE, 1 + v);
    for (let col = 1; col <= lastYearCol; col++) {
      const year = rowAbsColRel(ROW_YEAR, col);
      put(
        row,
        col,
        `=IF(AND(${year}>=${vintageYear},${year}-${vintageYear}<${life}),${vintageCapex}/${life},0)`,
        FORMAT_BILLIONS,
      );
    }
  }
  style(ROW_VINTAGE_FIRST, COL_LABEL, horizon, 1, "label");
  style(ROW_VINTAGE_FIRST, 1, horizon, horizon, "calc");

  // Outputs.
  put(r.outTitle, COL_LABEL, t("outputs"));
  style(r.outTitle, COL_LABEL, 1, 1, "title");
  put(r.outYear, COL_LABEL, t("year"));
  for (let col = 1; col <= lastYearCol; col++) put(r.outYear, col, `=${rowAbsColRel(ROW_YEAR, col)}`, FORMAT_YEAR);
  style(r.outYear, COL_LABEL, 1, 1 + horizon, "header");

  const at = (item: LineItem, col: number): string => rel(r.item[item], col);
  for (const item of LINE_ITEMS) {
    put(r.item[item], COL_LABEL, lineItemLabel(item, lang, true));
    style(r.item[item], COL_LABEL, 1, 1, "label");
    style(r.item[item], 1, 1, horizon, KEY_OUTPUTS.has(item) ? "output" : "calc");
  }
  for (let col = 1; col <= lastYearCol; col++) {
    const first = col === 1;
    const prev = col - 1;
    const year = rowAbsColRel(ROW_YEAR, col);
    const formulas: Record<LineItem, string> = {
      capex: `=${rel(ROW_CAPEX_SCHEDULE, col)}`,
      depreciation: `=SUM(${rel(ROW_VINTAGE_FIRST, col)}:${rel(r.vintageLast, col)})`,
      net_ppe: first
        ? `=${at("capex", col)}-${at("depreciation", col)}`
        : `=${at("net_ppe", prev)}+${at("capex", col)}-${at("depreciation", col)}`,
      // Capex in service: vintages bought 1 … L years before this year.
      revenue: `=${active("revenueYield")}*SUMIFS(${capexRange},${yearRange},">="&(${year}-${life}),${yearRange},"<="&(${year}-1))`,
      ebitda: `=${active("ebitdaMargin")}*${at("revenue", col)}`,
      ebit: `=${at("ebitda", col)}-${at("depreciation", col)}`,
      nopat: `=${at("ebit", col)}*(1-${active("taxRate")})`,
      fcf: `=${at("nopat", col)}+${at("depreciation", col)}-${at("capex", col)}`,
      cumulative_fcf: first ? `=${at("fcf", col)}` : `=${at("cumulative_fcf", prev)}+${at("fcf", col)}`,
      roic: ((): string => {
        const average = `AVERAGE(${first ? "0" : at("net_ppe", prev)},${at("net_ppe", col)})`;
        return `=IF(${average}=0,0,${at("nopat", col)}/${average})`;
      })(),
    };
    for (const item of LINE_ITEMS)
      put(r.item[item], col, formulas[item], item === "roic" ? FORMAT_PERCENT : FORMAT_BILLIONS);
    // The engine's payback rule (scenario.ts): positive beyond PAYBACK_TOLERANCE × the largest capex.
    put(
      r.paid,
      col,
      `=IF(${at("cumulative_fcf", col)}>${PAYBACK_TOLERANCE.toFixed(9)}*MAX(${capexRange}),${rel(r.outYear, col)},"")`,
      FORMAT_YEAR,
    );
  }
  put(r.paid, COL_LABEL, t("paid"));
  style(r.paid, COL_LABEL, 1, 1, "note");
  style(r.paid, 1, 1, horizon, "calc");
  const paidRange = `${rel(r.paid, 1)}:${rel(r.paid, lastYearCol)}`;
  put(r.payback, COL_LABEL, t("payback"));
  put(r.payback, 1, `=IF(COUNT(${paidRange})=0,"${t("beyond")}",MIN(${paidRange}))`, FORMAT_YEAR);
  style(r.payback, COL_LABEL, 1, 1, "label");
  style(r.payback, 1, 1, 1, "output");

  // Valuation: Excel's own NPV and IRR of the FCF row.
  const fcfRange = `${abs(r.item.fcf, 1)}:${abs(r.item.fcf, lastYearCol)}`;
  const rate = active("discountRate");
  // FCF within the payback tolerance of zero has no sign (valuation.ts), so IRR is asked only of a
  // row that changes sign. Excel's IRR starts its Newton iteration at 10% and gives up (#NUM!) on
  // a deeply negative rate such as the 5-year bull case's −88%: guesses of −50% and −90% follow.
  // The plan's FCF changes sign once (capex first, returns after), so it has one rate, whichever
  // guess finds it.
  const noise = `${PAYBACK_TOLERANCE.toFixed(9)}*MAX(${capexRange})`;
  put(r.valuationTitle, COL_LABEL, t("valuation"));
  style(r.valuationTitle, COL_LABEL, 1, 1, "title");
  put(r.npv, COL_LABEL, t("npv"));
  put(r.npv, 1, `=NPV(${rate},${fcfRange})`, FORMAT_BILLIONS);
  put(r.irr, COL_LABEL, t("irr"));
  put(
    r.irr,
    1,
    `=IF(OR(MAX(${fcfRange})<=${noise},MIN(${fcfRange})>=-${noise}),"${t("noIrr")}",IFERROR(IRR(${fcfRange}),IFERROR(IRR(${fcfRange},-0.5),IRR(${fcfRange},-0.9))))`,
    FORMAT_PERCENT,
  );
  style(r.npv, COL_LABEL, 2, 1, "label");
  style(r.npv, 1, 2, 1, "output");

  // Sensitivity: headers around the active life and yield, then NPV(L, y) from the helper rows.
  put(r.gridTitle, COL_LABEL, t("grid"));
  style(r.gridTitle, COL_LABEL, 1, 1, "title");
  put(r.gridNote, COL_LABEL, t("gridNote"));
  style(r.gridNote, COL_LABEL, 1, 1, "note");
  put(r.gridHeader, COL_LABEL, t("gridCorner"));
  const half = (SENSITIVITY_SIDE - 1) / 2;
  const lifeMax = SCENARIO_PARAM_INFO.usefulLife.bounds.max;
  const lifeMin = SCENARIO_PARAM_INFO.usefulLife.bounds.min;
  const yieldMax = SCENARIO_PARAM_INFO.revenueYield.bounds.max;
  const yieldMin = SCENARIO_PARAM_INFO.revenueYield.bounds.min;
  const firstLife = abs(r.gridFirst, COL_LABEL);
  const firstYield = abs(r.gridHeader, 1);
  const yieldSpan = YIELD_STEP * (SENSITIVITY_SIDE - 1);
  for (let j = 0; j < SENSITIVITY_SIDE; j++) {
    put(
      r.gridHeader,
      1 + j,
      j === 0
        ? `=MIN(MAX(${active("revenueYield")}-${YIELD_STEP * half},${yieldMin}),${Number((yieldMax - yieldSpan).toFixed(10))})`
        : `=${firstYield}+${Number((YIELD_STEP * j).toFixed(10))}`,
      PARAM_FORMATS.revenueYield,
    );
  }
  style(r.gridHeader, COL_LABEL, 1, 1 + SENSITIVITY_SIDE, "header");
  const pv = (row: number): string => `NPV(${rate},${abs(row, 1)}:${abs(row, lastYearCol)})`;
  const capexPv = `NPV(${rate},${capexRange})`;
  const afterTax = `${active("ebitdaMargin")}*(1-${active("taxRate")})`;
  for (let k = 0; k < SENSITIVITY_SIDE; k++) {
    const row = r.gridFirst + k;
    put(
      row,
      COL_LABEL,
      k === 0
        ? `=MIN(MAX(${life}-${LIFE_STEP * half},${lifeMin}),${lifeMax - LIFE_STEP * (SENSITIVITY_SIDE - 1)})`
        : `=${firstLife}+${LIFE_STEP * k}`,
      "0",
    );
    const inService = r.helperFirst + 2 * k;
    const charge = inService + 1;
    for (let j = 0; j < SENSITIVITY_SIDE; j++) {
      const yieldRef = abs(r.gridHeader, 1 + j);
      put(
        row,
        1 + j,
        `=${afterTax}*${yieldRef}*${pv(inService)}+${active("taxRate")}*${pv(charge)}-${capexPv}`,
        FORMAT_BILLIONS,
      );
    }
    // Helper rows for this life: capex in service (as the revenue row) and depreciation.
    const lifeRef = abs(row, COL_LABEL);
    put(inService, COL_LABEL, `=${lifeRef}`, SCENARIO_SHEET_TEXT.inServiceFormat[lang]);
    put(charge, COL_LABEL, `=${lifeRef}`, SCENARIO_SHEET_TEXT.depreciationFormat[lang]);
    for (let col = 1; col <= lastYearCol; col++) {
      const year = rowAbsColRel(ROW_YEAR, col);
      put(
        inService,
        col,
        `=SUMIFS(${capexRange},${yearRange},">="&(${year}-${lifeRef}),${yearRange},"<="&(${year}-1))`,
        FORMAT_BILLIONS,
      );
      put(
        charge,
        col,
        `=SUMIFS(${capexRange},${yearRange},">"&(${year}-${lifeRef}),${yearRange},"<="&${year})/${lifeRef}`,
        FORMAT_BILLIONS,
      );
    }
  }
  style(r.gridFirst, COL_LABEL, SENSITIVITY_SIDE, 1, "header");
  style(r.gridFirst, 1, SENSITIVITY_SIDE, SENSITIVITY_SIDE, "output");
  put(r.helperTitle, COL_LABEL, t("helpers"));
  style(r.helperTitle, COL_LABEL, 1, 1, "note");
  style(r.helperFirst, COL_LABEL, 2 * SENSITIVITY_SIDE, 1, "label");
  style(r.helperFirst, 1, 2 * SENSITIVITY_SIDE, horizon, "calc");

  const chart: ChartSpec = {
    title: t("chart"),
    kind: "columnClustered",
    categoriesRow: r.outYear,
    firstCol: 1,
    lastCol: lastYearCol,
    series: [
      { name: lineItemLabel("capex", lang), row: r.item.capex, kind: "column" },
      { name: lineItemLabel("fcf", lang), row: r.item.fcf, kind: "column" },
    ],
    valueAxisTitle: t("money"),
    categoryAxisTitle: t("year"),
  };

  return {
    sheetName: t("sheetName"),
    lang,
    cells,
    numberFormats: formats,
    styles,
    charts: [chart],
    validations: [{ row: ROW_SWITCH, col: 1, options: [...SCENARIO_CASES] }],
    colorScales: [{ row: r.gridFirst, col: 1, rows: SENSITIVITY_SIDE, cols: SENSITIVITY_SIDE }],
    columnWidths: Array.from({ length: width }, (_, col) => (col === COL_LABEL ? 300 : 72)),
    formulaAnchor: { row: anchor.row, col: anchor.col },
  };
}
