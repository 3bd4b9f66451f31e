/**
 * A sheet spec says WHAT to write, never HOW: a rectangular grid anchored at a cell, with
 * formulas or constants, number formats, styles, an optional Excel table, charts and list
 * validations. It is plain data so it can be tested in Node and fed to any writer (the Office.js
 * writer in src/taskpane/excel, or an .xlsx export later).
 *
 * Coordinates are 0-based offsets from the anchor cell the writer chooses.
 */
import type { Lang } from "../core/runtime";

/** A constant (number, text, boolean), a formula (text starting with "="), or null for empty. */
export type SpecCell = string | number | boolean | null;

export type CellStyle =
  | "title" // sheet or block title
  | "header" // column headers (years)
  | "label" // row labels
  | "input" // hard-coded assumption: blue font, light fill (FAST standard)
  | "calc" // formula: black font
  | "output" // key result: bold
  | "note"; // source lines, comments: grey italic

export interface StyleRun {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly style: CellStyle;
}

export interface TableSpec {
  /** A valid Excel table name; the writer makes it unique in the workbook. */
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number; // header row included
  readonly cols: number;
}

export type ChartKind = "columnClustered" | "line" | "columnLineCombo" | "waterfall";

export interface ChartSeriesSpec {
  readonly name: string;
  /** Row offset of the series' values in the grid; the values span `categories`' columns. */
  readonly row: number;
  readonly kind: "column" | "line";
  readonly secondaryAxis?: boolean;
}

export interface ChartSpec {
  readonly title: string;
  readonly kind: ChartKind;
  /** Row holding the category labels (years) and the column span shared by every series. */
  readonly categoriesRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly series: readonly ChartSeriesSpec[];
  readonly valueAxisTitle: string;
  readonly secondaryAxisTitle?: string;
  readonly categoryAxisTitle?: string;
  /**
   * A waterfall (kind "waterfall"): `series[0]` holds the signed walk (start, then each step);
   * Excel's own waterfall type draws it where the host supports it (ExcelApi 1.9). Elsewhere the
   * writer draws the classic stacked-column waterfall from these rows: the invisible base first,
   * then the visible parts in the order given (see bridge-sheet.ts's waterfallRows for why a step
   * that crosses zero needs two parts of one colour).
   */
  readonly waterfall?: {
    readonly base: { readonly row: number; readonly name: string };
    readonly parts: readonly WaterfallPartSpec[];
  };
}

/** What a visible waterfall series shows, which decides its colour: a total, an increase, a decrease. */
export type WaterfallPart = "total" | "up" | "down";

export interface WaterfallPartSpec {
  readonly row: number;
  readonly name: string;
  readonly part: WaterfallPart;
}

export interface ListValidationSpec {
  readonly row: number;
  readonly col: number;
  readonly options: readonly string[];
}

/**
 * A three-colour scale over a block of numbers: lowest red, 50th percentile yellow, highest green
 * (Excel's conditional formatting; the writer applies it through Office.js, ExcelApi 1.6).
 */
export interface ColorScaleSpec {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetSpec {
  /** Suggested worksheet name when written on a new sheet (the writer makes it unique). */
  readonly sheetName: string;
  readonly lang: Lang;
  /** Rectangular grid: every row has the same length. */
  readonly cells: readonly (readonly SpecCell[])[];
  /** Same shape as `cells`; "General" where nothing special applies. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly StyleRun[];
  readonly table?: TableSpec;
  readonly charts: readonly ChartSpec[];
  readonly validations: readonly ListValidationSpec[];
  /** Colour scales (conditional formatting); omitted: none. */
  readonly colorScales?: readonly ColorScaleSpec[];
  /** Column widths in points, per column of the grid; omitted columns keep Excel's default. */
  readonly columnWidths?: readonly number[];
  /**
   * Where the grid's top-left cell must go on the worksheet (0-based row and column) for the
   * formulas' cell references to be right. Absent: the spec has no formulas referring to its own
   * cells, and the writer may anchor it anywhere. A spec built for A1 has { row: 0, col: 0 }; to
   * write it elsewhere, build it again for that anchor.
   */
  readonly formulaAnchor?: { readonly row: number; readonly col: number };
}

/** The number formats the sheets use: core's, one meaning per name. */
export {
  FORMAT_BILLIONS,
  FORMAT_BILLIONS_APPROX,
  FORMAT_EPS,
  FORMAT_GENERAL,
  FORMAT_MILLIONS,
  FORMAT_MULTIPLE,
  FORMAT_PERCENT,
  FORMAT_TEXT,
  FORMAT_WHOLE,
  FORMAT_YEAR,
} from "../core/wording";
