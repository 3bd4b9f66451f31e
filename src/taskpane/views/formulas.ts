/** The formula builder: pick a function and arguments, see core's value, insert the formula. */
import { el } from "../dom";
import type { View, ViewContext } from "../app";
import { errorText } from "../app";
import { insertFormula } from "../excel/writer";
import { FUNCTION_CATALOGUE, buildFormula, type FunctionSpec } from "../formula-catalogue";

function formatValue(value: number | string | (number | string)[][], lang: ViewContext["lang"]): string {
  if (Array.isArray(value)) return value.map((row) => row.join(" | ")).join("\n");
  if (typeof value === "number")
    return value.toLocaleString(lang === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: 6 });
  return value;
}

export const formulasView: View = {
  id: "formulas",
  title: "tabFormulas",
  render(context) {
    const { t, lang } = context;
    let spec: FunctionSpec = FUNCTION_CATALOGUE[0] as FunctionSpec;
    let values: (string | number)[] = spec.args.map((arg) => arg.choices[0]?.value ?? "");

    const argsBox = el("div");
    const valueOut = el("output", { className: "result", id: "formula-value", attrs: { "aria-live": "polite" } });
    const formulaOut = el("code", { id: "formula-text" });

    const refresh = (): void => {
      formulaOut.textContent = buildFormula(spec, values);
      try {
        valueOut.textContent = formatValue(spec.evaluate(values, lang), lang);
        valueOut.classList.remove("error");
      } catch (error) {
        valueOut.textContent = errorText(error, lang);
        valueOut.classList.add("error");
      }
    };

    const renderArgs = (): void => {
      argsBox.replaceChildren(
        ...spec.args.map((arg, index) => {
          const id = `arg-${arg.name}`;
          const select = el(
            "select",
            {
              id,
              on: {
                change: (event) => {
                  const picked = arg.choices[(event.target as HTMLSelectElement).selectedIndex];
                  if (picked) values[index] = picked.value;
                  refresh();
                },
              },
            },
            ...arg.choices.map((choice) =>
              el("option", { text: choice.label[lang], attrs: { value: String(choice.value) } }),
            ),
          );
          select.selectedIndex = Math.max(
            0,
            arg.choices.findIndex((choice) => choice.value === values[index]),
          );
          return el("div", {}, el("label", { text: arg.label[lang], attrs: { for: id } }), select);
        }),
      );
      refresh();
    };

    const functionSelect = el(
      "select",
      {
        id: "function",
        on: {
          change: (event) => {
            spec =
              FUNCTION_CATALOGUE.find((candidate) => candidate.id === (event.target as HTMLSelectElement).value) ??
              spec;
            values = spec.args.map((arg) => arg.choices[0]?.value ?? "");
            description.textContent = spec.description[lang];
            renderArgs();
          },
        },
      },
      ...FUNCTION_CATALOGUE.map((candidate) =>
        el("option", { text: `AMZN.${candidate.id}`, attrs: { value: candidate.id } }),
      ),
    );
    const description = el("p", { className: "hint", text: spec.description[lang] });

    const insert = async (overwrite: boolean): Promise<void> => {
      const formula = buildFormula(spec, values);
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
      el("h2", { text: t("formulaLabel") }),
      el("p", {}, formulaOut),
      el(
        "div",
        { className: "actions" },
        el("button", {
          text: t("insertFormula"),
          className: "primary",
          id: "insert-formula",
          attrs: { type: "button" },
          on: { click: () => void insert(false) },
        }),
      ),
    );
  },
};
