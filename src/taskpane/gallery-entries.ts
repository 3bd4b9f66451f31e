/**
 * The gallery's entries: every table and chart the task pane can insert, and how to build its
 * sheet spec for the options chosen. Kept apart from the view (no DOM, no components) so that the
 * writer tests walk every spec the gallery can write.
 */
import type { Bilingual, Lang } from "../core/runtime";
import { REPORT_GALLERY, buildReportSheet, type ReportGalleryItem } from "../sheets/report-sheets";
import { buildReconciliationSheet } from "../sheets/reconcile-sheet";
import { BRIDGE_DEFAULT, BRIDGE_YEARS, buildBridgeSheet } from "../sheets/bridge-sheet";
import { FILINGS_GALLERY, buildFilingsSheet, type FilingsGalleryItem } from "../sheets/filings-sheets";
import type { SheetSpec } from "../sheets/spec";
import type { WriteTarget } from "./excel/writer";
import { STRINGS } from "./i18n";

export interface GalleryOptions {
  live: boolean;
  lang: Lang;
  basis: "report" | "filings";
  target: WriteTarget;
  chart: boolean;
  /** The bridge card's years (default 2023 → 2025). */
  bridgeYears?: { readonly from: number; readonly to: number };
}

/** A gallery entry: how to build its spec for the chosen options. */
export interface GalleryEntry {
  readonly id: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** The years the card lets the user pick (as `bridgeYears`), and the pair it starts with; none: no year choice. */
  readonly years?: {
    readonly choices: readonly number[];
    readonly initial: { readonly from: number; readonly to: number };
  };
  build(options: GalleryOptions): SheetSpec;
}

function reportEntry(item: ReportGalleryItem): GalleryEntry {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    build: (options) =>
      buildReportSheet({
        table: item.id,
        lang: options.lang,
        live: options.live,
        chart: options.chart,
        basis: options.basis,
      }),
  };
}

/** The reconciliation table: static values only (a claim's status is not a live figure). */
const reconciliationEntry: GalleryEntry = {
  id: "reconciliation",
  title: { en: STRINGS.en.reconciliationTitle, fr: STRINGS.fr.reconciliationTitle },
  description: { en: STRINGS.en.reconciliationDescription, fr: STRINGS.fr.reconciliationDescription },
  build: (options) => buildReconciliationSheet(options.lang),
};

/** "What drove net income": the profit bridge as a table and a waterfall, years selectable (always the filings). */
const bridgeEntry: GalleryEntry = {
  id: "net_income_bridge",
  title: { en: "What drove net income", fr: "Ce qui a fait le résultat net" },
  description: {
    en: "Net income walked from the filed components: segments, non-operating income, taxes, equity-method; with a waterfall chart.",
    fr: "Le résultat net décomposé en composantes publiées : segments, non opérationnel, impôt, mises en équivalence ; avec un graphique en cascade.",
  },
  years: { choices: BRIDGE_YEARS, initial: BRIDGE_DEFAULT },
  build: (options) =>
    buildBridgeSheet({
      lang: options.lang,
      live: options.live,
      from: options.bridgeYears?.from ?? BRIDGE_DEFAULT.from,
      to: options.bridgeYears?.to ?? BRIDGE_DEFAULT.to,
    }),
};

/** The filings tables (segments, lines, quarters, the report since February 2026): always the filings basis. */
function filingsEntry(item: FilingsGalleryItem): GalleryEntry {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    build: (options) =>
      buildFilingsSheet({ table: item.id, lang: options.lang, live: options.live, chart: options.chart }),
  };
}

export const GALLERY_ENTRIES: GalleryEntry[] = [
  ...REPORT_GALLERY.map(reportEntry),
  reconciliationEntry,
  bridgeEntry,
  ...FILINGS_GALLERY.map(filingsEntry),
];
