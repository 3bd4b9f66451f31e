/**
 * The task pane shell: a header with the language switch, one tab per feature, and the shared
 * plumbing views need (strings, running an Excel batch, showing a message, asking consent).
 */
import { AmznError, type Lang } from "../core/errors";
import { clear, el } from "./dom";
import { translate, type StringKey } from "./i18n";
import { recalculateAll } from "./excel/recalculate";
import { numberValuesSwitch } from "./settings";
import { button, dropdown, messageBar, spinner } from "./ui/controls";
import "./ui/fluent";

export interface ViewContext {
  readonly lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /**
   * Runs an Excel batch; failures are shown to the user, never thrown into the void. With `near`
   * (where the user acted), that area is busy meanwhile: a spinner after 300 ms, `aria-busy`, and
   * a second request from it is ignored (resolving undefined) until the first is done, so a
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

/** Areas whose batch is running; kept across re-renders (a language switch mid-batch). */
const busyAreas = new WeakSet<HTMLElement>();

/** Marks `near` busy; the returned function ends it. */
function markBusy(near: HTMLElement, label: string): () => void {
  busyAreas.add(near);
  near.setAttribute("aria-busy", "true");
  const indicator = spinner(label);
  // Shown only when the wait is noticeable: a quick insert does not flash a spinner.
  const timer = setTimeout(() => near.append(indicator), 300);
  return () => {
    clearTimeout(timer);
    indicator.remove();
    near.removeAttribute("aria-busy");
    busyAreas.delete(near);
  };
}

export function mountApp(options: AppOptions): void {
  let lang = options.lang;
  let activeView = options.views[0]?.id ?? "";

  const render = (): void => {
    document.documentElement.lang = lang;
    const t = (key: StringKey, params?: Record<string, string | number>): string => translate(lang, key, params);
    const messages = el("div", { className: "messages", attrs: { role: "status" } });
    // One message at a time: where the user acted (moved next to the element) or below the view.
    const inline = el("div", { className: "messages inline", id: "inline-message", attrs: { role: "status" } });
    const place = (box: HTMLElement, near: HTMLElement | undefined): void => {
      if (!near) {
        inline.remove();
        messages.replaceChildren(box);
        return;
      }
      messages.replaceChildren();
      inline.replaceChildren(box);
      near.after(inline);
      box.scrollIntoView({ block: "nearest" });
    };
    const say: ViewContext["say"] = (kind, text, near) => {
      const box = messageBar({ intent: kind, text });
      box.setAttribute("tabindex", "-1");
      place(box, near);
      if (near) box.focus({ preventScroll: true });
    };
    const context: ViewContext = {
      lang,
      t,
      say,
      supportsExcelApi: options.supportsExcelApi,
      excel: async (batch, near) => {
        if (near && busyAreas.has(near)) return undefined;
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
                messages.replaceChildren();
                inline.replaceChildren();
                // The prompt is gone: the focus goes back to where the user acted.
                near?.querySelector<HTMLElement>("button, fluent-button")?.focus({ preventScroll: true });
                resolve(choice.key);
              },
            }),
          );
          place(messageBar({ intent: "warning", text, actions: buttons, role: "alertdialog", label: text }), near);
          buttons[0]?.focus({ preventScroll: Boolean(near) });
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
    const showPanel = (): void => {
      const view = options.views.find((candidate) => candidate.id === activeView);
      messages.replaceChildren();
      panelHost.replaceChildren(
        el(
          "section",
          { id: `panel-${activeView}`, attrs: { role: "tabpanel", "aria-labelledby": `tab-${activeView}` } },
          view ? view.render(context) : null,
          messages,
        ),
      );
    };
    showPanel();
    clear(options.root);
    options.root.append(
      el("header", { className: "app-header" }, el("h1", { text: t("appTitle") }), languageSelect),
      numberValuesSwitch({ lang, recalculate: () => context.excel(recalculateAll) }),
      tabList,
      panelHost,
    );
  };
  const setLang = (next: Lang): void => {
    lang = next;
    render();
  };
  render();
}
