/**
 * The state shown outside Excel, or in an Excel too old for the add-in: plain text, no component,
 * so that the entry module can show it without evaluating the app (see taskpane.ts).
 */
import type { Lang } from "../core/runtime";
import { clear, el } from "./dom";
import { translate, type StringKey } from "./i18n";

export function mountNotice(root: HTMLElement, lang: Lang, title: StringKey, body: StringKey, params = {}): void {
  document.documentElement.lang = lang;
  clear(root);
  root.append(
    el("h1", { text: translate(lang, "appTitle") }),
    el(
      "div",
      { className: "notice", attrs: { role: "status" } },
      el("h2", { text: translate(lang, title) }),
      el("p", { text: translate(lang, body, params) }),
    ),
  );
}
