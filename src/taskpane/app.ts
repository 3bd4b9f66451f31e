/**
 * The task pane shell: a header with the language switch, one tab per feature, and the shared
 * plumbing views need (strings, running an Excel batch, showing a message, asking consent).
 */
import { AmznError, type Lang } from "../core/runtime";
import { clear, el } from "./dom";
import { translate, type StringKey } from "./i18n";
import { recalculateAll } from "./excel/recalculate";
import { numberValuesSwitch } from "./settings";
import { button, dropdown, messageBar, spinner } from "./ui/controls";
import { defineLazily, type LazyComponent } from "./ui/fluent";

export interface ViewContext {
  readonly lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /**
   * Runs an Excel batch; failures are shown to the user, never thrown into the void. With `near`
   * (where the user acted; give it an id), that area is busy meanwhile: a spinner after 300 ms,
   * `aria-busy`, and a second request from it, or from the area rebuilt with the same id after a
   * re-render, is refused with a message (resolving undefined) until the first is done, so a
   * double click on Insert writes once.
   */
  excel<T>(batch: (context: Excel.RequestContext) => Promise<T>, near?: HTMLElement): Promise<T | undefined>;
  /**
   * Shows a message; kind "error" is announced to screen readers. With `near` (the button or card
   * the user acted on) the message appears right after it, takes the focus and is scrolled into
   * view, so feedback lands where the user looks; without, below the view.
   */
  say(kind: "success" | "error" | "warning", text: string, near?: HTMLElement): void;
  /** Offers choices for an occupied target (next to `near`, as `say`) and resolves with the one picked. */
  ask(
    text: string,
    choices: readonly { readonly key: string; readonly label: string }[],
    near?: HTMLElement,
  ): Promise<string>;
  /** Whether the host supports an ExcelApi version (features beyond the manifest's minimum). */
  supportsExcelApi(version: string): boolean;
}

export interface View {
  readonly id: string;
  readonly title: StringKey;
  /**
   * Lazily loaded components the view's fields are made of: the tab shows once they are defined,
   * so that every field is there, at its size, the moment the panel is (a component defined later
   * would pop its inner input in after the first paint).
   */
  readonly components?: readonly LazyComponent[];
  render(context: ViewContext): HTMLElement;
}

export interface AppOptions {
  readonly root: HTMLElement;
  readonly lang: Lang;
  readonly views: readonly View[];
  readonly runExcel: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly supportsExcelApi: (version: string) => boolean;
}

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof AmznError) return error.messageIn(lang);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Areas whose batch is running, by element id: a re-render (a language switch, a tab change and
 * back) builds new elements with the same ids, and they must stay busy until the batch is done.
 */
const busyAreas = new Map<string, { showsSpinner: boolean }>();
let unnamedAreas = 0;

/** Draws the busy state on whatever element carries the area's id now. */
function paintBusy(id: string, label: string): void {
  const area = document.getElementById(id);
  const state = busyAreas.get(id);
  if (!area || !state) return;
  area.setAttribute("aria-busy", "true");
  if (state.showsSpinner && !area.querySelector(":scope > fluent-spinner.busy")) area.append(spinner(label));
}

/** Marks `near` busy; the returned function ends it. */
function markBusy(near: HTMLElement, label: string): () => void {
  // Every area the views pass has an id; one without gets a name that lasts as long as it does.
  if (!near.id) near.id = `busy-area-${++unnamedAreas}`;
  const id = near.id;
  const state = { showsSpinner: false };
  busyAreas.set(id, state);
  paintBusy(id, label);
  // Shown only when the wait is noticeable: a quick insert does not flash a spinner.
  const timer = setTimeout(() => {
    state.showsSpinner = true;
    paintBusy(id, label);
  }, 300);
  return () => {
    clearTimeout(timer);
    busyAreas.delete(id);
    const area = document.getElementById(id);
    area?.removeAttribute("aria-busy");
    area?.querySelector(":scope > fluent-spinner.busy")?.remove();
  };
}

export function mountApp(options: AppOptions): void {
  let lang = options.lang;
  let activeView = options.views[0]?.id ?? "";
  /**
   * Where messages go in the pane as it stands. A batch started before a re-render (a language
   * switch, a tab change) answers through the context of the render it started in; its message
   * must land in the pane the user sees, next to the rebuilt area with the same id, not in the
   * detached one.
   */
  let placeMessage: (box: HTMLElement, near: HTMLElement | undefined) => HTMLElement | undefined = () => undefined;

  const render = (): void => {
    document.documentElement.lang = lang;
    const t = (key: StringKey, params?: Record<string, string | number>): string => translate(lang, key, params);
    const messages = el("div", { className: "messages", attrs: { role: "status" } });
    // One message at a time: where the user acted (moved next to the element) or below the view.
    const inline = el("div", { className: "messages inline", id: "inline-message", attrs: { role: "status" } });
    /** Shows `box` next to `near` (or the element now carrying its id), or below the view; returns where. */
    placeMessage = (box, near) => {
      const target = near?.isConnected ? near : near?.id ? (document.getElementById(near.id) ?? undefined) : undefined;
      if (!target) {
        inline.remove();
        messages.replaceChildren(box);
        return undefined;
      }
      messages.replaceChildren();
      inline.replaceChildren(box);
      target.after(inline);
      box.scrollIntoView({ block: "nearest" });
      return target;
    };
    const say: ViewContext["say"] = (kind, text, near) => {
      const box = messageBar({ intent: kind, text });
      box.setAttribute("tabindex", "-1");
      if (placeMessage(box, near)) box.focus({ preventScroll: true });
    };
    const context: ViewContext = {
      lang,
      t,
      say,
      supportsExcelApi: options.supportsExcelApi,
      excel: async (batch, near) => {
        if (near?.id && busyAreas.has(near.id)) {
          // Not silent: the user clicked, so say why nothing more happens.
          say("warning", t("stillWorking"), near);
          return undefined;
        }
        const endBusy = near ? markBusy(near, t("working")) : undefined;
        try {
          return await options.runExcel(batch);
        } catch (error) {
          say("error", t("excelError", { message: errorText(error, lang) }), near);
          return undefined;
        } finally {
          endBusy?.();
        }
      },
      ask: (text, choices, near) =>
        new Promise((resolve) => {
          const buttons = choices.map((choice, index) =>
            button({
              label: choice.label,
              // The last choice is the action; the first, focused one is always the safe one.
              appearance: index === choices.length - 1 ? "primary" : "secondary",
              size: "small",
              attrs: { "data-choice": choice.key },
              onClick: () => {
                question.remove();
                // The prompt is gone: the focus goes back to where the user acted.
                shownNear?.querySelector<HTMLElement>("button, fluent-button")?.focus({ preventScroll: true });
                resolve(choice.key);
              },
            }),
          );
          const question = messageBar({ intent: "warning", text, actions: buttons, role: "alertdialog", label: text });
          const shownNear = placeMessage(question, near);
          buttons[0]?.focus({ preventScroll: Boolean(shownNear) });
        }),
    };

    const languageSelect = dropdown({
      id: "language",
      label: t("language"),
      options: [
        { value: "en", label: "English", lang: "en" },
        { value: "fr", label: "Français", lang: "fr" },
      ],
      value: lang,
      onChange: setLang,
      compact: true,
    }).element;

    // Fluent's TabList: arrow keys, Home and End move between tabs (its focusgroup), and a tab is
    // selected as it takes the focus. Only the active tab's panel is rendered: views that listen
    // to Excel (the audit's selection) stay idle on other tabs.
    const tabs = options.views.map((view) =>
      el(
        "fluent-tab" as "div",
        {
          id: `tab-${view.id}`,
          attrs: {
            role: "tab",
            "aria-controls": `panel-${view.id}`,
            "aria-selected": String(view.id === activeView),
          },
        },
        t(view.title),
      ),
    );
    const tabList = el(
      "fluent-tablist" as "div",
      {
        className: "tabs",
        attrs: { role: "tablist", "aria-label": t("appTitle"), activeid: `tab-${activeView}`, size: "small" },
      },
      ...tabs,
    );
    tabList.addEventListener("change", (event) => {
      if (event.target !== tabList) return;
      const selected = tabs.find((tab) => tab.getAttribute("aria-selected") === "true");
      const next = options.views.find((candidate) => `tab-${candidate.id}` === selected?.id);
      if (!next || next.id === activeView) return;
      activeView = next.id;
      showPanel();
    });

    const panelHost = el("div", { className: "panel-host" });
    const showPanel = (force = false): void => {
      const view = options.views.find((candidate) => candidate.id === activeView);
      const missing = (view?.components ?? []).filter((name) => customElements.get(name) === undefined);
      if (!force && view && missing.length > 0) {
        // Shown when they arrive, or anyway if a chunk fails (the fields then work as plain text).
        const shown = view.id;
        const show = (): void => {
          if (activeView === shown) showPanel(true);
        };
        void Promise.all(missing.map(defineLazily)).then(show, show);
        return;
      }
      messages.replaceChildren();
      panelHost.replaceChildren(
        el(
          "section",
          { id: `panel-${activeView}`, attrs: { role: "tabpanel", "aria-labelledby": `tab-${activeView}` } },
          view ? view.render(context) : null,
          messages,
        ),
      );
      for (const id of busyAreas.keys()) paintBusy(id, t("working"));
    };
    clear(options.root);
    options.root.append(
      el("header", { className: "app-header" }, el("h1", { text: t("appTitle") }), languageSelect),
      numberValuesSwitch({ lang, recalculate: () => context.excel(recalculateAll) }),
      tabList,
      panelHost,
    );
    // In the document already, so that its busy areas are found and repainted.
    showPanel();
  };
  const setLang = (next: Lang): void => {
    lang = next;
    render();
  };
  render();
}
