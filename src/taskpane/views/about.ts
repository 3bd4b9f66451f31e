/**
 * About and self-check (PRODUCT.md): the add-in's version, what Excel reports about itself (host,
 * platform, Office version, requirement sets), and a one-click check that runs in this Excel and
 * reports pass/fail per check, with details the user can select or copy and send back.
 */
import { langFromTag, type Bilingual, type Lang } from "../../core/runtime";
import { functionText } from "../../core/formula";
import { el } from "../dom";
import { button, setDisabled } from "../ui/controls";
import type { View, ViewContext } from "../app";
import { runSelfCheck, type CheckResult } from "../excel/self-check";

/**
 * package.json's version (a test keeps them equal): a constant rather than a JSON import, which
 * would ship the whole package.json in the bundle.
 */
export const ADDIN_VERSION = "1.0.0";

/** The versions of each set worth knowing: the manifest's minimum, spills, and the newest. */
const REQUIREMENT_SETS: readonly { readonly name: string; readonly versions: readonly string[] }[] = [
  {
    name: "ExcelApi",
    versions: ["1.1", "1.4", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17"],
  },
  { name: "CustomFunctionsRuntime", versions: ["1.1", "1.2", "1.3", "1.4", "1.5"] },
  { name: "SharedRuntime", versions: ["1.1"] },
];

interface Diagnostics {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly displayLanguage: string;
  /** Per set: the highest version this Excel supports, or undefined for none. */
  readonly sets: readonly { readonly name: string; readonly highest?: string }[];
}

function officeDiagnostics(): Diagnostics {
  const office = typeof Office === "undefined" ? undefined : Office;
  const diagnostics = office?.context?.diagnostics;
  const supports = (name: string, version: string): boolean => {
    try {
      return office?.context?.requirements?.isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  return {
    host: String(diagnostics?.host ?? "Excel"),
    platform: String(diagnostics?.platform ?? office?.context?.platform ?? ""),
    version: String(diagnostics?.version ?? ""),
    displayLanguage: String(office?.context?.displayLanguage ?? ""),
    sets: REQUIREMENT_SETS.map(({ name, versions }) => ({
      name,
      highest: [...versions].reverse().find((version) => supports(name, version)),
    })),
  };
}

function checkName(result: CheckResult, lang: Lang): string {
  const fixed: Record<string, Bilingual> = {
    "sheet-report-table": {
      en: "Report table written and read back",
      fr: "Tableau du rapport écrit et relu",
    },
    "sheet-reconciliation": {
      en: "Reconciliation table written and read back",
      fr: "Tableau de rapprochement écrit et relu",
    },
    "sheet-scenario-model": {
      en: "Scenario model written and read back",
      fr: "Modèle de scénario écrit et relu",
    },
    cleanup: { en: "Scratch sheets removed", fr: "Feuilles de travail supprimées" },
    run: { en: "The check ran to its end", fr: "La vérification est allée à son terme" },
  };
  const known = fixed[result.id];
  if (known) return known[lang];
  const id = result.id.replace(/^calc-/, "");
  const name = functionText(id, lang);
  return lang === "fr" ? `${name} calculé par Excel` : `${name} calculated by Excel`;
}

/** The text a user copies and sends back: everything in English, one finding per line. */
export function reportText(diagnostics: Diagnostics, results: readonly CheckResult[]): string {
  const lines = [
    `Amazon AI Report add-in ${ADDIN_VERSION}`,
    `Host: ${diagnostics.host}; platform: ${diagnostics.platform || "not reported"}; Office ${diagnostics.version || "not reported"}; language ${diagnostics.displayLanguage || "not reported"}`,
    `Requirement sets: ${diagnostics.sets.map((set) => `${set.name} ${set.highest ?? "none"}`).join(", ")}`,
    "",
  ];
  for (const result of results) {
    lines.push(`${result.passed ? "PASS" : "FAIL"} ${result.id}`);
    for (const detail of result.details) lines.push(`  ${detail}`);
  }
  return lines.join("\n");
}

function summary(context: ViewContext, diagnostics: Diagnostics): HTMLElement {
  const { t } = context;
  const row = (term: string, value: string | readonly string[], id?: string): HTMLElement[] => [
    el("dt", { text: term }),
    typeof value === "string" || value.length === 0
      ? el("dd", { text: (typeof value === "string" ? value : "") || t("aboutUnknown"), id })
      : el("dd", { id }, ...value.map((line) => el("span", { className: "line", text: line }))),
  ];
  return el(
    "dl",
    { className: "audit", id: "about-facts" },
    ...row(t("aboutVersion"), ADDIN_VERSION, "about-version"),
    ...row(t("aboutHost"), diagnostics.host, "about-host"),
    ...row(t("aboutPlatform"), diagnostics.platform, "about-platform"),
    ...row(t("aboutOfficeVersion"), diagnostics.version),
    ...row(t("aboutLanguage"), diagnostics.displayLanguage),
    ...row(
      t("aboutRequirements"),
      // One set a line: a set's name and version stay together at 320 px.
      diagnostics.sets.map((set) => `${set.name} ${set.highest ?? t("aboutNotSupported")}`),
      "about-requirements",
    ),
  );
}

export const aboutView: View = {
  id: "about",
  title: "tabAbout",
  render(context) {
    const { t, lang } = context;
    const diagnostics = officeDiagnostics();
    const resultsBox = el("div", { id: "self-check-results" });
    const runButton = button({
      label: t("runSelfCheck"),
      appearance: "primary",
      id: "run-self-check",
      onClick: () => void run(),
    });
    const actions = el("div", { className: "actions", id: "about-actions" }, runButton);

    const show = (results: readonly CheckResult[]): void => {
      const failed = results.filter((result) => !result.passed).length;
      const text = reportText(diagnostics, results);
      const details = el("textarea", {
        className: "details",
        id: "self-check-details",
        attrs: { readonly: "", rows: "10", "aria-label": t("selfCheckDetails") },
      });
      details.value = text;
      const copyButton = button({
        label: t("copyDetails"),
        id: "copy-self-check",
        onClick: () => {
          details.select();
          const done = (ok: boolean): void =>
            context.say(ok ? "success" : "warning", t(ok ? "copied" : "copyFailed"), copyActions);
          if (navigator.clipboard?.writeText) {
            navigator.clipboard.writeText(text).then(
              () => done(true),
              () => done(false),
            );
          } else {
            done(false);
          }
        },
      });
      const copyActions = el("div", { className: "actions" }, copyButton);
      resultsBox.replaceChildren(
        el("p", { text: t("selfCheckSummary", { passed: results.length - failed, total: results.length }) }),
        el(
          "ul",
          { className: "checks" },
          ...results.map((result) =>
            el(
              "li",
              { attrs: { "data-check": result.id, "data-passed": String(result.passed) } },
              el("span", {
                className: result.passed ? "check-pass" : "check-fail",
                text: t(result.passed ? "checkPass" : "checkFail"),
              }),
              ` ${checkName(result, lang)}`,
            ),
          ),
        ),
        el("label", { text: t("selfCheckDetails"), attrs: { for: details.id } }),
        details,
        copyActions,
      );
      context.say(
        failed === 0 ? "success" : "error",
        failed === 0 ? t("selfCheckAllPassed", { total: results.length }) : t("selfCheckSomeFailed", { failed }),
        actions,
      );
    };

    const run = async (): Promise<void> => {
      setDisabled(runButton, true);
      context.say("warning", t("selfCheckRunning"), actions);
      const excelLang = langFromTag(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
      const results = await context.excel((excel) => runSelfCheck(excel, { excelLang }), actions);
      setDisabled(runButton, false);
      if (results) show(results);
    };

    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("aboutIntro") }),
      summary(context, diagnostics),
      actions,
      resultsBox,
    );
  },
};
