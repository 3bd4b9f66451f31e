/**
 * The words of the reconciliation sheet, in English and French: column headers, title, the status
 * rules, the source and count lines. reconcile-sheet.ts lays them out.
 */
import { type FilingSourceKey, REPORT_TITLE } from "../data/index";
import { findFigure, findQuarterFigure } from "../core/dataset";
import type { Bilingual, Lang } from "../core/runtime";
import {
  type AnyStatus,
  NOT_APPLICABLE,
  type ReconciliationRow,
  allStatusCounts,
  statusLabel,
} from "../core/reconcile";

/** Columns of the sheet's table, in order. */
export const RECONCILIATION_SHEET_COLUMNS = [
  "claim",
  "printed",
  "section",
  "metric",
  "period",
  "reported",
  "computed",
  "filings",
  "gap_report",
  "gap_filings",
  "status_report",
  "status_filings",
  "status",
  "note",
] as const;
export type ReconciliationSheetColumn = (typeof RECONCILIATION_SHEET_COLUMNS)[number];

export const RECONCILIATION_HEADERS: Readonly<Record<ReconciliationSheetColumn, Bilingual>> = {
  claim: { en: "Claim", fr: "Affirmation" },
  printed: { en: "As printed (FR)", fr: "Texte imprimé" },
  section: { en: "Section", fr: "Section" },
  metric: { en: "Metric", fr: "Indicateur" },
  period: { en: "Period", fr: "Période" },
  reported: { en: "Reported", fr: "Rapport" },
  computed: { en: "Computed from report", fr: "Calculé d'après le rapport" },
  filings: { en: "Filings", fr: "Dépôts" },
  gap_report: { en: "Gap vs report", fr: "Écart vs rapport" },
  gap_filings: { en: "Gap vs filings", fr: "Écart vs dépôts" },
  status_report: { en: "Status vs report", fr: "Statut vs rapport" },
  status_filings: { en: "Status vs filings", fr: "Statut vs dépôts" },
  status: { en: "Status", fr: "Statut" },
  note: { en: "Note", fr: "Note" },
};

export const RECONCILIATION_TEXT = {
  sheetName: { en: "Reconciliation", fr: "Rapprochement" },
  title: {
    en: "Reconciliation: the report's claims against its own figures and Amazon's filings",
    fr: "Rapprochement : les affirmations du rapport face à ses propres chiffres et aux dépôts d'Amazon",
  },
  rule: {
    en: "Status rule: ok when the value rounds to the printed one at the printed precision (+11%: ±0.5 pp; +31,2%: ±0.05 pp; ×2,6: ±0.05); rounding when it is one unit off in the last printed digit and the claim is computed from figures the report prints, or when a printed figure matches only at a coarser precision than its row (59 vs 59.2); wording ≈×2 / ≈×3: ok within ±10%; a year: ok only if identical; otherwise mismatch.",
    fr: "Règle des statuts : conforme quand la valeur s'arrondit à la valeur imprimée à sa précision (+11 % : ±0,5 pt ; +31,2 % : ±0,05 pt ; ×2,6 : ±0,05) ; arrondi quand elle diffère d'une unité du dernier chiffre imprimé et que l'affirmation se calcule à partir de chiffres imprimés par le rapport, ou quand un chiffre imprimé ne concorde qu'à une précision plus grossière que sa ligne (59 contre 59,2) ; formulations ≈×2 / ≈×3 : conforme à ±10 % ; une année : conforme seulement si identique ; sinon écart.",
  },
  overall: {
    en: "Status = the worse of 'vs report' and 'vs filings', except that a filings mismatch the report's own rounded figures reproduce counts as rounding (+97% = 59 / 30 − 1).",
    fr: "Statut = le pire de « vs rapport » et « vs dépôts », sauf qu'un écart face aux dépôts que les chiffres arrondis du rapport reproduisent compte comme arrondi (+97 % = 59 / 30 − 1).",
  },
} as const satisfies Record<string, Bilingual>;

export function reconciliationSourcesLine(rows: readonly ReconciliationRow[], lang: Lang): string {
  const keys: FilingSourceKey[] = [];
  for (const row of rows) {
    for (const operand of row.vsFilings?.operands ?? []) {
      const figure =
        operand.quarter === undefined
          ? findFigure("filings", operand.metric, operand.year)
          : findQuarterFigure("filings", operand.metric, operand.year, operand.quarter);
      const sources = figure?.provenance.basis === "filings" ? figure.provenance.sources : [];
      for (const key of sources) if (!keys.includes(key)) keys.push(key);
    }
  }
  const list = keys.join(", ");
  return lang === "fr"
    ? `Sources : le rapport « ${REPORT_TITLE.fr} » ; les dépôts d'Amazon (amazon-filings.md : ${list}). Taux et marges en %, multiples en ×, chiffres en Mds$, années ; « ${NOT_APPLICABLE} » : sans objet.`
    : `Sources: the report "${REPORT_TITLE.fr}" (${REPORT_TITLE.en}); Amazon's filings (amazon-filings.md: ${list}). Rates and margins in %, multiples in ×, figures in B$, years; "${NOT_APPLICABLE}": not applicable.`;
}

/** "31 claims: 20 ok, 5 rounding, …": every status the sheet shows, in its own words. */
export function reconciliationCountsLine(statuses: readonly { readonly status: AnyStatus }[], lang: Lang): string {
  const counts = allStatusCounts(statuses)
    .map((c) =>
      lang === "fr" ? `${statusLabel(c.status, lang)} ${c.count}` : `${c.count} ${statusLabel(c.status, lang)}`,
    )
    .join(", ");
  return lang === "fr" ? `${statuses.length} affirmations : ${counts}.` : `${statuses.length} claims: ${counts}.`;
}
