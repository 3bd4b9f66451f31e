/** A labelled group of radio buttons (Fluent's RadioGroup), keyboard-accessible by nature. */
import { el } from "../dom";

export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function radioGroup<T extends string>(
  name: string,
  legend: string,
  options: readonly RadioOption<T>[],
  selected: T,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  const radios = options.map((option) => {
    const input = el("input", {
      id: `${name}-${option.value}`,
      attrs: { type: "radio", name, value: option.value },
      on: { change: () => onChange(option.value) },
    });
    input.checked = option.value === selected;
    return el("label", { attrs: { for: input.id } }, input, option.label);
  });
  return el("fieldset", {}, el("legend", { text: legend }), el("div", { className: "radio-row" }, ...radios));
}
