/**
 * Scenario builder: pick a case, override any assumption, preview the key outputs computed by the
 * same engine as AMZN.CAPEX_SCENARIO, then write the native-formula model on a new sheet.
 */
import type { Lang } from "../../core/errors";
import { formatNumber } from "../../core/format";
import {
  SCENARIO_CASES,
  SCENARIO_PARAM_INFO,
  SCENARIO_PRESETS,
  checkScenarioParam,
  resolveScenarioParams,
  runScenario,
  type ScenarioCase,
  type ScenarioParams,
} from "../../core/scenario";
import { SHEET_PARAM_IDS, buildScenarioSheet, type SheetParamId } from "../../sheets/scenario-sheet";
import { el } from "../dom";
import { errorText, type View, type ViewContext } from "../app";
import { writeSpec } from "../excel/writer";
import type { StringKey } from "../i18n";
import { radioGroup } from "./radio";

const CASE_KEYS: Record<ScenarioCase, StringKey> = { bear: "caseBear", base: "caseBase", bull: "caseBull" };

/** Rates are typed as percentages (10 for 10%) in fields whose label says "(%)". */
function isPercentField(id: SheetParamId): boolean {
  return SCENARIO_PARAM_INFO[id].label.en.includes("(%)");
}

function shown(id: SheetParamId, value: number, lang: Lang): string {
  if (id === "startYear") return String(value);
  return isPercentField(id) ? formatNumber(Math.round(value * 1e6) / 1e4, lang) : formatNumber(value, lang);
}

/** "12,5" and "12.5" both read as 12.5; empty means "use the case". */
function parseField(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, "").replace(",", ".");
  if (trimmed === "") return undefined;
  return Number(trimmed);
}

interface FormState {
  caseName: ScenarioCase;
  years: number;
  overrides: Map<SheetParamId, number>;
  errors: Map<SheetParamId | "years", string>;
}

function overridesOf(state: FormState): Partial<ScenarioParams> {
  return Object.fromEntries(state.overrides) as Partial<ScenarioParams>;
}

function preview(state: FormState, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  if (state.errors.size > 0) return el("p", { className: "hint", text: "—" });
  const result = runScenario(resolveScenarioParams(state.caseName, { ...overridesOf(state), years: state.years }));
  const money = (value: number): string => formatNumber(Math.round(value * 10) / 10, lang, 1);
  const head = el("tr", {}, el("th", { text: "B$" }), ...result.years.map((year) => el("th", { text: String(year) })));
  const line = (label: string, values: readonly number[]): HTMLElement =>
    el(
      "tr",
      {},
      el("th", { text: label, attrs: { scope: "row" } }),
      ...values.map((value) => el("td", { text: money(value) })),
    );
  const labels =
    lang === "fr" ? ["Investissements", "FCF", t("cumulativeFcfLabel")] : ["Capex", "FCF", t("cumulativeFcfLabel")];
  return el(
    "div",
    { id: "scenario-preview" },
    el(
      "table",
      { className: "preview", attrs: { tabindex: "0", "aria-label": t("previewLabel") } },
      el("thead", {}, head),
      el(
        "tbody",
        {},
        line(labels[0] ?? "", result.rows.capex),
        line(labels[1] ?? "", result.rows.fcf),
        line(labels[2] ?? "", result.rows.cumulative_fcf),
      ),
    ),
    el(
      "p",
      {},
      // French typography puts a space before the colon.
      `${t("paybackLabel")}${lang === "fr" ? " : " : ": "}`,
      el("strong", {
        id: "payback",
        text: result.paybackYear === null ? t("paybackNone") : String(result.paybackYear),
      }),
    ),
  );
}

/**
 * What the user typed survives a language switch or a trip to another tab: the view is rebuilt
 * from it (errors are re-validated, so their messages follow the new language).
 */
const typed = { caseName: "base" as ScenarioCase, texts: new Map<SheetParamId | "years", string>() };

/** Validates one field's text into the state; returns the error message, if any. */
function applyField(state: FormState, id: SheetParamId | "years", text: string, lang: Lang): string | undefined {
  const parsed = parseField(text);
  state.errors.delete(id);
  try {
    if (id === "years") {
      state.years = checkScenarioParam("years", parsed ?? SCENARIO_PRESETS[state.caseName].years);
    } else if (parsed === undefined) {
      state.overrides.delete(id);
    } else {
      state.overrides.set(id, checkScenarioParam(id, isPercentField(id) ? parsed / 100 : parsed));
    }
    return undefined;
  } catch (error) {
    const message = errorText(error, lang);
    state.errors.set(id, message);
    return message;
  }
}

export const scenarioView: View = {
  id: "scenario",
  title: "tabScenario",
  render(context) {
    const { t, lang } = context;
    const state: FormState = {
      caseName: typed.caseName,
      years: SCENARIO_PRESETS[typed.caseName].years,
      overrides: new Map(),
      errors: new Map(),
    };
    for (const [id, text] of typed.texts) applyField(state, id, text, lang);
    const previewBox = el("div");
    const buildButton = el("button", {
      text: t("buildModel"),
      className: "primary",
      id: "build-model",
      attrs: { type: "button" },
      on: { click: () => void build() },
    });
    buildButton.disabled = state.errors.size > 0;
    const refresh = (): void => {
      previewBox.replaceChildren(preview(state, context));
      buildButton.disabled = state.errors.size > 0;
      for (const id of SHEET_PARAM_IDS) {
        const input = document.getElementById(`param-${id}`) as HTMLInputElement | null;
        if (input) input.placeholder = shown(id, SCENARIO_PRESETS[state.caseName][id], lang);
      }
    };

    const field = (id: SheetParamId | "years", label: string, placeholder: string, value: string): HTMLElement => {
      const errorBox = el("p", { className: "hint error", id: `param-${id}-error`, attrs: { "aria-live": "polite" } });
      const input = el("input", {
        id: `param-${id}`,
        attrs: { type: "text", inputmode: "decimal", placeholder, value, "aria-describedby": errorBox.id },
        on: {
          input: (event) => {
            const text = (event.target as HTMLInputElement).value;
            typed.texts.set(id, text);
            showError(applyField(state, id, text, lang));
            refresh();
          },
        },
      });
      const showError = (message: string | undefined): void => {
        errorBox.textContent = message ?? "";
        if (message) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      };
      showError(state.errors.get(id));
      return el("div", {}, el("label", { text: label, attrs: { for: input.id } }), input, errorBox);
    };

    const cases = radioGroup(
      "case",
      t("caseLabel"),
      SCENARIO_CASES.map((caseName) => ({ value: caseName, label: t(CASE_KEYS[caseName]) })),
      state.caseName,
      (caseName) => {
        state.caseName = caseName;
        typed.caseName = caseName;
        refresh();
      },
    );

    const build = async (): Promise<void> => {
      let spec;
      try {
        spec = buildScenarioSheet({
          lang,
          caseName: state.caseName,
          overrides: overridesOf(state),
          years: state.years,
        });
      } catch (error) {
        context.say("error", errorText(error, lang));
        return;
      }
      const result = await context.excel((excel) => writeSpec(excel, spec, { target: "newSheet" }));
      if (result?.status === "written") context.say("success", t("modelWritten", { address: result.address }));
    };

    const form = el(
      "div",
      {},
      el("p", { className: "hint", text: t("scenarioIntro") }),
      cases,
      field(
        "years",
        t("horizonLabel"),
        String(SCENARIO_PRESETS.base.years),
        typed.texts.get("years") ?? String(state.years),
      ),
      el(
        "fieldset",
        {},
        el("legend", { text: t("overridesLegend") }),
        ...SHEET_PARAM_IDS.map((id) =>
          field(
            id,
            SCENARIO_PARAM_INFO[id].label[lang],
            shown(id, SCENARIO_PRESETS[state.caseName][id], lang),
            typed.texts.get(id) ?? "",
          ),
        ),
      ),
      el("h2", { text: t("previewLabel") }),
      previewBox,
      el("div", { className: "actions" }, buildButton),
    );
    previewBox.replaceChildren(preview(state, context));
    return form;
  },
};
