/**
 * The gallery's filings tables (issue 14): "Segments 2022–2025", "Net sales by line 2022–2025",
 * "Quarters since Q1 2025" (with a chart of AWS revenue and operating income by quarter) and "The
 * report since February 2026" (each time-bound claim of the report beside what Amazon reported
 * afterwards, dated and sourced). Plain sheet specs for the existing writer, in English or French,
 * static (the figures as constants) or live (one =AMZN.METRIC(…,"filings") per figure, which
 * returns exactly the constant; the tests check each one).
 *
 * Layout: row 0 title (unit in it), row 1 the Excel table's header (label, periods, evidence),
 * one row per metric, then the source line and the static/live line. Money in M$ as filed,
 * margins as fractions (computed, never stored), EPS in $. The evidence column gives the class of
 * each row's figures (filed, release, derived, secondary) and which periods are rounded.
 */
import { type MetricId, type Quarter, METRICS, SINCE_REPORT } from "../data/index";
import { findFigure, findQuarterFigure, type Figure } from "../core/dataset";
import { AmznError, type Bilingual, type Lang } from "../core/runtime";
import { formatYears, sep } from "../core/wording";
import { formatQuarters, quarterLabel } from "../core/dataset";
import { EVIDENCE_CLASSES, EVIDENCE_TAG } from "../core/wording";
import {
  FORMAT_GENERAL,
  FORMAT_MILLIONS,
  FORMAT_PERCENT,
  type CellStyle,
  type ChartSpec,
  type SheetSpec,
} from "./spec";
import { pad, styleRuns, type GridCell } from "./grid";

export type FilingsTableId = "segments" | "lines" | "quarters" | "since_report";
export const FILINGS_TABLE_IDS: readonly FilingsTableId[] = ["segments", "lines", "quarters", "since_report"];

export interface FilingsSheetOptions {
  readonly table: FilingsTableId;
  readonly lang: Lang;
  readonly live: boolean;
  readonly chart: boolean;
}

export interface FilingsGalleryItem {
  readonly id: FilingsTableId;
  readonly title: Bilingual;
  readonly description: Bilingual;
}

export const FILINGS_GALLERY: readonly FilingsGalleryItem[] = [
  {
    id: "segments",
    title: { en: "Segments 2022–2025", fr: "Segments 2022–2025" },
    description: {
      en: "North America, International and AWS: net sales, operating income and margins, as filed (M$).",
      fr: "Amérique du Nord, International et AWS : ventes, résultat opérationnel et marges, tels que déposés (M$).",
    },
  },
  {
    id: "lines",
    title: { en: "Net sales by line 2022–2025", fr: "Ventes par activité 2022–2025" },
    description: {
      en: "Online and physical stores, third-party sellers, advertising, subscriptions, AWS and other (M$).",
      fr: "Boutiques en ligne et physiques, vendeurs tiers, publicité, abonnements, AWS et autres (M$).",
    },
  },
  {
    id: "quarters",
    title: { en: "Quarters since Q1 2025", fr: "Trimestres depuis le T1 2025" },
    description: {
      en: "Q1 2025 – Q1 2026 by segment, with a chart of AWS revenue and operating income by quarter.",
      fr: "Du T1 2025 au T1 2026 par segment, avec un graphique des ventes et du résultat opérationnel d'AWS.",
    },
  },
  {
    id: "since_report",
    title: { en: "The report since February 2026", fr: "Le rapport depuis février 2026" },
    description: {
      en: "Each time-bound claim of the report beside what Amazon reported afterwards, dated and sourced.",
      fr: "Chaque affirmation datée du rapport face à ce qu'Amazon a publié ensuite, avec dates et sources.",
    },
  },
];

const YEARS = [2022, 2023, 2024, 2025] as const;
const QUARTERS: readonly (readonly [number, Quarter])[] = [
  [2025, 1],
  [2025, 2],
  [2025, 3],
  [2025, 4],
  [2026, 1],
];
const FORMAT_TEXT = "@";
const FORMAT_EPS = '0.00;(0.00);"–"';

const ROWS: Readonly<Record<Exclude<FilingsTableId, "since_report">, readonly MetricId[]>> = {
  segments: [
    "north_america_revenue",
    "international_revenue",
    "aws_revenue",
    "revenue",
    "north_america_operating_income",
    "international_operating_income",
    "aws_operating_income",
    "operating_income",
    "north_america_operating_margin",
    "international_operating_margin",
    "aws_operating_margin",
  ],
  lines: [
    "online_stores_revenue",
    "physical_stores_revenue",
    "third_party_seller_revenue",
    "advertising_revenue",
    "subscription_revenue",
    "aws_revenue",
    "other_revenue",
    "revenue",
  ],
  quarters: [
    "revenue",
    "north_america_revenue",
    "international_revenue",
    "aws_revenue",
    "operating_income",
    "north_america_operating_income",
    "international_operating_income",
    "aws_operating_income",
    "aws_operating_margin",
    "advertising_revenue",
    "net_income",
    "diluted_eps",
  ],
};

const TEXT = {
  indicator: { en: "Indicator", fr: "Indicateur" },
  evidence: { en: "Evidence", fr: "Classe de preuve" },
  static: {
    en: "Values: constants from the add-in's dataset (filings basis).",
    fr: "Valeurs : constantes du jeu de données du complément (base des dépôts).",
  },
  live: {
    en: 'Values: live =AMZN.METRIC(…, "filings") formulas.',
    fr: "Valeurs : formules =AMZN.METRIC(…, « filings ») actives.",
  },
  sources: {
    en: "Sources: amazon-filings-extended.md and amazon-filings.md, keys",
    fr: "Sources : amazon-filings-extended.md et amazon-filings.md, clés",
  },
  rounded: { en: "rounded", fr: "arrondi" },
  chartTitle: {
    en: "AWS net sales and operating income by quarter (M$)",
    fr: "Ventes et résultat opérationnel d'AWS par trimestre (M$)",
  },
  quarter: { en: "Quarter", fr: "Trimestre" },
} as const;

const text = (value: string, style?: CellStyle, format = FORMAT_GENERAL): GridCell => ({
  value,
  format,
  ...(style === undefined ? {} : { style }),
});

interface Slot {
  readonly figure: Figure;
  readonly period: number | string;
  readonly label: string;
}

function slotsFor(table: "segments" | "lines" | "quarters", metric: MetricId): Slot[] {
  const slots: Slot[] = [];
  if (table === "quarters") {
    for (const [year, quarter] of QUARTERS) {
      const figure = findQuarterFigure("filings", metric, year, quarter);
      if (figure === undefined) throw new Error(`${metric} ${year}Q${quarter} missing from the dataset`);
      const label = quarterLabel(year, quarter);
      slots.push({ figure, period: label, label });
    }
  } else {
    for (const year of YEARS) {
      const figure = findFigure("filings", metric, year);
      if (figure === undefined) throw new Error(`${metric} ${year} missing from the dataset`);
      slots.push({ figure, period: year, label: String(year) });
    }
  }
  return slots;
}

function formatOf(metric: MetricId): string {
  const kind = METRICS[metric].kind;
  if (kind === "ratio") return FORMAT_PERCENT;
  if (kind === "per_share") return FORMAT_EPS;
  return FORMAT_MILLIONS;
}

function unitText(metric: MetricId, lang: Lang): string {
  const kind = METRICS[metric].kind;
  if (kind === "ratio") return "%";
  if (kind === "per_share") return lang === "fr" ? "$/action" : "$/share";
  return "M$";
}

/** "filed 2022–2024; secondary 2025" / "release 2025Q2–2025Q3 (rounded)…": the row's evidence. */
function evidenceNote(slots: readonly Slot[], quarterly: boolean, lang: Lang): string {
  const parts: string[] = [];
  for (const e of EVIDENCE_CLASSES) {
    const mine = slots.filter((s) => s.figure.provenance.evidence === e);
    if (mine.length === 0) continue;
    const periods = quarterly
      ? formatQuarters(
          mine.map((s) => ({ year: s.figure.year, quarter: s.figure.quarter ?? 1 })),
          lang,
        )
      : formatYears(
          mine.map((s) => s.figure.year),
          lang,
        );
    const rounded = mine.some((s) => s.figure.provenance.flags.includes("rounded")) ? ` (${TEXT.rounded[lang]})` : "";
    parts.push(`${EVIDENCE_TAG[e][lang]} ${periods}${rounded}`);
  }
  return parts.join(sep(lang));
}

function sourcesLine(slots: readonly Slot[], lang: Lang): string {
  const keys: string[] = [];
  for (const s of slots) {
    const p = s.figure.provenance;
    if (p.basis === "filings") for (const k of p.sources) if (!keys.includes(k)) keys.push(k);
  }
  return `${TEXT.sources[lang]} ${keys.join(", ")}.`;
}

function liveFormula(metric: MetricId, period: number | string): string {
  const p = typeof period === "number" ? String(period) : `"${period}"`;
  return `=AMZN.METRIC("${metric}",${p},"M","filings")`;
}

const NAMES: Readonly<Record<FilingsTableId, { table: string; sheet: Bilingual }>> = {
  segments: { table: "Segments", sheet: { en: "AMZN Segments", fr: "AMZN Segments" } },
  lines: { table: "NetSalesByLine", sheet: { en: "AMZN Net sales by line", fr: "AMZN Ventes par activité" } },
  quarters: { table: "Quarters", sheet: { en: "AMZN Quarters", fr: "AMZN Trimestres" } },
  since_report: { table: "SinceReport", sheet: { en: "AMZN Since the report", fr: "AMZN Depuis le rapport" } },
};

function figureTable(options: FilingsSheetOptions & { table: "segments" | "lines" | "quarters" }): SheetSpec {
  const { table, lang, live } = options;
  const quarterly = table === "quarters";
  const periods = quarterly ? QUARTERS.map(([y, q]) => quarterLabel(y, q)) : YEARS.map(String);
  const width = 1 + periods.length + 1;
  const item = FILINGS_GALLERY.find((g) => g.id === table);
  const grid: GridCell[][] = [];
  grid.push(pad([text(`${item?.title[lang] ?? table} (M$)`, "title")], width));
  grid.push([
    text(TEXT.indicator[lang], "header"),
    // Excel makes every table header text ("2022", not 2022): write it as text on purpose.
    ...periods.map((p) => text(p, "header", FORMAT_TEXT)),
    text(TEXT.evidence[lang], "header"),
  ]);
  const allSlots: Slot[] = [];
  const rowOf = new Map<MetricId, number>();
  for (const metric of ROWS[table]) {
    const slots = slotsFor(table, metric);
    allSlots.push(...slots);
    const style: CellStyle = live ? "calc" : "input";
    rowOf.set(metric, grid.length);
    grid.push([
      text(`${METRICS[metric].label[lang]} (${unitText(metric, lang)})`, "label"),
      ...slots.map((s): GridCell => ({
        value: live ? liveFormula(metric, s.period) : s.figure.value,
        format: formatOf(metric),
        style,
      })),
      text(evidenceNote(slots, quarterly, lang), "note"),
    ]);
  }
  const tableRows = 1 + ROWS[table].length;
  grid.push(pad([text(sourcesLine(allSlots, lang), "note")], width));
  grid.push(pad([text(TEXT[live ? "live" : "static"][lang], "note")], width));
  const charts: ChartSpec[] = [];
  if (quarterly && options.chart) {
    charts.push({
      title: TEXT.chartTitle[lang],
      kind: "columnClustered",
      categoriesRow: 1,
      firstCol: 1,
      lastCol: periods.length,
      series: (["aws_revenue", "aws_operating_income"] as const).map((m) => ({
        name: METRICS[m].label[lang],
        row: rowOf.get(m) ?? 0,
        kind: "column" as const,
      })),
      valueAxisTitle: "M$",
      categoryAxisTitle: TEXT.quarter[lang],
    });
  }
  return assemble(table, lang, grid, tableRows, charts, [260, ...periods.map(() => 80), quarterly ? 360 : 300]);
}

function sinceReportTable(options: FilingsSheetOptions): SheetSpec {
  const { lang, live } = options;
  const headers: Bilingual[] = [
    { en: "The report's claim", fr: "Affirmation du rapport" },
    { en: "Section", fr: "Section" },
    { en: "What Amazon reported afterwards", fr: "Ce qu'Amazon a publié ensuite" },
    { en: "Date", fr: "Date" },
    { en: "Evidence", fr: "Classe de preuve" },
    { en: "Sources", fr: "Sources" },
  ];
  const width = headers.length;
  const grid: GridCell[][] = [];
  const item = FILINGS_GALLERY.find((g) => g.id === "since_report");
  grid.push(pad([text(item?.title[lang] ?? "since_report", "title")], width));
  grid.push(headers.map((h) => text(h[lang], "header")));
  for (const r of SINCE_REPORT) {
    grid.push([
      text(r.claim[lang], "label"),
      text(r.section, "label"),
      text(r.after[lang], "label"),
      // Text format first: Excel would read "2026-02-05" typed as a value as a date.
      text(r.date, "label", FORMAT_TEXT),
      text(EVIDENCE_TAG[r.evidence][lang], "note"),
      text(r.sources.length === 0 ? "—" : r.sources.join(", "), "note"),
    ]);
  }
  const tableRows = 1 + SINCE_REPORT.length;
  grid.push(
    pad(
      [
        text(
          lang === "fr"
            ? "Sources : amazon-filings-extended.md §3.3–§3.6 ; aucun chiffre après le T1 2026 n'a pu être vérifié."
            : "Sources: amazon-filings-extended.md §3.3–§3.6; no figure after Q1 2026 could be verified.",
          "note",
        ),
      ],
      width,
    ),
  );
  grid.push(
    pad(
      [
        text(
          live
            ? lang === "fr"
              ? "Texte : identique en mode actif (des déclarations, pas des chiffres du jeu de données)."
              : "Text: the same in live mode (statements, not dataset figures)."
            : TEXT.static[lang],
          "note",
        ),
      ],
      width,
    ),
  );
  return assemble("since_report", lang, grid, tableRows, [], [260, 60, 460, 90, 90, 160]);
}

function assemble(
  id: FilingsTableId,
  lang: Lang,
  grid: GridCell[][],
  tableRows: number,
  charts: ChartSpec[],
  widths: number[],
): SheetSpec {
  const cols = grid[1]?.length ?? 0;
  return {
    sheetName: NAMES[id].sheet[lang],
    lang,
    cells: grid.map((row) => row.map((cell) => cell.value)),
    numberFormats: grid.map((row) => row.map((cell) => cell.format)),
    styles: styleRuns(grid),
    table: { name: `AMZN_${NAMES[id].table}_${lang}`, row: 1, col: 0, rows: tableRows, cols },
    charts,
    validations: [],
    columnWidths: widths,
  };
}

/** The sheet spec of one of the filings tables; #VALUE! for an unknown table or language. */
export function buildFilingsSheet(options: FilingsSheetOptions): SheetSpec {
  if (!FILINGS_TABLE_IDS.includes(options.table)) {
    throw new AmznError("value", {
      en: `unknown filings table '${String(options.table)}'; use ${FILINGS_TABLE_IDS.join(", ")}`,
      fr: `tableau des dépôts inconnu « ${String(options.table)} » ; utilisez ${FILINGS_TABLE_IDS.join(", ")}`,
    });
  }
  if (options.lang !== "en" && options.lang !== "fr") {
    throw new AmznError("value", {
      en: `unknown language '${String(options.lang)}'; use en or fr`,
      fr: `langue inconnue « ${String(options.lang)} » ; utilisez en ou fr`,
    });
  }
  if (options.table === "since_report") return sinceReportTable(options);
  return figureTable({ ...options, table: options.table });
}
