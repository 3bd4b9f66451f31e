/**
 * The formula builder: pick any AMZN function and its arguments, see the value core computes (the
 * code the custom function runs, so the preview is what Excel will show), insert the formula.
 * Errors read as Excel will show them, in the user's language; the field they can be pinned on is
 * marked aria-invalid. What was picked survives a re-render (language switch, tab change).
 */
import { AmznError, type Lang, type Spill } from "../../core/errors";
import { el } from "../dom";
import { errorText, type View } from "../app";
import { insertFormula } from "../excel/writer";
import {
  FUNCTION_CATALOGUE,
  argValues,
  buildFormula,
  evaluate,
  initialInputs,
  offendingArgs,
  type ArgSpec,
  type FunctionSpec,
} from "../formula-catalogue";

const EXCEL_CODES = { value: "#VALUE!", na: "#N/A", num: "#NUM!" } as const;

/** The function picked and, per function, its fields' state, for the page's lifetime. */
const memory = { id: FUNCTION_CATALOGUE[0]?.id ?? "", inputs: new Map<string, string[]>() };

function inputsOf(spec: FunctionSpec): string[] {
  const inputs = memory.inputs.get(spec.id) ?? initialInputs(spec);
  memory.inputs.set(spec.id, inputs);
  return inputs;
}

/**
 * In the user's locale. Spill cells are ungrouped like Excel's General format (years read 2024)
 * and shorter: 3 decimals, or 4 significant digits below 1 so a small gap does not read 0.
 */
function formatNumber(value: number, lang: Lang, inSpill = false): string {
  const options: Intl.NumberFormatOptions = !inSpill
    ? { maximumFractionDigits: 6 }
    : Math.abs(value) < 1 && value !== 0
      ? { maximumSignificantDigits: 4, useGrouping: false }
      : { maximumFractionDigits: 3, useGrouping: false };
  return value.toLocaleString(lang === "fr" ? "fr-FR" : "en-US", options);
}

/** A scrollable, focusable table; a first row holding text is the header row. */
function spillTable(spill: Spill, label: string, lang: Lang): HTMLElement {
  const cellText = (value: number | string): string =>
    typeof value === "number" ? formatNumber(value, lang, true) : value;
  const [first, ...rest] = spill;
  const header = first !== undefined && spill.length > 1 && first.some((value) => typeof value === "string");
  const rows = header ? rest : spill;
  return el(
    "table",
    { className: "preview", attrs: { tabindex: "0", "aria-label": label } },
    header
      ? el(
          "thead",
          {},
          el("tr", {}, ...first.map((value) => el("th", { text: cellText(value), attrs: { scope: "col" } }))),
        )
      : null,
    el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((value) => el("td", { text: cellText(value) }))))),
  );
}

function functionName(spec: FunctionSpec, lang: Lang): string {
  return lang === "fr" && spec.frName !== spec.id ? `AMZN.${spec.id} (${spec.frName})` : `AMZN.${spec.id}`;
}

export const formulasView: View = {
  id: "formulas",
  title: "tabFormulas",
  render(context) {
    const { t, lang } = context;
    let spec =
      FUNCTION_CATALOGUE.find((candidate) => candidate.id === memory.id) ?? (FUNCTION_CATALOGUE[0] as FunctionSpec);
    let inputs = inputsOf(spec);
    let controls: (HTMLInputElement | HTMLSelectElement)[] = [];

    const argsBox = el("fieldset");
    const valueOut = el("output", { className: "result", id: "formula-value", attrs: { "aria-live": "polite" } });
    const spillBox = el("div", { id: "formula-spill" });
    const formulaOut = el("code", { id: "formula-text" });
    const insertButton = el("button", {
      text: t("insertFormula"),
      className: "primary",
      id: "insert-formula",
      attrs: { type: "button" },
      on: { click: () => void insert(false) },
    });

    const refresh = (): void => {
      const values = argValues(spec, inputs);
      const formula = buildFormula(spec, values);
      formulaOut.textContent = formula;
      spillBox.replaceChildren();
      valueOut.className = "result";
      let invalid: number[] = [];
      try {
        const value = evaluate(spec, values, lang);
        if (typeof value === "object") {
          valueOut.classList.add("text");
          valueOut.textContent = t("spillSize", { rows: value.length, columns: value[0]?.length ?? 0 });
          spillBox.append(spillTable(value, t("spillLabel", { formula }), lang));
        } else if (typeof value === "number") {
          valueOut.textContent = formatNumber(value, lang);
        } else {
          valueOut.classList.add("text");
          valueOut.textContent = value;
        }
      } catch (error) {
        valueOut.classList.add("text", "error");
        valueOut.textContent =
          error instanceof AmznError
            ? t("excelWillShow", { code: EXCEL_CODES[error.kind], message: error.messageIn(lang) })
            : errorText(error, lang);
        invalid = offendingArgs(spec, values, lang);
      }
      insertButton.disabled = valueOut.classList.contains("error");
      controls.forEach((control, index) => {
        const help = `${control.id}-help`;
        if (invalid.includes(index)) {
          control.setAttribute("aria-invalid", "true");
          control.setAttribute("aria-describedby", `${help} ${valueOut.id}`);
        } else {
          control.removeAttribute("aria-invalid");
          control.setAttribute("aria-describedby", help);
        }
        const arg = spec.args[index];
        if (arg?.kind !== "choice" && arg?.placeholder && control instanceof HTMLInputElement)
          control.placeholder = arg.placeholder(values, lang);
      });
    };

    const field = (arg: ArgSpec, index: number): HTMLElement => {
      const id = `arg-${arg.name}`;
      const update = (event: Event): void => {
        inputs[index] = (event.target as HTMLInputElement | HTMLSelectElement).value;
        refresh();
      };
      const control =
        arg.kind === "choice"
          ? el(
              "select",
              { id, on: { change: update } },
              arg.optional ? el("option", { text: arg.omitted?.[lang] ?? "—", attrs: { value: "" } }) : null,
              ...arg.choices.map((choice) =>
                el("option", { text: choice.label[lang], attrs: { value: String(choice.value) } }),
              ),
            )
          : el("input", {
              id,
              attrs: {
                type: "text",
                inputmode: arg.kind === "number" ? "decimal" : "text",
                autocomplete: "off",
                spellcheck: "false",
              },
              on: { input: update },
            });
      control.value = inputs[index] ?? "";
      controls[index] = control;
      return el(
        "div",
        { className: "field" },
        el("label", {
          text: arg.optional ? t("argOptional", { label: arg.label[lang] }) : arg.label[lang],
          attrs: { for: id },
        }),
        control,
        el("p", { className: "hint", id: `${id}-help`, text: arg.help[lang] }),
      );
    };

    const renderArgs = (): void => {
      controls = [];
      argsBox.replaceChildren(
        el("legend", { text: t("argumentsLegend", { function: `AMZN.${spec.id}` }) }),
        ...spec.args.map(field),
      );
      refresh();
    };

    const description = el("p", { className: "hint", id: "function-description", text: spec.description[lang] });
    const functionSelect = el(
      "select",
      {
        id: "function",
        attrs: { "aria-describedby": description.id },
        on: {
          change: (event) => {
            spec =
              FUNCTION_CATALOGUE.find((candidate) => candidate.id === (event.target as HTMLSelectElement).value) ??
              spec;
            memory.id = spec.id;
            inputs = inputsOf(spec);
            description.textContent = spec.description[lang];
            renderArgs();
          },
        },
      },
      ...FUNCTION_CATALOGUE.map((candidate) =>
        el("option", { text: functionName(candidate, lang), attrs: { value: candidate.id } }),
      ),
    );
    functionSelect.value = spec.id;

    const insert = async (overwrite: boolean): Promise<void> => {
      const formula = buildFormula(spec, argValues(spec, inputs));
      const result = await context.excel((excel) => insertFormula(excel, formula, overwrite));
      if (!result) return;
      if (result.status === "written") {
        context.say("success", t("inserted", { formula, address: result.address }));
        return;
      }
      const choice = await context.ask(t("occupied", { address: result.address, count: result.filledCells }), [
        { key: "cancel", label: t("cancel") },
        { key: "overwrite", label: t("overwrite") },
      ]);
      if (choice === "overwrite") await insert(true);
    };

    renderArgs();
    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("formulasIntro") }),
      el("label", { text: t("functionLabel"), attrs: { for: "function" } }),
      functionSelect,
      description,
      argsBox,
      el("h2", { text: t("valueLabel") }),
      valueOut,
      spillBox,
      el("h2", { text: t("formulaLabel") }),
      el("p", {}, formulaOut),
      el("div", { className: "actions" }, insertButton),
    );
  },
};
