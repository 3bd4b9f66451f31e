/**
 * Entry of the task pane chunk. Outside Excel (a plain browser, another Office app) it shows how to
 * open the add-in instead of failing; in an Excel lacking the API set it needs, it says so.
 */
import { langFromTag } from "../core/errors";
import { mountApp, mountNotice } from "./app";
import { applyTheme, followOfficeTheme } from "./theme";
import { aboutView } from "./views/about";
import { auditView } from "./views/audit";
import { formulasView } from "./views/formulas";
import { galleryView } from "./views/gallery";
import { scenarioView } from "./views/scenario";
import { shareView } from "./views/share";

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
  mountApp({
    root,
    lang,
    views: [galleryView, formulasView, scenarioView, auditView, shareView, aboutView],
    runExcel: (batch) => Excel.run(batch),
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  });
  markReady();
}

if (typeof Office === "undefined") {
  // office.js did not load (blocked, offline): still say what this page is.
  const root = document.getElementById("app");
  applyTheme(undefined);
  if (root) mountNotice(root, langFromTag(navigator.language), "outsideOfficeTitle", "outsideOfficeBody");
} else {
  void Office.onReady((info) => start(info.host));
}
