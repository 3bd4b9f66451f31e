/** Share: freeze AMZN formulas as values for readers without the add-in. */
import { el } from "../dom";
import { button, radioGroup } from "../ui/controls";
import type { View, ViewContext } from "../app";
import { convertAmznToValues, type ConvertScope } from "../excel/writer";
import { addLocalization } from "../excel/amzn-write";
import { WAY_BACK_API, forgetWayBack, restoreAmznFormulas } from "../excel/way-back";
import { cellList, restoreSummary } from "./way-back-text";
import { nameErrorNotice } from "./name-errors";
import type { StringKey } from "../i18n";
import { repairSection } from "./repair";

const SCOPES: readonly { readonly scope: ConvertScope; readonly label: StringKey }[] = [
  { scope: "selection", label: "scopeSelection" },
  { scope: "sheet", label: "scopeSheet" },
  { scope: "workbook", label: "scopeWorkbook" },
];

/** getSpillingToRangeOrNullObject arrived in ExcelApi 1.12. */
const SPILL_API = "1.12";

/** "Restore AMZN formulas" and "Forget the way back". */
function wayBackSection(context: ViewContext): HTMLElement {
  const { t } = context;
  const restore = async (): Promise<void> => {
    const first = await context.excel((excel) => restoreAmznFormulas(excel), actions);
    if (!first) return;
    if (first.noRecord) {
      context.say("warning", t("restoreNone"), actions);
      return;
    }
    let result = first;
    if (first.changed.length > 0) {
      const keys = first.changed.map((cell) => cell.key);
      const choice = await context.ask(
        t("restoreAskChanged", { count: keys.length, cells: cellList(keys) }),
        [
          { key: "cancel", label: t("cancel") },
          { key: "restore", label: t("restoreAnyway") },
        ],
        actions,
      );
      if (choice === "restore") {
        const second = await context.excel(
          (excel) => restoreAmznFormulas(excel, { restoreChanged: new Set(keys) }),
          actions,
        );
        if (second) {
          const localization = addLocalization(first.localization, second.localization);
          result = { ...second, restored: first.restored + second.restored, ...(localization && { localization }) };
        }
      }
    }
    const complete =
      result.changed.length === 0 && result.missingCells === 0 && nameErrorNotice(t, result.localization) === undefined;
    context.say(complete ? "success" : "warning", restoreSummary(t, result), actions);
  };
  const forget = async (): Promise<void> => {
    const choice = await context.ask(
      t("forgetConfirm"),
      [
        { key: "cancel", label: t("cancel") },
        { key: "forget", label: t("forgetConfirmAction") },
      ],
      actions,
    );
    if (choice !== "forget") return;
    const removed = await context.excel((excel) => forgetWayBack(excel), actions);
    if (removed === undefined) return;
    context.say("success", t(removed ? "forgetDone" : "forgetNone"), actions);
  };
  const actions = el(
    "div",
    { className: "actions", id: "way-back-actions" },
    button({ label: t("restore"), appearance: "primary", id: "restore", onClick: () => void restore() }),
    button({ label: t("forgetWayBack"), id: "forget-way-back", onClick: () => void forget() }),
  );
  return el(
    "section",
    { className: "repair", id: "way-back", attrs: { "aria-labelledby": "way-back-title" } },
    el("h2", { text: t("wayBackTitle"), id: "way-back-title" }),
    el("p", { className: "hint", text: t("wayBackIntro") }),
    actions,
  );
}

export const shareView: View = {
  id: "share",
  title: "tabShare",
  render(context) {
    const { t } = context;
    let scope: ConvertScope = "selection";
    const scopes = radioGroup({
      name: "scope",
      label: t("scopeLegend"),
      options: SCOPES.map((option) => ({ value: option.scope, label: t(option.label) })),
      value: scope,
      onChange: (value) => (scope = value),
      // Three long choices: one per line, rather than two and a wrapped third at 320 px.
      orientation: "vertical",
    });

    const convert = async (): Promise<void> => {
      const label = t(SCOPES.find((option) => option.scope === scope)?.label ?? "scopeSelection").toLowerCase();
      const choice = await context.ask(
        t("convertConfirm", { scope: label }),
        [
          { key: "cancel", label: t("cancel") },
          { key: "convert", label: t("confirm") },
        ],
        actions,
      );
      if (choice !== "convert") return;
      const supportsSpills = context.supportsExcelApi(SPILL_API);
      const result = await context.excel((excel) => convertAmznToValues(excel, scope, supportsSpills), actions);
      if (!result) return;
      if (result.formulasConverted === 0) {
        context.say("success", t("convertNone"), actions);
        return;
      }
      const done = t("convertDone", { cells: result.cellsChanged, formulas: result.formulasConverted, scope: label });
      const warnings = [
        ...(supportsSpills ? [] : [t("convertNoSpill")]),
        ...(context.supportsExcelApi(WAY_BACK_API) ? [] : [t("convertNoWayBack")]),
      ];
      context.say(warnings.length === 0 ? "success" : "warning", [done, ...warnings].join(" "), actions);
    };

    const actions = el(
      "div",
      { className: "actions", id: "share-actions" },
      button({ label: t("convert"), appearance: "primary", id: "convert", onClick: () => void convert() }),
    );

    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("shareIntro") }),
      scopes,
      actions,
      wayBackSection(context),
      repairSection(context),
    );
  },
};
