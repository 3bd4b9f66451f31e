/**
 * Why one file of 400 lines: every factory here makes up for the same Fluent 3.1 gaps (roles as
 * attributes, labels and descriptions crossing into shadow roots); split by control, each file
 * would restate those rules.
 *
 * Small factories for the Fluent 2 controls the views use. Each takes one options object, so a
 * view's hand-written control converts by replacing one call (`button({...})` for `el("button")`).
 *
 * ARIA: Fluent sets roles through ElementInternals, which Playwright's role queries and axe-core do
 * not read yet; the button, radio and switch factories also write the same role as an attribute,
 * which agrees with the internals, so every tool sees one role. The text input's and the
 * dropdown's focusable controls are a real <input> and a <button role="combobox">, which need none.
 */
import { el, type ElementProps } from "../dom";
import { defineLazily } from "./fluent";

type FluentTag = `fluent-${string}`;

/** `el` for Fluent's custom elements (not in TypeScript's tag map): the one cast lives here. */
function fluent(tag: FluentTag, props: ElementProps = {}, ...children: (Node | null)[]): HTMLElement {
  return el(tag as "div", props, ...children);
}

export type ButtonAppearance = "primary" | "secondary" | "subtle" | "transparent";

export interface ButtonOptions {
  readonly label: string;
  readonly id?: string;
  readonly appearance?: ButtonAppearance;
  readonly size?: "small" | "medium";
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: () => void;
}

export function button(options: ButtonOptions): HTMLElement {
  const element = fluent("fluent-button", {
    text: options.label,
    ...(options.id ? { id: options.id } : {}),
    attrs: {
      role: "button",
      type: "button",
      appearance: options.appearance ?? "secondary",
      ...(options.size ? { size: options.size } : {}),
      ...options.attrs,
    },
  });
  if (options.onClick) element.addEventListener("click", options.onClick);
  return element;
}

/**
 * Disables or enables a Fluent button: Fluent's own `disabled` attribute, and `aria-disabled`
 * written out for the tools that do not read ElementInternals (see the header).
 */
export function setDisabled(control: HTMLElement, disabled: boolean): void {
  control.toggleAttribute("disabled", disabled);
  if (disabled) control.setAttribute("aria-disabled", "true");
  else control.removeAttribute("aria-disabled");
}

export interface ChoiceOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** The label's language when it differs from the pane's (a language's own name). */
  readonly lang?: string;
}

export interface RadioGroupOptions<T extends string> {
  /** Prefix of the radios' ids (`${name}-${value}`) and their form name. */
  readonly name: string;
  readonly label: string;
  readonly options: readonly ChoiceOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly orientation?: "horizontal" | "vertical";
}

/** A labelled Fluent RadioGroup; arrow keys move the choice, as in every Fluent radio group. */
export function radioGroup<T extends string>(options: RadioGroupOptions<T>): HTMLElement {
  const labelId = `${options.name}-label`;
  const radios = options.options.map((option) =>
    fluent("fluent-radio", {
      id: `${options.name}-${option.value}`,
      attrs: {
        slot: "input",
        role: "radio",
        value: option.value,
        "aria-checked": String(option.value === options.value),
        ...(option.value === options.value ? { checked: "" } : {}),
      },
    }),
  );
  const group = fluent(
    "fluent-radio-group",
    {
      className: "radio-group",
      attrs: {
        role: "radiogroup",
        name: options.name,
        "aria-labelledby": labelId,
        orientation: options.orientation ?? "horizontal",
      },
    },
    ...options.options.map((option, index) =>
      fluent(
        "fluent-field",
        { attrs: { "label-position": "after" } },
        el("label", { text: option.label, attrs: { slot: "label", for: `${options.name}-${option.value}` } }),
        radios[index] ?? null,
      ),
    ),
  );
  group.addEventListener("change", () => {
    for (const radio of radios) mirrorChecked(radio);
    const value = (group as unknown as { value: string | null }).value;
    const picked = options.options.find((option) => option.value === value);
    if (picked) options.onChange(picked.value);
  });
  return el(
    "div",
    { className: "choice" },
    el("span", { id: labelId, className: "choice-label", text: options.label }),
    group,
  );
}

/** The checked state, as an attribute too (see the ARIA note at the top). */
function mirrorChecked(control: HTMLElement): void {
  control.setAttribute("aria-checked", String((control as unknown as { checked: boolean }).checked));
}

export interface SwitchOptions {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** Shown off and inert, with `describedBy` naming the element that says why. */
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

export function switchControl(options: SwitchOptions): HTMLElement {
  const control = fluent("fluent-switch", {
    id: options.id,
    attrs: {
      slot: "input",
      role: "switch",
      "aria-checked": String(options.checked),
      ...(options.checked ? { checked: "" } : {}),
      ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
    },
  });
  if (options.disabled) setDisabled(control, true);
  control.addEventListener("change", () => {
    mirrorChecked(control);
    options.onChange((control as unknown as { checked: boolean }).checked);
  });
  return fluent(
    "fluent-field",
    { className: "switch", attrs: { "label-position": "after" } },
    el("label", { text: options.label, attrs: { slot: "label", for: options.id } }),
    control,
  );
}

/**
 * Fluent's spinner, labelled for screen readers (it is a progressbar without a value). It is not
 * on the first screen: the component arrives on first use and the element upgrades in place.
 */
export function spinner(label: string): HTMLElement {
  void defineLazily("fluent-spinner");
  return fluent("fluent-spinner", {
    className: "busy",
    attrs: { size: "tiny", role: "progressbar", "aria-label": label },
  });
}

export type MessageIntent = "success" | "error" | "warning" | "info";

export interface MessageBarOptions {
  readonly intent: MessageIntent;
  readonly text: string;
  /** Buttons shown in the bar's action area. */
  readonly actions?: readonly HTMLElement[];
  /** "alert" for errors (announced at once); "status" otherwise. */
  readonly role?: "alert" | "status" | "alertdialog";
  readonly label?: string;
}

/** Fluent's MessageBar, wrapping its text and actions below one another to fit 320 px. */
export function messageBar(options: MessageBarOptions): HTMLElement {
  const role = options.role ?? (options.intent === "error" ? "alert" : "status");
  const bar = fluent(
    "fluent-message-bar",
    {
      className: `message ${options.intent}`,
      attrs: {
        intent: options.intent,
        layout: "multiline",
        role,
        ...(options.label ? { "aria-label": options.label } : {}),
      },
    },
    el("span", { text: options.text }),
  );
  for (const action of options.actions ?? []) {
    action.setAttribute("slot", "actions");
    bar.append(action);
  }
  return bar;
}

export interface DropdownOptions<T extends string> {
  readonly id: string;
  /** What names the dropdown: its visible label (a `<label>` is pointed at it), or a text when none is shown. */
  readonly label: HTMLElement | string;
  readonly options: readonly ChoiceOption<T>[];
  readonly value: T;
  /** What describes the dropdown (its hint), in reading order. */
  readonly describedBy?: readonly HTMLElement[];
  readonly onChange: (value: T) => void;
  /** As wide as its longest option rather than Fluent's 160 px at least (a header's short list). */
  readonly compact?: boolean;
}

/**
 * Fluent sets its dropdown's 160 px minimum on an element of its shadow root that has no part, so
 * page CSS cannot reach it; a constructed sheet adopted by that shadow root can (CSP: constructed
 * sheets are not governed by style-src, and FAST adopts its own styles the same way).
 */
let compactSheet: CSSStyleSheet | undefined;
function compactDropdownSheet(): CSSStyleSheet {
  if (!compactSheet) {
    compactSheet = new CSSStyleSheet();
    // `:host .control` outranks Fluent's `.control`, whichever sheet the shadow root lists last.
    compactSheet.replaceSync(":host .control { min-width: 0; }");
  }
  return compactSheet;
}

export interface Dropdown {
  /** The `fluent-dropdown` element, with the options' id. */
  readonly element: HTMLElement;
  /** Marks the choice invalid or valid, and says what describes it now. */
  setInvalid(invalid: boolean, describedBy: readonly HTMLElement[]): void;
}

/**
 * Fluent's Dropdown (a select-only combobox: arrow keys, Home/End, type-ahead, Enter and Escape).
 * Its focusable control is a `<button role="combobox">` that Fluent renders into the light DOM
 * once connected, and again if it is reconnected; Fluent 3.1 names it by its value only (the
 * `aria-labelledby` it forwards is for the editable variant), so the label, the description and
 * the invalid state are written on each control it renders.
 */
export function dropdown<T extends string>(options: DropdownOptions<T>): Dropdown {
  const element = fluent(
    "fluent-dropdown",
    { id: options.id, attrs: options.compact ? { size: "small" } : {} },
    fluent(
      "fluent-listbox",
      {},
      ...options.options.map((option) =>
        fluent("fluent-option", {
          text: option.label,
          attrs: {
            value: option.value,
            ...(option.lang ? { lang: option.lang } : {}),
            ...(option.value === options.value ? { selected: "" } : {}),
          },
        }),
      ),
    ),
  );
  // As Fluent's Field does: the label points at the dropdown, so a click on it opens the list.
  if (options.label instanceof HTMLLabelElement) options.label.htmlFor = options.id;
  let invalid = false;
  let describedBy = options.describedBy ?? [];
  const sync = (): void => {
    const control = element.querySelector(":scope > [slot=control]");
    if (!control) return;
    // Fluent binds aria-expanded to its `open` state, which is unset until the list first opens;
    // a combobox must always say whether it is expanded (ARIA; axe: aria-required-attr).
    if (!control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
    // The button is in the light DOM, next to its label and hints: id references (understood by
    // every engine, unlike element references) name and describe it.
    if (typeof options.label === "string") control.setAttribute("aria-label", options.label);
    else control.setAttribute("aria-labelledby", idOf(options.label));
    if (describedBy.length > 0) control.setAttribute("aria-describedby", describedBy.map(idOf).join(" "));
    else control.removeAttribute("aria-describedby");
    if (invalid) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  };
  const adoptCompactSheet = (): void => {
    const root = element.shadowRoot;
    if (options.compact && root && !root.adoptedStyleSheets.includes(compactDropdownSheet()))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, compactDropdownSheet()];
  };
  // Upgraded already when Fluent is registered first (the app imports it): compact from the
  // first paint, not after Fluent renders its control.
  adoptCompactSheet();
  new MutationObserver(() => {
    sync();
    adoptCompactSheet();
  }).observe(element, { childList: true });
  // Fluent 3.1.3 opens a closed list on Enter without cancelling the key, so the focused
  // <button> then turns Enter into a click, which toggles the list shut again: Enter seemed to
  // do nothing (Space had the same bug, fixed in microsoft/fluentui#33767). Cancelling Enter's
  // default here, before Fluent's handler, leaves Fluent's own Enter handling (open; pick and
  // close) and removes only the synthetic click.
  element.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Enter" && (event.target as Element).getAttribute("slot") === "control") event.preventDefault();
    },
    { capture: true },
  );
  element.addEventListener("change", () => {
    const value = (element as unknown as { value: string | null }).value;
    const picked = options.options.find((option) => option.value === value);
    if (picked) options.onChange(picked.value);
  });
  return {
    element,
    setInvalid: (next, elements) => {
      invalid = next;
      describedBy = elements;
      element.classList.toggle("invalid", next);
      sync();
    },
  };
}

let generatedIds = 0;

/** An element's id, given one if it has none, for an id reference. */
function idOf(element: HTMLElement): string {
  if (!element.id) element.id = `control-ref-${++generatedIds}`;
  return element.id;
}

export interface TextInputOptions {
  readonly id: string;
  /** The visible label; it names the input itself (inside Fluent's own `<label for>`). */
  readonly label: string;
  readonly value: string;
  readonly placeholder?: string;
  /** The keyboard a touch screen shows: "decimal" for numbers. */
  readonly inputMode: "decimal" | "text";
  /** What describes the input (its hint, its error), in reading order. */
  readonly describedBy: readonly HTMLElement[];
  readonly onInput: (value: string) => void;
}

export interface TextInput {
  /** The `fluent-text-input` element, with the options' id. */
  readonly element: HTMLElement;
  setPlaceholder(text: string): void;
  /** Marks the input invalid or valid, and says what describes it now. */
  setInvalid(invalid: boolean, describedBy: readonly HTMLElement[]): void;
}

/**
 * Fluent's text input. Its `<input>` lives in the component's shadow root, and Fluent 3.1 forwards
 * neither `aria-describedby`, `aria-invalid` nor `inputmode` to it (text-input.template.js), so a
 * screen reader would lose the hint and the error and a touch screen its decimal keyboard. They
 * are written on the inner input here: the description as element references
 * (`ariaDescribedByElements`; an id list cannot cross into a shadow root, element references may
 * point from it to the light tree around it), again each time the state changes and once the
 * component has rendered (it is registered lazily, so the element may upgrade after it is built).
 */
export function textInput(options: TextInputOptions): TextInput {
  void defineLazily("fluent-text-input").then(() => sync());
  const element = fluent("fluent-text-input", {
    id: options.id,
    text: options.label,
    attrs: {
      value: options.value,
      autocomplete: "off",
      spellcheck: "false",
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
    },
  });
  let invalid = false;
  let describedBy = options.describedBy;
  const sync = (): void => {
    const inner = (element as unknown as { control?: HTMLInputElement }).control;
    if (!inner) return;
    inner.inputMode = options.inputMode;
    inner.ariaDescribedByElements = [...describedBy];
    if (invalid) inner.setAttribute("aria-invalid", "true");
    else inner.removeAttribute("aria-invalid");
  };
  // The view inserts the element in the same task it builds it; by then an already registered
  // component has rendered its inner input.
  queueMicrotask(sync);
  // And whenever it takes the focus, should it have been inserted later than that.
  element.addEventListener("focusin", sync);
  element.addEventListener("input", () => options.onInput((element as unknown as { value: string }).value));
  return {
    element,
    setPlaceholder: (text) => element.setAttribute("placeholder", text),
    setInvalid: (next, elements) => {
      invalid = next;
      describedBy = elements;
      element.classList.toggle("invalid", next);
      sync();
    },
  };
}
