/**
 * The task pane gallery's report tables: the report's §1 results, §2 AWS and §3–§6 AI KPIs as
 * sheet specs, with their charts, in English or French, static (constants) or live (one AMZN
 * formula per figure), on the report's basis or with Amazon's filed figures.
 *
 * Layout (grid offsets; every table the same way):
 *   0      title (units in it: "(B$)" / "(Mds$)")
 *   1      the Excel table's header row: "Indicator", the years as text ("2023": Excel makes
 *          table headers text), "Note"
 *   2…     one row per figure line, units in the row labels ("Total revenue (B$)",
 *          "Revenue growth (%)"), "—" where the report prints a dash, flags and provenance notes in
 *          the Note column; approximate figures show "~" through their number format (~91.0)
 *   then   the source line (style note) right below the table, explanatory notes under it, and
 *          a line saying whether the figures are constants or AMZN formulas (same row count
 *          static or live, so the two versions line up cell for cell)
 *   then   for a chart whose line series has a dash: a blank row and a chart-series helper row
 *          with =NA() in place of the dash, so Excel draws a gap (Excel plots text as 0: the
 *          growth line would otherwise fall to 0% in 2023)
 * The KPI table has one row per KPI: label, value, unit, section, flag, note.
 *
 * Decisions:
 * - The tables are the report's, as printed: the growth rows hold the rates the report prints
 *   (its claims, =AMZN.GROWTH(…,"reported")), no computed rows. Computed rates and the gaps to the
 *   filings belong to the reconciliation table; a note line says so.
 * - basis "filings" keeps the report's layout and labels, fills it with the filed figures in B$
 *   (=AMZN.REVENUE(2024,"B","filings")), computes growth from them ("total": the filings print no
 *   rates) and gives the AWS margin every year the filings have. KPIs have no filed counterpart
 *   the functions return: in the KPI table only the Anthropic gain changes (2025, as filed).
 * - Static cells hold the figures read from the dataset; live cells hold the AMZN formula that
 *   returns exactly that number through src/core/figures/api.ts (the tests check each one). No formula
 *   refers to a cell, so the spec has no formulaAnchor and can be written anywhere.
 * - Static figures are hard-coded numbers: "input" style (blue, FAST). Live figures: "calc".
 */
import { convertMoney } from "../core/dataset";
import { findFigure, findQuarterFigure, sectionName, sectionTitle, type Figure } from "../core/dataset";
import { colon, sep } from "../core/wording";
import { kpiRecord } from "../core/dataset";
import { parseAmznFormula } from "../core/formula";
import { evaluateCall } from "../core/audit";
import { AmznError, type Bilingual, type Lang } from "../core/runtime";
import { type Basis, type FilingSourceKey, type Flag, type KpiId, type MetricId, REPORT_CLAIMS } from "../data/index";
import {
  FORMAT_BILLIONS,
  FORMAT_GENERAL,
  FORMAT_PERCENT,
  type CellStyle,
  type ChartSeriesSpec,
  type ChartSpec,
  type SheetSpec,
} from "./spec";
import { EMPTY, pad, styleRuns, type GridCell } from "./grid";

export type ReportTableId = "results" | "aws" | "kpis";
export type ReportBasis = Basis;

export const REPORT_TABLE_IDS: readonly ReportTableId[] = ["results", "aws", "kpis"];

export interface ReportSheetOptions {
  readonly table: ReportTableId;
  readonly lang: Lang;
  /** true: one AMZN formula per figure; false: constants. */
  readonly live: boolean;
  /** Add the table's chart; ignored for a table without one (kpis). */
  readonly chart: boolean;
  /** "report" (default): the report's figures as printed; "filings": Amazon's filed figures. */
  readonly basis?: ReportBasis;
}

/** One gallery entry, as the task pane lists it. */
export interface ReportGalleryItem {
  readonly id: ReportTableId;
  /** The report's section(s): "§1", "§2", "§3–§6". */
  readonly section: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** The table comes with a chart (the `chart` option adds it). */
  readonly chart: boolean;
  readonly chartTitle?: Bilingual;
  /** Bases the table can be built on. */
  readonly bases: readonly ReportBasis[];
}

export const REPORT_GALLERY: readonly ReportGalleryItem[] = [
  {
    id: "results",
    section: "§1",
    title: { en: "Financial results 2023–2025", fr: "Résultats financiers 2023–2025" },
    description: {
      en: "Revenue, net income and their growth as the report prints them (§1), with a chart of revenue and net income by year.",
      fr: "Chiffre d'affaires, bénéfice net et leur croissance tels que le rapport les imprime (§1), avec un graphique du chiffre d'affaires et du bénéfice net par année.",
    },
    chart: true,
    chartTitle: { en: "Revenue and net income by year", fr: "Chiffre d'affaires et bénéfice net par année" },
    bases: ["report", "filings"],
  },
  {
    id: "aws",
    section: "§2",
    title: { en: "AWS 2023–2025", fr: "AWS 2023–2025" },
    description: {
      en: "AWS revenue, growth and operating margin (§2), with a chart of AWS revenue (columns) and its growth (line, right axis).",
      fr: "Revenus AWS, croissance et marge opérationnelle (§2), avec un graphique des revenus AWS (colonnes) et de leur croissance (courbe, axe de droite).",
    },
    chart: true,
    chartTitle: { en: "AWS revenue and growth", fr: "Revenus AWS et croissance" },
    bases: ["report", "filings"],
  },
  {
    id: "kpis",
    section: "§3–§6",
    title: { en: "AI key figures", fr: "Indicateurs clés de l'IA" },
    description: {
      en: "Rufus, AI listing tools, DeepFleet, the Anthropic gain and the 2026 capex plan (§3–§6), each with its unit, section and flags (unverified, over, plan).",
      fr: "Rufus, outils IA de fiches produits, DeepFleet, le gain sur Anthropic et le plan d'investissement 2026 (§3–§6), chacun avec son unité, sa section et ses réserves (non vérifié, plus de, plan).",
    },
    chart: false,
    bases: ["report", "filings"],
  },
];

// ---------------------------------------------------------------------------------------------
// AMZN formulas.

export type AmznFunctionId = "REVENUE" | "NET_INCOME" | "AWS_REVENUE" | "METRIC" | "GROWTH" | "KPI";

/** A call of an AMZN data function with literal arguments. */
export interface AmznCall {
  readonly fn: AmznFunctionId;
  readonly args: readonly (string | number)[];
}

/** Excel's invariant syntax, as Office.js `range.formulas` expects: "," separators, "…" strings. */
export function formulaOf(call: AmznCall): string {
  const args = call.args.map((arg) => (typeof arg === "number" ? String(arg) : `"${arg.replace(/"/g, '""')}"`));
  return `=AMZN.${call.fn}(${args.join(",")})`;
}

const NA_FORMULA = "=NA()";
const DATA_FUNCTIONS: readonly string[] = ["REVENUE", "NET_INCOME", "AWS_REVENUE", "METRIC", "GROWTH", "KPI"];

/**
 * Parses "=AMZN.ID(literal args)" with core's one grammar of AMZN formulas (amzn-formula.ts);
 * undefined for anything else (another function, a reference or expression argument, several calls).
 */
export function parseAmznCall(formula: string): AmznCall | undefined {
  const call = parseAmznFormula(formula);
  if (call === undefined || !DATA_FUNCTIONS.includes(call.id) || !formula.startsWith(`=AMZN.${call.id}(`)) {
    return undefined;
  }
  const args: (string | number)[] = [];
  for (const arg of call.args) {
    if (arg.kind === "number" || arg.kind === "text") args.push(arg.value);
    else return undefined;
  }
  return { fn: call.id as AmznFunctionId, args };
}

const ERROR_CODES = { value: "#VALUE!", na: "#N/A" } as const;

/**
 * What a formula of these specs shows in Excel: the AMZN function's value through core's evaluator
 * (the code the custom functions run), "#N/A" for =NA(), an error code for a failure.
 */
export function evaluateReportFormula(formula: string): number | string {
  if (formula.replace(/\s/g, "").toUpperCase() === NA_FORMULA) return "#N/A";
  const call = parseAmznCall(formula) === undefined ? undefined : parseAmznFormula(formula);
  const result = call === undefined ? undefined : evaluateCall(call, "en");
  if (result === undefined) return "#NAME?";
  if (!result.ok) return ERROR_CODES[result.kind];
  return typeof result.value === "number" || typeof result.value === "string" ? result.value : "#VALUE!";
}

// ---------------------------------------------------------------------------------------------
// Text.

const DASH = "—";
const YEARS = [2023, 2024, 2025] as const;
const FORMAT_COUNT = "#,##0";
/** FORMAT_BILLIONS with the report's "~" for an approximate figure: 91 shows "~91.0". */
export const FORMAT_BILLIONS_APPROX = '"~"#,##0.0;("~"#,##0.0);"–"';
/** The report's date (its heading: "Date de rédaction : Février 2026"). */
const REPORT_DATE: Bilingual = { en: "February 2026", fr: "février 2026" };

const TEXT = {
  indicator: { en: "Indicator", fr: "Indicateur" },
  awsIndicator: { en: "AWS indicator", fr: "Indicateur AWS" },
  note: { en: "Note", fr: "Remarque" },
  value: { en: "Value", fr: "Valeur" },
  unit: { en: "Unit", fr: "Unité" },
  section: { en: "Section", fr: "Section" },
  flag: { en: "Flag", fr: "Réserve" },
  money: { en: "B$", fr: "Mds$" },
  year: { en: "Year", fr: "Année" },
  percentUnit: { en: "%", fr: "%" },
  asPrinted: {
    en: "as printed: the report's claim",
    fr: "tel qu'imprimé : affirmation du rapport",
  },
  computedGrowth: {
    en: "computed from the filed figures: to / from − 1",
    fr: "calculée à partir des chiffres publiés : fin / début − 1",
  },
  computedLabel: { en: "computed", fr: "calculée" },
  static: {
    en: "Static: every figure is a constant from the add-in's dataset; insert the live version for AMZN formulas.",
    fr: "Statique : chaque chiffre est une constante des données de l'add-in ; insérez la version dynamique pour des formules AMZN.",
  },
  live: {
    en: "Live: every figure is an AMZN formula. To share the workbook with someone without the add-in, convert them to values (task pane, Share).",
    fr: "Dynamique : chaque chiffre est une formule AMZN. Pour partager le classeur avec quelqu'un qui n'a pas l'add-in, convertissez-les en valeurs (volet, Partager).",
  },
  approxNote: {
    en: "~ approximate: the report prints ~91.",
    fr: "~ approximatif : le rapport imprime ~91.",
  },
  chartHelper: {
    en: "Chart series: #N/A where the table has a dash, so the chart shows a gap, not 0",
    fr: "Série du graphique : #N/A là où le tableau a un tiret, pour un trou dans le graphique, pas 0",
  },
} as const satisfies Record<string, Bilingual>;

const FLAG_TEXT: Readonly<Record<Flag, Bilingual>> = {
  approximate: { en: "approximate", fr: "approximatif" },
  unverified: { en: "unverified", fr: "non vérifié" },
  estimate: { en: "plan (estimate)", fr: "plan (estimation)" },
  computed: { en: "computed", fr: "calculé" },
  lower_bound: { en: "over (lower bound)", fr: "plus de (borne basse)" },
  reported_claim: { en: "the report's claim", fr: "affirmation du rapport" },
  rounded: { en: "rounded as printed", fr: "arrondi tel qu'imprimé" },
};

function quote(text: string, lang: Lang): string {
  return lang === "fr" ? `« ${text} »` : `"${text}"`;
}

function basisWord(basis: Basis, lang: Lang): string {
  if (basis === "report") return lang === "fr" ? "base rapport" : "basis report";
  return lang === "fr" ? "base dépôts (filings)" : "basis filings";
}

// ---------------------------------------------------------------------------------------------
// The draft: what each cell is, before choosing constants or formulas.

interface FigureSlot {
  readonly kind: "figure";
  readonly value: number;
  readonly call: AmznCall;
  readonly format: string;
}

type Slot = FigureSlot | typeof DASH;

interface LineDraft {
  readonly label: string;
  /** The chart legend's name (the label without its unit). */
  readonly seriesName: string;
  readonly slots: readonly Slot[];
  readonly note: string | null;
}

interface KpiDraft {
  readonly label: string;
  readonly slot: FigureSlot;
  readonly unit: string;
  readonly section: string;
  readonly flag: string | null;
  readonly note: string | null;
}

function basisArgs(basis: Basis): readonly string[] {
  return basis === "filings" ? ["B", "filings"] : [];
}

function yearlyCall(metric: MetricId, year: number, basis: Basis): AmznCall {
  const tail = basisArgs(basis);
  switch (metric) {
    case "revenue":
      return { fn: "REVENUE", args: [year, ...tail] };
    case "net_income":
      return { fn: "NET_INCOME", args: [year, ...tail] };
    case "aws_revenue":
      return { fn: "AWS_REVENUE", args: [year, ...tail] };
    default:
      return { fn: "METRIC", args: [metric, year, ...tail] };
  }
}

/** A money figure in B$, or a ratio, exactly as the basis stores (or computes) it. */
function figureSlot(metric: MetricId, year: number, basis: Basis): FigureSlot | undefined {
  const figure = findFigure(basis, metric, year);
  if (figure === undefined) return undefined;
  const ratio = figure.unit === "ratio";
  const value = ratio ? figure.value : convertMoney(figure.value, figure.unit, "B");
  const approximate = figure.provenance.flags.includes("approximate") && basis === "report";
  return {
    kind: "figure",
    value,
    call: yearlyCall(metric, year, basis),
    format: ratio ? FORMAT_PERCENT : approximate ? FORMAT_BILLIONS_APPROX : FORMAT_BILLIONS,
  };
}

/** Report: the rate the report prints; filings: computed from the filed figures. */
function growthSlot(metric: MetricId, to: number, basis: Basis): FigureSlot | undefined {
  const from = to - 1;
  if (basis === "report") {
    const claim = REPORT_CLAIMS.find((c) => c.kind === "growth" && c.metric === metric && c.to === to);
    if (claim === undefined || claim.kind !== "growth") return undefined;
    return {
      kind: "figure",
      value: claim.value,
      call: { fn: "GROWTH", args: [metric, from, to, "reported"] },
      format: FORMAT_PERCENT,
    };
  }
  const a = findFigure("filings", metric, from);
  const b = findFigure("filings", metric, to);
  if (a === undefined || b === undefined || !(a.value > 0)) return undefined;
  return {
    kind: "figure",
    value: b.value / a.value - 1,
    call: { fn: "GROWTH", args: [metric, from, to, "total", "filings"] },
    format: FORMAT_PERCENT,
  };
}

function figuresOf(metric: MetricId, basis: Basis): Figure[] {
  const figures: Figure[] = [];
  for (const year of YEARS) {
    const f = findFigure(basis, metric, year);
    if (f !== undefined) figures.push(f);
  }
  return figures;
}

/** The Note column of a figure line: flags, provenance notes, filed sources. */
function figureNote(metric: MetricId, basis: Basis, lang: Lang): string | null {
  const figures = figuresOf(metric, basis);
  const parts: string[] = [];
  if (basis === "report") {
    for (const f of figures) {
      if (f.provenance.basis !== "report") continue;
      const flags = f.provenance.flags.filter((flag) => flag !== "reported_claim");
      if (f.provenance.flags.includes("reported_claim")) {
        if (!parts.includes(TEXT.asPrinted[lang])) parts.unshift(TEXT.asPrinted[lang]);
      }
      const bits = flags.map((flag) => FLAG_TEXT[flag][lang]);
      if (flags.includes("approximate")) {
        bits.push(`${lang === "fr" ? "imprimé" : "printed"} ${quote(f.provenance.printed, lang)}`);
      }
      if (f.provenance.note !== undefined) bits.push(f.provenance.note[lang]);
      if (bits.length > 0) parts.push(`${f.year}${colon(lang)}${bits.join(", ")}`);
    }
  } else {
    const labels: string[] = [];
    const sources: FilingSourceKey[] = [];
    const formulas: string[] = [];
    for (const f of figures) {
      const p = f.provenance;
      if (p.basis !== "filings") continue;
      if (p.computation !== undefined) {
        if (!formulas.includes(p.computation.formula[lang])) formulas.push(p.computation.formula[lang]);
      } else if (!labels.includes(p.label[lang])) labels.push(p.label[lang]);
      for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
      if (p.note !== undefined) parts.push(`${f.year}${colon(lang)}${p.note[lang]}`);
    }
    const head =
      formulas.length > 0
        ? `${lang === "fr" ? "calculé" : "computed"}${colon(lang)}${formulas.join(", ")}`
        : `${lang === "fr" ? "publié comme" : "filed as"} ${labels.map((l) => quote(l, lang)).join(", ")}`;
    parts.unshift(`${head} (${sources.join(", ")})`);
  }
  return parts.length === 0 ? null : parts.join(sep(lang));
}

function figureLine(metric: MetricId, basis: Basis, lang: Lang, name: Bilingual, unit: string): LineDraft {
  return {
    label: `${name[lang]} (${unit})`,
    seriesName: name[lang],
    slots: YEARS.map((y) => figureSlot(metric, y, basis) ?? DASH),
    note: figureNote(metric, basis, lang),
  };
}

function growthLine(metric: MetricId, basis: Basis, lang: Lang, name: Bilingual): LineDraft {
  const suffix = basis === "filings" ? `%, ${TEXT.computedLabel[lang]}` : "%";
  return {
    label: `${name[lang]} (${suffix})`,
    seriesName: name[lang],
    slots: YEARS.map((y) => growthSlot(metric, y, basis) ?? DASH),
    note: basis === "report" ? TEXT.asPrinted[lang] : TEXT.computedGrowth[lang],
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

function sourceLine(section: string, basis: Basis, lang: Lang, filed: readonly FilingSourceKey[]): string {
  const addIn = lang === "fr" ? `complément AMZN, ${basisWord(basis, lang)}` : `AMZN add-in, ${basisWord(basis, lang)}`;
  if (basis === "report") {
    return lang === "fr"
      ? `Source : rapport ${section} (${REPORT_DATE.fr}) ; ${addIn}.`
      : `Source: report ${section} (${REPORT_DATE.en}); ${addIn}.`;
  }
  return lang === "fr"
    ? `Source : chiffres publiés par Amazon (${filed.join(", ")}), M$ convertis en Mds$, dans la présentation du rapport ${section} (${REPORT_DATE.fr}) ; ${addIn}.`
    : `Source: Amazon's filed figures (${filed.join(", ")}), M$ converted to B$, in the layout of report ${section} (${REPORT_DATE.en}); ${addIn}.`;
}

interface YearlyDraft {
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

interface KpiTableDraft {
  readonly kind: "kpis";
  readonly title: string;
  readonly rows: readonly KpiDraft[];
  readonly notes: readonly string[];
}

function resultsDraft(basis: Basis, lang: Lang): YearlyDraft {
  const money = TEXT.money[lang];
  const filings = basis === "filings";
  const notes = [
    sourceLine(sectionTitle("s1"), basis, lang, filingsSources(["revenue", "net_income"])),
    filings
      ? lang === "fr"
        ? "Croissance calculée à partir des chiffres publiés. Les taux imprimés par le rapport et les écarts sont dans la table de rapprochement (AMZN.RECONCILE)."
        : "Growth computed from the filed figures. The rates the report prints and the gaps are in the reconciliation table (AMZN.RECONCILE)."
      : lang === "fr"
        ? "Les croissances sont les taux imprimés par le rapport (ses affirmations). Les taux calculés à partir de ses propres chiffres et des dépôts sont dans la table de rapprochement (AMZN.RECONCILE)."
        : "Growth rates are the report's printed claims. The rates computed from its own figures and from the filings are in the reconciliation table (AMZN.RECONCILE).",
  ];
  return {
    kind: "yearly",
    id: "results",
    title:
      lang === "fr"
        ? `Amazon — Résultats financiers globaux 2023–2025${filings ? ", chiffres publiés" : ""} (${money})`
        : `Amazon — overall financial results 2023–2025${filings ? ", as filed" : ""} (${money})`,
    labelHeader: TEXT.indicator[lang],
    lines: [
      figureLine("revenue", basis, lang, reportLabel("revenue"), money),
      figureLine("net_income", basis, lang, reportLabel("net_income"), money),
      growthLine("revenue", basis, lang, claimLabel("revenue")),
      growthLine("net_income", basis, lang, claimLabel("net_income")),
    ],
    notes,
    chart: {
      title:
        lang === "fr"
          ? `Chiffre d'affaires et bénéfice net par année (${money})`
          : `Revenue and net income by year (${money})`,
      kind: "columnClustered",
      series: [
        { line: 0, kind: "column" },
        { line: 1, kind: "column" },
      ],
      valueAxisTitle: money,
    },
  };
}

function awsDraft(basis: Basis, lang: Lang): YearlyDraft {
  const money = TEXT.money[lang];
  const filings = basis === "filings";
  const revenue = figureLine("aws_revenue", basis, lang, reportLabel("aws_revenue"), money);
  const margin = figureLine("aws_operating_margin", basis, lang, reportLabel("aws_operating_margin"), "%");
  const approximate = revenue.slots.some((s) => s !== DASH && s.format === FORMAT_BILLIONS_APPROX);
  const claims =
    lang === "fr"
      ? "La croissance et la marge sont celles que le rapport imprime (ses affirmations) ; les valeurs calculées et les écarts aux dépôts sont dans la table de rapprochement (AMZN.RECONCILE)."
      : "Growth and margin are the report's printed claims; computed values and the gaps to the filings are in the reconciliation table (AMZN.RECONCILE).";
  const computed =
    lang === "fr"
      ? "Croissance et marge calculées à partir des chiffres publiés ; les taux imprimés par le rapport et les écarts sont dans la table de rapprochement (AMZN.RECONCILE)."
      : "Growth and margin computed from the filed figures; the report's printed rates and the gaps are in the reconciliation table (AMZN.RECONCILE).";
  const notes = [
    sourceLine(sectionTitle("s2"), basis, lang, filingsSources(["aws_revenue", "aws_operating_margin"])),
    ...(approximate ? [TEXT.approxNote[lang]] : []),
    filings ? computed : claims,
  ];
  return {
    kind: "yearly",
    id: "aws",
    title:
      lang === "fr"
        ? `Amazon — AWS, le moteur principal de la croissance IA, 2023–2025${filings ? ", chiffres publiés" : ""} (${money})`
        : `Amazon — AWS, the main engine of AI growth, 2023–2025${filings ? ", as filed" : ""} (${money})`,
    labelHeader: TEXT.awsIndicator[lang],
    lines: [revenue, growthLine("aws_revenue", basis, lang, claimLabel("aws_revenue")), margin],
    notes,
    chart: {
      title: lang === "fr" ? `Revenus AWS (${money}) et croissance (%)` : `AWS revenue (${money}) and growth (%)`,
      kind: "columnLineCombo",
      series: [
        { line: 0, kind: "column" },
        { line: 1, kind: "line", secondary: true },
      ],
      valueAxisTitle: money,
      secondaryAxisTitle: lang === "fr" ? "Croissance (%)" : "Growth (%)",
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

function flagsText(flags: readonly Flag[], lang: Lang): string | null {
  const shown = flags.filter((f) => f !== "reported_claim").map((f) => FLAG_TEXT[f][lang]);
  return shown.length === 0 ? null : shown.join(", ");
}

function kpiDraft(id: KpiId, lang: Lang): KpiDraft {
  const k = kpiRecord(id);
  const unit = k.kind === "ratio" ? "%" : k.kind === "money" ? TEXT.money[lang] : k.unitLabel[lang];
  const format = k.kind === "ratio" ? FORMAT_PERCENT : k.kind === "money" ? FORMAT_BILLIONS : FORMAT_COUNT;
  return {
    label: k.label[lang],
    slot: { kind: "figure", value: k.value, call: { fn: "KPI", args: [id] }, format },
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
  const slot: FigureSlot | undefined =
    basis === "report"
      ? figureSlot("anthropic_gain", year, basis)
      : figure === undefined
        ? undefined
        : {
            kind: "figure",
            value: convertMoney(figure.value, figure.unit, "B"),
            call: { fn: "METRIC", args: ["anthropic_gain", "2025Q3", ...basisArgs(basis)] },
            format: FORMAT_BILLIONS,
          };
  if (figure === undefined || slot === undefined) throw new Error(`no anthropic_gain ${year} in basis ${basis}`);
  const label =
    basis === "report"
      ? lang === "fr"
        ? "Gain comptable sur Anthropic (2024 selon le rapport)"
        : "Book gain on Anthropic (2024 per the report)"
      : lang === "fr"
        ? "Gain sur Anthropic (T3 2025 selon Amazon)"
        : "Gain on the Anthropic stake (Q3 2025, as Amazon reported it)";
  const p = figure.provenance;
  const sources = p.basis === "filings" ? ` (${p.sources.join(", ")})` : "";
  return {
    label,
    slot,
    unit: TEXT.money[lang],
    section: sectionName("s5", lang),
    flag: flagsText(p.flags, lang),
    note: p.note === undefined ? null : `${p.note[lang]}${sources}`,
  };
}

function kpisDraft(basis: Basis, lang: Lang): KpiTableDraft {
  const rows = KPI_ORDER.map((id) => (id === "anthropic_gain" ? anthropicDraft(basis, lang) : kpiDraft(id, lang)));
  const section = "§3–§6";
  const source =
    basis === "report"
      ? sourceLine(section, basis, lang, [])
      : lang === "fr"
        ? `Source : rapport ${section} (${REPORT_DATE.fr}) pour les indicateurs, qui n'ont pas de chiffre publié équivalent ; gain sur Anthropic : le trimestre où Amazon l'a comptabilisé (T3 2025 ; S-FLEX, S-GW) ; complément AMZN, ${basisWord(basis, lang)}.`
        : `Source: report ${section} (${REPORT_DATE.en}) for the KPIs, which have no filed equivalent; Anthropic gain: the quarter Amazon booked it (Q3 2025; S-FLEX, S-GW); AMZN add-in, ${basisWord(basis, lang)}.`;
  const flags =
    lang === "fr"
      ? "Réserves : « non vérifié » = aucune source publique trouvée ; « plus de » = borne basse ; « plan » = estimation."
      : 'Flags: "unverified" = no public source found; "over" = a lower bound; "plan" = an estimate.';
  return {
    kind: "kpis",
    title:
      lang === "fr" ? "Amazon — Indicateurs clés de l'IA (rapport §3–§6)" : "Amazon — AI key figures (report §3–§6)",
    rows,
    notes: [source, flags],
  };
}

// ---------------------------------------------------------------------------------------------
// Assembly.

function text(value: string | null, style?: CellStyle): GridCell {
  return value === null || value === ""
    ? EMPTY
    : { value, format: FORMAT_GENERAL, ...(style === undefined ? {} : { style }) };
}

function figureCell(slot: Slot, live: boolean): GridCell {
  const style: CellStyle = live ? "calc" : "input";
  if (slot === DASH) return { value: DASH, format: FORMAT_GENERAL, style };
  return { value: live ? formulaOf(slot.call) : slot.value, format: slot.format, style };
}

const TABLE_NAMES: Readonly<Record<ReportTableId, string>> = { results: "Results", aws: "AWS", kpis: "KPIs" };

const SHEET_NAMES: Readonly<Record<ReportTableId, Bilingual>> = {
  results: { en: "AMZN Results", fr: "AMZN Résultats" },
  aws: { en: "AMZN AWS", fr: "AMZN AWS" },
  kpis: { en: "AMZN AI KPIs", fr: "AMZN Indicateurs IA" },
};

function names(id: ReportTableId, basis: Basis, lang: Lang): { table: string; sheet: string } {
  const filings = basis === "filings";
  return {
    table: `AMZN_${TABLE_NAMES[id]}${filings ? "_Filings" : ""}_${lang}`,
    sheet: `${SHEET_NAMES[id][lang]}${filings ? (lang === "fr" ? " (dépôts)" : " (filings)") : ""}`,
  };
}

interface Assembled {
  readonly grid: GridCell[][];
  readonly tableRows: number;
  readonly charts: ChartSpec[];
  readonly widths: number[];
}

function assembleYearly(draft: YearlyDraft, lang: Lang, live: boolean, chart: boolean): Assembled {
  const width = 1 + YEARS.length + 1;
  const noteCol = width - 1;
  const grid: GridCell[][] = [];
  grid.push(pad([text(draft.title, "title")], width));
  grid.push([
    { value: draft.labelHeader, format: FORMAT_GENERAL, style: "header" },
    // Header cells are text in an Excel table ("2023", not 2023): written as text on purpose, so
    // the spec says what Excel holds. The charts read them as category labels.
    ...YEARS.map((y): GridCell => ({ value: String(y), format: FORMAT_GENERAL, style: "header" })),
    { value: TEXT.note[lang], format: FORMAT_GENERAL, style: "header" },
  ]);
  const lineRow = (index: number): number => 2 + index;
  for (const line of draft.lines) {
    grid.push([text(line.label, "label"), ...line.slots.map((s) => figureCell(s, live)), text(line.note, "note")]);
  }
  const tableRows = 1 + draft.lines.length;
  for (const note of draft.notes) grid.push(pad([text(note, "note")], width));
  grid.push(pad([text(TEXT[live ? "live" : "static"][lang], "note")], width));

  const charts: ChartSpec[] = [];
  if (chart && draft.chart !== undefined) {
    const spec = draft.chart;
    const series: ChartSeriesSpec[] = [];
    let blankAdded = false;
    for (const s of spec.series) {
      const line = draft.lines[s.line];
      if (line === undefined) throw new Error(`chart series ${s.line} has no line`);
      let row = lineRow(s.line);
      // Excel plots text as 0: a line series with a dash reads from a helper row with =NA().
      if (s.kind === "line" && line.slots.includes(DASH)) {
        if (!blankAdded) {
          grid.push(pad([], width));
          blankAdded = true;
        }
        row = grid.length;
        const helperStyle: CellStyle = "note";
        grid.push(
          pad(
            [
              text(`${TEXT.chartHelper[lang]} (${line.seriesName})`, "note"),
              ...line.slots.map((slot): GridCell => {
                if (slot === DASH) return { value: NA_FORMULA, format: FORMAT_GENERAL, style: helperStyle };
                return { ...figureCell(slot, live), style: helperStyle };
              }),
            ],
            width,
          ),
        );
      }
      series.push({
        name: line.seriesName,
        row,
        kind: s.kind,
        ...(s.secondary === true ? { secondaryAxis: true } : {}),
      });
    }
    charts.push({
      title: spec.title,
      kind: spec.kind,
      categoriesRow: 1,
      firstCol: 1,
      lastCol: YEARS.length,
      series,
      valueAxisTitle: spec.valueAxisTitle,
      ...(spec.secondaryAxisTitle === undefined ? {} : { secondaryAxisTitle: spec.secondaryAxisTitle }),
      categoryAxisTitle: TEXT.year[lang],
    });
  }
  const widths = Array.from({ length: width }, (_, col) => (col === 0 ? 230 : col === noteCol ? 380 : 64));
  return { grid, tableRows, charts, widths };
}

function assembleKpis(draft: KpiTableDraft, lang: Lang, live: boolean): Assembled {
  const width = 6;
  const grid: GridCell[][] = [];
  grid.push(pad([text(draft.title, "title")], width));
  grid.push(
    [TEXT.indicator, TEXT.value, TEXT.unit, TEXT.section, TEXT.flag, TEXT.note].map((h): GridCell => ({
      value: h[lang],
      format: FORMAT_GENERAL,
      style: "header",
    })),
  );
  for (const row of draft.rows) {
    grid.push([
      text(row.label, "label"),
      figureCell(row.slot, live),
      text(row.unit, "label"),
      text(row.section, "label"),
      text(row.flag, "note"),
      text(row.note, "note"),
    ]);
  }
  const tableRows = 1 + draft.rows.length;
  for (const note of draft.notes) grid.push(pad([text(note, "note")], width));
  grid.push(pad([text(TEXT[live ? "live" : "static"][lang], "note")], width));
  return { grid, tableRows, charts: [], widths: [260, 110, 120, 250, 130, 420] };
}

/**
 * The sheet spec of one of the report's tables. Throws AmznError (#VALUE!) for an unknown table,
 * language or basis (the options come from the task pane, typed; the check guards plain JS).
 */
export function buildReportSheet(options: ReportSheetOptions): SheetSpec {
  const { table, live, chart } = options;
  if (!REPORT_TABLE_IDS.includes(table)) {
    throw new AmznError("value", {
      en: `unknown report table '${String(table)}'; use results, aws or kpis`,
      fr: `tableau du rapport inconnu « ${String(table)} » ; utilisez results, aws ou kpis`,
    });
  }
  if (options.lang !== "en" && options.lang !== "fr") {
    throw new AmznError("value", {
      en: `unknown language '${String(options.lang)}'; use en or fr`,
      fr: `langue inconnue « ${String(options.lang)} » ; utilisez en ou fr`,
    });
  }
  const basis: Basis = options.basis ?? "report";
  if (basis !== "report" && basis !== "filings") {
    throw new AmznError("value", {
      en: `unknown basis '${String(basis)}'; use report or filings`,
      fr: `base inconnue « ${String(basis)} » ; utilisez report ou filings`,
    });
  }
  const lang = options.lang;
  const assembled =
    table === "kpis"
      ? assembleKpis(kpisDraft(basis, lang), lang, live)
      : assembleYearly(table === "results" ? resultsDraft(basis, lang) : awsDraft(basis, lang), lang, live, chart);
  const { grid, tableRows, charts, widths } = assembled;
  const cols = grid[1]?.length ?? 0;
  const n = names(table, basis, lang);
  return {
    sheetName: n.sheet,
    lang,
    cells: grid.map((row) => row.map((cell) => cell.value)),
    numberFormats: grid.map((row) => row.map((cell) => cell.format)),
    styles: styleRuns(grid),
    table: { name: n.table, row: 1, col: 0, rows: tableRows, cols },
    charts,
    validations: [],
    columnWidths: widths,
  };
}

// ---------------------------------------------------------------------------------------------
// Preview: the grid as Excel would display it.

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function renderSection(section: string, value: number, lang: Lang): string {
  const percent = section.replace(/"[^"]*"/g, "").includes("%");
  let out = "";
  let i = 0;
  while (i < section.length) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      out += section.charAt(i + 1);
      i += 2;
    } else if (/[#0]/.test(ch)) {
      let end = i;
      while (end < section.length && /[#0,.]/.test(section.charAt(end))) end++;
      const pattern = section.slice(i, end);
      const dot = pattern.indexOf(".");
      const decimals = dot < 0 ? 0 : pattern.length - dot - 1;
      const formatter = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: pattern.includes(","),
      });
      out += formatter.format(percent ? value * 100 : value);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A number as Excel shows it with one of the formats these specs use ("General" included). */
export function formatForDisplay(value: number, format: string, lang: Lang): string {
  if (format === FORMAT_GENERAL) {
    const textValue = String(Number(value.toPrecision(10)));
    return lang === "fr" ? textValue.replace(".", ",") : textValue;
  }
  const sections = splitSections(format);
  if (value < 0 && sections.length >= 2) return renderSection(sections[1] ?? "", -value, lang);
  if (value === 0 && sections.length >= 3) return renderSection(sections[2] ?? "", value, lang);
  const shown = renderSection(sections[0] ?? "", Math.abs(value), lang);
  return value < 0 ? `-${shown}` : shown;
}

/**
 * The displayed text of every cell, for the task pane's preview: constants through their number
 * format, formulas replaced by the value they return (the static version's value), empty as "".
 */
export function previewRows(spec: SheetSpec): string[][] {
  return spec.cells.map((row, r) =>
    row.map((cell, c) => {
      const format = spec.numberFormats[r]?.[c] ?? FORMAT_GENERAL;
      if (cell === null) return "";
      if (typeof cell === "boolean") return spec.lang === "fr" ? (cell ? "VRAI" : "FAUX") : cell ? "TRUE" : "FALSE";
      if (typeof cell === "number") return formatForDisplay(cell, format, spec.lang);
      if (!cell.startsWith("=")) return cell;
      const value = evaluateReportFormula(cell);
      return typeof value === "number" ? formatForDisplay(value, format, spec.lang) : value;
    }),
  );
}
