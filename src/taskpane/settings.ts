/**
 * The task pane's switch for numbers with their source: on (default), REVENUE, NET_INCOME,
 * AWS_REVENUE, METRIC, KPI and GROWTH return number values with a card where Excel supports them;
 * off, plain numbers. The choice is stored by src/functions/number-values.ts (localStorage, shared
 * with the functions in the shared runtime) and survives restarts. Where Excel lacks the needed
 * requirement sets, the switch is shown disabled with the reason.
 */
import type { Lang } from "../core/runtime";
import { hostSupportsNumberValues, numberValuesWanted, setNumberValuesWanted } from "../functions/number-values";
import { el } from "./dom";
import { switchControl } from "./ui/controls";

const TEXT = {
  label: {
    en: "Figures carry their source (data cards)",
    fr: "Les chiffres portent leur source (cartes de données)",
  },
  unsupported: {
    en: "This Excel shows plain numbers: cards need CustomFunctionsRuntime 1.4 and ExcelApi 1.19 (Microsoft 365 on the web, Windows or Mac).",
    fr: "Cet Excel affiche des nombres simples : les cartes demandent CustomFunctionsRuntime 1.4 et ExcelApi 1.19 (Microsoft 365 sur le web, Windows ou Mac).",
  },
} as const;

export interface NumberValuesSwitchOptions {
  readonly lang: Lang;
  /** Recalculates the workbook so that existing cells follow the new choice. */
  readonly recalculate: () => Promise<unknown>;
}

export function numberValuesSwitch({ lang, recalculate }: NumberValuesSwitchOptions): HTMLElement {
  const supported = hostSupportsNumberValues();
  return el(
    "div",
    { className: "setting" },
    switchControl({
      id: "number-values",
      label: TEXT.label[lang],
      checked: supported && numberValuesWanted(),
      disabled: !supported,
      ...(supported ? {} : { describedBy: "number-values-note" }),
      onChange: (checked) => {
        setNumberValuesWanted(checked);
        void recalculate();
      },
    }),
    supported ? null : el("p", { id: "number-values-note", className: "hint", text: TEXT.unsupported[lang] }),
  );
}
