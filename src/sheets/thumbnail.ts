/**
 * A chart's thumbnail as plain data: the shapes of a small SVG drawn from the same sheet spec (and
 * the same ChartSpec) the writer hands to Excel, so the gallery's picture cannot drift from the
 * chart that gets inserted. Pure: the task pane turns the nodes into SVG elements.
 *
 * Series are drawn by kind (columns side by side per category, lines through the category
 * centres); a line on the secondary axis gets its own scale, as in Excel. A cell that is not a
 * number (a dash, =NA()) is a gap, never a zero.
 */
import type { ChartSpec, SheetSpec, SpecCell } from "./spec";

export type ThumbnailTag = "rect" | "line" | "polyline" | "circle";

export interface ThumbnailNode {
  readonly tag: ThumbnailTag;
  /** SVG attributes; `class` names the series ("series-0"…) or the axis, for the pane's CSS. */
  readonly attrs: Readonly<Record<string, string>>;
}

export interface Thumbnail {
  readonly width: number;
  readonly height: number;
  /** The chart's title, the SVG's accessible name. */
  readonly title: string;
  /** What the picture shows, in words (series and categories), for screen readers. */
  readonly description: string;
  readonly nodes: readonly ThumbnailNode[];
}

export interface ThumbnailSize {
  readonly width: number;
  readonly height: number;
}

const PAD = 4;

/** How each series is drawn, in the spec's language (the thumbnail's text alternative). */
const KIND_WORDS = {
  en: { column: "columns", line: "line" },
  fr: { column: "colonnes", line: "courbe" },
} as const;

function numberOrGap(cell: SpecCell | undefined): number | undefined {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

interface Scale {
  readonly min: number;
  readonly max: number;
}

function scaleOf(values: readonly (number | undefined)[]): Scale | undefined {
  const numbers = values.filter((value): value is number => value !== undefined);
  if (numbers.length === 0) return undefined;
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  return { min, max: max === min ? min + 1 : max };
}

/**
 * The class of each waterfall part's segments, which the pane's CSS colours as Excel colours the
 * chart: increases blue, decreases orange, totals grey.
 */
const PART_CLASS = { total: "waterfall-total", up: "waterfall-up", down: "waterfall-down" } as const;

interface Segment {
  readonly lo: number;
  readonly hi: number;
  readonly kind: (typeof PART_CLASS)[keyof typeof PART_CLASS];
}

/**
 * A waterfall as the stacked-column fallback draws it, from the same rows and in the same series
 * order: in each category, positive values stack up from zero and negative values down from zero,
 * the base first and invisible; totals, increases and decreases each in their class (PART_CLASS).
 * A step crossing zero is two segments of one class.
 */
function waterfallThumbnail(spec: SheetSpec, chart: ChartSpec, size: ThumbnailSize): Thumbnail {
  const wf = chart.waterfall;
  if (wf === undefined) throw new Error(`chart "${chart.title}" has no waterfall rows`);
  const { width, height } = size;
  const columns: number[] = [];
  for (let col = chart.firstCol; col <= chart.lastCol; col++) columns.push(col);
  const at = (row: number, col: number): number => numberOrGap(spec.cells[row]?.[col]) ?? 0;
  const bars = columns.map((col) => {
    const segments: Segment[] = [];
    let top = 0;
    let bottom = 0;
    const stack = (value: number, kind?: Segment["kind"]): void => {
      const segment = value > 0 ? { lo: top, hi: top + value } : { lo: bottom + value, hi: bottom };
      if (value > 0) top += value;
      else bottom += value;
      if (kind !== undefined && value !== 0) segments.push({ ...segment, kind });
    };
    stack(at(wf.base.row, col));
    for (const part of wf.parts) stack(at(part.row, col), PART_CLASS[part.part]);
    return segments;
  });
  // Zero in the scale: a walk of zeros draws no segment, and an axis still.
  const scale = scaleOf([0, ...bars.flat().flatMap((b) => [b.lo, b.hi])]);
  if (scale === undefined || columns.length === 0) throw new Error(`chart "${chart.title}" has no number to draw`);
  const plotBottom = height - PAD;
  const plotWidth = width - 2 * PAD;
  const y = (value: number): number =>
    plotBottom - ((value - scale.min) / (scale.max - scale.min)) * (plotBottom - PAD);
  const band = plotWidth / columns.length;
  const nodes: ThumbnailNode[] = [
    {
      tag: "line",
      attrs: { class: "axis", x1: round(PAD), x2: round(PAD + plotWidth), y1: round(y(0)), y2: round(y(0)) },
    },
  ];
  bars.forEach((segments, i) => {
    for (const bar of segments) {
      nodes.push({
        tag: "rect",
        attrs: {
          class: bar.kind,
          x: round(PAD + i * band + band * 0.15),
          y: round(y(bar.hi)),
          width: round(Math.max(band * 0.7 - 1, 1)),
          height: round(Math.max(y(bar.lo) - y(bar.hi), 0.5)),
        },
      });
    }
  });
  const categories = columns.map((col) => String(spec.cells[chart.categoriesRow]?.[col] ?? ""));
  const words = spec.lang === "fr" ? "cascade" : "waterfall";
  return {
    width,
    height,
    title: chart.title,
    description: `${words}: ${categories[0] ?? ""} → ${categories[categories.length - 1] ?? ""}`,
    nodes,
  };
}

export function chartThumbnail(
  spec: SheetSpec,
  chart: ChartSpec,
  size: ThumbnailSize = { width: 120, height: 64 },
): Thumbnail {
  if (chart.kind === "waterfall") return waterfallThumbnail(spec, chart, size);
  const { width, height } = size;
  const columns: number[] = [];
  for (let col = chart.firstCol; col <= chart.lastCol; col++) columns.push(col);
  if (columns.length === 0) throw new Error(`chart "${chart.title}" has no categories`);
  const categories = columns.map((col) => String(spec.cells[chart.categoriesRow]?.[col] ?? ""));
  const series = chart.series.map((entry, index) => ({
    ...entry,
    index,
    values: columns.map((col) => numberOrGap(spec.cells[entry.row]?.[col])),
  }));
  const empty = series.filter((entry) => entry.values.every((value) => value === undefined));
  if (series.length === 0 || empty.length > 0) {
    const names = empty.map((entry) => entry.name).join(", ");
    throw new Error(`chart "${chart.title}" has no number to draw${names ? ` for ${names}` : ""}`);
  }

  const primary = scaleOf(series.filter((entry) => !entry.secondaryAxis).flatMap((entry) => entry.values));
  const secondary = scaleOf(series.filter((entry) => entry.secondaryAxis).flatMap((entry) => entry.values));
  const plotTop = PAD;
  const plotBottom = height - PAD;
  const plotLeft = PAD;
  const plotWidth = width - 2 * PAD;
  const y = (value: number, scale: Scale): number =>
    plotBottom - ((value - scale.min) / (scale.max - scale.min)) * (plotBottom - plotTop);

  const nodes: ThumbnailNode[] = [];
  const band = plotWidth / columns.length;
  const bars = series.filter((entry) => entry.kind === "column");
  const barWidth = bars.length > 0 ? (band * 0.7) / bars.length : 0;
  const axisScale = primary ?? secondary;
  if (axisScale) {
    const zero = round(y(0, axisScale));
    nodes.push({
      tag: "line",
      attrs: { class: "axis", x1: round(plotLeft), x2: round(plotLeft + plotWidth), y1: zero, y2: zero },
    });
  }
  bars.forEach((entry, barIndex) => {
    const scale = (entry.secondaryAxis ? secondary : primary) as Scale;
    entry.values.forEach((value, category) => {
      if (value === undefined) return;
      const x = plotLeft + category * band + band * 0.15 + barIndex * barWidth;
      const top = Math.min(y(value, scale), y(0, scale));
      const bottom = Math.max(y(value, scale), y(0, scale));
      nodes.push({
        tag: "rect",
        attrs: {
          class: `series-${entry.index}`,
          x: round(x),
          y: round(top),
          width: round(Math.max(barWidth - 1, 1)),
          height: round(Math.max(bottom - top, 0.5)),
        },
      });
    });
  });
  for (const entry of series.filter((candidate) => candidate.kind === "line")) {
    const scale = (entry.secondaryAxis ? secondary : primary) as Scale;
    const points = entry.values.map((value, category) =>
      value === undefined ? undefined : { x: plotLeft + category * band + band / 2, y: y(value, scale) },
    );
    // A gap splits the line: each run of consecutive values is its own polyline.
    let run: { x: number; y: number }[] = [];
    const flush = (): void => {
      if (run.length > 1) {
        nodes.push({
          tag: "polyline",
          attrs: {
            class: `series-${entry.index} line`,
            points: run.map((p) => `${round(p.x)},${round(p.y)}`).join(" "),
          },
        });
      }
      run = [];
    };
    for (const point of points) {
      if (point) run.push(point);
      else flush();
    }
    flush();
    for (const point of points) {
      if (point)
        nodes.push({
          tag: "circle",
          attrs: { class: `series-${entry.index} point`, cx: round(point.x), cy: round(point.y), r: "2" },
        });
    }
  }

  const span = categories.length > 1 ? `${categories[0]}–${categories[categories.length - 1]}` : (categories[0] ?? "");
  const words = KIND_WORDS[spec.lang];
  const kinds = series.map((entry) => `${entry.name} (${words[entry.kind]})`).join(", ");
  return { width, height, title: chart.title, description: `${kinds}, ${span}`, nodes };
}
