/**
 * Scenario builder: pick a case, override any assumption, preview the key outputs computed by the
 * same engine as AMZN.CAPEX_SCENARIO, then write the native-formula model on a new sheet.
 */
import type { Lang } from "../../core/runtime";
import { colon, formatNumber, formatPercent } from "../../core/wording";
import { readNumberField, type NumberField } from "../../core/inputs";
import {
  SCENARIO_CASES,
  SCENARIO_PARAM_INFO,
  SCENARIO_PRESETS,
  checkScenarioParam,
  resolveScenarioParams,
  type ScenarioParamId,
  runScenario,
  scenarioIrr,
  scenarioNpv,
  type ScenarioCase,
  type ScenarioParams,
} from "../../core/scenario";
import { SHEET_PARAM_IDS, buildScenarioSheet, type SheetParamId } from "../../sheets/scenario-sheet";
import { el } from "../dom";
import { button, radioGroup, setDisabled, textInput, type TextInput } from "../ui/controls";
import { errorText, type View, type ViewContext } from "../app";
import { writeSpec } from "../excel/writer";
import { translate, type StringKey } from "../i18n";

const CASE_KEYS: Record<ScenarioCase, StringKey> = { bear: "caseBear", base: "caseBase", bull: "caseBull" };

/** Rates are typed as percentages (10 for 10%) in fields whose label says "(%)". */
function isPercentField(id: SheetParamId): boolean {
  return SCENARIO_PARAM_INFO[id].label.en.includes("(%)");
}

type FieldId = SheetParamId | "years";

/** An example value for each field's messages, in the unit the field is typed in. */
const FIELD_EXAMPLES: Readonly<Record<ScenarioParamId, number>> = {
  capex: 200,
  capexGrowth: 10,
  years: 10,
  usefulLife: 6,
  revenueYield: 0.45,
  ebitdaMargin: 55,
  taxRate: 21,
  startYear: 2026,
  discountRate: 9,
};

/**
 * A field's valid range in the unit it is typed in, from core's bounds (PRODUCT.md's valid
 * inputs, the same rule the functions apply): percent fields show 0–100 where core says 0–1.
 * Core's checkScenarioParam still checks every value afterwards.
 */
function fieldRange(id: ScenarioParamId): Omit<NumberField, "label" | "unit"> {
  const { min, max, minExclusive } = SCENARIO_PARAM_INFO[id].bounds;
  const scale = id !== "years" && isPercentField(id) ? 100 : 1;
  return {
    min: min * scale,
    max: max * scale,
    ...(minExclusive === true ? { minExclusive: true } : {}),
    example: FIELD_EXAMPLES[id],
  };
}

const WHOLE: ReadonlySet<ScenarioParamId> = new Set(["years", "usefulLife", "startYear"]);

function fieldLabel(id: FieldId, lang: Lang): string {
  return id === "years" ? translate(lang, "horizonLabel") : SCENARIO_PARAM_INFO[id].label[lang];
}

function numberField(id: FieldId, lang: Lang): NumberField {
  const unit = id !== "years" && isPercentField(id) ? "percent" : WHOLE.has(id) ? "whole" : "number";
  return { label: fieldLabel(id, lang), unit, ...fieldRange(id) };
}

function shown(id: SheetParamId, value: number, lang: Lang): string {
  if (id === "startYear") return String(value);
  return isPercentField(id) ? formatNumber(Math.round(value * 1e6) / 1e4, lang) : formatNumber(value, lang);
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
  const [firstError] = state.errors.keys();
  if (firstError !== undefined) {
    return el("p", {
      className: "message warning",
      id: "scenario-preview-blocked",
      text: t("previewBlocked", { label: fieldLabel(firstError, lang) }),
    });
  }
  const result = runScenario(resolveScenarioParams(state.caseName, { ...overridesOf(state), years: state.years }));
  const money = (value: number): string => formatNumber(Math.round(value * 10) / 10, lang, 1);
  const irr = scenarioIrr(result);
  const keyFigure = (label: string, id: string, text: string): HTMLElement =>
    el("p", {}, `${label}${colon(lang)}`, el("strong", { id, text }));
  const head = el(
    "tr",
    {},
    el("th", { text: t("previewUnit") }),
    ...result.years.map((year) => el("th", { text: String(year) })),
  );
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
    keyFigure(
      t("paybackLabel"),
      "payback",
      result.paybackYear === null ? t("paybackNone") : String(result.paybackYear),
    ),
    keyFigure(t("npvLabel"), "npv", money(scenarioNpv(result))),
    keyFigure(t("irrLabel"), "irr", "rate" in irr ? formatPercent(irr.rate, lang) : t("irrNone")),
  );
}

/**
 * What the user typed survives a language switch or a trip to another tab: the view is rebuilt
 * from it (errors are re-validated, so their messages follow the new language).
 */
const typed = { caseName: "base" as ScenarioCase, texts: new Map<SheetParamId | "years", string>() };

/**
 * Validates one field's text into the state; returns the error message, if any. The text is read
 * with the pane language's separators and checked against the field's range; core's check runs
 * after it as a second guard (its message only shows if the two ever disagree).
 */
function applyField(state: FormState, id: FieldId, text: string, lang: Lang): string | undefined {
  state.errors.delete(id);
  const reading = readNumberField(text, numberField(id, lang), lang);
  if (!reading.ok) {
    state.errors.set(id, reading.message);
    return reading.message;
  }
  const parsed = reading.value;
  try {
    if (id === "years") {
      state.years = checkScenarioParam("years", parsed ?? SCENARIO_PRESETS[state.caseName].years);
    } else if (parsed === undefined) {
      state.overrides.delete(id);
    } else {
      state.overrides.set(id, checkScenarioParam(id, parsed));
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
  components: ["fluent-text-input"],
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
    // Each parameter's input, to show the chosen case's value as its placeholder.
    const placeholders = new Map<FieldId, TextInput>();
    const buildButton = button({
      label: t("buildModel"),
      appearance: "primary",
      id: "build-model",
      onClick: () => void build(),
    });
    setDisabled(buildButton, state.errors.size > 0);
    const refresh = (): void => {
      previewBox.replaceChildren(preview(state, context));
      setDisabled(buildButton, state.errors.size > 0);
      for (const id of SHEET_PARAM_IDS)
        placeholders.get(id)?.setPlaceholder(shown(id, SCENARIO_PRESETS[state.caseName][id], lang));
    };

    const field = (id: FieldId, label: string, placeholder: string, value: string): HTMLElement => {
      const errorBox = el("p", { className: "hint error", id: `param-${id}-error`, attrs: { "aria-live": "polite" } });
      const percent = id !== "years" && isPercentField(id);
      const hint = percent ? el("p", { className: "hint", id: `param-${id}-hint`, text: t("percentFieldHint") }) : null;
      const describedBy = hint ? [hint, errorBox] : [errorBox];
      const input = textInput({
        id: `param-${id}`,
        label,
        value,
        placeholder,
        inputMode: "decimal",
        describedBy,
        onInput: (text) => {
          typed.texts.set(id, text);
          showError(applyField(state, id, text, lang));
          refresh();
        },
      });
      placeholders.set(id, input);
      const wrapper = el("div", { className: "field" }, input.element, hint, errorBox);
      const showError = (message: string | undefined): void => {
        errorBox.textContent = message ?? "";
        wrapper.classList.toggle("invalid", Boolean(message));
        input.setInvalid(Boolean(message), describedBy);
      };
      showError(state.errors.get(id));
      return wrapper;
    };

    const cases = radioGroup({
      name: "case",
      label: t("caseLabel"),
      options: SCENARIO_CASES.map((caseName) => ({ value: caseName, label: t(CASE_KEYS[caseName]) })),
      value: state.caseName,
      onChange: (caseName) => {
        state.caseName = caseName;
        typed.caseName = caseName;
        refresh();
      },
    });

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
        context.say("error", errorText(error, lang), actions);
        return;
      }
      const result = await context.excel((excel) => writeSpec(excel, spec, { target: "newSheet" }), actions);
      if (result?.status === "written") context.say("success", t("modelWritten", { address: result.address }), actions);
    };

    const actions = el("div", { className: "actions", id: "scenario-actions" }, buildButton);
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
      actions,
    );
    previewBox.replaceChildren(preview(state, context));
    return form;
  },
};
