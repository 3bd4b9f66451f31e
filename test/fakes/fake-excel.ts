/**
 * A small typed fake of the Excel JavaScript API: just the objects the add-in uses, with Office.js's
 * batching rules (writes are queued and applied at `context.sync()`, properties read only after
 * `load()` and a sync) and a sync counter. Used by the Jest writer tests and, transpiled as a plain
 * script, as the scripted Excel host of the browser tests. It has no imports on purpose.
 */

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  formula: FakeScalar; // "=..." for a formula, else the constant ("" when empty)
  value: FakeScalar; // what Excel would show; formulas are evaluated by the host's evaluator
  numberFormat: string;
  fontColor?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  validation?: string;
  /** Set on the anchor of a dynamic-array formula: the size of the block it spills. */
  spill?: { rows: number; cols: number };
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
  showFilterButton?: boolean;
}

export interface FakeChartSeries {
  name: string;
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
  legend?: string;
  position?: [string, string];
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>; // key "row,col" (0-based)
  columnWidths: Map<number, number>;
}

/**
 * Evaluates a formula for `values` (the browser host routes AMZN.* to the registered functions).
 * A matrix result spills from the formula's cell, as a dynamic array does in Excel.
 */
export type FormulaEvaluator = (formula: string) => FakeScalar | FakeScalar[][];

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: { sheet: string; row: number; col: number; rows: number; cols: number };
  tables: FakeTable[];
  charts: FakeChart[];
  syncCount: number;
  evaluate: FormulaEvaluator;
  /** Workbook.onSelectionChanged handlers; `selectCells` calls them, as Excel does. */
  selectionHandlers: (() => unknown)[];
  /** Application.calculate calls applied (at sync, like every queued command), by calculation type. */
  calculations?: string[];
}

export class PropertyNotLoadedError extends Error {}

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
    charts: [],
    syncCount: 0,
    evaluate,
    selectionHandlers: [],
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
  for (const handler of state.selectionHandlers) void handler();
}

export function getSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = state.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
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

/**
 * Puts a constant or a formula in a cell as Excel would: a formula is evaluated, and a matrix
 * result spills over the cells to the right and below (which then report the value as their
 * formula, as spilled cells do in Office.js).
 */
export function enterInput(
  state: FakeWorkbookState,
  sheetName: string,
  row: number,
  col: number,
  input: FakeScalar,
  asValue = false,
): void {
  const cell = cellAt(state, sheetName, row, col);
  delete cell.spill;
  cell.formula = input;
  if (asValue || typeof input !== "string" || !input.startsWith("=")) {
    cell.value = input;
    return;
  }
  const result = state.evaluate(input);
  if (!Array.isArray(result)) {
    cell.value = result;
    return;
  }
  cell.value = result[0]?.[0] ?? "";
  cell.spill = { rows: result.length, cols: result[0]?.length ?? 1 };
  result.forEach((line, r) =>
    line.forEach((value, c) => {
      if (r === 0 && c === 0) return;
      const spilled = cellAt(state, sheetName, row + r, col + c);
      spilled.formula = value;
      spilled.value = value;
    }),
  );
}

/** Sets cells directly (test set-up, not through the API). */
export function fillCells(state: FakeWorkbookState, sheetName: string, address: string, grid: FakeScalar[][]): void {
  const { row, col } = parseAddress(address);
  grid.forEach((line, r) => line.forEach((input, c) => enterInput(state, sheetName, row + r, col + c, input)));
}

class Batch {
  queue: (() => void)[] = [];
  loads: (() => void)[] = [];
}

class Loadable {
  protected loaded = new Set<string>();
  protected snapshot: Record<string, unknown> = {};
  constructor(protected batch: Batch) {}
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new PropertyNotLoadedError(`The property '${property}' is not available. Call load() and sync() first.`);
    }
    return this.snapshot[property] as T;
  }
  protected registerLoad(properties: string[], capture: () => Record<string, unknown>): void {
    this.batch.loads.push(() => {
      const values = capture();
      for (const property of properties) {
        this.snapshot[property] = values[property];
        this.loaded.add(property);
      }
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
  each(apply: (cell: FakeCell, r: number, c: number) => void): void {
    this.queue(() => {
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) apply(cellAt(this.state, this.sheetName, this.row + r, this.col + c), r, c);
    });
  }
  private grid<T>(pick: (cell: FakeCell) => T): T[][] {
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
    this.registerLoad(list, () => ({
      address: rangeAddress(this.sheetName, this.row, this.col, this.rows, this.cols),
      formulas: this.grid((cell) => cell.formula),
      values: this.grid((cell) => cell.value),
      numberFormat: this.grid((cell) => cell.numberFormat),
      rowCount: this.rows,
      columnCount: this.cols,
      rowIndex: this.row,
      columnIndex: this.col,
    }));
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
  get values(): FakeScalar[][] {
    return this.read("values");
  }
  set values(grid: FakeScalar[][]) {
    this.checkShape(grid, "values");
    this.queue(() =>
      grid.forEach((line, r) =>
        line.forEach((input, c) => enterInput(this.state, this.sheetName, this.row + r, this.col + c, input, true)),
      ),
    );
  }
  get formulas(): FakeScalar[][] {
    return this.read("formulas");
  }
  set formulas(grid: FakeScalar[][]) {
    this.checkShape(grid, "formulas");
    this.queue(() =>
      grid.forEach((line, r) =>
        line.forEach((input, c) => enterInput(this.state, this.sheetName, this.row + r, this.col + c, input)),
      ),
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.checkShape(grid, "numberFormat");
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
  private checkShape(grid: unknown[][], property: string): void {
    // Office.js rejects the whole batch when a 2-D array does not match the range's dimensions.
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.cols)) {
      throw new Error(
        `fake Excel: ${property} of ${grid.length}×${grid[0]?.length ?? 0} for a ${this.rows}×${this.cols} range`,
      );
    }
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
  private titled(key: string): { title: { text: string } } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      title: {
        set text(text: string) {
          batch.queue.push(() => (chart.axisTitles[key] = text));
        },
      } as { text: string },
    };
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
    valueAxis: { title: { text: string } };
    categoryAxis: { title: { text: string } };
    getItem(type: string, group: string): { title: { text: string } };
  } {
    return {
      valueAxis: this.titled("value"),
      categoryAxis: this.titled("category"),
      getItem: (type: string, group: string) => this.titled(`${type}/${group}`),
    };
  }
  get legend(): { position: string } {
    const chart = this.chart;
    const batch = this.batch;
    return {
      set position(position: string) {
        batch.queue.push(() => (chart.legend = position));
      },
    } as { position: string };
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

class FakeTableObject {
  constructor(
    private batch: Batch,
    private table: () => FakeTable,
  ) {}
  set name(name: string) {
    this.batch.queue.push(() => (this.table().name = name));
  }
  set style(style: string) {
    this.batch.queue.push(() => (this.table().style = style));
  }
  set showFilterButton(show: boolean) {
    this.batch.queue.push(() => (this.table().showFilterButton = show));
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
  constructor(
    private state: FakeWorkbookState,
    batch: Batch,
    private sheetName: string,
  ) {
    super(batch);
  }
  load(properties: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : properties;
    this.registerLoad(list, () => ({ name: this.sheetName }));
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
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange | NullRange {
    // The used range is computed at sync time in Excel; the fake computes it when asked, which is
    // equivalent for the add-in's read-then-write batches.
    const sheet = getSheet(this.state, this.sheetName);
    const keys = [...sheet.cells.entries()]
      .filter(([, cell]) => cell.formula !== "" || (!valuesOnly && cell.numberFormat !== "General"))
      .map(([key]) => key.split(",").map(Number) as [number, number]);
    if (keys.length === 0) return nullRange();
    const rows = keys.map(([r]) => r);
    const cols = keys.map(([, c]) => c);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    return new FakeRange(
      this.state,
      this.batch,
      this.sheetName,
      top,
      left,
      Math.max(...rows) - top + 1,
      Math.max(...cols) - left + 1,
    );
  }
  activate(): void {
    this.batch.queue.push(() => (this.state.activeSheet = this.sheetName));
  }
  get tables(): { add(range: FakeRange | string, hasHeaders: boolean): FakeTableObject } {
    return {
      add: (range: FakeRange | string, _hasHeaders: boolean) => {
        const target = typeof range === "string" ? this.getRange(range) : range;
        let created: FakeTable | undefined;
        this.batch.queue.push(() => {
          const address = rangeAddress(target.sheetName, target.row, target.col, target.rows, target.cols);
          const clash = this.state.tables.find(
            (table) => table.sheet === target.sheetName && overlaps(table.address, address),
          );
          if (clash) throw new Error(`fake Excel: a table cannot overlap another table (${clash.name})`);
          created = { name: `Table${this.state.tables.length + 1}`, sheet: target.sheetName, address };
          this.state.tables.push(created);
        });
        return new FakeTableObject(this.batch, () => {
          if (!created) throw new Error("fake Excel: table used before it was added");
          return created;
        });
      },
    };
  }
  get charts(): { add(type: string, source: FakeRange, seriesBy: string): FakeChartObject } {
    return {
      add: (type: string, source: FakeRange, _seriesBy: string) => {
        const chart: FakeChart = {
          sheet: this.sheetName,
          type,
          source: rangeAddress(source.sheetName, source.row, source.col, source.rows, source.cols),
          title: "",
          series: [],
          axisTitles: {},
        };
        this.batch.queue.push(() => {
          chart.series.push({ name: "Series1", values: chart.source });
          this.state.charts.push(chart);
        });
        return new FakeChartObject(this.batch, chart);
      },
    };
  }
}

function overlaps(a: string, b: string): boolean {
  const first = parseAddress(a);
  const second = parseAddress(b);
  return (
    first.row < second.row + second.rows &&
    second.row < first.row + first.rows &&
    first.col < second.col + second.cols &&
    second.col < first.col + first.cols
  );
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
  } {
    const state = this.state;
    const batch = this.batch;
    return {
      load: (properties?: string) => new FakeCollection(batch, () => state.sheets).load(properties),
      add: (name: string) => {
        batch.queue.push(() => {
          if (state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
            throw new Error(`fake Excel: a sheet named ${name} exists`);
          }
          state.sheets.push(newSheet(name));
        });
        return new FakeWorksheet(state, batch, name);
      },
      getActiveWorksheet: () => new FakeWorksheet(state, batch, state.activeSheet),
      getItem: (name: string) => new FakeWorksheet(state, batch, name),
    };
  }
  get tables(): { load(properties?: string): FakeCollection<FakeTable> } {
    return { load: (properties?: string) => new FakeCollection(this.batch, () => this.state.tables).load(properties) };
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
  /**
   * Application.calculate(type) (ExcelApi 1.1): queued, applied at the next sync. The double only
   * records it; it does not recalculate cells.
   * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)
   */
  get application(): { calculate(type: string): void } {
    return {
      calculate: (type: string) => {
        this.batch.queue.push(() => {
          this.state.calculations = [...(this.state.calculations ?? []), type];
        });
      },
    };
  }
  getSelectedRange(): FakeRange {
    const { sheet, row, col, rows, cols } = this.state.selection;
    return new FakeRange(this.state, this.batch, sheet, row, col, rows, cols);
  }
  getActiveCell(): FakeRange {
    const { sheet, row, col } = this.state.selection;
    return new FakeRange(this.state, this.batch, sheet, row, col, 1, 1);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private batch = new Batch();
  constructor(private state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(state, this.batch);
  }
  async sync(): Promise<void> {
    this.state.syncCount++;
    const { queue, loads } = this.batch;
    this.batch.queue = [];
    this.batch.loads = [];
    // Excel applies queued commands in order, then answers the loads.
    for (const action of queue) action();
    for (const load of loads) load();
  }
}

/** The enum values the add-in reads from the Excel namespace at run time. */
export const fakeExcelEnums = {
  ChartType: { columnClustered: "ColumnClustered", line: "Line" },
  ChartSeriesBy: { rows: "Rows", columns: "Columns", auto: "Auto" },
  ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
  ChartAxisType: { value: "Value", category: "Category" },
  ChartLegendPosition: { bottom: "Bottom", right: "Right" },
};

/** An `Excel` namespace whose `run` uses the fake context. */
export function fakeExcelNamespace(state: FakeWorkbookState): Record<string, unknown> {
  return {
    ...fakeExcelEnums,
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> =>
      batch(new FakeRequestContext(state)),
  };
}
