/**
 * The task pane shell: a header with the language switch, one tab per feature, and the shared
 * plumbing views need (strings, running an Excel batch, showing a message, asking consent).
 */
import { AmznError, type Lang } from "../core/errors";
import { clear, el } from "./dom";
import { translate, type StringKey } from "./i18n";
import { recalculateAll } from "./excel/recalculate";
import { numberValuesSwitch } from "./settings";

export interface ViewContext {
  readonly lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /** Runs an Excel batch; failures are shown to the user, never thrown into the void. */
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
      const box = el("p", {
        className: `message ${kind}`,
        text,
        attrs: { tabindex: "-1", ...(kind === "error" ? { role: "alert" } : {}) },
      });
      place(box, near);
      if (near) box.focus({ preventScroll: true });
    };
    const context: ViewContext = {
      lang,
      t,
      say,
      supportsExcelApi: options.supportsExcelApi,
      excel: async (batch, near) => {
        try {
          return await options.runExcel(batch);
        } catch (error) {
          say("error", t("excelError", { message: errorText(error, lang) }), near);
          return undefined;
        }
      },
      ask: (text, choices, near) =>
        new Promise((resolve) => {
          const buttons = choices.map((choice, index) =>
            el("button", {
              text: choice.label,
              // The last choice is the action; the first, focused one is always the safe one.
              className: index === choices.length - 1 ? "primary" : "",
              attrs: { type: "button", "data-choice": choice.key },
              on: {
                click: () => {
                  messages.replaceChildren();
                  inline.replaceChildren();
                  // The prompt is gone: the focus goes back to where the user acted.
                  near?.querySelector("button")?.focus({ preventScroll: true });
                  resolve(choice.key);
                },
              },
            }),
          );
          place(
            el(
              "div",
              { className: "message warning", attrs: { role: "alertdialog", "aria-label": text } },
              el("p", { text }),
              el("div", { className: "actions" }, ...buttons),
            ),
            near,
          );
          buttons[0]?.focus({ preventScroll: Boolean(near) });
        }),
    };

    const languageSelect = el(
      "select",
      {
        id: "language",
        attrs: { "aria-label": t("language") },
        on: { change: (event) => setLang((event.target as HTMLSelectElement).value === "fr" ? "fr" : "en") },
      },
      el("option", { text: "English", attrs: { value: "en" } }),
      el("option", { text: "Français", attrs: { value: "fr" } }),
    );
    languageSelect.value = lang;

    const tabs = options.views.map((view) =>
      el("button", {
        text: t(view.title),
        id: `tab-${view.id}`,
        attrs: {
          role: "tab",
          type: "button",
          "aria-selected": String(view.id === activeView),
          "aria-controls": `panel-${view.id}`,
          tabindex: view.id === activeView ? "0" : "-1",
        },
        on: {
          click: () => {
            activeView = view.id;
            render();
            document.getElementById(`tab-${view.id}`)?.focus();
          },
        },
      }),
    );
    const tabList = el("div", { attrs: { role: "tablist", "aria-label": t("appTitle") } }, ...tabs);
    // Arrow keys move between tabs, as in Fluent's TabList.
    tabList.addEventListener("keydown", (event) => {
      const index = options.views.findIndex((view) => view.id === activeView);
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = options.views[(index + step + options.views.length) % options.views.length];
      if (!next) return;
      activeView = next.id;
      render();
      document.getElementById(`tab-${next.id}`)?.focus();
    });

    const view = options.views.find((candidate) => candidate.id === activeView);
    const panel = el(
      "section",
      { id: `panel-${activeView}`, attrs: { role: "tabpanel", "aria-labelledby": `tab-${activeView}` } },
      view ? view.render(context) : null,
      messages,
    );
    clear(options.root);
    options.root.append(
      el("header", { className: "app-header" }, el("h1", { text: t("appTitle") }), languageSelect),
      numberValuesSwitch({ lang, recalculate: () => context.excel(recalculateAll) }),
      tabList,
      panel,
    );
  };

  const setLang = (next: Lang): void => {
    lang = next;
    render();
  };
  render();
}

/** The state shown outside Excel, or in an Excel too old for the add-in. */
export function mountNotice(root: HTMLElement, lang: Lang, title: StringKey, body: StringKey, params = {}): void {
  document.documentElement.lang = lang;
  clear(root);
  root.append(
    el("h1", { text: translate(lang, "appTitle") }),
    el(
      "div",
      { className: "message warning", attrs: { role: "status" } },
      el("h2", { text: translate(lang, title) }),
      el("p", { text: translate(lang, body, params) }),
    ),
  );
}
