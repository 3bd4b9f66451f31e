/** Share: freeze AMZN formulas as values for readers without the add-in. */
import { el } from "../dom";
import { button, radioGroup } from "../ui/controls";
import type { View } from "../app";
import { convertAmznToValues, type ConvertScope } from "../excel/writer";
import type { StringKey } from "../i18n";
import { repairSection } from "./repair";

const SCOPES: readonly { readonly scope: ConvertScope; readonly label: StringKey }[] = [
  { scope: "selection", label: "scopeSelection" },
  { scope: "sheet", label: "scopeSheet" },
  { scope: "workbook", label: "scopeWorkbook" },
];

/** getSpillingToRangeOrNullObject arrived in ExcelApi 1.12. */
const SPILL_API = "1.12";

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
      context.say(
        supportsSpills ? "success" : "warning",
        supportsSpills ? done : `${done} ${t("convertNoSpill")}`,
        actions,
      );
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
      repairSection(context),
    );
  },
};
