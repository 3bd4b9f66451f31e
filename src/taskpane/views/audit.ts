/**
 * Audit: the provenance of the selected cell's AMZN figures and their reconciliation status. The
 * formula's references (`=AMZN.REVENUE($B$1)`) are resolved through the referenced cells' values,
 * read from Excel in one sync; beside each figure the cell's value, the report's and the filed
 * figure, and beside each claim's status the reported, recomputed and filed values.
 */
import { auditFormula, auditReferences, type AuditCall, type AuditClaim } from "../../core/audit";
import type { ReferenceValues } from "../../core/formula";
import type { Bilingual, Lang } from "../../core/runtime";
import { EVIDENCE_TAG } from "../../core/wording";
import { el } from "../dom";
import { button } from "../ui/controls";
import type { View, ViewContext } from "../app";
import { readReferences, sheetOfAddress } from "../excel/precedents";
import { readActiveCell, watchSelection } from "../excel/writer";

/** The audit's own labels (kept here so the shared string table stays the pane's). */
const LABELS = {
  cellValue: { en: "Cell value", fr: "Valeur de la cellule" },
  resolved: { en: "With the referenced values", fr: "Avec les valeurs référencées" },
  computed: { en: "Add-in's value", fr: "Valeur du complément" },
  report: { en: "Report", fr: "Rapport" },
  filed: { en: "Filed", fr: "Publié" },
  reported: { en: "reported", fr: "rapporté" },
  recomputed: { en: "recomputed", fr: "recalculé" },
  filedValue: { en: "filed", fr: "publié" },
  none: { en: "—", fr: "—" },
} as const satisfies Record<string, Bilingual>;

function label(key: keyof typeof LABELS, lang: Lang): string {
  return LABELS[key][lang];
}

/** "reported 11.0% · recomputed 10.9% · filed 11.0%": the numbers beside a status. */
function claimFigures(claim: AuditClaim, lang: Lang): HTMLElement {
  const item = (key: "reported" | "recomputed" | "filedValue", value: string | null): HTMLElement =>
    el("span", {
      className: `claim-${key === "filedValue" ? "filed" : key}`,
      text: `${label(key, lang)} ${value ?? label("none", lang)}`,
    });
  return el(
    "span",
    { className: "claim-figures" },
    item("reported", claim.reported),
    " · ",
    item("recomputed", claim.recomputed),
    " · ",
    item("filedValue", claim.filed),
  );
}

function renderCall(entry: AuditCall, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const parts: HTMLElement[] = [el("h2", {}, el("code", { text: entry.call }))];
  if (entry.resolved !== undefined || entry.value !== undefined) {
    const head = el("dl", { className: "audit audit-call" });
    if (entry.resolved !== undefined) {
      head.append(el("dt", { text: label("resolved", lang) }), el("dd", {}, el("code", { text: entry.resolved })));
    }
    if (entry.value !== undefined) {
      head.append(
        el("dt", { text: label("computed", lang) }),
        el("dd", { className: "audit-value", text: entry.value }),
      );
    }
    parts.push(head);
  }
  if (entry.note) parts.push(el("p", { text: entry.note }));
  if (entry.problem) parts.push(el("p", { className: "message error", text: entry.problem }));
  for (const figure of entry.figures) {
    const details = el(
      "dl",
      { className: "audit" },
      el("dt", { text: "SOURCE" }),
      el("dd", { className: "audit-source", text: figure.source }),
    );
    if (figure.basis) {
      details.append(
        el("dt", { text: t("auditBasis") }),
        el("dd", { text: t(figure.basis === "report" ? "basisReportShort" : "basisFilingsShort") }),
      );
    }
    if (figure.flags.length > 0)
      details.append(el("dt", { text: t("auditFlags") }), el("dd", { text: figure.flags.join(", ") }));
    if (figure.year !== null) {
      details.append(
        el("dt", { text: label("report", lang) }),
        el("dd", { className: "audit-report", text: figure.report ?? label("none", lang) }),
        el("dt", { text: label("filed", lang) }),
        el("dd", { className: "audit-filed", text: figure.filed ?? label("none", lang) }),
      );
    }
    if (figure.evidence)
      details.append(el("dt", { text: t("auditEvidence") }), el("dd", { text: EVIDENCE_TAG[figure.evidence][lang] }));
    if (figure.specialItems && figure.specialItems.length > 0)
      details.append(
        el("dt", { text: t("auditSpecialItems") }),
        el("dd", {}, el("ul", {}, ...figure.specialItems.map((item) => el("li", { text: item })))),
      );
    parts.push(details);
    if (figure.year === null) continue;
    parts.push(
      figure.claims.length === 0
        ? el("p", { className: "hint", text: t("auditNoClaims") })
        : el(
            "div",
            {},
            el("h3", { text: t("auditClaims") }),
            el(
              "ul",
              { className: "claims" },
              ...figure.claims.map((claim) =>
                el(
                  "li",
                  {},
                  el("span", { className: `status status-${claim.status}`, text: claim.statusText }),
                  ` ${claim.text} `,
                  claimFigures(claim, lang),
                ),
              ),
            ),
          ),
    );
  }
  return el("section", { className: "card" }, ...parts);
}

/**
 * The audit follows the selection while its tab is shown: one selection handler for the pane's
 * life, calling the audit view currently mounted (none when another tab is shown).
 */
const following: { refresh?: () => void; watching?: boolean } = {};

export const auditView: View = {
  id: "audit",
  title: "tabAudit",
  render(context) {
    const { t, lang } = context;
    const results = el("div", { id: "audit-results", attrs: { "aria-live": "polite" } });
    const read = async (): Promise<void> => {
      const cell = await context.excel(readActiveCell);
      if (!cell) return;
      // The referenced cells' values, in one more sync. If Excel refuses (a sheet renamed since),
      // the pane says so and each call names the reference it could not read.
      const refs = auditReferences(cell.formula);
      const values: ReferenceValues =
        refs.length === 0
          ? new Map()
          : ((await context.excel((excel) => readReferences(excel, sheetOfAddress(cell.address), refs))) ?? new Map());
      const entries = auditFormula(cell.formula, lang, values);
      const shownValue = cell.value === undefined || cell.value === "" ? label("none", lang) : String(cell.value);
      results.replaceChildren(
        el("p", { className: "hint", text: t("auditCell", { address: cell.address }) }),
        ...(entries.length === 0
          ? []
          : [
              el(
                "dl",
                { className: "audit" },
                el("dt", { text: label("cellValue", lang) }),
                el("dd", { className: "audit-cell-value", text: shownValue }),
              ),
            ]),

        ...(entries.length === 0
          ? [el("p", { className: "message warning", text: t("auditNoFormula", { address: cell.address }) })]
          : entries.map((entry) => renderCall(entry, context))),
      );
    };
    const refresh = (): void => {
      if (results.isConnected) void read();
    };
    following.refresh = refresh;
    if (!following.watching) {
      following.watching = true;
      void context.excel((excel) => watchSelection(excel, () => following.refresh?.()));
    }
    return el(
      "div",
      {},
      el("p", { className: "hint", text: t("auditIntro") }),
      el(
        "div",
        { className: "actions" },
        button({ label: t("auditRead"), appearance: "primary", id: "audit-read", onClick: () => void read() }),
      ),
      results,
    );
  },
};
