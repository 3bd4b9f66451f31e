/**
 * Which Fluent 2 web components the pane uses, and when they are registered.
 *
 * Only the components named here reach the bundle (each import is one component's `define`
 * module, never the package's index). The shell and the gallery, the first screen, need the
 * `FIRST_SCREEN` set, registered synchronously before the first paint. Components only other tabs
 * use are registered on demand by `defineLazily`, each from its own async chunk, so that the first
 * paint does not wait for them.
 *
 * CSP: FAST (the components' base) adopts its styles as constructed style sheets
 * (`adoptedStyleSheets`), which `style-src 'self'` does not govern; `setTheme` writes the tokens the
 * same way. No component evaluates strings as code. Fluent's tooltip is left out on purpose: where
 * the browser lacks CSS anchor positioning it appends an inline `<style>` element, which the pane's
 * CSP blocks.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/switch.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";

/** Components registered before the first paint (imported above). */
export const FIRST_SCREEN = [
  "fluent-button",
  "fluent-dropdown",
  "fluent-field",
  "fluent-listbox",
  "fluent-message-bar",
  "fluent-option",
  "fluent-radio",
  "fluent-radio-group",
  "fluent-switch",
  "fluent-tab",
  "fluent-tablist",
] as const;

/** Components other tabs need, loaded from their own chunks the first time one is asked for. */
const LAZY = {
  "fluent-text-input": () =>
    import(/* webpackChunkName: "fluent-text-input" */ "@fluentui/web-components/text-input.js"),
  "fluent-spinner": () => import(/* webpackChunkName: "fluent-spinner" */ "@fluentui/web-components/spinner.js"),
} as const;

export type LazyComponent = keyof typeof LAZY;

const pending = new Map<LazyComponent, Promise<void>>();

/**
 * Registers a component that is not on the first screen. Elements created before it resolves are
 * upgraded in place when their definition arrives, so callers need not wait for it.
 */
export function defineLazily(name: LazyComponent): Promise<void> {
  if (customElements.get(name)) return Promise.resolve();
  let loading = pending.get(name);
  if (!loading) {
    loading = LAZY[name]().then(() => undefined);
    pending.set(name, loading);
  }
  return loading;
}
