/**
 * Gallery: the report's tables (and their charts), previewed, then inserted as Excel tables at the
 * selection or on a new sheet, never over a filled cell without the user's consent.
 */
import type { Lang } from "../../core/errors";
import { REPORT_GALLERY, buildReportSheet, previewRows, type ReportGalleryItem } from "../../sheets/report-sheets";
import { buildReconciliationSheet } from "../../sheets/reconcile-sheet";
import { FILINGS_GALLERY, buildFilingsSheet, type FilingsGalleryItem } from "../../sheets/filings-sheets";
import type { SheetSpec } from "../../sheets/spec";
import { el } from "../dom";
import { errorText, type View, type ViewContext } from "../app";
import { writeSpec, type WriteTarget } from "../excel/writer";
import { STRINGS } from "../i18n";
import { radioGroup } from "./radio";

interface GalleryOptions {
  live: boolean;
  lang: Lang;
  basis: "report" | "filings";
  target: WriteTarget;
  chart: boolean;
}

/** A gallery entry: how to build its spec for the chosen options. */
export interface GalleryEntry {
  readonly id: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly description: Readonly<Record<Lang, string>>;
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

/** The filings tables of issue 14 (segments, lines, quarters, the report since February 2026): always the filings basis. */
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
  ...FILINGS_GALLERY.map(filingsEntry),
];

/** Scrollable previews take the keyboard focus (tabindex 0) so they can be scrolled without a mouse. */
function previewTable(spec: SheetSpec, label: string): HTMLElement {
  const rows = previewRows(spec);
  const table = spec.table;
  const body = table ? rows.slice(table.row, table.row + table.rows) : rows;
  const [head, ...rest] = body;
  return el(
    "table",
    { className: "preview", attrs: { tabindex: "0", "aria-label": label } },
    el("thead", {}, el("tr", {}, ...(head ?? []).map((text) => el("th", { text, attrs: { scope: "col" } })))),
    el("tbody", {}, ...rest.map((line) => el("tr", {}, ...line.map((text) => el("td", { text }))))),
  );
}

/** Inserts one entry; its status and any consent prompt appear next to `near`, the card's buttons. */
async function insert(
  context: ViewContext,
  entry: GalleryEntry,
  options: GalleryOptions,
  near: HTMLElement,
  overwrite = false,
): Promise<void> {
  const { t, lang } = context;
  const title = entry.title[lang];
  let spec: SheetSpec;
  try {
    spec = entry.build(options);
  } catch (error) {
    context.say("error", errorText(error, lang), near);
    return;
  }
  const result = await context.excel((excel) => writeSpec(excel, spec, { target: options.target, overwrite }), near);
  if (!result) return;
  if (result.status === "written") {
    context.say("success", t("insertedTable", { title, address: result.address }), near);
    return;
  }
  const choice = await context.ask(
    t("occupiedTable", { title, address: result.address, count: result.filledCells }),
    [
      { key: "cancel", label: t("cancel") },
      { key: "newSheet", label: t("insertOnNewSheet") },
      { key: "overwrite", label: t("overwrite") },
    ],
    near,
  );
  if (choice === "newSheet") await insert(context, entry, { ...options, target: "newSheet" }, near);
  if (choice === "overwrite") await insert(context, entry, options, near, true);
}

const chosen: { options?: GalleryOptions; labelsPicked?: boolean } = {};

export const galleryView: View = {
  id: "gallery",
  title: "tabGallery",
  render(context) {
    const { t, lang } = context;
    // The choices survive a language switch or another tab; the labels follow the pane's language
    // until the user picks one.
    const options: GalleryOptions = chosen.options ?? {
      live: false,
      lang,
      basis: "report",
      target: "selection",
      chart: true,
    };
    if (!chosen.labelsPicked) options.lang = lang;
    chosen.options = options;
    const cards = el("div");

    const renderCards = (): void => {
      cards.replaceChildren(
        ...GALLERY_ENTRIES.map((entry) => {
          let preview: HTMLElement;
          try {
            preview = previewTable(entry.build({ ...options, live: false }), entry.title[lang]);
          } catch (error) {
            preview = el("p", { className: "message error", text: errorText(error, lang) });
          }
          const actions = el(
            "div",
            { className: "actions" },
            el("button", {
              text: t("insertTable"),
              className: "primary",
              id: `insert-${entry.id}`,
              attrs: { type: "button", "aria-describedby": `card-${entry.id}` },
              on: { click: () => void insert(context, entry, options, actions) },
            }),
          );
          return el(
            "section",
            { className: "card", attrs: { "aria-labelledby": `card-${entry.id}` } },
            el("h2", { id: `card-${entry.id}`, text: entry.title[lang] }),
            el("p", { className: "hint", text: entry.description[lang] }),
            preview,
            actions,
          );
        }),
      );
    };

    const chartBox = el("input", {
      id: "with-chart",
      attrs: { type: "checkbox" },
      on: { change: (event) => (options.chart = (event.target as HTMLInputElement).checked) },
    });
    chartBox.checked = options.chart;

    renderCards();
    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("galleryIntro") }),
      radioGroup(
        "values",
        t("valuesLegend"),
        [
          { value: "static", label: t("valuesStatic") },
          { value: "live", label: t("valuesLive") },
        ],
        options.live ? "live" : "static",
        (value) => (options.live = value === "live"),
      ),
      radioGroup(
        "basis",
        t("basisLegend"),
        [
          { value: "report", label: t("basisReport") },
          { value: "filings", label: t("basisFilings") },
        ],
        options.basis,
        (value) => {
          options.basis = value;
          renderCards();
        },
      ),
      radioGroup(
        "labels",
        t("labelsLegend"),
        [
          { value: "en", label: "English" },
          { value: "fr", label: "Français" },
        ],
        options.lang,
        (value) => {
          options.lang = value;
          chosen.labelsPicked = true;
          renderCards();
        },
      ),
      radioGroup(
        "where",
        t("whereLegend"),
        [
          { value: "selection", label: t("whereSelection") },
          { value: "newSheet", label: t("whereNewSheet") },
        ],
        options.target,
        (value) => (options.target = value),
      ),
      el("label", { className: "checkbox", attrs: { for: "with-chart" } }, chartBox, t("withChart")),
      cards,
    );
  },
};
