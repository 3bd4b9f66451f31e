/**
 * The words of the filings tables (segments, net sales by line, quarters, the report since
 * February 2026), in English and French: the gallery's entries, headers, units, the evidence
 * column, source and static/live lines, sheet names. filings-sheets.ts lays them out.
 */
import type { Figure } from "../core/dataset";
import { formatQuarters } from "../core/dataset";
import type { Bilingual, Lang } from "../core/runtime";
import { EVIDENCE_CLASSES, EVIDENCE_TAG, formatYears, sep } from "../core/wording";
import { type MetricId, METRICS } from "../data/index";

export type FilingsTableId = "segments" | "lines" | "quarters" | "since_report";

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

export const FILINGS_TEXT = {
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
  sinceReportSources: {
    en: "Sources: amazon-filings-extended.md §3.3–§3.6; no figure after Q1 2026 could be verified.",
    fr: "Sources : amazon-filings-extended.md §3.3–§3.6 ; aucun chiffre après le T1 2026 n'a pu être vérifié.",
  },
  sinceReportLive: {
    en: "Text: the same in live mode (statements, not dataset figures).",
    fr: "Texte : identique en mode actif (des déclarations, pas des chiffres du jeu de données).",
  },
} as const satisfies Record<string, Bilingual>;

export const SINCE_REPORT_HEADERS: readonly Bilingual[] = [
  { en: "The report's claim", fr: "Affirmation du rapport" },
  { en: "Section", fr: "Section" },
  { en: "What Amazon reported afterwards", fr: "Ce qu'Amazon a publié ensuite" },
  { en: "Date", fr: "Date" },
  { en: "Evidence", fr: "Classe de preuve" },
  { en: "Sources", fr: "Sources" },
];

export function unitText(metric: MetricId, lang: Lang): string {
  const kind = METRICS[metric].kind;
  if (kind === "ratio") return "%";
  if (kind === "per_share") return lang === "fr" ? "$/action" : "$/share";
  return "M$";
}

/** "filed 2022–2024; secondary 2025" / "release 2025Q2–2025Q3 (rounded)…": the row's evidence. */
export function evidenceNote(figures: readonly Figure[], quarterly: boolean, lang: Lang): string {
  const parts: string[] = [];
  for (const e of EVIDENCE_CLASSES) {
    const mine = figures.filter((f) => f.provenance.evidence === e);
    if (mine.length === 0) continue;
    const periods = quarterly
      ? formatQuarters(
          mine.map((f) => ({ year: f.year, quarter: f.quarter ?? 1 })),
          lang,
        )
      : formatYears(
          mine.map((f) => f.year),
          lang,
        );
    const rounded = mine.some((f) => f.provenance.flags.includes("rounded")) ? ` (${FILINGS_TEXT.rounded[lang]})` : "";
    parts.push(`${EVIDENCE_TAG[e][lang]} ${periods}${rounded}`);
  }
  return parts.join(sep(lang));
}

export function sourcesLine(figures: readonly Figure[], lang: Lang): string {
  const keys: string[] = [];
  for (const f of figures) {
    const p = f.provenance;
    if (p.basis === "filings") for (const k of p.sources) if (!keys.includes(k)) keys.push(k);
  }
  return `${FILINGS_TEXT.sources[lang]} ${keys.join(", ")}.`;
}

export const FILINGS_NAMES: Readonly<Record<FilingsTableId, { table: string; sheet: Bilingual }>> = {
  segments: { table: "Segments", sheet: { en: "AMZN Segments", fr: "AMZN Segments" } },
  lines: { table: "NetSalesByLine", sheet: { en: "AMZN Net sales by line", fr: "AMZN Ventes par activité" } },
  quarters: { table: "Quarters", sheet: { en: "AMZN Quarters", fr: "AMZN Trimestres" } },
  since_report: { table: "SinceReport", sheet: { en: "AMZN Since the report", fr: "AMZN Depuis le rapport" } },
};
