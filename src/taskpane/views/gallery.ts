/**
 * Gallery: the report's tables (and their charts) as compact cards, inserted as Excel tables at the
 * selection or on a new sheet, never over a filled cell without the user's consent.
 *
 * Every card is drawn from GALLERY_ENTRIES alone: a new table is one more entry (and, where its
 * key columns are not "label + the column before the note", one line in COMPACT_COLUMNS).
 */
import { previewRows } from "../../sheets/preview";
import type { SheetSpec } from "../../sheets/spec";
import { chartThumbnail } from "../../sheets/thumbnail";
import { el } from "../dom";
import { errorText, type View, type ViewContext } from "../app";
import { writeSpec } from "../excel/writer";
import { GALLERY_ENTRIES, type GalleryEntry, type GalleryOptions } from "../gallery-entries";
import { button, dropdown, radioGroup, setDisabled, switchControl } from "../ui/controls";
import { thumbnailSvg } from "../ui/svg";
import { nameErrorNotice } from "./name-errors";

/**
 * The columns a card shows before "Full table": by default the label and the column before the
 * last (the latest year, or a status, before the note); tables laid out otherwise say so here.
 */
const COMPACT_COLUMNS: Readonly<Record<string, readonly number[]>> = {
  kpis: [0, 1, 2],
};

function compactColumns(entryId: string, width: number): number[] {
  const listed = COMPACT_COLUMNS[entryId];
  if (listed) return listed.filter((col) => col < width);
  return width > 2 ? [0, width - 2] : [...Array(width).keys()];
}

function tableBody(spec: SheetSpec): string[][] {
  const rows = previewRows(spec);
  const table = spec.table;
  return table ? rows.slice(table.row, table.row + table.rows) : rows;
}

function previewTable(
  body: readonly string[][],
  columns: readonly number[] | undefined,
  label: string,
  className: string,
): HTMLElement {
  const [head, ...rest] = body;
  const pick = (line: readonly string[]): string[] => (columns ? columns.map((col) => line[col] ?? "") : [...line]);
  return el(
    "table",
    { className, attrs: { "aria-label": label } },
    el("thead", {}, el("tr", {}, ...pick(head ?? []).map((text) => el("th", { text, attrs: { scope: "col" } })))),
    el(
      "tbody",
      {},
      ...rest.map((line) =>
        el(
          "tr",
          {},
          ...pick(line).map((text, index) =>
            index === 0 ? el("th", { text, attrs: { scope: "row" } }) : el("td", { text }),
          ),
        ),
      ),
    ),
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
    const done = t("insertedTable", { title, address: result.address });
    // In a French Excel live formulas may still show #NAME? after their French rewrite: say how many.
    const notice = nameErrorNotice(t, { unresolved: result.formulasUnresolved, refused: result.formulasRefused });
    if (notice) context.say("warning", `${done} ${notice}`, near);
    else context.say("success", done, near);
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

/** The card's thumbnail and preview, drawn from the spec its Insert button would write now. */
function cardPreview(
  context: ViewContext,
  entry: GalleryEntry,
  options: GalleryOptions,
): { media: Node | null; body: Node } {
  const { t, lang } = context;
  let media: Node | null = null;
  let body: Node;
  try {
    // The preview and the thumbnail come from the spec the Insert button writes (static values,
    // so they show numbers, with the chart so the thumbnail has its series).
    const spec = entry.build({ ...options, live: false, chart: true });
    const chart = spec.charts[0];
    if (chart) media = thumbnailSvg(chartThumbnail(spec, chart), t("chartThumbnail", { title: chart.title }));
    const rows = tableBody(spec);
    const width = rows[0]?.length ?? 0;
    const fullLabel = `${entry.title[lang]}: ${t("showFullTable")}`;
    // The full table scrolls inside its own box, never the card or the pane; it is built when
    // first opened, so the first screen does not pay for four tables nobody has asked for.
    const scrollBox = el("div", {
      className: "scroll-box",
      attrs: { tabindex: "0", role: "region", "aria-label": fullLabel },
    });
    const details = el(
      "details",
      { className: "full-table" },
      el("summary", { text: t("showFullTable") }),
      // The sentence the card shows on one line, in full (already the card's accessible description).
      el("p", {
        className: "hint card-description-full",
        text: entry.description[lang],
        attrs: { "aria-hidden": "true" },
      }),
      scrollBox,
    );
    details.addEventListener("toggle", () => {
      if (details.open && !scrollBox.firstChild) scrollBox.append(previewTable(rows, undefined, fullLabel, "preview"));
    });
    body = el(
      "div",
      { className: "card-preview" },
      previewTable(rows, compactColumns(entry.id, width), entry.title[lang], "preview compact"),
      details,
    );
  } catch (error) {
    body = el("p", { className: "message error", text: errorText(error, lang), attrs: { role: "alert" } });
  }
  return { media, body };
}

/**
 * The "From year" / "To year" choice of a card that has one. The order rule is the bridge's own
 * (core): the pair is checked by building the card's spec, and its message shows under the
 * fields in the pane's language; `onChange` says whether the pair builds.
 */
function yearFields(
  context: ViewContext,
  entry: GalleryEntry,
  years: NonNullable<GalleryEntry["years"]>,
  options: GalleryOptions,
  onChange: (valid: boolean) => void,
): HTMLElement {
  const { t, lang } = context;
  const picked = options.bridgeYears ?? years.initial;
  const choices = years.choices.map((year) => ({ value: String(year), label: String(year) }));
  const errorBox = el("p", {
    className: "hint error",
    id: `years-${entry.id}-error`,
    attrs: { "aria-live": "polite" },
  });
  const fromLabel = el("label", { id: `from-year-${entry.id}-label`, text: t("fromYear") });
  const toLabel = el("label", { id: `to-year-${entry.id}-label`, text: t("toYear") });
  const pick = (end: "from" | "to", value: string): void => {
    options.bridgeYears = { ...(options.bridgeYears ?? years.initial), [end]: Number(value) };
    check();
  };
  const from = dropdown({
    id: `from-year-${entry.id}`,
    label: fromLabel,
    options: choices,
    value: String(picked.from),
    onChange: (value) => pick("from", value),
  });
  const to = dropdown({
    id: `to-year-${entry.id}`,
    label: toLabel,
    options: choices,
    value: String(picked.to),
    onChange: (value) => pick("to", value),
  });
  const check = (): void => {
    let message = "";
    try {
      entry.build({ ...options, live: false, chart: false });
    } catch (error) {
      message = errorText(error, lang);
    }
    errorBox.textContent = message;
    for (const control of [from, to]) control.setInvalid(message !== "", message ? [errorBox] : []);
    onChange(message === "");
  };
  const fields = el(
    "div",
    { className: "card-years" },
    el("div", { className: "field" }, fromLabel, from.element),
    el("div", { className: "field" }, toLabel, to.element, errorBox),
  );
  // A pair kept from an earlier render (a language switch) is checked again, its message in the new language.
  if (options.bridgeYears) queueMicrotask(check);
  return fields;
}

function card(context: ViewContext, entry: GalleryEntry, options: GalleryOptions): HTMLElement {
  const { t, lang } = context;
  const titleId = `card-${entry.id}`;
  const descriptionId = `card-${entry.id}-description`;
  let { media, body } = cardPreview(context, entry, options);
  // The card's status and any consent prompt appear right after its actions.
  const insertButton = button({
    label: t("insertTable"),
    appearance: "primary",
    size: "small",
    id: `insert-${entry.id}`,
    attrs: { "aria-describedby": titleId },
    onClick: () => void insert(context, entry, options, actions),
  });
  const actions: HTMLElement = el("div", { className: "card-actions", id: `card-actions-${entry.id}` }, insertButton);
  const heading = el(
    "div",
    { className: "card-heading" },
    el("h2", { id: titleId, text: entry.title[lang] }),
    el("p", { id: descriptionId, className: "card-description", text: entry.description[lang] }),
  );
  const header = el("div", { className: "card-header" }, heading, media);
  // Only this card is redrawn on a new pair of years (a check build and a preview build); a pair
  // that does not build hides the preview of the last one rather than show figures for other years.
  const years = entry.years
    ? yearFields(context, entry, entry.years, options, (valid) => {
        setDisabled(insertButton, !valid);
        if (!valid) {
          media?.parentNode?.removeChild(media);
          body.parentNode?.removeChild(body);
          media = null;
          return;
        }
        const next = cardPreview(context, entry, options);
        media?.parentNode?.removeChild(media);
        media = next.media;
        if (media) header.append(media);
        if (body.parentNode) body.parentNode.replaceChild(next.body, body);
        else years?.after(next.body);
        body = next.body;
      })
    : null;
  return el(
    "section",
    {
      className: "card",
      id: `gallery-card-${entry.id}`,
      attrs: { "aria-labelledby": titleId, "aria-describedby": descriptionId },
    },
    header,
    years,
    body,
    actions,
  );
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
    const cards = el("div", { className: "cards" });
    const renderCards = (): void => {
      cards.replaceChildren(...GALLERY_ENTRIES.map((entry) => card(context, entry, options)));
    };
    renderCards();

    // One compact bar for the options every card shares.
    const bar = el(
      "div",
      { className: "options-bar", attrs: { role: "group", "aria-label": t("galleryOptions") } },
      radioGroup({
        name: "values",
        label: t("valuesLegend"),
        options: [
          { value: "static", label: t("valuesStatic") },
          { value: "live", label: t("valuesLive") },
        ],
        value: options.live ? "live" : "static",
        onChange: (value) => (options.live = value === "live"),
      }),
      radioGroup({
        name: "basis",
        label: t("basisLegend"),
        options: [
          { value: "report", label: t("basisReport") },
          { value: "filings", label: t("basisFilings") },
        ],
        value: options.basis,
        onChange: (value) => {
          options.basis = value;
          renderCards();
        },
      }),
      radioGroup({
        name: "labels",
        label: t("labelsLegend"),
        options: [
          { value: "en", label: "English" },
          { value: "fr", label: "Français" },
        ],
        value: options.lang,
        onChange: (value) => {
          options.lang = value;
          chosen.labelsPicked = true;
          renderCards();
        },
      }),
      radioGroup({
        name: "where",
        label: t("whereLegend"),
        options: [
          { value: "selection", label: t("whereSelection") },
          { value: "newSheet", label: t("whereNewSheet") },
        ],
        value: options.target,
        onChange: (value) => (options.target = value),
      }),
      switchControl({
        id: "with-chart",
        label: t("withChart"),
        checked: options.chart,
        onChange: (checked) => (options.chart = checked),
      }),
    );
    return el("div", {}, el("p", { className: "hint", text: t("galleryIntro") }), bar, cards);
  },
};
