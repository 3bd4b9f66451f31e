/**
 * The raw-argument API behind AMZN.RECONCILE([metric], [lang]), and the typed accessors the task
 * pane's audit view and the reconciliation sheet use. The engine and THE RULE live in reconcile.ts.
 *
 * Conventions of api.ts: arguments arrive as Excel passes them (CellArg); undefined, null and
 * blank text mean the default; a one-cell range is its value; every failure is an AmznError with
 * English and French messages; a spill is a non-empty rectangle of finite numbers and text.
 */
import {
  type Basis,
  type KpiId,
  type KpiStatus,
  type Bilingual,
  type MetricId,
  FILINGS_FACTS,
  REPORT_KPIS,
  REPORT_SECTIONS,
} from "../../data/index";
import { EVIDENCE_TAG } from "../wording";
import { isBlank, parseLang, scalarArg } from "../inputs";
import { type CellArg, type Lang, type Spill, type SpillCell, notAvailable } from "../runtime";
import { checkSpill, guard } from "../runtime";
import { resolveSubject } from "../inputs";
import { type ReconStatus, type ReconciliationRow, reconcileClaims } from "./reconcile";
import { memoize } from "../runtime";
import { type AnyStatus, ALL_STATUSES as ALL_STATUSES_ORDER, statusWord } from "./status";
import { type WholeRow, wholeRows } from "./whole";

export {
  type Band,
  type ClaimKind,
  type ClaimRule,
  type Comparison,
  type FigureRef,
  type ReconStatus,
  type ReconUnit,
  type ReconciliationRow,
  RECON_STATUSES,
  WORDING_TOLERANCE,
} from "./reconcile";
export { type AnyStatus, type WholeStatus, ALL_STATUSES, WHOLE_STATUSES } from "./status";
export { type WholeRow, wholeRows } from "./whole";

/** Text shown where a value does not apply (no value computable from the report, say). */
export const NOT_APPLICABLE = "—";

/** Column keys of the RECONCILE spill, in order. */
export const RECONCILE_COLUMNS = [
  "claim",
  "metric",
  "period",
  "reported",
  "computed",
  "filings",
  "gap_filings",
  "status",
  "note",
] as const;
export type ReconcileColumn = (typeof RECONCILE_COLUMNS)[number];

const HEADERS: Readonly<Record<ReconcileColumn, { readonly en: string; readonly fr: string }>> = {
  claim: { en: "Claim", fr: "Affirmation" },
  metric: { en: "Metric", fr: "Indicateur" },
  period: { en: "Period", fr: "Période" },
  reported: { en: "Reported", fr: "Rapport" },
  computed: { en: "Computed from report", fr: "Calculé d'après le rapport" },
  filings: { en: "Filings", fr: "Dépôts" },
  gap_filings: { en: "Gap vs filings", fr: "Écart vs dépôts" },
  status: { en: "Status", fr: "Statut" },
  note: { en: "Note", fr: "Note" },
};

/** A status as a reader of `lang` reads it: ok / rounding / mismatch…, conforme / arrondi / écart… */
export function statusLabel(status: AnyStatus, lang: Lang): string {
  return statusWord(status, lang);
}

/** The header labels of the RECONCILE spill. */
export function reconcileHeader(lang: Lang): string[] {
  return RECONCILE_COLUMNS.map((c) => HEADERS[c][lang]);
}

/** "Revenue growth (§1: "+11%")" / "Croissance CA (§1 : « +11% »)": the claim and the text it quotes. */
export function claimText(row: ReconciliationRow, lang: Lang): string {
  return lang === "fr"
    ? `${row.wording.fr} (${row.sectionRef.fr} : « ${row.printed} »)`
    : `${row.wording.en} (${row.sectionRef.en}: "${row.printed}")`;
}

/** Every claim reconciled (a fresh array; the rows themselves are immutable). */
export function reconciliationRows(): ReconciliationRow[] {
  return [...reconcileClaims()];
}

/**
 * The claims that involve a figure (for the audit view of a selected cell): those computed from it
 * or about it, in either basis, or only in `basis` when given. AWS revenue 2024 gives the AWS
 * growth of 2024 and 2025 and the 2024 AWS margin (its denominator in the filings). Never throws;
 * an empty array when no claim involves the figure.
 */
export function claimsForFigure(metric: MetricId, year: number, basis?: Basis): ReconciliationRow[] {
  return reconcileClaims().filter((row) =>
    row.figures.some((f) => f.metric === metric && f.year === year && (basis === undefined || f.basis === basis)),
  );
}

/** Metric ids the report makes claims about, in the table's order. */
export function metricsWithClaims(): MetricId[] {
  const ids: MetricId[] = [];
  for (const row of reconcileClaims()) if (!ids.includes(row.metric)) ids.push(row.metric);
  return ids;
}

/** Status counts, e.g. for a summary line: { ok: 5, rounding: 3, mismatch: 5 }. */
export function statusCounts(rows: readonly { readonly status: ReconStatus }[]): Record<ReconStatus, number> {
  const counts: Record<ReconStatus, number> = { ok: 0, rounding: 0, mismatch: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Counts of every status over claims, claims judged whole and KPIs, in ALL_STATUSES order (zeros left out). */
export function allStatusCounts(
  rows: readonly { readonly status: AnyStatus }[],
): { readonly status: AnyStatus; readonly count: number }[] {
  return ALL_STATUSES_ORDER.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })).filter(
    (c) => c.count > 0,
  );
}

function cell(value: number | null): SpillCell {
  return value === null ? NOT_APPLICABLE : value;
}

/** One claim as a spill row, in RECONCILE_COLUMNS order. */
export function reconcileSpillRow(row: ReconciliationRow, lang: Lang): SpillCell[] {
  return [
    claimText(row, lang),
    row.metric,
    row.period,
    row.reported,
    cell(row.computed),
    cell(row.filings),
    cell(row.gapVsFilings),
    statusLabel(row.status, lang),
    row.note[lang],
  ];
}

/**
 * The report's KPIs reconciled against Amazon's statements: status
 * ok, outdated (Rufus: 250 million, then 300 million for 2025) or unverified (1.3 million sellers).
 */
export interface KpiReconciliation {
  readonly id: KpiId;
  readonly claim: Bilingual;
  readonly reported: number;
  /** Amazon's figure in the KPI's unit, or null when there is none. */
  readonly amazon: number | null;
  readonly status: KpiStatus;
  readonly note: Bilingual;
}

export function kpiReconciliations(): KpiReconciliation[] {
  return REPORT_KPIS.map((k) => {
    const section = REPORT_SECTIONS[k.section].number;
    const fact = FILINGS_FACTS.find((f) => f.id === k.filingsFact);
    const evidence = fact === undefined ? "" : ` [${EVIDENCE_TAG[fact.evidence].en}]`;
    const evidenceFr = fact === undefined ? "" : ` [${EVIDENCE_TAG[fact.evidence].fr}]`;
    return {
      id: k.id,
      claim: { en: `${k.label.en} (${section}: "${k.printed}")`, fr: `${k.label.fr} (${section} : « ${k.printed} »)` },
      reported: k.value,
      amazon: k.amazonValue ?? null,
      status: k.status,
      note: { en: `${k.statusNote.en}${evidence}`, fr: `${k.statusNote.fr}${evidenceFr}` },
    };
  });
}

/** A KPI's status as a reader of `lang` reads it: ok / outdated / unverified, conforme / dépassé / non vérifié. */
export function kpiStatusLabel(status: KpiStatus, lang: Lang): string {
  return statusWord(status, lang);
}

function kpiSpillRow(row: KpiReconciliation, lang: Lang): SpillCell[] {
  return [
    row.claim[lang],
    row.id,
    NOT_APPLICABLE,
    row.reported,
    NOT_APPLICABLE,
    cell(row.amazon),
    row.amazon === null ? NOT_APPLICABLE : row.reported - row.amazon,
    kpiStatusLabel(row.status, lang),
    row.note[lang],
  ];
}

/** A claim judged whole as a spill row: its statements, the filings' value where one applies, the status, what the figures show. */
export function wholeSpillRow(row: WholeRow, lang: Lang): SpillCell[] {
  return [
    row.claim[lang],
    row.metric,
    row.period,
    row.reported[lang],
    NOT_APPLICABLE,
    cell(row.filings),
    NOT_APPLICABLE,
    statusLabel(row.status, lang),
    row.note[lang],
  ];
}

/** The filter: undefined (all claims) for a blank argument, else the resolved metric or KPI id. */
function metricFilter(arg: CellArg): MetricId | KpiId | undefined {
  const value = scalarArg(arg, { en: "metric", fr: "indicateur" });
  if (isBlank(value)) return undefined;
  return resolveSubject(value).id;
}

/**
 * AMZN.RECONCILE([metric], [lang]): a header row, then one row per claim of the report (all of
 * them, or those about `metric`, an id or a French alias): claim, metric, period, reported value,
 * value computed from the report's figures, value from the filings, gap (reported − filings),
 * status ok / rounding / mismatch (French: conforme / arrondi / écart), note. Rates as fractions, multiples as numbers, years as
 * numbers, figures in B$; "—" where a value does not apply. A metric the report makes no claim
 * about is #N/A, naming the metrics that have claims.
 */
function reconcileUncached(metric?: CellArg, lang?: CellArg): Spill {
  return guard(() => {
    const language = parseLang(lang);
    const id = metricFilter(metric);
    const rows = id === undefined ? reconcileClaims() : reconcileClaims().filter((r) => r.metric === id);
    const kpis = kpiReconciliations().filter((k) => id === undefined || k.id === id);
    const whole = wholeRows().filter((w) => id === undefined || w.metric === id);
    if (rows.length === 0 && kpis.length === 0 && whole.length === 0) {
      const valid = metricsWithClaims().join(", ");
      throw notAvailable(
        `the report makes no claim about ${id ?? "any metric"} to reconcile; claims exist for ${valid} (or leave metric empty for all)`,
        `le rapport ne fait aucune affirmation sur « ${id ?? "aucun indicateur"} » à rapprocher ; il y en a pour ${valid} (ou laissez l'indicateur vide pour tout voir)`,
      );
    }
    return checkSpill(
      [
        reconcileHeader(language),
        ...rows.map((r) => reconcileSpillRow(r, language)),
        ...kpis.map((k) => kpiSpillRow(k, language)),
        ...whole.map((w) => wholeSpillRow(w, language)),
      ],
      {
        allowEmptyText: false,
      },
    );
  });
}

/** Repeated calls are answered from a cache (see memo.ts). */
export const reconcile = memoize(reconcileUncached);
