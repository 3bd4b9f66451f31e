/**
 * Why one file of over 2,000 lines: the browser tests load it, transpiled as one plain script with
 * no imports (test/browser/harness.ts), under the scripted Excel host of a page; a split would
 * need a bundler in the tests. Its sections follow the RULE headings, one per documented behaviour.
 *
 * A small typed fake of the Excel JavaScript API: just the objects the add-in uses, with Office.js's
 * batching rules (writes are queued and applied at `context.sync()`, properties read only after
 * `load()` and a sync) and a sync counter. Used by the Jest writer tests and, transpiled as a plain
 * script, as the scripted Excel host of the browser tests. It has no imports on purpose.
 *
 * A test double is a claim about Excel: every rule it enforces is written next to the Microsoft page
 * it comes from, under a "RULE" heading, and test/taskpane/fake-excel.test.ts shows each one failing
 * what Excel would fail. Where Excel's behaviour is not documented, the rule says so.
 */

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  formula: FakeScalar; // "=..." for a formula, else the constant ("" when empty)
  value: FakeScalar; // what Excel would show; formulas are evaluated by the host's evaluator
  numberFormat: string;
  /** The value is an error (#N/A, #NAME?, #SPILL!…), not the text. */
  error?: boolean;
  /** Entered with a leading apostrophe: text, the apostrophe not part of the value. */
  quotePrefix?: boolean;
  fontColor?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  validation?: string;
  /** Set on the anchor of a dynamic-array formula: the size of the block it spills. */
  spill?: { rows: number; cols: number };
  /** Set on the cells a dynamic array spilled into: "row,col" of its anchor. */
  spilledFrom?: string;
}

/** Excel.TableScopedCollection as Range.getTables answers it: the tables' names. */
export interface FakeTableScope {
  load(properties?: string): FakeTableScope;
  readonly items: { name: string }[];
}

/** Excel.CellProperties as the double answers getCellProperties (the font and fill it keeps). */
export interface FakeCellProperties {
  format: {
    font: { color: string; bold: boolean; italic: boolean };
    fill: { color: string; pattern: string };
  };
}

/** Excel.SettableCellProperties as the double applies them. */
export interface FakeSettableCellProperties {
  format?: {
    font?: { color?: string; bold?: boolean; italic?: boolean };
    fill?: { color?: string };
  };
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
  showFilterButton?: boolean;
}

export interface FakeDefinedName {
  name: string;
  formula: string;
}

export interface FakeChartSeries {
  name: string;
  /** Series.format.fill.clear(): no fill (a stacked waterfall's invisible base). */
  noFill?: boolean;
  /** Series.format.fill.setSolidColor(color): the colour as given. */
  fill?: string;
  values?: string;
  xValues?: string;
  chartType?: string;
  axisGroup?: string;
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  title: string;
  series: FakeChartSeries[];
  axisTitles: Record<string, string>;
  /** ChartAxis.tickLabelPosition by axis ("category", "value"), where set. */
  tickLabelPositions?: Record<string, string>;
  legendVisible?: boolean;
  legend?: string;
  position?: [string, string];
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>; // key "row,col" (0-based), sparse: a 6-million-cell sheet holds only its filled cells
  columnWidths: Map<number, number>;
  /** Range.conditionalFormats.add(...) results, in the order added (absent until one is added). */
  conditionalFormats?: FakeConditionalFormat[];
}

/** A colour-scale criterion as Excel.ConditionalColorScaleCriterion describes it. */
export interface FakeColorCriterion {
  type: string;
  formula?: string | null;
  color?: string;
}

export interface FakeConditionalFormat {
  row: number;
  col: number;
  rows: number;
  cols: number;
  type: string;
  criteria?: { minimum: FakeColorCriterion; midpoint?: FakeColorCriterion; maximum: FakeColorCriterion };
  /** True when the criteria have a midpoint (Excel.ColorScaleConditionalFormat.threeColorScale). */
  threeColorScale?: boolean;
}

export interface FakeArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What a formula shows: a value, or a matrix that spills from the formula's cell. */
export type FormulaResult = FakeScalar | FakeScalar[][];

/**
 * Evaluates a formula for `values` (the browser host routes AMZN.* to the registered functions).
 * A matrix result spills from the formula's cell, as a dynamic array does in Excel. A custom
 * function may answer later (RULE asynchronous results).
 */
export type FormulaEvaluator = (formula: string) => FormulaResult | PromiseLike<FormulaResult>;

/**
 * A non-English Excel (see RULE "localized formulas"): the AMZN functions' local names, the
 * separators of `formulasLocal`, and whether `range.formulas` resolves the invariant (English)
 * names of custom functions, which Microsoft does not document (OfficeDev/office-js issue 891
 * reports it does not in German Excel).
 */
export interface FakeLocale {
  readonly language: string; // e.g. "fr-FR"
  readonly decimalSeparator: string;
  readonly listSeparator: string;
  /**
   * Between the items of an array constant's row in `formulasLocal` (RULE unparsable formulas).
   * Absent: "." where the decimal separator is ",", else ",". Set it to simulate an Excel whose
   * setting differs ("\\" in Estonian, "/" in Turkish: src/core/formula/style.ts).
   */
  readonly arrayColumnSeparator?: string;
  /** invariant id -> local name, e.g. REVENUE -> CHIFFRE_AFFAIRES */
  readonly amznNames: Readonly<Record<string, string>>;
  readonly invariantCustomNamesResolve: boolean;
}

export interface FakeLimits {
  /** Cells one range read may return (docs: five million). */
  maxCellsPerRead: number;
  /** Bytes of one request or response (docs: 5 MB on the web). */
  maxPayloadBytes: number;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: { sheet: string; row: number; col: number; rows: number; cols: number };
  /** Set when the user selected several areas (Ctrl+click); `selection` is then the first. */
  selectionAreas?: FakeArea[];
  tables: FakeTable[];
  /** Workbook-scoped defined names (Formulas > Name Manager). */
  names: FakeDefinedName[];
  charts: FakeChart[];
  /**
   * The host's highest ExcelApi requirement set, for what the API accepts (absent: the newest).
   * RULE "chart types": Excel.ChartType's "Waterfall", "Treemap", "Sunburst", "Histogram",
   * "Boxwhisker", "Pareto", "Funnel" and "RegionMap" are "[Api set: ExcelApi 1.9]"
   * (https://learn.microsoft.com/javascript/api/excel/excel.charttype); a host without 1.9 refuses
   * them, and an unknown type is refused everywhere.
   */
  excelApi?: number;
  syncCount: number;
  /** Syncs that failed (the batch raised an error). */
  failedSyncs: number;
  /** The most bytes a sync that ran sent and answered (RULE payload limit weighs them), for tests to report. */
  heaviestSync?: { request: number; response: number };
  evaluate: FormulaEvaluator;
  /** Workbook.onSelectionChanged handlers; `selectCells` calls them, as Excel does. */
  selectionHandlers: (() => unknown)[];
  limits: FakeLimits;
  locale?: FakeLocale;
  /** Test hook: the next sync fails at its n-th queued command (1-based), as Excel would on a bad one. */
  failAtCommand?: number;
  /**
   * Test hook: each sync answers after this many milliseconds, as Excel on the web does over the
   * network ("Office.js round trips are expensive"); the pane's busy state is visible meanwhile.
   */
  syncLatencyMs?: number;
  /** Application.calculate calls applied (at sync, like every queued command), by calculation type. */
  calculations?: string[];
  /** Workbook.customXmlParts (ExcelApi 1.5): the parts stored in the file, in the order added. */
  customXmlParts?: FakeCustomXmlPartData[];
}

/** A custom XML part as the file stores it: its id and its XML. */
export interface FakeCustomXmlPartData {
  id: string;
  xml: string;
}

/** The error `context.sync()` rejects with (OfficeExtension.Error: name, code, message, traceMessages). */
export class FakeOfficeError extends Error {
  traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class PropertyNotLoadedError extends FakeOfficeError {
  constructor(message: string) {
    super("PropertyNotLoaded", message);
  }
}

function letters(index: number): string {
  let text = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function parseColumn(text: string): number {
  let index = 0;
  for (const char of text.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** "B3" or "B3:D7" (optionally "Sheet1!B3") -> 0-based row, col, rows, cols. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [start, end = start] = local.replace(/\$/g, "").split(":");
  const parse = (ref: string | undefined): [number, number] => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(ref ?? "");
    if (!match) throw new Error(`fake Excel: unsupported address ${address}`);
    return [Number(match[2]) - 1, parseColumn(match[1] ?? "A")];
  };
  const [row, col] = parse(start);
  const [lastRow, lastCol] = parse(end);
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function rangeAddress(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const first = `${letters(col)}${row + 1}`;
  const last = `${letters(col + cols - 1)}${row + rows}`;
  return `${quoted}!${rows === 1 && cols === 1 ? first : `${first}:${last}`}`;
}

const emptyCell = (): FakeCell => ({ formula: "", value: "", numberFormat: "General" });

export function newSheet(name: string): FakeSheet {
  return { name, cells: new Map(), columnWidths: new Map() };
}

export function createWorkbookState(evaluate: FormulaEvaluator = () => 0): FakeWorkbookState {
  return {
    sheets: [newSheet("Sheet1")],
    activeSheet: "Sheet1",
    selection: { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 },
    tables: [],
    names: [],
    charts: [],
    syncCount: 0,
    failedSyncs: 0,
    evaluate,
    selectionHandlers: [],
    limits: { maxCellsPerRead: 5_000_000, maxPayloadBytes: 5 * 1024 * 1024 },
  };
}

/** The user selects cells: the selection moves and the selection-changed handlers run. */
export function selectCells(
  state: FakeWorkbookState,
  sheet: string,
  row: number,
  col: number,
  rows = 1,
  cols = 1,
): void {
  state.activeSheet = sheet;
  state.selection = { sheet, row, col, rows, cols };
  delete state.selectionAreas;
  for (const handler of state.selectionHandlers) void handler();
}

/** The user selects several areas on one sheet (Ctrl+click). */
export function selectAreas(state: FakeWorkbookState, sheet: string, areas: FakeArea[]): void {
  const first = areas[0];
  if (!first) throw new Error("fake Excel: no area");
  selectCells(state, sheet, first.row, first.col, first.rows, first.cols);
  state.selectionAreas = areas.map((area) => ({ ...area }));
}

export function getSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = state.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `fake Excel: no sheet ${name}`);
  return sheet;
}

export function cellAt(state: FakeWorkbookState, sheetName: string, row: number, col: number): FakeCell {
  const sheet = getSheet(state, sheetName);
  const key = `${row},${col}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

function peekCell(state: FakeWorkbookState, sheetName: string, row: number, col: number): FakeCell | undefined {
  return getSheet(state, sheetName).cells.get(`${row},${col}`);
}

/** Nothing in the cell: no content, no format of its own. */
function isBare(cell: FakeCell): boolean {
  return (
    cell.formula === "" &&
    cell.numberFormat === "General" &&
    !cell.fontColor &&
    !cell.fill &&
    cell.bold === undefined &&
    cell.italic === undefined &&
    !cell.validation
  );
}

function isFilled(cell: FakeCell | undefined): boolean {
  return cell !== undefined && cell.formula !== "";
}

function intersects(a: FakeArea, b: FakeArea): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function tablesAt(state: FakeWorkbookState, sheetName: string, area: FakeArea): FakeTable[] {
  return state.tables.filter(
    (table) => table.sheet.toLowerCase() === sheetName.toLowerCase() && intersects(parseAddress(table.address), area),
  );
}

// ---------------------------------------------------------------------------------------------
// RULE write-time coercion.
// Source: Excel.Range.values (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula", and strings are parsed as a user's entry would be (numbers,
// percentages, dates, TRUE/FALSE), see also OfficeDev/office-js issue 3256. The same parsing
// applies to `formulas`. Two documented ways keep a string as text: the cell is formatted as Text
// ("@") before the entry (support.microsoft.com "Format numbers as text",
// https://support.microsoft.com/office/583160db-9f0d-4e43-8f1d-ad7b4a91c9ef), or the entry starts
// with an apostrophe, which is not part of the value ("Keeping leading zeros and large numbers",
// https://support.microsoft.com/office/1bf7b935-36e1-4985-842f-5dfa51f85fe7). Reading `formulas`
// of an apostrophe-prefixed cell gives the text without the apostrophe (OfficeDev/office-js issue 6687).

const EXCEL_ERRORS = [
  "#N/A",
  "#NAME?",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel's date serial (1900 system) of a day. */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A number, percentage or date as an en-US (invariant) entry, or undefined for anything else. */
function parseEntryNumber(text: string): { value: number; format?: string } | undefined {
  const trimmed = text.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/.test(trimmed)) {
    return { value: Number(trimmed.replace(/,/g, "")) };
  }
  const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])), format: "yyyy-mm-dd" };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(trimmed);
  if (us && Number(us[1]) <= 12 && Number(us[2]) <= 31) {
    const year = Number(us[3]) < 100 ? 2000 + Number(us[3]) : Number(us[3]);
    return { value: dateSerial(year, Number(us[1]), Number(us[2])), format: "m/d/yyyy" };
  }
  const monthYear = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(trimmed);
  const month = monthYear ? MONTHS.indexOf((monthYear[1] ?? "").slice(0, 3).toLowerCase()) : -1;
  if (monthYear && month >= 0) return { value: dateSerial(Number(monthYear[2]), month + 1, 1), format: "mmm-yy" };
  return undefined;
}

/** Rough syntax check of a formula's text: balanced quotes and parentheses, no top-level comma. */
function formulaSyntaxError(formula: string): string | undefined {
  let depth = 0;
  let quoted = false;
  const body = formula.slice(1);
  if (body.trim() === "") return "empty formula";
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    if (quoted) continue;
    if (char === "(" || char === "{") depth++;
    if (char === ")" || char === "}") depth--;
    if (depth < 0) return "unbalanced parentheses";
    if (char === "," && depth === 0) return "a comma outside a function's arguments";
  }
  if (quoted) return "an unterminated string";
  if (depth !== 0) return "unbalanced parentheses";
  if (/[+\-*/^&=<>]$/.test(body.trim())) return "an operator without an operand";
  // RULE unparsable formulas: an array constant holds constants only.
  return convertFormula(formula, INVARIANT_SEPARATORS, INVARIANT_SEPARATORS).problem;
}

interface Entry {
  /** What `formulas` reads back. */
  formula: FakeScalar;
  /** For a formula: undefined (to be evaluated). */
  value?: FakeScalar;
  error?: boolean;
  quotePrefix?: boolean;
  /** Number format Excel applies for a typed percentage or date in a General cell. */
  format?: string;
}

/** What Excel stores for an entry written through `values` or `formulas` into a cell with `numberFormat`. */
export function coerceEntry(input: FakeScalar, numberFormat: string): Entry {
  if (typeof input !== "string") return { formula: input, value: input };
  if (input === "") return { formula: "", value: "" };
  if (numberFormat === "@") return { formula: input, value: input };
  if (input.startsWith("'")) return { formula: input.slice(1), value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=")) {
    const problem = formulaSyntaxError(input);
    if (problem) throw new FakeOfficeError("InvalidArgument", `The formula ${input} is not valid: ${problem}.`);
    return { formula: input };
  }
  if (input.startsWith("+") || input.startsWith("-")) {
    // Interpreted as a formula: "+11%" is =+11%, "-5" is -5; anything else must parse as one.
    const number = parseEntryNumber(input.startsWith("+") ? input.slice(1) : input);
    if (number && input.startsWith("-")) return { formula: number.value, value: number.value, format: number.format };
    if (number) return { formula: `=${input}`, value: number.value, format: number.format };
    const formula = `=${input}`;
    const problem = formulaSyntaxError(formula);
    if (problem) throw new FakeOfficeError("InvalidArgument", `The entry ${input} is read as a formula: ${problem}.`);
    return { formula };
  }
  const number = parseEntryNumber(input);
  if (number) return { formula: number.value, value: number.value, format: number.format };
  if (/^(true|false)$/i.test(input)) {
    const flag = input.toLowerCase() === "true";
    return { formula: flag, value: flag };
  }
  const upper = input.toUpperCase();
  if (EXCEL_ERRORS.includes(upper)) return { formula: upper, value: upper, error: true };
  return { formula: input, value: input };
}

// ---------------------------------------------------------------------------------------------
// RULE #SPILL!.
// Source: "#SPILL! error" (https://support.microsoft.com/office/ffe0f555-b479-4a17-a6e2-ef9cc9ad4023):
// a dynamic array shows #SPILL! when its spill range is not blank or lies in a table ("Spilled array
// formulas aren't supported in Excel tables"); nothing in the spill range is overwritten. Writing
// into a cell a formula spilled into makes the anchor #SPILL!.

function clearSpill(state: FakeWorkbookState, sheetName: string, row: number, col: number): void {
  const anchor = peekCell(state, sheetName, row, col);
  if (!anchor?.spill) return;
  const key = `${row},${col}`;
  for (let r = 0; r < anchor.spill.rows; r++)
    for (let c = 0; c < anchor.spill.cols; c++) {
      if (r === 0 && c === 0) continue;
      const spilled = peekCell(state, sheetName, row + r, col + c);
      if (spilled?.spilledFrom !== key) continue;
      // The spilled value goes; the cell's own formats stay (they belong to the cell, not the spill).
      spilled.formula = "";
      spilled.value = "";
      delete spilled.spilledFrom;
      if (isBare(spilled)) getSheet(state, sheetName).cells.delete(`${row + r},${col + c}`);
    }
  delete anchor.spill;
}

function spillBlocked(
  state: FakeWorkbookState,
  sheetName: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): boolean {
  const area = { row, col, rows, cols };
  if (tablesAt(state, sheetName, area).length > 0) return true;
  const key = `${row},${col}`;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (r === 0 && c === 0) continue;
      const cell = peekCell(state, sheetName, row + r, col + c);
      if (isFilled(cell) && cell?.spilledFrom !== key) return true;
    }
  return false;
}

// ---------------------------------------------------------------------------------------------
// RULE asynchronous results.
// Source: "Batch custom function calls for a remote service"
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-batching): a custom
// function may return a Promise, and Excel writes the value it resolves to; until then the cell
// shows #BUSY! (Microsoft Support, "How to correct a #BUSY! error"). A cell whose formula changed
// meanwhile keeps its new formula's result; a rejected promise shows #VALUE!.

function isPending(result: FormulaResult | PromiseLike<FormulaResult>): result is PromiseLike<FormulaResult> {
  return typeof result === "object" && result !== null && "then" in result && typeof result.then === "function";
}

/** Evaluates the formula in a cell (a matrix result spills, or shows #SPILL!; a promise, #BUSY! first). */
function calculate(state: FakeWorkbookState, sheetName: string, row: number, col: number): void {
  const cell = cellAt(state, sheetName, row, col);
  if (typeof cell.formula !== "string" || !cell.formula.startsWith("=")) return;
  clearSpill(state, sheetName, row, col);
  const formula = cell.formula;
  const result = state.evaluate(formula);
  if (!isPending(result)) {
    showResult(state, sheetName, row, col, result);
    return;
  }
  cell.value = "#BUSY!";
  cell.error = true;
  const stillThere = (): boolean => peekCell(state, sheetName, row, col)?.formula === formula;
  result.then(
    (settled) => {
      if (stillThere()) showResult(state, sheetName, row, col, settled);
    },
    () => {
      if (stillThere()) showResult(state, sheetName, row, col, "#VALUE!");
    },
  );
}

function showResult(
  state: FakeWorkbookState,
  sheetName: string,
  row: number,
  col: number,
  result: FormulaResult,
): void {
  const cell = cellAt(state, sheetName, row, col);
  if (!Array.isArray(result)) {
    cell.value = result;
    cell.error = typeof result === "string" && EXCEL_ERRORS.includes(result);
    return;
  }
  const rows = result.length;
  const cols = result[0]?.length ?? 1;
  if ((rows > 1 || cols > 1) && spillBlocked(state, sheetName, row, col, rows, cols)) {
    cell.value = "#SPILL!";
    cell.error = true;
    return;
  }
  cell.value = result[0]?.[0] ?? "";
  cell.error = typeof cell.value === "string" && EXCEL_ERRORS.includes(cell.value);
  cell.spill = { rows, cols };
  const key = `${row},${col}`;
  result.forEach((line, r) =>
    line.forEach((value, c) => {
      if (r === 0 && c === 0) return;
      const spilled = cellAt(state, sheetName, row + r, col + c);
      // Office.js reports a spilled cell's value as its formula.
      spilled.formula = value;
      spilled.value = value;
      spilled.spilledFrom = key;
    }),
  );
}

/**
 * Puts a constant or a formula in a cell as Excel would (RULE write-time coercion), then calculates
 * it (RULE #SPILL!). `unresolvedName`: the formula names a function this Excel does not resolve
 * (RULE localized formulas): it shows #NAME? and nothing is called.
 */
export function enterInput(
  state: FakeWorkbookState,
  sheetName: string,
  row: number,
  col: number,
  input: FakeScalar,
  unresolvedName = false,
): void {
  const cell = cellAt(state, sheetName, row, col);
  const entry = coerceEntry(input, cell.numberFormat);
  if (cell.spilledFrom !== undefined) {
    // Typing over a spilled cell blocks the anchor's spill.
    const [anchorRow = 0, anchorCol = 0] = cell.spilledFrom.split(",").map(Number);
    delete cell.spilledFrom;
    const anchor = peekCell(state, sheetName, anchorRow, anchorCol);
    clearSpill(state, sheetName, anchorRow, anchorCol);
    if (anchor) {
      anchor.value = "#SPILL!";
      anchor.error = true;
    }
  }
  clearSpill(state, sheetName, row, col);
  cell.formula = entry.formula;
  cell.value = entry.value ?? "";
  cell.error = entry.error === true;
  if (entry.quotePrefix) cell.quotePrefix = true;
  else delete cell.quotePrefix;
  if (entry.format && cell.numberFormat === "General") cell.numberFormat = entry.format;
  if (entry.value === undefined && unresolvedName) {
    cell.value = "#NAME?";
    cell.error = true;
  } else if (entry.value === undefined) calculate(state, sheetName, row, col);
  if (isBare(cell) && !cell.spill) getSheet(state, sheetName).cells.delete(`${row},${col}`);
}

/** Sets cells as a user typing them would (test set-up, not through the API). */
export function fillCells(state: FakeWorkbookState, sheetName: string, address: string, grid: FakeScalar[][]): void {
  const { row, col } = parseAddress(address);
  grid.forEach((line, r) => line.forEach((input, c) => enterInput(state, sheetName, row + r, col + c, input)));
}

// ---------------------------------------------------------------------------------------------
// RULE localized formulas.
// Source: Excel.Range.formulasLocal (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulaslocal-member):
// "in the user's language and number-formatting locale" ("=SUM(A1, 1.5)" is "=SUMME(A1; 1,5)" in
// German); `formulas` is the invariant (English) form. Custom functions show their localized
// `name` (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming). Whether
// `formulas` accepts a custom function's invariant name in a non-English Excel is not documented:
// FakeLocale.invariantCustomNamesResolve chooses (false: #NAME?, as OfficeDev/office-js issue 891
// reports).

function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : map(part)))
    .join("");
}

// Array constants: columns are separated by "," and rows by ";" in the invariant form; where the
// decimal separator is ",", Excel separates columns with "." instead and keeps ";" between rows
// (Daniel Rentz's survey of Excel's formula separators across locales,
// https://www.mail-archive.com/dev@sc.openoffice.org/msg01565.html; Microsoft documents no table).
// Each installation may set its own (FakeLocale.arrayColumnSeparator).

// RULE unparsable formulas.
// A formula Excel cannot parse, written through `formulas` (coerceEntry) or `formulasLocal`, fails
// the sync with InvalidArgument, "The argument is invalid or missing or has an incorrect format."
// (the code table of "Error handling with the application-specific JavaScript APIs",
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
// Microsoft's Advanced Formula Environment team reports that refusal for a formula with a syntax
// error or with argument separators its locale does not use, and that the error does not say which
// formula it was (github.com/microsoft/advanced-formula-environment issues 16 and 58). The commands
// queued before it have run, those after it have not (RULE no rollback).
// An array constant holds constants only: numbers (a sign allowed), "text", TRUE/FALSE and error
// values, in rows of equal length (ECMA-376, the formula grammar's "Constants", array-constant:
// https://c-rex.net/samples/ooxml/e1/Part4/OOXML_P4_DOCX_Constants_topic_ID0EZ2DCB.html); a number
// is read in the locale's decimal, so an item holding any other separator is refused, never read
// as another number. Booleans and error values are modelled in their English spelling only.

interface FakeSeparators {
  readonly list: string;
  readonly decimal: string;
  readonly column: string;
  readonly row: string;
}

const INVARIANT_SEPARATORS: FakeSeparators = { list: ",", decimal: ".", column: ",", row: ";" };

function localSeparators(locale: FakeLocale): FakeSeparators {
  return {
    list: locale.listSeparator,
    decimal: locale.decimalSeparator,
    column: locale.arrayColumnSeparator ?? (locale.decimalSeparator === "," ? "." : ","),
    row: ";",
  };
}

type Segment = { kind: "string" | "array" | "code"; text: string };

/** The formula cut into string literals, array constants (braces included) and the code between. */
function formulaSegments(formula: string): Segment[] {
  const segments: Segment[] = [];
  let code = "";
  let i = 0;
  const literalEnd = (from: number): number => {
    let j = from + 1;
    while (j < formula.length) {
      if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
      else if (formula[j] === '"') return j + 1;
      else j++;
    }
    return formula.length;
  };
  const flush = (): void => {
    if (code) segments.push({ kind: "code", text: code });
    code = "";
  };
  while (i < formula.length) {
    const char = formula.charAt(i);
    if (char === '"') {
      flush();
      const end = literalEnd(i);
      segments.push({ kind: "string", text: formula.slice(i, end) });
      i = end;
    } else if (char === "{") {
      flush();
      let j = i + 1;
      while (j < formula.length && formula[j] !== "}") j = formula[j] === '"' ? literalEnd(j) : j + 1;
      segments.push({ kind: "array", text: formula.slice(i, Math.min(j + 1, formula.length)) });
      i = j + 1;
    } else {
      code += char;
      i++;
    }
  }
  flush();
  return segments;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One array constant from `from`'s separators to `to`'s, or the reason Excel refuses it. */
function convertArray(array: string, from: FakeSeparators, to: FakeSeparators): { text: string; problem?: string } {
  const body = array.slice(1, array.endsWith("}") ? -1 : undefined);
  const rows: string[][] = [[""]];
  for (let i = 0; i < body.length;) {
    const row = rows[rows.length - 1] as string[];
    const char = body.charAt(i);
    if (char === '"') {
      let j = i + 1;
      while (j < body.length && !(body[j] === '"' && body[j + 1] !== '"')) j += body[j] === '"' ? 2 : 1;
      row[row.length - 1] += body.slice(i, j + 1);
      i = j + 1;
    } else if (char === from.row) {
      rows.push([""]);
      i++;
    } else if (char === from.column) {
      row.push("");
      i++;
    } else {
      row[row.length - 1] += char;
      i++;
    }
  }
  const number = new RegExp(
    `^[+-]?(\\d+(${escapeRegExp(from.decimal)}\\d*)?|${escapeRegExp(from.decimal)}\\d+)([eE][+-]?\\d+)?$`,
  );
  let problem: string | undefined = array.endsWith("}") ? undefined : "an array constant without its closing brace";
  if (rows.some((row) => row.length !== rows[0]?.length)) problem ??= "rows of unequal length in an array constant";
  const converted = rows.map((row) =>
    row
      .map((item) => {
        if (/^"(?:[^"]|"")*"$/.test(item) || /^(TRUE|FALSE)$/i.test(item) || EXCEL_ERRORS.includes(item.toUpperCase()))
          return item;
        if (number.test(item)) return item.replace(from.decimal, to.decimal);
        problem ??= `'${item}' is not a constant of an array`;
        return item;
      })
      .join(to.column),
  );
  return { text: `{${converted.join(to.row)}}`, problem };
}

/** The code between strings and arrays: argument separators and decimal points (between digits). */
function convertCode(code: string, from: FakeSeparators, to: FakeSeparators): string {
  let text = "";
  for (let i = 0; i < code.length; i++) {
    const char = code.charAt(i);
    const betweenDigits = /\d/.test(code.charAt(i - 1)) && /\d/.test(code.charAt(i + 1));
    if (char === from.list) text += to.list;
    else if (char === from.decimal && betweenDigits) text += to.decimal;
    else text += char;
  }
  return text;
}

/**
 * A formula from one spelling to another: separators, and AMZN names through `rename` (undefined:
 * a name this Excel does not know). `problem` says why Excel would refuse it.
 */
function convertFormula(
  formula: string,
  from: FakeSeparators,
  to: FakeSeparators,
  rename: (name: string) => string | undefined = (name) => name,
): { formula: string; unknownName: boolean; problem?: string } {
  let unknownName = false;
  let problem: string | undefined;
  const text = formulaSegments(formula)
    .map((segment) => {
      if (segment.kind === "string") return segment.text;
      if (segment.kind === "array") {
        const array = convertArray(segment.text, from, to);
        problem ??= array.problem;
        return array.text;
      }
      return convertCode(segment.text, from, to).replace(/AMZN\.([A-Z_]+)\(/gi, (_whole, name: string) => {
        const renamed = rename(name);
        if (renamed === undefined) unknownName = true;
        return `AMZN.${renamed ?? name}(`;
      });
    })
    .join("");
  return { formula: text, unknownName, problem };
}

function toLocalFormula(locale: FakeLocale, formula: string): string {
  return convertFormula(
    formula,
    INVARIANT_SEPARATORS,
    localSeparators(locale),
    (id) => locale.amznNames[id.toUpperCase()] ?? id,
  ).formula;
}

function fromLocalFormula(
  locale: FakeLocale,
  formula: string,
): { formula: string; unknownName: boolean; problem?: string } {
  const invariantOf = new Map(Object.entries(locale.amznNames).map(([id, local]) => [local.toUpperCase(), id]));
  return convertFormula(formula, localSeparators(locale), INVARIANT_SEPARATORS, (name) =>
    invariantOf.get(name.toUpperCase()),
  );
}

/**
 * Makes the double a French Excel (fr-FR: "," decimals, ";" between arguments) whose AMZN functions
 * are named `amznNames` (invariant id -> French name). By default it refuses the English names:
 * `=AMZN.REVENUE(2024)` written through `formulas` shows #NAME?, while
 * `=AMZN.CHIFFRE_AFFAIRES(2024)` written through `formulasLocal` calculates (and `formulas` then
 * reads it back in its invariant form, as Excel.Range.formulas documents). Pass
 * `resolvesEnglishNames: true` for a French Excel that resolves them, `arrayColumnSeparator` for
 * one whose array constants separate columns with something else than "." (RULE unparsable formulas).
 */
export function useFrenchExcel(
  state: FakeWorkbookState,
  amznNames: Readonly<Record<string, string>>,
  options: { resolvesEnglishNames?: boolean; arrayColumnSeparator?: string } = {},
): void {
  state.locale = {
    language: "fr-FR",
    decimalSeparator: ",",
    listSeparator: ";",
    amznNames,
    invariantCustomNamesResolve: options.resolvesEnglishNames ?? false,
    ...(options.arrayColumnSeparator === undefined ? {} : { arrayColumnSeparator: options.arrayColumnSeparator }),
  };
}

function callsAmznFunction(formula: FakeScalar): boolean {
  return (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    /AMZN\.[A-Z_]+\(/i.test(mapOutsideStrings(formula, (c) => c).replace(/"(?:[^"]|"")*"/g, ""))
  );
}

// ---------------------------------------------------------------------------------------------
// RULE names.
// Sources: "Rename an Excel table" (https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114),
// cited by Excel.Table.name: a table name starts with a letter, an underscore or a backslash, then
// letters, numbers, periods and underscores; no spaces; at most 255 characters; not a cell
// reference ("A1", "R1C1"); unique in the workbook, case-insensitively, among tables and defined
// names ("Define and use names in formulas", https://support.microsoft.com/office/4d0f13ac-53b7-422e-afd2-abd7ff379c64).
// Worksheets: "Rename a worksheet" (https://support.microsoft.com/office/3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
// not blank, at most 31 characters, none of / \ ? * : [ ], not beginning or ending with an
// apostrophe, not "History"; unique case-insensitively.

function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name);
}

export function tableNameProblem(state: FakeWorkbookState, name: string, except?: FakeTable): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return `'${name}' is not a valid table name`;
  if (name.length > 255) return "a table name has at most 255 characters";
  if (looksLikeCellReference(name)) return `'${name}' is a cell reference`;
  const lower = name.toLowerCase();
  if (state.tables.some((table) => table !== except && table.name.toLowerCase() === lower))
    return `a table named ${name} exists`;
  if (state.names.some((defined) => defined.name.toLowerCase() === lower)) return `a defined name ${name} exists`;
  return undefined;
}

export function sheetNameProblem(state: FakeWorkbookState, name: string): string | undefined {
  if (name.trim() === "") return "a sheet name can't be blank";
  if (name.length > 31) return "a sheet name has at most 31 characters";
  if (/[/\\?*:[\]]/.test(name)) return `'${name}' has a character a sheet name can't have`;
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name can't begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved";
  if (state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
    return `a sheet named ${name} exists`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The batch: commands queued by proxies, applied in order at sync; then the loads are answered.
// RULE no rollback. Source: OfficeExtension.Error.traceMessages
// (https://learn.microsoft.com/javascript/api/office/officeextension.error#office-officeextension-error-tracemessages-member)
// and "Error handling with the application-specific JavaScript APIs"
// (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
// the commands before the failing one have run and are not undone; the ones after it never run.

// RULE payload limit. Source: "Resource limits and performance optimization", Excel add-ins
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
// "Excel on the web has a payload size limit for requests and responses of 5MB", and a sync over it
// fails whole (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded). A request and an
// answer are JSON sent as UTF-8: the double weighs what a batch carries as the UTF-8 bytes of its
// JSON (a string's quotes and escapes included, a non-ASCII character 2 or 3 bytes). The request
// side counts what is sent: the 2-D arrays written to values, formulas, formulasLocal and
// numberFormat, and the XML sent to custom XML parts; the answer side counts every loaded
// property and getXml's text. The protocol's own envelope (object paths, action ids) is not
// documented and not counted.
function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

class Batch {
  queue: (() => void)[] = [];
  loads: (() => number)[] = [];
  /** Bytes sent in this batch: grids written to ranges, XML sent to custom XML parts (RULE payload limit). */
  requestBytes = 0;
}

class Loadable {
  protected loaded = new Set<string>();
  protected snapshot: Record<string, unknown> = {};
  constructor(protected batch: Batch) {}
  // RULE PropertyNotLoaded. Source: "Application-specific API model", load
  // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load):
  // reading a property that was not loaded and synced throws PropertyNotLoaded.
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new PropertyNotLoadedError(`The property '${property}' is not available. Call load() and sync() first.`);
    }
    return this.snapshot[property] as T;
  }
  /** In an answer, an object is the properties it loaded (RULE payload limit weighs answers as JSON). */
  toJSON(): Record<string, unknown> {
    return this.snapshot;
  }
  /** `capture` runs at sync time; it returns the loaded values, whose JSON size counts against the payload limit. */
  protected registerLoad(properties: string[], capture: () => Record<string, unknown>): void {
    this.batch.loads.push(() => {
      const values = capture();
      let bytes = 0;
      for (const property of properties) {
        this.snapshot[property] = values[property];
        this.loaded.add(property);
        bytes += payloadBytes(values[property]);
      }
      return bytes;
    });
  }
}

class FakeFont {
  constructor(private range: FakeRange) {}
  set color(color: string) {
    this.range.each((cell) => (cell.fontColor = color));
  }
  set bold(bold: boolean) {
    this.range.each((cell) => (cell.bold = bold));
  }
  set italic(italic: boolean) {
    this.range.each((cell) => (cell.italic = italic));
  }
}

class FakeFormat {
  readonly font: FakeFont;
  readonly fill: { color: string };
  constructor(private range: FakeRange) {
    this.font = new FakeFont(range);
    const target = range;
    this.fill = {
      set color(color: string) {
        target.each((cell) => (cell.fill = color));
      },
    } as { color: string };
  }
  set columnWidth(width: number) {
    this.range.queue(() => {
      const sheet = getSheet(this.range.state, this.range.sheetName);
      for (let c = 0; c < this.range.cols; c++) sheet.columnWidths.set(this.range.col + c, width);
    });
  }
}

/** Excel's grid: 1,048,576 rows by 16,384 columns ("Excel specifications and limits"). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class FakeRange extends Loadable {
  readonly format: FakeFormat;
  constructor(
    readonly state: FakeWorkbookState,
    batch: Batch,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(batch);
    this.format = new FakeFormat(this);
  }
  queue(action: () => void): void {
    this.batch.queue.push(action);
  }
  private checkBounds(): void {
    if (
      this.row < 0 ||
      this.col < 0 ||
      this.rows < 1 ||
      this.cols < 1 ||
      this.row + this.rows > MAX_ROWS ||
      this.col + this.cols > MAX_COLS
    ) {
      throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet's grid.");
    }
  }
  each(apply: (cell: FakeCell, r: number, c: number) => void): void {
    this.queue(() => {
      this.checkBounds();
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) apply(cellAt(this.state, this.sheetName, this.row + r, this.col + c), r, c);
    });
  }
  private grid<T>(pick: (cell: FakeCell) => T): T[][] {
    // RULE read limits. Source: "Resource limits and performance optimization", Excel add-ins
    // (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
    // "A range is limited to 5,000,000 cells for read operations"; checked before any cell is
    // materialized, so a 6-million-cell used range costs nothing here.
    const cells = this.rows * this.cols;
    if (cells > this.state.limits.maxCellsPerRead) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `A read of ${cells} cells exceeds the ${this.state.limits.maxCellsPerRead}-cell limit.`,
      );
    }
    const sheet = getSheet(this.state, this.sheetName);
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) =>
        pick(sheet.cells.get(`${this.row + r},${this.col + c}`) ?? emptyCell()),
      ),
    );
  }
  private cachedWorksheet?: FakeWorksheet;
  /** Office.js caches navigation properties: the same proxy every time. */
  get worksheet(): FakeWorksheet {
    this.cachedWorksheet ??= new FakeWorksheet(this.state, this.batch, this.sheetName);
    return this.cachedWorksheet;
  }
  load(properties: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    const locale = this.state.locale;
    this.registerLoad(list, () => {
      this.checkBounds();
      const values: Record<string, unknown> = {
        address: rangeAddress(this.sheetName, this.row, this.col, this.rows, this.cols),
        rowCount: this.rows,
        columnCount: this.cols,
        rowIndex: this.row,
        columnIndex: this.col,
        cellCount: this.rows * this.cols,
      };
      if (list.includes("formulas")) values.formulas = this.grid((cell) => cell.formula);
      if (list.includes("formulasLocal"))
        values.formulasLocal = this.grid((cell) =>
          locale && typeof cell.formula === "string" && cell.formula.startsWith("=")
            ? toLocalFormula(locale, cell.formula)
            : cell.formula,
        );
      if (list.includes("values")) values.values = this.grid((cell) => cell.value);
      if (list.includes("numberFormat")) values.numberFormat = this.grid((cell) => cell.numberFormat);
      if (list.includes("valueTypes"))
        values.valueTypes = this.grid((cell) =>
          cell.error
            ? "Error"
            : cell.value === ""
              ? "Empty"
              : typeof cell.value === "number"
                ? "Double"
                : typeof cell.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      return values;
    });
    return this;
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get values(): FakeScalar[][] {
    return this.read("values");
  }
  set values(grid: FakeScalar[][]) {
    this.write(grid, "values", (input) => input);
  }
  get formulas(): FakeScalar[][] {
    return this.read("formulas");
  }
  set formulas(grid: FakeScalar[][]) {
    this.write(grid, "formulas", (input) => input);
  }
  get formulasLocal(): FakeScalar[][] {
    return this.read("formulasLocal");
  }
  set formulasLocal(grid: FakeScalar[][]) {
    const locale = this.state.locale;
    this.write(grid, "formulasLocal", (input) => {
      if (!locale || typeof input !== "string" || !input.startsWith("=")) return input;
      // RULE unparsable formulas: refused at sync, this command and the ones after it not run.
      const { formula, problem } = fromLocalFormula(locale, input);
      if (problem) throw new FakeOfficeError("InvalidArgument", `The formula ${input} is not valid: ${problem}.`);
      return formula;
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  private write(grid: FakeScalar[][], property: string, invariant: (input: FakeScalar) => FakeScalar): void {
    this.checkShape(grid, property);
    this.batch.requestBytes += payloadBytes(grid);
    const locale = this.state.locale;
    this.queue(() => {
      this.checkBounds();
      // One write is applied as a whole, then Excel calculates: the block's constants (blanks
      // included) go in before its formulas, so a dynamic array written with the blank cells of its
      // own spill range spills into them (a blank written over an existing spill still blocks it).
      const isFormula = (input: FakeScalar): boolean => typeof input === "string" && input.startsWith("=");
      const order = grid.flatMap((line, r) => line.map((input, c) => ({ input, r, c })));
      const sorted = [...order.filter((x) => !isFormula(x.input)), ...order.filter((x) => isFormula(x.input))];
      sorted.forEach(({ input, r, c }) => {
        {
          const row = this.row + r;
          const col = this.col + c;
          const formula = invariant(input);
          // RULE localized formulas: an invariant custom-function name written through `formulas`
          // (or `values`) in a non-English Excel that does not resolve it, or a local name it does
          // not know written through `formulasLocal`: #NAME?, and the function is never called.
          const viaInvariant = property !== "formulasLocal";
          const unresolved =
            locale !== undefined &&
            typeof input === "string" &&
            input.startsWith("=") &&
            (viaInvariant
              ? !locale.invariantCustomNamesResolve && callsAmznFunction(formula)
              : fromLocalFormula(locale, input).unknownName);
          enterInput(this.state, this.sheetName, row, col, formula, unresolved);
        }
      });
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.checkShape(grid, "numberFormat");
    this.batch.requestBytes += payloadBytes(grid);
    this.each((cell, r, c) => (cell.numberFormat = grid[r]?.[c] ?? "General"));
  }
  set dataValidation(_ignored: unknown) {
    throw new Error("fake Excel: set dataValidation.rule, not dataValidation");
  }
  get dataValidation(): { rule: { list?: { source: string } } } {
    const apply = (source: string | undefined): void => this.each((cell) => (cell.validation = source));
    return {
      set rule(rule: { list?: { source: string } }) {
        apply(rule.list?.source);
      },
    } as { rule: { list?: { source: string } } };
  }
  /**
   * Range.conditionalFormats.add(type) (ExcelApi 1.6). Only the colour scale is modelled. Rules
   * from Microsoft's reference:
   * - ConditionalFormat.colorScale "Returns the color scale conditional format properties if the
   *   current conditional format is a ColorScale type" (learn.microsoft.com/javascript/api/excel/
   *   excel.conditionalformat#excel-excel-conditionalformat-colorscale-member): any other type throws.
   * - ColorScaleConditionalFormat.criteria: "Midpoint is optional when using a two point color
   *   scale"; threeColorScale is true when there are three points (excel.colorscaleconditionalformat).
   * - ConditionalColorScaleCriterion.formula: "A number, a formula, or null (if type is
   *   lowestValue)" (excel.conditionalcolorscalecriterion): LowestValue/HighestValue take no
   *   formula, the other types need one; a percentile or percent lies in 0–100.
   */
  get conditionalFormats(): {
    add(type: string): { readonly colorScale: { criteria: FakeConditionalFormat["criteria"] } };
  } {
    const add = (type: string): { readonly colorScale: { criteria: FakeConditionalFormat["criteria"] } } => {
      const format: FakeConditionalFormat = { row: this.row, col: this.col, rows: this.rows, cols: this.cols, type };
      this.queue(() => {
        this.checkBounds();
        const sheet = getSheet(this.state, this.sheetName);
        (sheet.conditionalFormats ??= []).push(format);
      });
      const queueCriteria = (criteria: NonNullable<FakeConditionalFormat["criteria"]>): void =>
        this.queue(() => {
          for (const criterion of [criteria.minimum, criteria.midpoint, criteria.maximum]) {
            if (criterion !== undefined) checkColorCriterion(criterion);
          }
          format.criteria = criteria;
          format.threeColorScale = criteria.midpoint !== undefined;
        });
      return {
        get colorScale() {
          if (type !== fakeExcelEnums.ConditionalFormatType.colorScale) {
            throw new FakeOfficeError("InvalidArgument", `fake Excel: colorScale of a ${type} conditional format`);
          }
          return {
            set criteria(criteria: NonNullable<FakeConditionalFormat["criteria"]>) {
              queueCriteria(criteria);
            },
          } as { criteria: FakeConditionalFormat["criteria"] };
        },
      };
    };
    return { add };
  }
  /** Range.clear(): contents and formats (ExcelApi 1.1). */
  clear(): void {
    this.queue(() => {
      this.checkBounds();
      const sheet = getSheet(this.state, this.sheetName);
      for (const key of [...sheet.cells.keys()]) {
        const [r = 0, c = 0] = key.split(",").map(Number);
        if (r >= this.row && r < this.row + this.rows && c >= this.col && c < this.col + this.cols) {
          clearSpill(this.state, this.sheetName, r, c);
          sheet.cells.delete(key);
        }
      }
    });
  }
  private checkShape(grid: unknown[][], property: string): void {
    // Office.js rejects the whole batch when a 2-D array does not match the range's dimensions.
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.cols)) {
      throw new Error(
        `fake Excel: ${property} of ${grid.length}×${grid[0]?.length ?? 0} for a ${this.rows}×${this.cols} range`,
      );
    }
  }
  // RULE cell properties. Source: Excel.Range.getCellProperties and setCellProperties (ExcelApi 1.9,
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)):
  // a 2-D array of each cell's requested properties, read at sync like any load; set applies each
  // cell's given properties and leaves the others as they are. The double keeps the font's colour,
  // bold and italic and the fill's colour; a cell without fill reads pattern "None" (Excel's
  // FillPattern), with Excel's default colours (font #000000, fill #FFFFFF).
  getCellProperties(_options: unknown): { readonly value: FakeCellProperties[][] } {
    let value: FakeCellProperties[][] | undefined;
    this.batch.loads.push(() => {
      this.checkBounds();
      value = this.grid((cell) => ({
        format: {
          font: { color: cell.fontColor ?? "#000000", bold: cell.bold ?? false, italic: cell.italic ?? false },
          fill: cell.fill ? { color: cell.fill, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" },
        },
      }));
      return JSON.stringify(value).length;
    });
    return {
      get value(): FakeCellProperties[][] {
        if (value === undefined)
          throw new PropertyNotLoadedError("The value of getCellProperties is not available. Call sync() first.");
        return value;
      },
    };
  }
  setCellProperties(grid: FakeSettableCellProperties[][]): void {
    this.checkShape(grid, "cellProperties");
    this.each((cell, r, c) => {
      const format = grid[r]?.[c]?.format;
      if (format?.font?.color !== undefined) cell.fontColor = format.font.color;
      if (format?.font?.bold !== undefined) cell.bold = format.font.bold;
      if (format?.font?.italic !== undefined) cell.italic = format.font.italic;
      if (format?.fill?.color !== undefined) cell.fill = format.fill.color;
    });
  }
  // RULE tables of a range. Source: Excel.Range.getTables (ExcelApi 1.9,
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-gettables-member(1)):
  // "a scoped collection of tables that overlap with the range"; with fullyContained, only those
  // fully inside it. Resolved at sync, like any load.
  getTables(fullyContained = false): FakeTableScope {
    let items: { name: string }[] | undefined;
    const batch = this.batch;
    const collection: FakeTableScope = {
      load: () => {
        batch.loads.push(() => {
          const area = { row: this.row, col: this.col, rows: this.rows, cols: this.cols };
          items = tablesAt(this.state, this.sheetName, area)
            .filter((table) => {
              if (!fullyContained) return true;
              const place = parseAddress(table.address);
              return (
                place.row >= area.row &&
                place.col >= area.col &&
                place.row + place.rows <= area.row + area.rows &&
                place.col + place.cols <= area.col + area.cols
              );
            })
            .map((table) => ({ name: table.name }));
          return 0;
        });
        return collection;
      },
      get items(): { name: string }[] {
        if (items === undefined)
          throw new PropertyNotLoadedError("The property 'items' is not available. Call load() and sync() first.");
        return items;
      },
    };
    return collection;
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.state, this.batch, this.sheetName, this.row + row, this.col + col, 1, 1);
  }
  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return new FakeRange(
      this.state,
      this.batch,
      this.sheetName,
      this.row,
      this.col,
      this.rows + deltaRows,
      this.cols + deltaCols,
    );
  }
  getOffsetRange(rowOffset: number, colOffset: number): FakeRange {
    return new FakeRange(
      this.state,
      this.batch,
      this.sheetName,
      this.row + rowOffset,
      this.col + colOffset,
      this.rows,
      this.cols,
    );
  }
  select(): void {
    this.queue(() => {
      this.state.activeSheet = this.sheetName;
      this.state.selection = { sheet: this.sheetName, row: this.row, col: this.col, rows: this.rows, cols: this.cols };
    });
  }
  get isNullObject(): boolean {
    return false;
  }
  /** The block a dynamic-array formula in this (single) cell spills, or a null object. */
  getSpillingToRangeOrNullObject(): FakeRange | NullRange {
    if (this.rows !== 1 || this.cols !== 1) throw new Error("fake Excel: getSpillingToRange needs a single cell");
    const spill = getSheet(this.state, this.sheetName).cells.get(`${this.row},${this.col}`)?.spill;
    if (!spill) return nullRange();
    return new FakeRange(this.state, this.batch, this.sheetName, this.row, this.col, spill.rows, spill.cols);
  }
}

/** What the *OrNullObject methods return when there is nothing: loads are no-ops. */
export interface NullRange {
  readonly isNullObject: true;
  load(properties?: string | string[]): NullRange;
}

function nullRange(): NullRange {
  const range: NullRange = { isNullObject: true, load: () => range };
  return range;
}

// ---------------------------------------------------------------------------------------------
// RULE multi-area selections. Source: Excel.Workbook.getSelectedRange
// (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)):
// "If there are multiple ranges selected, this method will throw an error"; getSelectedRanges
// (ExcelApi 1.9) returns a RangeAreas of every selected range.

class FakeRangeAreas extends Loadable {
  readonly areas: { load(properties?: string | string[]): { items: FakeRange[] }; items: FakeRange[] };
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    private sheetName: string,
    private rects: FakeArea[],
  ) {
    super(batch);
    const ranges = rects.map(
      (rect) => new FakeRange(state, batch, sheetName, rect.row, rect.col, rect.rows, rect.cols),
    );
    let loaded = false;
    const collection = {
      load: (properties?: string | string[]) => {
        const list = (typeof properties === "string" ? properties.split(",") : (properties ?? []))
          .map((p) => p.trim().replace(/^items\//, ""))
          .filter((p) => p !== "");
        for (const range of ranges) range.load(list.length > 0 ? list : ["address"]);
        batch.loads.push(() => {
          loaded = true;
          return 0;
        });
        return collection;
      },
      get items(): FakeRange[] {
        if (!loaded)
          throw new PropertyNotLoadedError("The property 'items' is not available. Call load() and sync() first.");
        return ranges;
      },
    };
    this.areas = collection;
  }
  private cachedWorksheet?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.cachedWorksheet ??= new FakeWorksheet(this.state, this.batch, this.sheetName);
    return this.cachedWorksheet;
  }
  load(properties: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    this.registerLoad(list, () => ({
      areaCount: this.rects.length,
      address: this.rects.map((r) => rangeAddress(this.sheetName, r.row, r.col, r.rows, r.cols)).join(","),
    }));
    return this;
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get address(): string {
    return this.read("address");
  }
}

class FakeSeries {
  constructor(
    private batch: Batch,
    private data: () => FakeChartSeries,
  ) {}
  set name(name: string) {
    this.batch.queue.push(() => (this.data().name = name));
  }
  set chartType(type: string) {
    this.batch.queue.push(() => (this.data().chartType = type));
  }
  set axisGroup(group: string) {
    this.batch.queue.push(() => (this.data().axisGroup = group));
  }
  /**
   * ChartSeries.format.fill: clear() and setSolidColor(color) (ChartFill, ExcelApi 1.1,
   * https://learn.microsoft.com/javascript/api/excel/excel.chartfill); the last call wins.
   */
  get format(): { fill: { clear(): void; setSolidColor(color: string): void } } {
    const batch = this.batch;
    const data = this.data;
    return {
      fill: {
        clear: () =>
          batch.queue.push(() => {
            data().noFill = true;
            delete data().fill;
          }),
        setSolidColor: (color: string) =>
          batch.queue.push(() => {
            data().fill = color;
            delete data().noFill;
          }),
      },
    };
  }
  setValues(range: FakeRange): void {
    this.batch.queue.push(
      () => (this.data().values = rangeAddress(range.sheetName, range.row, range.col, range.rows, range.cols)),
    );
  }
  setXAxisValues(range: FakeRange): void {
    this.batch.queue.push(
      () => (this.data().xValues = rangeAddress(range.sheetName, range.row, range.col, range.rows, range.cols)),
    );
  }
}

class FakeChartObject {
  constructor(
    private batch: Batch,
    private chart: FakeChart,
  ) {}
  /**
   * An axis: its title, and where its labels go (ChartAxis.tickLabelPosition, "[Api set: ExcelApi
   * 1.7]", https://learn.microsoft.com/javascript/api/excel/excel.chartaxis).
   */
  private titled(key: string): { title: { text: string }; tickLabelPosition: string } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      title: {
        set text(text: string) {
          batch.queue.push(() => (chart.axisTitles[key] = text));
        },
      } as { text: string },
      set tickLabelPosition(position: string) {
        batch.queue.push(() => (chart.tickLabelPositions = { ...chart.tickLabelPositions, [key]: position }));
      },
    } as { title: { text: string }; tickLabelPosition: string };
  }
  get title(): { text: string } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      set text(text: string) {
        batch.queue.push(() => (chart.title = text));
      },
    } as { text: string };
  }
  get series(): { getItemAt(index: number): FakeSeries; add(name: string): FakeSeries } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      getItemAt: (index: number) =>
        new FakeSeries(batch, () => {
          const series = chart.series[index];
          if (!series) throw new Error(`fake Excel: no series ${index}`);
          return series;
        }),
      add: (name: string) => {
        let created: FakeChartSeries | undefined;
        batch.queue.push(() => {
          created = { name };
          chart.series.push(created);
        });
        return new FakeSeries(batch, () => {
          if (!created) throw new Error("fake Excel: series used before it was added");
          return created;
        });
      },
    };
  }
  get axes(): {
    valueAxis: { title: { text: string }; tickLabelPosition: string };
    categoryAxis: { title: { text: string }; tickLabelPosition: string };
    getItem(type: string, group: string): { title: { text: string }; tickLabelPosition: string };
  } {
    return {
      valueAxis: this.titled("value"),
      categoryAxis: this.titled("category"),
      getItem: (type: string, group: string) => this.titled(`${type}/${group}`),
    };
  }
  get legend(): { position: string; visible: boolean } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      set position(position: string) {
        batch.queue.push(() => (chart.legend = position));
      },
      set visible(visible: boolean) {
        batch.queue.push(() => (chart.legendVisible = visible));
      },
    } as { position: string; visible: boolean };
  }
  setPosition(start: FakeRange, end: FakeRange): void {
    this.batch.queue.push(
      () =>
        (this.chart.position = [
          rangeAddress(start.sheetName, start.row, start.col, 1, 1),
          rangeAddress(end.sheetName, end.row, end.col, 1, 1),
        ]),
    );
  }
}

class FakeTableObject extends Loadable {
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    private table: () => FakeTable,
  ) {
    super(batch);
  }
  set name(name: string) {
    this.batch.queue.push(() => {
      const table = this.table();
      const problem = tableNameProblem(this.state, name, table);
      if (problem) throw new FakeOfficeError("InvalidArgument", `The table can't be renamed: ${problem}.`);
      table.name = name;
    });
  }
  get name(): string {
    return this.read("name");
  }
  set style(style: string) {
    this.batch.queue.push(() => (this.table().style = style));
  }
  set showFilterButton(show: boolean) {
    this.batch.queue.push(() => (this.table().showFilterButton = show));
  }
  load(properties?: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : (properties ?? ["name"]);
    this.registerLoad(list, () => ({ name: this.table().name }));
    return this;
  }
  private cachedWorksheet?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.cachedWorksheet ??= new FakeWorksheet(this.state, this.batch, () => this.table().sheet);
    return this.cachedWorksheet;
  }
  /** The table's range: the fake resolves it when asked (the add-in asks for tables that exist). */
  getRange(): FakeRange {
    const table = this.table();
    const area = parseAddress(table.address);
    return new FakeRange(this.state, this.batch, table.sheet, area.row, area.col, area.rows, area.cols);
  }
  /** Table.delete(): the table and its cells' contents go (ExcelApi 1.1). */
  delete(): void {
    this.batch.queue.push(() => {
      const table = this.table();
      const area = parseAddress(table.address);
      const sheet = getSheet(this.state, table.sheet);
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.cols; c++) sheet.cells.delete(`${area.row + r},${area.col + c}`);
      this.state.tables = this.state.tables.filter((known) => known !== table);
    });
  }
  /** Table.convertToRange(): the cells stay, the table goes (ExcelApi 1.2). */
  convertToRange(): void {
    this.batch.queue.push(() => {
      const table = this.table();
      this.state.tables = this.state.tables.filter((known) => known !== table);
    });
  }
}

class FakeCollection<T extends { name: string }> extends Loadable {
  constructor(
    batch: Batch,
    private list: () => T[],
  ) {
    super(batch);
  }
  load(_properties?: string): this {
    this.registerLoad(["items"], () => ({ items: this.list().map((item) => ({ name: item.name })) }));
    return this;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
}

export class FakeWorksheet extends Loadable {
  private readonly nameOf: () => string;
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    sheetName: string | (() => string),
  ) {
    super(batch);
    this.nameOf = typeof sheetName === "string" ? () => sheetName : sheetName;
  }
  private get sheetName(): string {
    return this.nameOf();
  }
  load(properties: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    this.registerLoad(list, () => ({ name: getSheet(this.state, this.sheetName).name }));
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.state, this.batch, this.sheetName, row, col, 1, 1);
  }
  getRange(address = "A1"): FakeRange {
    const { row, col, rows, cols } = parseAddress(address);
    return new FakeRange(this.state, this.batch, this.sheetName, row, col, rows, cols);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.state, this.batch, this.sheetName, row, col, rows, cols);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange | NullRange {
    // The used range is computed at sync time in Excel; the fake computes it when asked, which is
    // equivalent for the add-in's read-then-write batches. It walks the sparse cells only.
    const sheet = getSheet(this.state, this.sheetName);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === "" && (valuesOnly || cell.numberFormat === "General")) continue;
      const [r = 0, c = 0] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) return nullRange();
    return new FakeRange(this.state, this.batch, this.sheetName, top, left, bottom - top + 1, right - left + 1);
  }
  activate(): void {
    this.batch.queue.push(() => (this.state.activeSheet = getSheet(this.state, this.sheetName).name));
  }
  /** Worksheet.delete() (ExcelApi 1.1): the sheet with its tables and charts. */
  delete(): void {
    this.batch.queue.push(() => {
      const sheet = getSheet(this.state, this.sheetName);
      if (this.state.sheets.length === 1)
        throw new FakeOfficeError("InvalidOperation", "A workbook keeps at least one sheet.");
      const lower = sheet.name.toLowerCase();
      this.state.sheets = this.state.sheets.filter((known) => known !== sheet);
      this.state.tables = this.state.tables.filter((table) => table.sheet.toLowerCase() !== lower);
      this.state.charts = this.state.charts.filter((chart) => chart.sheet.toLowerCase() !== lower);
      if (this.state.activeSheet.toLowerCase() === lower) this.state.activeSheet = this.state.sheets[0]?.name ?? "";
      if (this.state.selection.sheet.toLowerCase() === lower)
        this.state.selection = { sheet: this.state.activeSheet, row: 0, col: 0, rows: 1, cols: 1 };
    });
  }
  get tables(): { add(range: FakeRange | string, hasHeaders: boolean): FakeTableObject } {
    return {
      add: (range: FakeRange | string, hasHeaders: boolean) => {
        const target = typeof range === "string" ? this.getRange(range) : range;
        let created: FakeTable | undefined;
        this.batch.queue.push(() => {
          const area = { row: target.row, col: target.col, rows: target.rows, cols: target.cols };
          // RULE overlap. Source: Excel.TableCollection.add
          // (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)):
          // "If the table cannot be added (e.g., because the address is invalid, or the table would
          // overlap with another table), an error will be thrown." A spilled array can't be in a
          // table (RULE #SPILL!): a range holding a spill fails too.
          const clash = tablesAt(this.state, target.sheetName, area)[0];
          if (clash)
            throw new FakeOfficeError("InvalidArgument", `A table can't overlap another table (${clash.name}).`);
          const sheet = getSheet(this.state, target.sheetName);
          for (const [key, cell] of sheet.cells) {
            const [r = 0, c = 0] = key.split(",").map(Number);
            if ((cell.spill || cell.spilledFrom) && intersects({ row: r, col: c, rows: 1, cols: 1 }, area))
              throw new FakeOfficeError("InvalidArgument", "A table can't hold a spilled array formula.");
          }
          let index = 1;
          while (tableNameProblem(this.state, `Table${index}`)) index++;
          created = {
            name: `Table${index}`,
            sheet: sheet.name,
            address: rangeAddress(sheet.name, area.row, area.col, area.rows, area.cols),
          };
          this.state.tables.push(created);
          if (hasHeaders) this.headersToText(sheet.name, area);
        });
        return new FakeTableObject(this.state, this.batch, () => {
          if (!created) throw new Error("fake Excel: table used before it was added");
          return created;
        });
      },
    };
  }
  // RULE table headers are text. Source: "Overview of Excel tables"
  // (https://support.microsoft.com/office/7ab0bb7d-3a9e-4b56-a3c9-6c94334e492c) and "Turn Excel table
  // headers on or off" (https://support.microsoft.com/office/c91d1742-312c-4480-820f-cf4b534c8b3b):
  // header cells hold unique text; a number becomes its text, an empty header "ColumnN", a repeated
  // one gets a number appended.
  private headersToText(sheetName: string, area: FakeArea): void {
    const seen = new Set<string>();
    for (let c = 0; c < area.cols; c++) {
      const cell = cellAt(this.state, sheetName, area.row, area.col + c);
      let text = cell.formula === "" ? `Column${c + 1}` : String(cell.value);
      const base = text;
      for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
      seen.add(text.toLowerCase());
      cell.formula = text;
      cell.value = text;
      cell.error = false;
    }
  }
  get charts(): { add(type: string, source: FakeRange, seriesBy: string): FakeChartObject } {
    return {
      add: (type: string, source: FakeRange, _seriesBy: string) => {
        // RULE "chart types" (FakeWorkbookState.excelApi).
        const known = Object.values(fakeExcelEnums.ChartType) as string[];
        if (!known.includes(type)) throw new FakeOfficeError("InvalidArgument", `unknown chart type ${type}`);
        if (EXCEL_API_1_9_CHARTS.includes(type) && (this.state.excelApi ?? Infinity) < 1.9) {
          throw new FakeOfficeError("InvalidArgument", `chart type ${type} needs ExcelApi 1.9`);
        }
        const chart: FakeChart = {
          sheet: this.sheetName,
          type,
          source: rangeAddress(source.sheetName, source.row, source.col, source.rows, source.cols),
          title: "",
          series: [],
          axisTitles: {},
        };
        this.batch.queue.push(() => {
          chart.sheet = getSheet(this.state, this.sheetName).name;
          chart.series.push({ name: "Series1", values: chart.source });
          this.state.charts.push(chart);
        });
        return new FakeChartObject(this.batch, chart);
      },
    };
  }
}

export class FakeWorkbook {
  constructor(
    private state: FakeWorkbookState,
    private batch: Batch,
  ) {}
  get worksheets(): {
    load(properties?: string): FakeCollection<FakeSheet>;
    add(name: string): FakeWorksheet;
    getActiveWorksheet(): FakeWorksheet;
    getItem(name: string): FakeWorksheet;
    getItemOrNullObject(name: string): FakeWorksheet | NullRange;
  } {
    const state = this.state;
    const batch = this.batch;
    return {
      load: (properties?: string) => new FakeCollection(batch, () => state.sheets).load(properties),
      add: (name: string) => {
        batch.queue.push(() => {
          const problem = sheetNameProblem(state, name);
          if (problem) throw new FakeOfficeError("InvalidArgument", `The sheet can't be added: ${problem}.`);
          state.sheets.push(newSheet(name));
        });
        return new FakeWorksheet(state, batch, name);
      },
      getActiveWorksheet: () => new FakeWorksheet(state, batch, state.activeSheet),
      getItem: (name: string) => new FakeWorksheet(state, batch, name),
      getItemOrNullObject: (name: string) =>
        state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())
          ? new FakeWorksheet(state, batch, name)
          : nullRange(),
    };
  }
  get tables(): {
    load(properties?: string): FakeCollection<FakeTable>;
    getItem(name: string): FakeTableObject;
  } {
    const state = this.state;
    return {
      load: (properties?: string) => new FakeCollection(this.batch, () => state.tables).load(properties),
      getItem: (name: string) =>
        new FakeTableObject(state, this.batch, () => {
          const table = state.tables.find((known) => known.name.toLowerCase() === name.toLowerCase());
          if (!table) throw new FakeOfficeError("ItemNotFound", `No table named ${name}.`);
          return table;
        }),
    };
  }
  /** Workbook.names (ExcelApi 1.1; add from 1.4): defined names share the table names' namespace. */
  get names(): {
    load(properties?: string): FakeCollection<FakeDefinedName>;
    add(name: string, reference: string): void;
  } {
    const state = this.state;
    return {
      load: (properties?: string) => new FakeCollection(this.batch, () => state.names).load(properties),
      add: (name: string, reference: string) =>
        this.batch.queue.push(() => {
          const problem = tableNameProblem(state, name);
          if (problem) throw new FakeOfficeError("InvalidArgument", `The name can't be added: ${problem}.`);
          state.names.push({ name, formula: reference });
        }),
    };
  }
  /**
   * Workbook.application: cultureInfo (ExcelApi 1.11) and calculate(type) (ExcelApi 1.1), queued and
   * applied at the next sync; the double records calculate calls, it does not recalculate cells.
   * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)
   */
  get application(): {
    cultureInfo: { numberFormat: Loadable & { numberDecimalSeparator: string; numberGroupSeparator: string } };
    calculate(type: string): void;
  } {
    const state = this.state;
    const info = new (class extends Loadable {
      load(): this {
        this.registerLoad(["numberDecimalSeparator", "numberGroupSeparator"], () => ({
          numberDecimalSeparator: state.locale?.decimalSeparator ?? ".",
          numberGroupSeparator: state.locale?.decimalSeparator === "," ? "\u202f" : ",",
        }));
        return this;
      }
      get numberDecimalSeparator(): string {
        return this.read("numberDecimalSeparator");
      }
      get numberGroupSeparator(): string {
        return this.read("numberGroupSeparator");
      }
    })(this.batch);
    return {
      cultureInfo: { numberFormat: info },
      calculate: (type: string) => {
        this.batch.queue.push(() => {
          state.calculations = [...(state.calculations ?? []), type];
        });
      },
    };
  }
  get onSelectionChanged(): { add(handler: () => unknown): { remove(): void } } {
    return {
      add: (handler) => {
        this.batch.queue.push(() => this.state.selectionHandlers.push(handler));
        return {
          remove: () =>
            this.batch.queue.push(() => {
              this.state.selectionHandlers = this.state.selectionHandlers.filter((known) => known !== handler);
            }),
        };
      },
    };
  }
  /** Workbook.customXmlParts (ExcelApi 1.5). */
  get customXmlParts(): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.state, this.batch, undefined);
  }
  getSelectedRange(): FakeRange {
    const { sheet, row, col, rows, cols } = this.state.selection;
    if ((this.state.selectionAreas?.length ?? 1) > 1) {
      // RULE multi-area selections: the call fails when the batch runs.
      this.batch.queue.push(() => {
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      });
    }
    return new FakeRange(this.state, this.batch, sheet, row, col, rows, cols);
  }
  getSelectedRanges(): FakeRangeAreas {
    const { sheet, row, col, rows, cols } = this.state.selection;
    return new FakeRangeAreas(this.state, this.batch, sheet, this.state.selectionAreas ?? [{ row, col, rows, cols }]);
  }
  getActiveCell(): FakeRange {
    const { sheet, row, col } = this.state.selection;
    return new FakeRange(this.state, this.batch, sheet, row, col, 1, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// RULE custom XML parts. Sources: "Excel.CustomXmlPartCollection" and "Excel.CustomXmlPart"
// (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart; ExcelApi 1.5): add(xml)
// adds a part, getByNamespace(uri) scopes the collection to the parts whose root element is in that
// namespace, getXml() returns the part's full XML, delete() removes it. The XML must be well formed
// (the double checks that it has one root element). "Persist add-in state and settings"
// (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings,
// "Custom XML parts"): a part is stored in the document and is there when it is opened again.

/** The namespace URI of a part's root element (its default xmlns), as Excel reports `namespaceUri`. */
function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*)(?::[\w.-]+)?[^>]*>/.exec(xml.replace(/<\?[^>]*\?>/g, "").trimStart());
  const tag = root?.[0] ?? "";
  const prefixed = /^<([\w.-]+):/.exec(tag)?.[1];
  const attribute = prefixed ? `xmlns:${prefixed}` : "xmlns";
  return new RegExp(`\\s${attribute.replace(".", "\\.")}="([^"]*)"`).exec(tag)?.[1] ?? "";
}

function checkWellFormed(xml: string): void {
  const body = xml.replace(/<\?[^>]*\?>/g, "").trim();
  const open = /^<([A-Za-z_][\w.:-]*)[\s>/]/.exec(body)?.[1];
  if (!open || !(body.endsWith(`</${open}>`) || /^<[^>]*\/>$/.test(body)))
    throw new FakeOfficeError("InvalidArgument", "The XML is not well formed.");
}

let customXmlPartIds = 0;

export class FakeCustomXmlPart extends Loadable {
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    private find: () => FakeCustomXmlPartData,
  ) {
    super(batch);
  }
  load(properties?: string | string[]): this {
    const list =
      typeof properties === "string"
        ? properties.split(",").map((p) => p.trim())
        : (properties ?? ["id", "namespaceUri"]);
    this.registerLoad(list, () => {
      const part = this.find();
      return { id: part.id, namespaceUri: rootNamespace(part.xml) };
    });
    return this;
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): { value: string } {
    const result = { loaded: false, xml: "" };
    this.batch.loads.push(() => {
      result.xml = this.find().xml;
      result.loaded = true;
      return payloadBytes(result.xml);
    });
    return {
      get value(): string {
        if (!result.loaded)
          throw new PropertyNotLoadedError("The value of getXml() is not available. Call sync() first.");
        return result.xml;
      },
    };
  }
  setXml(xml: string): void {
    this.batch.requestBytes += payloadBytes(xml);
    this.batch.queue.push(() => {
      checkWellFormed(xml);
      this.find().xml = xml;
    });
  }
  delete(): void {
    this.batch.queue.push(() => {
      const part = this.find();
      this.state.customXmlParts = (this.state.customXmlParts ?? []).filter((known) => known !== part);
    });
  }
}

export class FakeCustomXmlPartCollection extends Loadable {
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    private namespace: string | undefined,
  ) {
    super(batch);
  }
  private list(): FakeCustomXmlPartData[] {
    const all = this.state.customXmlParts ?? [];
    return this.namespace === undefined ? all : all.filter((part) => rootNamespace(part.xml) === this.namespace);
  }
  add(xml: string): FakeCustomXmlPart {
    this.batch.requestBytes += payloadBytes(xml);
    let added: FakeCustomXmlPartData | undefined;
    this.batch.queue.push(() => {
      checkWellFormed(xml);
      customXmlPartIds += 1;
      added = { id: `{FAKE-PART-${customXmlPartIds}}`, xml };
      this.state.customXmlParts = [...(this.state.customXmlParts ?? []), added];
    });
    return new FakeCustomXmlPart(this.state, this.batch, () => {
      if (!added) throw new Error("fake Excel: custom XML part used before it was added");
      return added;
    });
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.state, this.batch, namespaceUri);
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.state, this.batch, () => {
      const part = (this.state.customXmlParts ?? []).find((known) => known.id === id);
      if (!part) throw new FakeOfficeError("ItemNotFound", `No custom XML part ${id}.`);
      return part;
    });
  }
  load(_properties?: string): this {
    this.registerLoad(["items"], () => ({
      items: this.list().map((part) => {
        const proxy = new FakeCustomXmlPart(this.state, this.batch, () => {
          const found = (this.state.customXmlParts ?? []).find((known) => known.id === part.id);
          if (!found) throw new FakeOfficeError("ItemNotFound", `No custom XML part ${part.id}.`);
          return found;
        });
        // Loaded with the collection: id and namespaceUri are readable after the sync.
        Object.assign(proxy, {
          loaded: new Set(["id", "namespaceUri"]),
          snapshot: { id: part.id, namespaceUri: rootNamespace(part.xml) },
        });
        return proxy;
      }),
    }));
    return this;
  }
  get items(): FakeCustomXmlPart[] {
    return this.read("items");
  }
}

/**
 * The workbook saved and opened again: what the file keeps comes back (sheets with their cells'
 * formulas, values and formats, column widths, tables, defined names, charts, custom XML parts
 * with their ids); what lives only in the session does not (event handlers, the sync counters,
 * test hooks, queued calculations). Formulas are not recalculated here: the values are those saved.
 */
export function saveAndReopen(state: FakeWorkbookState): FakeWorkbookState {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const reopened = createWorkbookState(state.evaluate);
  reopened.sheets = state.sheets.map((sheet) => ({
    name: sheet.name,
    cells: new Map([...sheet.cells].map(([key, cell]) => [key, copy(cell)])),
    columnWidths: new Map(sheet.columnWidths),
  }));
  reopened.activeSheet = state.activeSheet;
  reopened.selection = { ...state.selection };
  reopened.tables = copy(state.tables);
  reopened.names = copy(state.names);
  reopened.charts = copy(state.charts);
  reopened.limits = { ...state.limits };
  if (state.locale) reopened.locale = state.locale;
  if (state.customXmlParts) reopened.customXmlParts = copy(state.customXmlParts);
  return reopened;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private batch = new Batch();
  constructor(private state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(state, this.batch);
  }
  /** RequestContext.trace: the message is kept if the commands before it ran. */
  trace(message: string): void {
    this.batch.queue.push(() => this.traces.push(message));
  }
  private traces: string[] = [];
  async sync(): Promise<void> {
    this.state.syncCount++;
    const { queue, loads, requestBytes } = this.batch;
    this.batch.queue = [];
    this.batch.loads = [];
    this.batch.requestBytes = 0;
    // The batch left with what was queued before sync(); it is applied when the answer comes.
    const latency = this.state.syncLatencyMs;
    if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
    this.traces = [];
    const failAt = this.state.failAtCommand;
    delete this.state.failAtCommand;
    // Excel applies queued commands in order, then answers the loads (RULE no rollback: what ran stays).
    try {
      // RULE payload limit, the request side: refused before any command runs.
      if (requestBytes > this.state.limits.maxPayloadBytes)
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request of ${requestBytes} bytes exceeds the limit.`,
        );
      queue.forEach((action, index) => {
        if (failAt !== undefined && index + 1 === failAt)
          throw new FakeOfficeError("GeneralException", "Injected failure.");
        action();
      });
      let bytes = 0;
      for (const load of loads) bytes += load();
      // RULE payload limit, the answer side.
      if (bytes > this.state.limits.maxPayloadBytes)
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response of ${bytes} bytes exceeds the limit.`,
        );
      const heaviest = this.state.heaviestSync ?? { request: 0, response: 0 };
      this.state.heaviestSync = {
        request: Math.max(heaviest.request, requestBytes),
        response: Math.max(heaviest.response, bytes),
      };
    } catch (error) {
      this.state.failedSyncs++;
      const failure =
        error instanceof FakeOfficeError
          ? error
          : new FakeOfficeError("GeneralException", error instanceof Error ? error.message : String(error));
      failure.traceMessages = [...this.traces];
      throw failure;
    }
  }
}

/** Excel.ChartType members documented "[Api set: ExcelApi 1.9]". */
const EXCEL_API_1_9_CHARTS = [
  "Waterfall",
  "Treemap",
  "Sunburst",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "Funnel",
  "RegionMap",
];

function checkColorCriterion(criterion: FakeColorCriterion): void {
  const bare = criterion.type === "LowestValue" || criterion.type === "HighestValue";
  const formula = criterion.formula;
  if (bare && formula !== undefined && formula !== null) {
    throw new FakeOfficeError("InvalidArgument", `fake Excel: a ${criterion.type} criterion takes no formula`);
  }
  if (!bare && (formula === undefined || formula === null || formula === "")) {
    throw new FakeOfficeError("InvalidArgument", `fake Excel: a ${criterion.type} criterion needs a formula`);
  }
  if (
    (criterion.type === "Percentile" || criterion.type === "Percent") &&
    !(Number(formula) >= 0 && Number(formula) <= 100)
  ) {
    throw new FakeOfficeError("InvalidArgument", `fake Excel: a ${criterion.type} of ${String(formula)} is not 0–100`);
  }
}

/** The enum values the add-in reads from the Excel namespace at run time. */
export const fakeExcelEnums = {
  ConditionalFormatType: { colorScale: "ColorScale", custom: "Custom" },
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    line: "Line",
    waterfall: "Waterfall",
  },
  ChartSeriesBy: { rows: "Rows", columns: "Columns", auto: "Auto" },
  ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
  ChartAxisType: { value: "Value", category: "Category" },
  ChartLegendPosition: { bottom: "Bottom", right: "Right" },
  ChartAxisTickLabelPosition: { nextToAxis: "NextToAxis", high: "High", low: "Low", none: "None" },
};

/** An `Excel` namespace whose `run` uses the fake context. */
export function fakeExcelNamespace(state: FakeWorkbookState): Record<string, unknown> {
  return {
    ...fakeExcelEnums,
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> =>
      batch(new FakeRequestContext(state)),
  };
}
