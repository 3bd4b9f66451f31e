/**
 * The pane inside Excel: the shell with every view. Loaded by taskpane.ts once Office says the host
 * is an Excel that has the API set the add-in needs.
 */
import type { Lang } from "../core/runtime";
import { mountApp } from "./app";
import { aboutView } from "./views/about";
import { auditView } from "./views/audit";
import { formulasView } from "./views/formulas";
import { galleryView } from "./views/gallery";
import { scenarioView } from "./views/scenario";
import { shareView } from "./views/share";

export function startExcelApp(root: HTMLElement, lang: Lang): void {
  mountApp({
    root,
    lang,
    views: [galleryView, formulasView, scenarioView, auditView, shareView, aboutView],
    runExcel: (batch) => Excel.run(batch),
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}
