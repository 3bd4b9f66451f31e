/**
 * What each cell of the report tables is, before choosing constants or formulas: per figure, the
 * AMZN call that returns it and its number format; a dash where the report prints none. A static
 * figure is the value its call returns, computed by core (the code the custom functions run), so
 * the static and live versions show the same number by construction. The words come from
 * report-text.ts; the grid from report-layout.ts.
 */
import { findFigure, findQuarterFigure, kpiRecord, sectionName, type Figure } from "../core/dataset";
import { evaluateArgs } from "../core/audit";
import { printCall } from "../core/formula";
import type { Bilingual, Lang } from "../core/runtime";
import { REPORT_CLAIMS, type Basis, type FilingSourceKey, type KpiId, type MetricId } from "../data/index";
import type { ChartSpec } from "./spec";
import { FORMAT_BILLIONS, FORMAT_BILLIONS_APPROX, FORMAT_PERCENT, FORMAT_WHOLE } from "./spec";
import {
  REPORT_TEXT,
  anthropicLabel,
  awsText,
  figureNote,
  flagsText,
  growthNote,
  growthUnit,
  kpisText,
  lineLabel,
  resultsText,
  type ReportTableId,
} from "./report-text";

export const DASH = "—";
export const YEARS = [2023, 2024, 2025] as const;

/** A call of an AMZN function with literal arguments, as the live cell writes it. */
export interface LiteralCall {
  readonly id: "REVENUE" | "NET_INCOME" | "AWS_REVENUE" | "METRIC" | "GROWTH" | "KPI";
  readonly args: readonly (string | number)[];
}

export interface FigureSlot {
  readonly kind: "figure";
  readonly value: number;
  readonly call: LiteralCall;
  readonly format: string;
}

export type Slot = FigureSlot | typeof DASH;

export interface LineDraft {
  readonly label: string;
  /** The chart legend's name (the label without its unit). */
  readonly seriesName: string;
  readonly slots: readonly Slot[];
  readonly note: string | null;
}

export interface KpiDraft {
  readonly label: string;
  readonly slot: FigureSlot;
  readonly unit: string;
  readonly section: string;
  readonly flag: string | null;
  readonly note: string | null;
}

export interface YearlyDraft {
  readonly kind: "yearly";
  readonly id: ReportTableId;
  readonly title: string;
  readonly labelHeader: string;
  readonly lines: readonly LineDraft[];
  readonly notes: readonly string[];
  readonly chart?: {
    readonly title: string;
    readonly kind: ChartSpec["kind"];
    /** Line index and how to plot it. */
    readonly series: readonly {
      readonly line: number;
      readonly kind: "column" | "line";
      readonly secondary?: boolean;
    }[];
    readonly valueAxisTitle: string;
    readonly secondaryAxisTitle?: string;
  };
}

export interface KpiTableDraft {
  readonly kind: "kpis";
  readonly title: string;
  readonly rows: readonly KpiDraft[];
  readonly notes: readonly string[];
}

/** The figure slot of a call: its value as core computes it. A dataset figure that fails is a bug. */
function slot(call: LiteralCall, format: string): FigureSlot {
  const result = evaluateArgs(call.id, call.args, "en");
  if (result === undefined || !result.ok || typeof result.value !== "number") {
    throw new Error(`${printCall(call.id, call.args)} returns no number`);
  }
  return { kind: "figure", value: result.value, call, format };
}

function yearlyCall(metric: MetricId, year: number, basis: Basis): LiteralCall {
  const tail = basis === "filings" ? ["B", "filings"] : [];
  switch (metric) {
    case "revenue":
      return { id: "REVENUE", args: [year, ...tail] };
    case "net_income":
      return { id: "NET_INCOME", args: [year, ...tail] };
    case "aws_revenue":
      return { id: "AWS_REVENUE", args: [year, ...tail] };
    default:
      return { id: "METRIC", args: [metric, year, ...tail] };
  }
}

/** A money figure in B$, or a ratio, where the basis has (or computes) it. */
function figureSlot(metric: MetricId, year: number, basis: Basis): FigureSlot | undefined {
  const figure = findFigure(basis, metric, year);
  if (figure === undefined) return undefined;
  const approximate = figure.provenance.flags.includes("approximate") && basis === "report";
  const format = figure.unit === "ratio" ? FORMAT_PERCENT : approximate ? FORMAT_BILLIONS_APPROX : FORMAT_BILLIONS;
  return slot(yearlyCall(metric, year, basis), format);
}

/** Report: the rate the report prints; filings: computed from the filed figures. */
function growthSlot(metric: MetricId, to: number, basis: Basis): FigureSlot | undefined {
  const from = to - 1;
  if (basis === "report") {
    const claim = REPORT_CLAIMS.find((c) => c.kind === "growth" && c.metric === metric && c.to === to);
    if (claim === undefined) return undefined;
    return slot({ id: "GROWTH", args: [metric, from, to, "reported"] }, FORMAT_PERCENT);
  }
  const a = findFigure("filings", metric, from);
  const b = findFigure("filings", metric, to);
  if (a === undefined || b === undefined || !(a.value > 0)) return undefined;
  return slot({ id: "GROWTH", args: [metric, from, to, "total", "filings"] }, FORMAT_PERCENT);
}

function figuresOf(metric: MetricId, basis: Basis): Figure[] {
  return YEARS.flatMap((year) => findFigure(basis, metric, year) ?? []);
}

function figureLine(metric: MetricId, basis: Basis, lang: Lang, name: Bilingual, unit: string): LineDraft {
  return {
    label: lineLabel(name, unit, lang),
    seriesName: name[lang],
    slots: YEARS.map((y) => figureSlot(metric, y, basis) ?? DASH),
    note: figureNote(figuresOf(metric, basis), basis, lang),
  };
}

function growthLine(metric: MetricId, basis: Basis, lang: Lang, name: Bilingual): LineDraft {
  return {
    label: lineLabel(name, growthUnit(basis, lang), lang),
    seriesName: name[lang],
    slots: YEARS.map((y) => growthSlot(metric, y, basis) ?? DASH),
    note: growthNote(basis, lang),
  };
}

/** The report's own labels, read from the dataset (French as printed, English translation). */
function reportLabel(metric: MetricId): Bilingual {
  for (const year of YEARS) {
    const f = findFigure("report", metric, year);
    if (f !== undefined && f.provenance.basis === "report") return f.provenance.label;
  }
  throw new Error(`the report has no ${metric}`);
}

function claimLabel(metric: MetricId): Bilingual {
  const claim = REPORT_CLAIMS.find((c) => c.kind === "growth" && c.metric === metric);
  if (claim === undefined) throw new Error(`the report prints no growth of ${metric}`);
  return claim.label;
}

function filingsSources(metrics: readonly MetricId[]): FilingSourceKey[] {
  const keys: FilingSourceKey[] = [];
  for (const m of metrics)
    for (const f of figuresOf(m, "filings"))
      if (f.provenance.basis === "filings") for (const k of f.provenance.sources) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function resultsDraft(basis: Basis, lang: Lang): YearlyDraft {
  const money = REPORT_TEXT.money[lang];
  const words = resultsText(basis, lang, filingsSources(["revenue", "net_income"]));
  return {
    kind: "yearly",
    id: "results",
    title: words.title,
    labelHeader: REPORT_TEXT.indicator[lang],
    lines: [
      figureLine("revenue", basis, lang, reportLabel("revenue"), money),
      figureLine("net_income", basis, lang, reportLabel("net_income"), money),
      growthLine("revenue", basis, lang, claimLabel("revenue")),
      growthLine("net_income", basis, lang, claimLabel("net_income")),
    ],
    notes: words.notes,
    chart: {
      title: words.chartTitle,
      kind: "columnClustered",
      series: [
        { line: 0, kind: "column" },
        { line: 1, kind: "column" },
      ],
      valueAxisTitle: money,
    },
  };
}

export function awsDraft(basis: Basis, lang: Lang): YearlyDraft {
  const money = REPORT_TEXT.money[lang];
  const revenue = figureLine("aws_revenue", basis, lang, reportLabel("aws_revenue"), money);
  const margin = figureLine("aws_operating_margin", basis, lang, reportLabel("aws_operating_margin"), "%");
  const approximate = revenue.slots.some((s) => s !== DASH && s.format === FORMAT_BILLIONS_APPROX);
  const words = awsText(basis, lang, filingsSources(["aws_revenue", "aws_operating_margin"]), approximate);
  return {
    kind: "yearly",
    id: "aws",
    title: words.title,
    labelHeader: REPORT_TEXT.awsIndicator[lang],
    lines: [revenue, growthLine("aws_revenue", basis, lang, claimLabel("aws_revenue")), margin],
    notes: words.notes,
    chart: {
      title: words.chartTitle,
      kind: "columnLineCombo",
      series: [
        { line: 0, kind: "column" },
        { line: 1, kind: "line", secondary: true },
      ],
      valueAxisTitle: money,
      secondaryAxisTitle: words.secondaryAxisTitle,
    },
  };
}

const KPI_ORDER: readonly (KpiId | "anthropic_gain")[] = [
  "rufus_users",
  "rufus_purchase_uplift",
  "ai_listing_sellers",
  "deepfleet_robots",
  "anthropic_gain",
  "capex_plan_2026",
];

function kpiDraft(id: KpiId, lang: Lang): KpiDraft {
  const k = kpiRecord(id);
  const unit = k.kind === "ratio" ? "%" : k.kind === "money" ? REPORT_TEXT.money[lang] : k.unitLabel[lang];
  const format = k.kind === "ratio" ? FORMAT_PERCENT : k.kind === "money" ? FORMAT_BILLIONS : FORMAT_WHOLE;
  return {
    label: k.label[lang],
    slot: slot({ id: "KPI", args: [id] }, format),
    unit,
    section: sectionName(k.section, lang),
    flag: flagsText(k.flags, lang),
    note: k.note?.[lang] ?? null,
  };
}

/**
 * The report's 9.5 B$ gain where each basis puts it: 2024 in the report; in the filings, the
 * quarter it was booked (Q3 2025): the filings know the gains by quarter only, and a year's figure
 * is the year's total.
 */
function anthropicDraft(basis: Basis, lang: Lang): KpiDraft {
  const year = basis === "report" ? 2024 : 2025;
  const figure =
    basis === "report"
      ? findFigure(basis, "anthropic_gain", year)
      : findQuarterFigure(basis, "anthropic_gain", year, 3);
  const gain =
    basis === "report"
      ? figureSlot("anthropic_gain", year, basis)
      : slot({ id: "METRIC", args: ["anthropic_gain", "2025Q3", "B", "filings"] }, FORMAT_BILLIONS);
  if (figure === undefined || gain === undefined) throw new Error(`no anthropic_gain ${year} in basis ${basis}`);
  const p = figure.provenance;
  const sources = p.basis === "filings" ? ` (${p.sources.join(", ")})` : "";
  return {
    label: anthropicLabel(basis, lang),
    slot: gain,
    unit: REPORT_TEXT.money[lang],
    section: sectionName("s5", lang),
    flag: flagsText(p.flags, lang),
    note: p.note === undefined ? null : `${p.note[lang]}${sources}`,
  };
}

export function kpisDraft(basis: Basis, lang: Lang): KpiTableDraft {
  const words = kpisText(basis, lang);
  return {
    kind: "kpis",
    title: words.title,
    rows: KPI_ORDER.map((id) => (id === "anthropic_gain" ? anthropicDraft(basis, lang) : kpiDraft(id, lang))),
    notes: words.notes,
  };
}
