/** Audit: the provenance of the selected cell's AMZN figures and their reconciliation status. */
import { auditFormula, type AuditCall } from "../../core/audit";
import { EVIDENCE_TEXT } from "../../core/source";
import type { ReconStatus } from "../../core/reconcile";
import { el } from "../dom";
import type { View, ViewContext } from "../app";
import { readActiveCell, watchSelection } from "../excel/writer";
import type { StringKey } from "../i18n";

const STATUS_KEYS: Record<ReconStatus, StringKey> = {
  ok: "statusOk",
  rounding: "statusRounding",
  mismatch: "statusMismatch",
};

function renderCall(entry: AuditCall, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const parts: HTMLElement[] = [el("h2", {}, el("code", { text: entry.call }))];
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
    if (figure.evidence)
      details.append(el("dt", { text: t("auditEvidence") }), el("dd", { text: EVIDENCE_TEXT[figure.evidence][lang] }));
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
                  el("span", { className: `status status-${claim.status}`, text: t(STATUS_KEYS[claim.status]) }),
                  ` ${claim.text}`,
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
      const entries = auditFormula(cell.formula, lang);
      results.replaceChildren(
        el("p", { className: "hint", text: t("auditCell", { address: cell.address }) }),
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
        el("button", {
          text: t("auditRead"),
          className: "primary",
          id: "audit-read",
          attrs: { type: "button" },
          on: { click: () => void read() },
        }),
      ),
      results,
    );
  },
};
