/**
 * The formula builder: pick any AMZN function and its arguments, see the value core computes (the
 * code the custom function runs, so the preview is what Excel will show), insert the formula.
 * Errors read as Excel will show them, in the user's language; the field they can be pinned on is
 * marked aria-invalid. What was picked survives a re-render (language switch, tab change).
 */
import { AmznError, type Lang, type Spill } from "../../core/runtime";
import { el } from "../dom";
import { button, dropdown, setDisabled, textInput } from "../ui/controls";
import { errorText, type View } from "../app";
import { insertAmznFormula, type FormulaShape } from "../excel/amzn-write";
import { nameErrorNotice } from "./name-errors";
import {
  FUNCTION_CATALOGUE,
  argValues,
  buildFormula,
  displayFormula,
  evaluate,
  initialInputs,
  inputProblems,
  offendingArgs,
  type ArgSpec,
  type FunctionSpec,
} from "../formula-catalogue";
import { formatForDisplay } from "../../core/wording";
import { functionText } from "../../core/formula";

/** Error values as Excel shows them in each language (French Excel: #VALEUR!). */
const EXCEL_CODES: Readonly<Record<Lang, Readonly<Record<AmznError["kind"], string>>>> = {
  en: { value: "#VALUE!", na: "#N/A" },
  fr: { value: "#VALEUR!", na: "#N/A" },
};

/** A number format's code as the user's Excel lists it: French Excel shows "# ##0,0" and "0,0%". */
function formatCode(format: string, lang: Lang): string {
  return lang === "fr" ? format.replace(/[.,]/g, (mark) => (mark === "." ? "," : "\u202f")) : format;
}

/** A number shown as Excel shows it under the format the insert applies (wording's one renderer). */
function formatAs(value: number, format: string | undefined, lang: Lang): string {
  return format === undefined ? previewNumber(value, lang) : formatForDisplay(value, format, lang);
}

/** The function picked and, per function, its fields' state, for the page's lifetime. */
const memory = { id: FUNCTION_CATALOGUE[0]?.id ?? "", inputs: new Map<string, string[]>() };

function inputsOf(spec: FunctionSpec): string[] {
  const inputs = memory.inputs.get(spec.id) ?? initialInputs(spec);
  memory.inputs.set(spec.id, inputs);
  return inputs;
}

/**
 * A number of the preview that has no format of its own, in the user's locale. Spill cells are
 * ungrouped like Excel's General format (years read 2024) and short, as in a narrow column: 3
 * decimals, or 4 significant digits below 1 so a small gap does not read 0.
 */
function previewNumber(value: number, lang: Lang, inSpill = false): string {
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
    typeof value === "number" ? previewNumber(value, lang, true) : value;
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

/** One argument's field as the preview drives it: marked invalid or not, its placeholder kept current. */
interface ArgControl {
  readonly element: HTMLElement;
  readonly help: HTMLElement;
  mark(invalid: boolean, describedBy: readonly HTMLElement[]): void;
  setPlaceholder?(text: string): void;
}

function functionName(spec: FunctionSpec, lang: Lang): string {
  const english = functionText(spec.id, "en");
  return lang === "fr" && spec.frName !== spec.id ? `${english} (${spec.frName})` : english;
}

export const formulasView: View = {
  id: "formulas",
  title: "tabFormulas",
  render(context) {
    const { t, lang } = context;
    let spec =
      FUNCTION_CATALOGUE.find((candidate) => candidate.id === memory.id) ?? (FUNCTION_CATALOGUE[0] as FunctionSpec);
    let inputs = inputsOf(spec);
    let controls: ArgControl[] = [];

    const argsBox = el("fieldset");
    const valueOut = el("output", { className: "result", id: "formula-value", attrs: { "aria-live": "polite" } });
    const spillBox = el("div", { id: "formula-spill" });
    const formulaOut = el("code", { id: "formula-text", attrs: { lang } });
    /** What the last preview computed: the area the formula will occupy and its number format. */
    let computed: { shape: FormulaShape; format?: string } | undefined;
    const insertButton = button({
      label: t("insertFormula"),
      appearance: "primary",
      id: "insert-formula",
      onClick: () => void insert(false),
    });

    const refresh = (): void => {
      const values = argValues(spec, inputs, lang);
      const formula = displayFormula(spec, values, lang);
      formulaOut.textContent = formula;
      spillBox.replaceChildren();
      valueOut.className = "result";
      computed = undefined;
      let invalid: number[] = [];
      const problems = inputProblems(spec, inputs, lang);
      const [firstProblem] = problems.values();
      if (firstProblem !== undefined) {
        // What was typed is not a number the pane can read: say so under the field, compute nothing.
        valueOut.classList.add("text", "error");
        valueOut.textContent = firstProblem;
        invalid = [...problems.keys()];
      } else {
        try {
          const value = evaluate(spec, values, lang);
          if (typeof value === "object") {
            valueOut.classList.add("text");
            valueOut.textContent = t("spillSize", { rows: value.length, columns: value[0]?.length ?? 0 });
            spillBox.append(spillTable(value, t("spillLabel", { formula }), lang));
            computed = { shape: { rows: value.length, cols: value[0]?.length ?? 1 } };
          } else if (typeof value === "number") {
            const format = spec.format?.(values);
            valueOut.textContent = formatAs(value, format, lang);
            computed = { shape: { rows: 1, cols: 1 }, format };
          } else {
            valueOut.classList.add("text");
            valueOut.textContent = value;
            computed = { shape: { rows: 1, cols: 1 } };
          }
        } catch (error) {
          valueOut.classList.add("text", "error");
          valueOut.textContent =
            error instanceof AmznError
              ? t("excelWillShow", { code: EXCEL_CODES[lang][error.kind], message: error.messageIn(lang) })
              : errorText(error, lang);
          invalid = offendingArgs(spec, values, lang);
        }
      }
      setDisabled(insertButton, valueOut.classList.contains("error"));
      controls.forEach((control, index) => {
        // An offending field is described by its help and then by the error the value line shows.
        control.mark(invalid.includes(index), invalid.includes(index) ? [control.help, valueOut] : [control.help]);
        const arg = spec.args[index];
        if (arg?.kind !== "choice" && arg?.placeholder) control.setPlaceholder?.(arg.placeholder(values, lang));
      });
    };

    const field = (arg: ArgSpec, index: number): HTMLElement => {
      const id = `arg-${arg.name}`;
      const label = arg.optional ? t("argOptional", { label: arg.label[lang] }) : arg.label[lang];
      const help = el("p", { className: "hint", id: `${id}-help`, text: arg.help[lang] });
      const update = (value: string): void => {
        inputs[index] = value;
        refresh();
      };
      let control: ArgControl;
      if (arg.kind === "choice") {
        const labelElement = el("label", { id: `${id}-label`, text: label });
        const choice = dropdown({
          id,
          label: labelElement,
          options: [
            ...(arg.optional ? [{ value: "", label: arg.omitted?.[lang] ?? "—" }] : []),
            ...arg.choices.map((option) => ({ value: String(option.value), label: option.label[lang] })),
          ],
          value: inputs[index] ?? "",
          describedBy: [help],
          onChange: update,
        });
        control = {
          element: el("div", {}, labelElement, choice.element),
          help,
          mark: choice.setInvalid,
        };
      } else {
        const input = textInput({
          id,
          label,
          value: inputs[index] ?? "",
          inputMode: arg.kind === "number" ? "decimal" : "text",
          describedBy: [help],
          onInput: update,
        });
        control = { element: input.element, help, mark: input.setInvalid, setPlaceholder: input.setPlaceholder };
      }
      controls[index] = control;
      return el("div", { className: "field" }, control.element, help);
    };

    const renderArgs = (): void => {
      controls = [];
      argsBox.replaceChildren(
        el("legend", {
          text: t("argumentsLegend", { function: functionText(spec.id, lang) }),
        }),
        ...spec.args.map(field),
      );
      refresh();
    };

    const description = el("p", { className: "hint", id: "function-description", text: spec.description[lang] });
    const functionLabel = el("label", { id: "function-label", text: t("functionLabel") });
    const functionSelect = dropdown({
      id: "function",
      label: functionLabel,
      options: FUNCTION_CATALOGUE.map((candidate) => ({ value: candidate.id, label: functionName(candidate, lang) })),
      value: spec.id,
      describedBy: [description],
      onChange: (id) => {
        spec = FUNCTION_CATALOGUE.find((candidate) => candidate.id === id) ?? spec;
        memory.id = spec.id;
        inputs = inputsOf(spec);
        description.textContent = spec.description[lang];
        renderArgs();
      },
    }).element;

    const insert = async (overwrite: boolean): Promise<void> => {
      if (!computed) return;
      const { shape, format } = computed;
      const values = argValues(spec, inputs, lang);
      // The cell gets the invariant formula; the user reads it as their Excel shows it.
      const formula = buildFormula(spec, values);
      const shown = displayFormula(spec, values, lang);
      const result = await context.excel(
        (excel) => insertAmznFormula(excel, formula, { shape, numberFormat: format, overwrite }),
        actions,
      );
      if (!result) return;
      if (result.status === "written") {
        const address = result.areaAddress;
        const done = format
          ? t("insertedFormat", { formula: shown, address, format: formatCode(format, lang) })
          : t("inserted", { formula: shown, address });
        // In a French Excel the formula may still show #NAME? after its French rewrite: say so.
        const notice = nameErrorNotice(t, result);
        if (notice) context.say("warning", `${done} ${notice}`, actions);
        else context.say("success", done, actions);
        return;
      }
      const spills = shape.rows * shape.cols > 1;
      if (result.status === "inTable") {
        const where = { formula: shown, address: result.areaAddress, rows: shape.rows, columns: shape.cols };
        context.say("error", t("spillInTable", { ...where, table: result.tableName }), actions);
        return;
      }
      const question = spills
        ? t("spillOccupied", {
            formula: shown,
            address: result.areaAddress,
            rows: shape.rows,
            columns: shape.cols,
            count: result.filledCells,
          })
        : t("occupied", { address: result.address, count: result.filledCells });
      const choice = await context.ask(
        question,
        [
          { key: "cancel", label: t("cancel") },
          { key: "overwrite", label: t("overwrite") },
        ],
        actions,
      );
      if (choice === "overwrite") await insert(true);
    };
    const actions = el("div", { className: "actions", id: "formula-actions" }, insertButton);

    renderArgs();
    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("formulasIntro") }),
      functionLabel,
      functionSelect,
      description,
      argsBox,
      el("h2", { text: t("valueLabel") }),
      valueOut,
      spillBox,
      el("h2", { text: t("formulaLabel") }),
      el("p", {}, formulaOut),
      actions,
    );
  },
};
