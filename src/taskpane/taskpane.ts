/**
 * Entry of the task pane chunk. Outside Excel (a plain browser, another Office app) it shows how to
 * open the add-in instead of failing; in an Excel lacking the API set it needs, it says so.
 *
 * The app (the shell, its views, Fluent's components) is a chunk of its own, fetched once Office
 * says the host is Excel: the functions, which register in the same page, do not compete with it
 * for the download, the parse and the two cores of a small machine, and a notice does not pay for
 * it. Should the chunk not arrive (a host that lost its connection), the pane says so instead of
 * staying on "Loading…".
 */
import { langFromTag } from "../core/runtime";
import { mountNotice } from "./notice";
import { applyTheme, followOfficeTheme } from "./theme";

/** The ExcelApi version the manifest declares; every view's calls exist in it. */
export const REQUIRED_EXCEL_API = "1.8";

/** Marks the first useful paint of the pane (read by `npm run bench`). */
function markReady(): void {
  performance.mark("amzn:ready");
}

function start(host: Office.HostType | null | undefined): void {
  const root = document.getElementById("app");
  if (!root) return;
  const officeLang = typeof Office !== "undefined" ? langFromTag(Office.context?.displayLanguage) : undefined;
  const lang = officeLang ?? langFromTag(navigator.language);
  // Themed before the first paint; the returned promise only says how changes are followed.
  void followOfficeTheme();
  if (host !== Office.HostType.Excel || typeof Excel === "undefined") {
    mountNotice(root, lang, "outsideOfficeTitle", "outsideOfficeBody");
    markReady();
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    mountNotice(root, lang, "unsupportedTitle", "unsupportedBody", { version: REQUIRED_EXCEL_API });
    markReady();
    return;
  }
  import(/* webpackChunkName: "app" */ "./excel-app").then(
    ({ startExcelApp }) => {
      startExcelApp(root, lang);
      markReady();
    },
    () => mountNotice(root, lang, "appLoadFailedTitle", "appLoadFailedBody"),
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (blocked, offline): still say what this page is.
  const root = document.getElementById("app");
  applyTheme(undefined);
  if (root) mountNotice(root, langFromTag(navigator.language), "outsideOfficeTitle", "outsideOfficeBody");
} else {
  void Office.onReady((info) => start(info.host));
}
