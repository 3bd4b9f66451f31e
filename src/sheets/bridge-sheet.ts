/**
 * The gallery card "What drove net income" (PRODUCT.md, "What drove the profit"): the profit bridge
 * between two years as a table (static values, or one live =AMZN.BRIDGE spill), one sentence
 * reading it, and a waterfall chart drawn from a chart-data block below the table.
 *
 * Layout (grid offsets; n = the bridge's rows: start, steps, end):
 *   0            title
 *   1            the sentence reading the bridge, in the sheet's language
 *   2            header: step | M$
 *   3 … 2+n      the bridge: label, value (static: an Excel table with the header; live: the spill
 *                of one AMZN.BRIDGE formula in the first cell, no table, which a spill cannot live in)
 *   3+n          source line
 *   4+n          blank
 *   5+n …        chart data: the labels across, then the walk, the invisible base, the totals,
 *                the increases above and below zero, the decreases above and below zero (static:
 *                what the stacked chart draws, see waterfallRows)
 * The chart is kind "waterfall": Excel's waterfall type where the host has it, else a stacked
 * column (see the writer); the thumbnail draws the stacked form from the same rows.
 */
import { printFormula } from "../core/formula";
import { buildBridge, type Bridge, type BridgeStep } from "../core/figures";
import { parsePeriod } from "../core/dataset";
import type { Lang } from "../core/runtime";
import { formatNumber } from "../core/wording";
import {
  type ChartSpec,
  FORMAT_GENERAL,
  FORMAT_MILLIONS,
  type SheetSpec,
  type SpecCell,
  type StyleRun,
  type WaterfallPart,
} from "./spec";

export interface BridgeSheetOptions {
  readonly lang: Lang;
  readonly live: boolean;
  readonly from?: number;
  readonly to?: number;
}

/** The years a user can pick for the card: those every component of net income has. */
export const BRIDGE_YEARS: readonly number[] = [2022, 2023, 2024, 2025];
export const BRIDGE_DEFAULT = { from: 2023, to: 2025 } as const;
export const BRIDGE_TABLE_NAME = "AMZN_NetIncomeBridge";

const TEXT = {
  sheetName: { en: "Net income bridge", fr: "Pont du résultat net" },
  title: (from: number, to: number, lang: Lang): string =>
    lang === "fr" ? `Ce qui a fait le résultat net, ${from} → ${to}` : `What drove net income, ${from} → ${to}`,
  header: { en: ["Step", "M$"], fr: ["Étape", "M$"] },
  source: {
    en: "Source: Amazon's filings (segment note and statement of operations; 2025 from copies of the 10-K), amazon-filings-extended.md §2.1, through AMZN.BRIDGE; basis filings: the report prints no components.",
    fr: "Source : dépôts d'Amazon (note sur les segments et compte de résultat ; 2025 d'après des copies du 10-K), amazon-filings-extended.md §2.1, via AMZN.PONT_RESULTAT ; base « dépôts » : le rapport n'imprime pas les composantes.",
  },
  chartData: { en: "Chart data", fr: "Données du graphique" },
  rows: {
    walk: { en: "Walk", fr: "Passage" },
    base: { en: "Base (invisible)", fr: "Base (invisible)" },
    total: { en: "Net income", fr: "Résultat net" },
    up: { en: "Increase, above zero", fr: "Hausse, au-dessus de zéro" },
    upBelow: { en: "Increase, below zero", fr: "Hausse, sous zéro" },
    down: { en: "Decrease, above zero", fr: "Baisse, au-dessus de zéro" },
    downBelow: { en: "Decrease, below zero", fr: "Baisse, sous zéro" },
  },
  axis: { en: "M$", fr: "M$" },
} as const;

function signed(value: number, lang: Lang): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, lang)}`;
}

/** One sentence reading the bridge: the change, and the two steps that moved it most. */
export function bridgeSentence(bridge: Bridge, lang: Lang): string {
  const first = bridge.steps[0];
  const last = bridge.steps[bridge.steps.length - 1];
  if (first === undefined || last === undefined) return "";
  const change = last.value - first.value;
  const [a, b] = bridge.steps
    .slice(1, -1)
    .filter((s) => s.id !== "rounding")
    .sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
  const from = first.label[lang].replace(/^.* /, "");
  const to = last.label[lang].replace(/^.* /, "");
  const lower = (s: BridgeStep | undefined): string => (s === undefined ? "" : s.label[lang].toLowerCase());
  const span = `${formatNumber(first.value, lang)} → ${formatNumber(last.value, lang)}`;
  if (lang === "fr") {
    const verb = change >= 0 ? "a augmenté" : "a baissé";
    return `De ${from} à ${to}, le résultat net ${verb} de ${formatNumber(Math.abs(change), "fr")} M$ (${span}) : les plus fortes étapes sont ${lower(a)} (${signed(a?.value ?? 0, "fr")}) et ${lower(b)} (${signed(b?.value ?? 0, "fr")}).`;
  }
  const verb = change >= 0 ? "rose" : "fell";
  return `From ${from} to ${to}, net income ${verb} by ${formatNumber(Math.abs(change), "en")} M$ (${span}): the largest steps are ${lower(a)} (${signed(a?.value ?? 0, "en")}) and ${lower(b)} (${signed(b?.value ?? 0, "en")}).`;
}

export interface WaterfallRows {
  readonly base: number[];
  readonly total: number[];
  readonly up: number[];
  readonly upBelow: number[];
  readonly down: number[];
  readonly downBelow: number[];
}

/**
 * The stacked-column waterfall's rows: the invisible base, the totals, the increases above and
 * below zero, the decreases above and below zero. The base must be the chart's first series; the
 * others' order does not matter, a category having at most one visible value of each sign.
 *
 * A stacked column stacks the positive values of a category up from zero and its negative values
 * down from zero, each in series order. So a step from level a to level b, covering
 * [lo, hi] = [min(a, b), max(a, b)], is drawn as:
 * - both levels ≥ 0: base lo, then the visible hi − lo above it;
 * - both levels ≤ 0: base hi (the level nearer zero, negative), then the visible lo − hi below it;
 * - crossing zero: no base, the visible hi above zero and the visible lo below it, two series of
 *   the step's colour. An invisible base under a visible part of the other sign would stack on
 *   the other side of zero and move the bar (−100 → +200 drawn as 0..300).
 * This is Jon Peltier's "Waterfall Charts that Cross the X Axis"
 * (http://peltiertech.com/Excel/Charts/waterfallcrossing.html). Totals stand on zero. Exact in
 * whole M$, where the walk is computed.
 */
export function waterfallRows(steps: readonly Pick<BridgeStep, "value">[]): WaterfallRows {
  const rows: WaterfallRows = { base: [], total: [], up: [], upBelow: [], down: [], downBelow: [] };
  let level = 0;
  steps.forEach((s, i) => {
    if (i === 0 || i === steps.length - 1) {
      for (const row of [rows.base, rows.up, rows.upBelow, rows.down, rows.downBelow]) row.push(0);
      rows.total.push(s.value);
      level = s.value;
      return;
    }
    const next = level + s.value;
    const lo = Math.min(level, next);
    const hi = Math.max(level, next);
    // The part of [lo, hi] above zero (a length, ≥ 0) and the part below it (as the negative
    // number that stacks down); written so that an empty part is +0, never −0.
    const above = Math.max(hi, 0) - Math.max(lo, 0);
    const below = Math.min(lo, 0) - Math.min(hi, 0);
    const rising = s.value > 0;
    rows.base.push(Math.max(lo, 0) + Math.min(hi, 0));
    rows.total.push(0);
    rows.up.push(rising ? above : 0);
    rows.upBelow.push(rising ? below : 0);
    rows.down.push(rising ? 0 : above);
    rows.downBelow.push(rising ? 0 : below);
    level = next;
  });
  return rows;
}

/** The card's sheet spec for the years chosen (2023 → 2025 by default). Throws AmznError for years without components. */
export function buildBridgeSheet(options: BridgeSheetOptions): SheetSpec {
  const { lang, live } = options;
  const from = options.from ?? BRIDGE_DEFAULT.from;
  const to = options.to ?? BRIDGE_DEFAULT.to;
  const bridge = buildBridge("net_income", parsePeriod(from, "filings"), parsePeriod(to, "filings"));
  const steps = bridge.steps;
  const n = steps.length;
  const width = n + 1;
  const sourceRow = 3 + n;
  const chartDataRow = 5 + n;
  const catRow = chartDataRow + 1;
  // The walk, then waterfallRows' rows.
  const rowsOf = {
    walk: catRow + 1,
    base: catRow + 2,
    total: catRow + 3,
    up: catRow + 4,
    upBelow: catRow + 5,
    down: catRow + 6,
    downBelow: catRow + 7,
  };
  const height = rowsOf.downBelow + 1;
  const keys = Object.keys(rowsOf) as (keyof typeof rowsOf)[];

  const cells: SpecCell[][] = Array.from({ length: height }, () => new Array<SpecCell>(width).fill(null));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill(FORMAT_GENERAL));
  const put = (row: number, col: number, value: SpecCell, format?: string): void => {
    const line = cells[row];
    const formatLine = formats[row];
    if (line === undefined || formatLine === undefined || col >= width) throw new Error(`cell ${row},${col} off grid`);
    line[col] = value;
    if (format !== undefined) formatLine[col] = format;
  };

  put(0, 0, TEXT.title(from, to, lang));
  put(1, 0, bridgeSentence(bridge, lang));
  put(2, 0, TEXT.header[lang][0] ?? "");
  put(2, 1, TEXT.header[lang][1] ?? "");
  steps.forEach((s, i) => {
    if (live) {
      if (i === 0) put(3, 0, printFormula("BRIDGE", ["net_income", from, to, "M", lang]));
      formats[3 + i]?.splice(1, 1, FORMAT_MILLIONS);
    } else {
      put(3 + i, 0, s.label[lang]);
      put(3 + i, 1, s.value, FORMAT_MILLIONS);
    }
  });
  put(sourceRow, 0, TEXT.source[lang]);

  put(chartDataRow, 0, TEXT.chartData[lang]);
  const wf = waterfallRows(steps);
  steps.forEach((s, i) => put(catRow, 1 + i, s.label[lang]));
  const walk = steps.map((s) => s.value);
  for (const key of keys) {
    put(rowsOf[key], 0, TEXT.rows[key][lang]);
    (key === "walk" ? walk : wf[key]).forEach((v, i) => put(rowsOf[key], 1 + i, v, FORMAT_MILLIONS));
  }
  const parts: readonly [Exclude<keyof typeof rowsOf, "walk" | "base">, WaterfallPart][] = [
    ["total", "total"],
    ["up", "up"],
    ["upBelow", "up"],
    ["down", "down"],
    ["downBelow", "down"],
  ];

  const chart: ChartSpec = {
    title: TEXT.title(from, to, lang),
    kind: "waterfall",
    categoriesRow: catRow,
    firstCol: 1,
    lastCol: n,
    series: [{ name: TEXT.rows.walk[lang], row: rowsOf.walk, kind: "column" }],
    valueAxisTitle: TEXT.axis[lang],
    waterfall: {
      base: { row: rowsOf.base, name: TEXT.rows.base[lang] },
      parts: parts.map(([key, part]) => ({ row: rowsOf[key], name: TEXT.rows[key][lang], part })),
    },
  };
  const styles: StyleRun[] = [
    { row: 0, col: 0, rows: 1, cols: 1, style: "title" },
    { row: 1, col: 0, rows: 1, cols: 1, style: "note" },
    { row: 2, col: 0, rows: 1, cols: 2, style: "header" },
    { row: 3, col: 0, rows: n, cols: 1, style: "label" },
    { row: sourceRow, col: 0, rows: 1, cols: 1, style: "note" },
    { row: chartDataRow, col: 0, rows: height - chartDataRow, cols: 1, style: "note" },
  ];
  return {
    sheetName: TEXT.sheetName[lang],
    lang,
    cells,
    numberFormats: formats,
    styles,
    // Static values form an Excel table (the gallery previews it); a live spill cannot live in one.
    ...(live ? {} : { table: { name: BRIDGE_TABLE_NAME, row: 2, col: 0, rows: n + 1, cols: 2 } }),
    charts: [chart],
    validations: [],
    columnWidths: [260, ...new Array<number>(n).fill(90)],
  };
}
