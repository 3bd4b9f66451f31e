/**
 * The audit of one cell: for each AMZN call in its formula, the figures it reads, where each one
 * comes from (section, original French label, basis, flags), the report's and the filed figure, and
 * the report's claims that involve it with their reconciliation status and numbers (reported,
 * recomputed from the report, filed). Pure: the task pane passes the formula it read and the values
 * of the cells the formula references (referencesOf tells it which), read from Excel.
 */
import type { Basis, Evidence, MetricId } from "../../data/index";
import {
  parseAmznCalls,
  referencesOf,
  resolveArgs,
  type AmznCall,
  type CellReference,
  type ReferenceValues,
} from "../formula";
import * as api from "../figures";
import { findFigure, findQuarterFigure } from "../dataset";
import { AmznError, type CellArg, type Lang } from "../runtime";
import { errorCode, evaluateCall } from "./evaluate";
import { parseBasis } from "../dataset";
import { formatNumber } from "../wording";
import { resolveMetric, resolveSubject } from "../inputs";
import { parsePeriod, periodLabel } from "../dataset";
import { lookupPeriod } from "../dataset";
import { claimText, claimsForFigure, statusLabel } from "../reconcile";
import { reconValueText, type ReconStatus } from "../reconcile";
import { FLAG_TEXT } from "../wording";
import { figureValueText, specialItemText, specialItemsFor } from "../figures";

export interface AuditClaim {
  readonly text: string;
  readonly status: ReconStatus;
  /** The status in the reader's words: ok / rounding / mismatch, conforme / arrondi / écart. */
  readonly statusText: string;
  /** The value the report prints, e.g. "11.0%". */
  readonly reported: string;
  /** The value recomputed from the report's own figures; null when not computable. */
  readonly recomputed: string | null;
  /** The value from Amazon's filings; null when the filings lack it. */
  readonly filed: string | null;
}

export interface AuditFigure {
  readonly metric: string;
  readonly year: number | null;
  /** The SOURCE text, as AMZN.SOURCE returns it. */
  readonly source: string;
  readonly basis: Basis | null;
  readonly flags: readonly string[];
  /** The report's figure for this metric and year, with its unit ("638 B$"); null when it has none. */
  readonly report: string | null;
  /** The filed figure ("637,959 M$"); null when the filings have none. */
  readonly filed: string | null;
  readonly claims: readonly AuditClaim[];
  /** The period as typed by the formula, normalised ("2024", "2025Q3", "LTM 2025Q3"). */
  readonly period?: string;
  /** The figure's evidence class (filed, release, derived, secondary, report). */
  readonly evidence?: Evidence;
  /** Special items Amazon names for the figure's quarter (FTC settlement, severance, Anthropic gains). */
  readonly specialItems?: readonly string[];
}

export interface AuditCall {
  /** The call as written, e.g. `AMZN.REVENUE($B$1)`. */
  readonly call: string;
  /** The call with its references replaced by the values read, e.g. `AMZN.REVENUE(2024)`; absent without references. */
  readonly resolved?: string;
  /** What the call returns, computed by the add-in (a number, text, or the error with its message). */
  readonly value?: string;
  readonly figures: readonly AuditFigure[];
  /** What the call is when it reads no single figure (a table, the scenario model). */
  readonly note?: string;
  /** Why the call could not be audited (an expression argument, bad input). */
  readonly problem?: string;
}

/** The metric each yearly function reads and the position of its arguments. */
const YEARLY: Readonly<Record<string, { metric?: MetricId; metricArg?: number; periods: number[]; basisArg: number }>> =
  {
    REVENUE: { metric: "revenue", periods: [0], basisArg: 2 },
    NET_INCOME: { metric: "net_income", periods: [0], basisArg: 2 },
    AWS_REVENUE: { metric: "aws_revenue", periods: [0], basisArg: 2 },
    METRIC: { metricArg: 0, periods: [1], basisArg: 3 },
    SOURCE: { metricArg: 0, periods: [1], basisArg: 2 },
    GROWTH: { metricArg: 0, periods: [1, 2], basisArg: 4 },
  };

const NOTES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  TABLE: {
    en: "One of the report's tables as printed (§1, §2 or §3–§6): each figure's source is in the report section it names.",
    fr: "Un tableau du rapport tel qu'imprimé (§1, §2 ou §3–§6) : la source de chaque chiffre est la section du rapport qu'il cite.",
  },
  METRICS: { en: "The catalogue of the dataset's metrics.", fr: "Le catalogue des indicateurs du jeu de données." },
  RECONCILE: {
    en: "The reconciliation of the report's claims against its own figures and Amazon's filings.",
    fr: "Le rapprochement des affirmations du rapport avec ses propres chiffres et les comptes déposés par Amazon.",
  },
  CAPEX_SCENARIO: {
    en: "An illustrative model on your assumptions; only the first-year capex preset (200 B$) comes from the report (§6).",
    fr: "Un modèle illustratif sur vos hypothèses ; seul l'investissement de la 1re année par défaut (200 Mds$) vient du rapport (§6).",
  },
  SENSITIVITY: {
    en: "A grid of the illustrative capex model on your assumptions: each cell is CAPEX_SCENARIO with the two varied inputs set.",
    fr: "Une grille du modèle illustratif sur vos hypothèses : chaque cellule est SCENARIO_INVESTISSEMENT avec les deux hypothèses variées.",
  },
  DEPRECIATION: {
    en: "Straight-line depreciation of the amounts you pass: no figure of the dataset.",
    fr: "Amortissement linéaire des montants fournis : aucun chiffre du jeu de données.",
  },
};

type Literal = CellArg;

function figureAudit(metric: MetricId, period: Literal, basisArg: Literal, lang: Lang): AuditFigure {
  const choice = parseBasis(basisArg);
  const parsed = parsePeriod(period, choice.basis);
  const year = parsed.year;
  const found = lookupPeriod(metric, parsed, choice.named ? choice.basis : undefined);
  const quarter = parsed.quarter;
  // Claims are about fiscal years; a quarter's figure shows the special items of its quarter instead.
  const claims =
    quarter === undefined
      ? claimsForFigure(metric, year, found.basis).map((row) => ({
          text: claimText(row, lang),
          status: row.status,
          statusText: statusLabel(row.status, lang),
          reported: reconValueText(row, row.reported, lang),
          recomputed: row.computed === null ? null : reconValueText(row, row.computed, lang),
          filed: row.filings === null ? null : reconValueText(row, row.filings, lang),
        }))
      : [];
  const items =
    quarter === undefined || parsed.ltm === true
      ? []
      : specialItemsFor(metric, year, quarter).map((item) => specialItemText(item, lang));
  // The report prints yearly figures only; a quarter's filed figure is the quarter's own.
  const report = quarter === undefined ? findFigure("report", metric, year) : undefined;
  const filed =
    quarter === undefined
      ? findFigure("filings", metric, year)
      : parsed.ltm === true
        ? undefined
        : findQuarterFigure("filings", metric, year, quarter);
  return {
    metric,
    year,
    period: periodLabel(parsed),
    source: api.source(metric, period, basisArg, lang),
    basis: found.basis,
    evidence: found.figure.provenance.evidence,
    flags: found.figure.provenance.flags.map((flag) => FLAG_TEXT[flag][lang]),
    report: report === undefined ? null : figureValueText(report, lang),
    filed: filed === undefined ? null : figureValueText(filed, lang),
    claims,
    ...(items.length === 0 ? {} : { specialItems: items }),
  };
}

/** A resolved argument as a formula would show it: 2024, "filings", TRUE, nothing for omitted. */
function argText(value: CellArg): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return `{${value.map((row) => row.map((cell) => argText(cell)).join(",")).join(";")}}`;
}

/** What the call returns, as the audit shows it: "638", "#N/A (the report has no revenue …)". */
function valueText(call: AmznCall, lang: Lang, values: ReferenceValues): string | undefined {
  const result = evaluateCall(call, lang, values);
  if (result === undefined) return undefined;
  if (!result.ok) return `${errorCode(result.kind, lang)} (${result.message})`;
  if (typeof result.value === "number") return formatNumber(result.value, lang);
  if (typeof result.value === "string") return result.value;
  const rows = result.value.length;
  const cols = result.value[0]?.length ?? 0;
  return lang === "fr" ? `une plage de ${rows}×${cols} cellules` : `a spill of ${rows}×${cols} cells`;
}

function auditCall(call: AmznCall, lang: Lang, values: ReferenceValues): AuditCall {
  const hasReferences = call.args.some((arg) => arg.kind === "reference");
  const head = (): Pick<AuditCall, "call" | "resolved" | "value"> => {
    const value = valueText(call, lang, values);
    let resolved: string | undefined;
    if (hasReferences) {
      try {
        resolved = `AMZN.${call.id}(${resolveArgs(call, values).map(argText).join(",")})`;
      } catch {
        resolved = undefined;
      }
    }
    return {
      call: call.text,
      ...(resolved === undefined ? {} : { resolved }),
      ...(value === undefined ? {} : { value }),
    };
  };
  const note = NOTES[call.id];
  if (note) return { ...head(), figures: [], note: note[lang] };
  const start = head();
  try {
    const args = resolveArgs(call, values);
    const yearly = YEARLY[call.id];
    if (yearly) {
      const metric = yearly.metric ?? resolveMetric(args[yearly.metricArg ?? 0]);
      const periods = yearly.periods.map((index) => args[index]);
      // SOURCE and METRIC without a period describe the metric as a whole.
      if (periods.every((period) => period === undefined)) {
        const source = api.source(metric, undefined, args[yearly.basisArg], lang);
        return { ...start, figures: [wholeMetric(metric, source, null)] };
      }
      return {
        ...start,
        figures: periods.map((period) => figureAudit(metric, period, args[yearly.basisArg], lang)),
      };
    }
    if (call.id === "KPI") {
      const subject = resolveSubject(args[0]);
      const source = api.source(subject.id, undefined, undefined, lang);
      return { ...start, figures: [wholeMetric(subject.id, source, "report")] };
    }
    if (call.id === "SERIES") {
      const metric = resolveMetric(args[0]);
      const source = api.source(metric, undefined, args[4], lang);
      return { ...start, figures: [wholeMetric(metric, source, null)] };
    }
    return {
      ...start,
      figures: [],
      problem: lang === "fr" ? `fonction AMZN.${call.id} inconnue` : `unknown function AMZN.${call.id}`,
    };
  } catch (error) {
    const problem = error instanceof AmznError ? error.messageIn(lang) : String(error);
    return { ...start, figures: [], problem };
  }
}

/** A metric or KPI as a whole (no single year): its source only. */
function wholeMetric(metric: string, source: string, basis: Basis | null): AuditFigure {
  return { metric, year: null, source, basis, flags: [], report: null, filed: null, claims: [] };
}

/** The cells a formula's AMZN calls reference: what the caller reads before auditFormula. */
export function auditReferences(formula: unknown): CellReference[] {
  return referencesOf(parseAmznCalls(formula));
}

/**
 * The audit of a cell's formula: one entry per AMZN call, in the order they appear. `values` holds
 * the referenced cells' values by referenceKey (auditReferences lists them); a reference without a
 * value is reported as not read.
 */
export function auditFormula(formula: unknown, lang: Lang, values: ReferenceValues = new Map()): AuditCall[] {
  return parseAmznCalls(formula).map((call) => auditCall(call, lang, values));
}
