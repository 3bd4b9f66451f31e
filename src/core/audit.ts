/**
 * The audit of one cell: for each AMZN call in its formula, the figures it reads, where each one
 * comes from (section, original French label, basis, flags) and the report's claims that involve
 * it, with their reconciliation status. Pure: the task pane passes the formula it read.
 */
import type { Basis, Evidence, MetricId } from "../data";
import { parseAmznCalls, type AmznCall, type FormulaArg } from "./amzn-formula";
import * as api from "./api";
import { AmznError, type Lang } from "./errors";
import { parseBasis } from "./bases";
import { resolveMetric, resolveSubject } from "./names";
import { parsePeriod, periodLabel } from "./periods";
import { lookupPeriod } from "./quarters";
import { claimText, claimsForFigure } from "./reconcile-api";
import type { ReconStatus } from "./reconcile";
import { FLAG_TEXT, specialItemText, specialItemsFor } from "./source";

export interface AuditClaim {
  readonly text: string;
  readonly status: ReconStatus;
}

export interface AuditFigure {
  readonly metric: string;
  readonly year: number | null;
  /** The SOURCE text, as AMZN.SOURCE returns it. */
  readonly source: string;
  readonly basis: Basis | null;
  readonly flags: readonly string[];
  readonly claims: readonly AuditClaim[];
  /** The period as typed by the formula, normalised ("2024", "2025Q3", "LTM 2025Q3"). */
  readonly period?: string;
  /** The figure's evidence class (filed, release, derived, secondary, report). */
  readonly evidence?: Evidence;
  /** Special items Amazon names for the figure's quarter (FTC settlement, severance, Anthropic gains). */
  readonly specialItems?: readonly string[];
}

export interface AuditCall {
  /** The call as written, e.g. `AMZN.REVENUE(2024)`. */
  readonly call: string;
  readonly figures: readonly AuditFigure[];
  /** What the call is when it reads no single figure (a table, the scenario model). */
  readonly note?: string;
  /** Why the call could not be audited (a reference argument, bad input). */
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
  DEPRECIATION: {
    en: "Straight-line depreciation of the amounts you pass: no figure of the dataset.",
    fr: "Amortissement linéaire des montants fournis : aucun chiffre du jeu de données.",
  },
};

type Literal = string | number | boolean | undefined;

/** A literal argument's value, or an explanation of why the audit cannot read it. */
function literal(arg: FormulaArg | undefined): Literal {
  if (arg === undefined || arg.kind === "empty") return undefined;
  if (arg.kind === "expression") {
    throw new AmznError("value", {
      en: `the argument ${arg.text} is a reference or an expression: the audit reads literal arguments only`,
      fr: `l'argument ${arg.text} est une référence ou une expression : l'audit ne lit que les arguments littéraux`,
    });
  }
  return arg.value;
}

function figureAudit(metric: MetricId, period: Literal, basisArg: Literal, lang: Lang): AuditFigure {
  const choice = parseBasis(basisArg);
  const parsed = parsePeriod(period, choice.basis);
  const year = parsed.year;
  const found = lookupPeriod(metric, parsed, choice.named ? choice.basis : undefined);
  const quarter = parsed.quarter;
  // Claims are about fiscal years; a quarter's figure shows the special items of its quarter instead.
  const claims =
    quarter === undefined
      ? claimsForFigure(metric, year, found.basis).map((row) => ({ text: claimText(row, lang), status: row.status }))
      : [];
  const items =
    quarter === undefined || parsed.ltm === true
      ? []
      : specialItemsFor(metric, year, quarter).map((item) => specialItemText(item, lang));
  return {
    metric,
    year,
    period: periodLabel(parsed),
    source: api.source(metric, period, basisArg, lang),
    basis: found.basis,
    evidence: found.figure.provenance.evidence,
    flags: found.figure.provenance.flags.map((flag) => FLAG_TEXT[flag][lang]),
    claims,
    ...(items.length === 0 ? {} : { specialItems: items }),
  };
}

function auditCall(call: AmznCall, lang: Lang): AuditCall {
  const note = NOTES[call.id];
  if (note) return { call: call.text, figures: [], note: note[lang] };
  try {
    const args = call.args.map(literal);
    const yearly = YEARLY[call.id];
    if (yearly) {
      const metric = yearly.metric ?? resolveMetric(args[yearly.metricArg ?? 0]);
      const periods = yearly.periods.map((index) => args[index]);
      // SOURCE and METRIC without a period describe the metric as a whole.
      if (periods.every((period) => period === undefined)) {
        const source = api.source(metric, undefined, args[yearly.basisArg], lang);
        return { call: call.text, figures: [{ metric, year: null, source, basis: null, flags: [], claims: [] }] };
      }
      return {
        call: call.text,
        figures: periods.map((period) => figureAudit(metric, period, args[yearly.basisArg], lang)),
      };
    }
    if (call.id === "KPI") {
      const subject = resolveSubject(args[0]);
      const source = api.source(subject.id, undefined, undefined, lang);
      return {
        call: call.text,
        figures: [{ metric: subject.id, year: null, source, basis: "report", flags: [], claims: [] }],
      };
    }
    if (call.id === "SERIES") {
      const metric = resolveMetric(args[0]);
      const source = api.source(metric, undefined, args[4], lang);
      return { call: call.text, figures: [{ metric, year: null, source, basis: null, flags: [], claims: [] }] };
    }
    return {
      call: call.text,
      figures: [],
      problem: lang === "fr" ? `fonction AMZN.${call.id} inconnue` : `unknown function AMZN.${call.id}`,
    };
  } catch (error) {
    const problem = error instanceof AmznError ? error.messageIn(lang) : String(error);
    return { call: call.text, figures: [], problem };
  }
}

/** The audit of a cell's formula: one entry per AMZN call, in the order they appear. */
export function auditFormula(formula: unknown, lang: Lang): AuditCall[] {
  return parseAmznCalls(formula).map((call) => auditCall(call, lang));
}
