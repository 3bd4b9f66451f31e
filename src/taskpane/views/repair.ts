/** The Repair section of the Share tab: re-enter AMZN cells Excel shows as #NAME? or _xldudf_. */
import { el } from "../dom";
import { button } from "../ui/controls";
import type { ViewContext } from "../app";
import { repairAmznCells, type CacheRefresh, type DocumentSettings } from "../excel/repair";
import type { StringKey } from "../i18n";

const CACHE_MESSAGE: Record<CacheRefresh, StringKey | undefined> = {
  requested: "repairCacheRequested",
  cleared: "repairCacheCleared",
  unavailable: "repairCacheUnavailable",
  unchanged: undefined,
};

/** Office.context.document.settings where the host has it (Settings 1.1), else undefined. */
function documentSettings(): DocumentSettings | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office.context?.document?.settings as DocumentSettings | undefined) ?? undefined;
}

export function repairSection(context: ViewContext): HTMLElement {
  const { t } = context;
  const repair = async (): Promise<void> => {
    const result = await context.excel((excel) => repairAmznCells(excel, documentSettings()));
    if (!result) return;
    const parts = [result.cellsRepaired === 0 ? t("repairNone") : t("repairDone", { cells: result.cellsRepaired })];
    const cache = CACHE_MESSAGE[result.cacheRefresh];
    if (cache) parts.push(t(cache));
    if (result.unrecognised.length > 0)
      parts.push(t("repairUnrecognised", { formulas: result.unrecognised.slice(0, 5).join(", ") }));
    const clean = result.unrecognised.length === 0 && result.cacheRefresh !== "unavailable";
    context.say(clean ? "success" : "warning", parts.join(" "));
  };
  return el(
    "section",
    { className: "repair", attrs: { "aria-labelledby": "repair-title" } },
    el("h2", { text: t("repairTitle"), id: "repair-title" }),
    el("p", { className: "hint", text: t("repairIntro") }),
    el("div", { className: "actions" }, button({ label: t("repair"), id: "repair", onClick: () => void repair() })),
  );
}
