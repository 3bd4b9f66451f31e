/**
 * Why one file of over 400 lines: it is the list of the report's claims, each with the rule that
 * judges it; the statuses are in status.ts, the report judged whole in whole.ts, the API in
 * reconcile-api.ts.
 *
 * Reconciliation engine: every derived claim the report prints (growth rates, the AWS margin, the
 * "×2,6" multiple, the "doubled / doubling / tripled" wording, the Anthropic year) and the one
 * printed figure whose precision is at issue (2024 net income "59"), each checked against
 *   (a) the value computed from the report's own printed figures ("vs report"), and
 *   (b) the value from Amazon's filings ("vs filings").
 * Pure: data in (src/data), rows out. No Office, no I/O.
 *
 * THE RULE (the status of one comparison, value X against the reported value R)
 *
 * 1. Printed numbers (growth rates, margins, multiples). R is printed with d decimals in its
 *    printed unit: percentage points for rates and margins, "×" for multiples. One unit of the last
 *    printed digit is u = 10^-d (1 pp for "+11%", 0.1 pp for "+31,2%", 0.1 for "×2,6"); h = u/2.
 *    - ok        |R − X| ≤ h: X rounds to the printed value ("+11%" is ok for 10.5%…11.5%).
 *    - rounding  h < |R − X| ≤ u + h: X rounds to a neighbour of the printed value (one off in the
 *                last printed digit), AND the claim is computed from figures the report prints, so
 *                the report's rounding of those inputs can produce such a gap. A claim the report
 *                prints without its inputs (the 38% AWS margin: no AWS operating income is printed)
 *                has no rounding band: the only rounding involved is the final one, i.e. "ok".
 *    - mismatch  otherwise.
 * 2. Wording ("quasiment doublé", "doublement", "quasiment tripler"): an approximate multiple k
 *    (2 or 3). ok when X is within ±10% of k (×1.80–×2.20, ×2.70–×3.30), mismatch otherwise. Words
 *    have no printed digit, so no rounding band.
 * 3. An event year (Anthropic gain "enregistré en 2024"): ok only if the years are equal, else
 *    mismatch. Nothing to compute from the report (it states the year once): vs report is n/a.
 * 4. A printed figure (2024 net income "59 Mds$") against the filed figure converted to B$. Its
 *    reference precision is the row's: the finest number of decimals the report prints for that
 *    metric in that section (77,7 → 1 decimal).
 *    - ok        the filed figure rounds to R at the row's precision;
 *    - rounding  it rounds to R only at the coarser printed precision (or is one unit off at the
 *                row's precision): precision lost, not a wrong figure (59,248 M$ → 59.2, printed 59);
 *    - mismatch  otherwise. Vs report is n/a (it is the report's own figure).
 * Band edges are inclusive with a 1e-9 relative tolerance (floating point).
 *
 * OVERALL STATUS: the worse of the two (ok < rounding < mismatch; n/a ignored), with one
 * exception: a filings mismatch counts as rounding when the claim is computed from the report's
 * figures and those figures reproduce it (vs report ok). The gap to the filings is then entirely
 * the report computing from its own rounded figures (+97% = 59 / 30 − 1 = 96.7%, while the
 * filings give 94.7%). So: ok means both the report's own figures and the filings support the
 * printed claim; mismatch means one of them contradicts it beyond rounding.
 */
import {
  type Basis,
  type Bilingual,
  type MetricId,
  type Quarter,
  type ReportClaim,
  type ReportFigureClaim,
  type ReportSectionId,
  FILINGS_DERIVATIONS,
  REPORT_CLAIMS,
  REPORT_FIGURE_CLAIMS,
  REPORT_FIGURES,
  REPORT_SECTIONS,
} from "../../data/index";
import { type QuarterRef, findFigure, findQuarterFigure, formatQuarters, quartersOf, yearsOf } from "../dataset";
import type { Lang } from "../runtime";
import { colon, formatNumber, formatPercent, q, sep, yearLabel } from "../wording";

import { type ReconStatus, statusWord } from "./status";
export { type ReconStatus, RECON_STATUSES } from "./status";

/** A derived claim of the report, or a printed figure reconciled for its precision. */
export type AnyClaim = ReportClaim | ReportFigureClaim;
export type ClaimKind = AnyClaim["kind"];

/** The unit of a row's values: a rate or margin as a fraction, a multiple, a calendar year, B$. */
export type ReconUnit = "fraction" | "multiple" | "year" | "B$";

/** A closed interval of values. */
export interface Band {
  readonly lo: number;
  readonly hi: number;
}

/** How a claim is judged (THE RULE above), with its bands in the row's unit. */
export interface ClaimRule {
  readonly kind: "printed" | "wording" | "year" | "figure";
  /** Decimals the report prints (in percentage points for rates); null for wording and years. */
  readonly decimals: number | null;
  /** One unit of the last printed digit in the row's unit (0.01 for "+11%"); null for wording and years. */
  readonly step: number | null;
  /** Figures only: the decimals of the row the figure is printed in. */
  readonly rowDecimals: number | null;
  readonly ok: Band;
  /** Null when no rounding can explain a gap (no printed inputs, wording, years). */
  readonly rounding: Band | null;
  /** The rule in words. */
  readonly text: Bilingual;
}

export interface FigureRef {
  readonly basis: Basis;
  readonly metric: MetricId;
  readonly year: number;
}

/** A figure a comparison value is computed from, in its stored unit (B$ report, M$ filings). */
export interface OperandValue extends FigureRef {
  /** Set when the operand is a quarter's figure (an event the filings know only by quarter). */
  readonly quarter?: Quarter;
  readonly value: number;
}

/** One comparison of the reported value with a value from one basis. */
export interface Comparison {
  readonly basis: Basis;
  readonly value: number;
  /** reported − value. */
  readonly gap: number;
  readonly status: ReconStatus;
  readonly operands: readonly OperandValue[];
  /** How the value comes out, e.g. "59 / 30 − 1 = 96.7%". */
  readonly formula: Bilingual;
}

export interface ReconciliationRow {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly metric: MetricId;
  /** First and last year of the claim (equal for a single-year claim). */
  readonly from: number;
  readonly to: number;
  /** "2023→2024", or "2024". */
  readonly period: string;
  readonly section: ReportSectionId;
  /** "§1", or the section's title for the summary and the conclusion. */
  readonly sectionRef: Bilingual;
  /** The claim's sentence or row label: French as printed, English translation. */
  readonly wording: Bilingual;
  /** The claim exactly as printed (French). */
  readonly printed: string;
  readonly unit: ReconUnit;
  readonly reported: number;
  /** Value computed from the report's own figures; null when not computable. */
  readonly computed: number | null;
  /** Value from the filings; null when the filings lack it. */
  readonly filings: number | null;
  /** reported − computed. */
  readonly gapVsComputed: number | null;
  /** reported − filings. */
  readonly gapVsFilings: number | null;
  readonly statusVsReport: ReconStatus | null;
  readonly statusVsFilings: ReconStatus | null;
  /** Overall status (see OVERALL STATUS above). */
  readonly status: ReconStatus;
  /** True when a filings mismatch was counted as rounding because the report's own figures reproduce the claim. */
  readonly explainedByReportRounding: boolean;
  readonly rule: ClaimRule;
  readonly vsReport: Comparison | null;
  readonly vsFilings: Comparison | null;
  /** Every figure the claim involves, in both bases (for the audit view). */
  readonly figures: readonly FigureRef[];
  /** Explanation: both comparisons, the reason, the data's notes and the rule. */
  readonly note: Bilingual;
}

/** "quasiment doublé" is ok within ±10% of ×2. */
export const WORDING_TOLERANCE = 0.1;

const SEVERITY: Readonly<Record<ReconStatus, number>> = { ok: 0, rounding: 1, mismatch: 2 };

/** The worse of two statuses (ok < rounding < mismatch). */
export function worse(a: ReconStatus, b: ReconStatus): ReconStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** Strip floating-point noise (0.24799999999999756 -> 0.248) without losing meaningful digits. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function within(x: number, band: Band, eps: number): boolean {
  return x >= band.lo - eps && x <= band.hi + eps;
}

/** The status of one comparison under a rule (THE RULE, steps 1–4). */
export function statusOf(value: number, reported: number, rule: ClaimRule): ReconStatus {
  const eps = 1e-9 * Math.max(1, Math.abs(reported));
  if (within(value, rule.ok, eps)) return "ok";
  if (rule.rounding !== null && within(value, rule.rounding, eps)) return "rounding";
  return "mismatch";
}

/**
 * The overall status: the worse of the two comparisons, except that a filings mismatch counts as
 * rounding when the report's own figures reproduce the claim (vs report ok).
 */
export function overallStatus(
  vsReport: ReconStatus | null,
  vsFilings: ReconStatus | null,
): { status: ReconStatus; explained: boolean } {
  let filings = vsFilings;
  let explained = false;
  if (filings === "mismatch" && vsReport === "ok") {
    filings = "rounding";
    explained = true;
  }
  const statuses = [vsReport, filings].filter((s): s is ReconStatus => s !== null);
  const first = statuses[0];
  if (first === undefined) throw new Error("a claim with neither a report nor a filings comparison");
  return { status: statuses.reduce(worse, first), explained };
}

/** The number a printed claim shows and its decimals: "+31,2%" -> 31.2, 1 decimal, percent. */
export function parsePrinted(printed: string): { value: number; decimals: number; percent: boolean } | undefined {
  const match = /(\d+)(?:[,.](\d+))?\s*(%)?/.exec(printed);
  if (match === null) return undefined;
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  return {
    value: Number(fraction === "" ? whole : `${whole}.${fraction}`),
    decimals: fraction.length,
    percent: match[3] === "%",
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting for the notes.

function valueText(value: number, unit: ReconUnit, lang: Lang, decimals: number): string {
  if (unit === "fraction") return formatPercent(value, lang, decimals);
  if (unit === "multiple") return `×${formatNumber(value, lang, decimals)}`;
  if (unit === "year") return String(value);
  return `${formatNumber(value, lang, decimals)} ${lang === "fr" ? "Mds$" : "B$"}`;
}

/** A value of a row (reported, computed or filed) as the audit shows it: "11.0%", "×2.60", "638.000 B$". */
export function reconValueText(row: ReconciliationRow, value: number, lang: Lang): string {
  return valueText(value, row.unit, lang, shownDecimals(row));
}

/** Decimals to show a compared value with: one more than the claim prints. */
function shownDecimals(row: { unit: ReconUnit; rule: ClaimRule }): number {
  if (row.unit === "year") return 0;
  if (row.unit === "B$") return 3;
  if (row.rule.decimals === null) return 2;
  return row.rule.decimals + 1;
}

function stepText(step: number, unit: ReconUnit, lang: Lang, decimals: number): string {
  const body = unit === "fraction" ? formatNumber(step * 100, lang, decimals) : formatNumber(step, lang, decimals);
  if (unit === "fraction") return `±${body} ${lang === "fr" ? "pt" : "pp"}`;
  if (unit === "B$") return `±${body} ${lang === "fr" ? "Mds$" : "B$"}`;
  return `±${body}`;
}

// ---------------------------------------------------------------------------------------------
// Rules.

function unitOf(claim: AnyClaim): ReconUnit {
  if (claim.kind === "growth" || claim.kind === "margin") return "fraction";
  if (claim.kind === "multiple" || claim.kind === "wording") return "multiple";
  if (claim.kind === "event_year") return "year";
  return "B$";
}

function printedOrThrow(claim: AnyClaim): { value: number; decimals: number; percent: boolean } {
  const parsed = parsePrinted(claim.printed);
  if (parsed === undefined) throw new Error(`claim ${claim.id}: no number in "${claim.printed}"`);
  const value = parsed.percent ? parsed.value / 100 : parsed.value;
  if (!("value" in claim) || Math.abs(value - claim.value) > 1e-12) {
    throw new Error(`claim ${claim.id}: printed "${claim.printed}" does not show the stored value`);
  }
  return parsed;
}

function printedRule(claim: AnyClaim, reported: number, hasInputs: boolean): ClaimRule {
  const parsed = printedOrThrow(claim);
  const d = parsed.decimals;
  const step = (parsed.percent ? 0.01 : 1) * 10 ** -d;
  const half = step / 2;
  const unit = unitOf(claim);
  const rounding = hasInputs ? { lo: reported - 1.5 * step, hi: reported + 1.5 * step } : null;
  const text = (lang: Lang): string => {
    const places =
      lang === "fr"
        ? d === 0
          ? "sans décimale"
          : `à ${d} décimale${d > 1 ? "s" : ""}`
        : `with ${d} decimal${d === 1 ? "" : "s"}`;
    const head =
      lang === "fr"
        ? `règle : « ${claim.printed} » imprimé ${places}, conforme à ${stepText(half, unit, lang, d + 1)}`
        : `rule: "${claim.printed}" printed ${places}, ok within ${stepText(half, unit, lang, d + 1)}`;
    if (rounding !== null) {
      return lang === "fr"
        ? `${head}, arrondi à ${stepText(1.5 * step, unit, lang, d + 1)}`
        : `${head}, rounding within ${stepText(1.5 * step, unit, lang, d + 1)}`;
    }
    return lang === "fr"
      ? `${head} ; pas de marge d'arrondi (les données d'entrée ne sont pas imprimées)`
      : `${head}; no rounding band (its inputs are not printed)`;
  };
  return {
    kind: "printed",
    decimals: d,
    step,
    rowDecimals: null,
    ok: { lo: reported - half, hi: reported + half },
    rounding,
    text: { en: text("en"), fr: text("fr") },
  };
}

function wordingRule(claim: AnyClaim, k: number): ClaimRule {
  const lo = k * (1 - WORDING_TOLERANCE);
  const hi = k * (1 + WORDING_TOLERANCE);
  const pct = Math.round(WORDING_TOLERANCE * 100);
  const range = (lang: Lang): string =>
    `×${formatNumber(lo, lang, 2)} ${lang === "fr" ? "à" : "to"} ×${formatNumber(hi, lang, 2)}`;
  return {
    kind: "wording",
    decimals: null,
    step: null,
    rowDecimals: null,
    ok: { lo, hi },
    rounding: null,
    text: {
      en: `rule: "${claim.printed}" in words = about ×${k}: ok from ${range("en")} (±${pct}%), otherwise mismatch`,
      fr: `règle : « ${claim.printed} » en toutes lettres = environ ×${k} : conforme de ${range("fr")} (±${pct} %), sinon écart`,
    },
  };
}

function yearRule(year: number): ClaimRule {
  return {
    kind: "year",
    decimals: null,
    step: null,
    rowDecimals: null,
    ok: { lo: year, hi: year },
    rounding: null,
    text: { en: "rule: a year is ok only if identical", fr: "règle : une année n'est conforme qu'identique" },
  };
}

/** The finest number of decimals the report prints for a metric in a section (77,7 -> 1). */
export function rowDecimals(metric: MetricId, section: ReportSectionId): number {
  let decimals = 0;
  for (const f of REPORT_FIGURES) {
    if (f.metric !== metric || f.section !== section) continue;
    decimals = Math.max(decimals, parsePrinted(f.printed)?.decimals ?? 0);
  }
  return decimals;
}

function figureRule(claim: ReportFigureClaim): ClaimRule {
  const parsed = printedOrThrow(claim);
  const d = parsed.decimals;
  const dr = Math.max(d, rowDecimals(claim.metric, claim.section));
  const step = 10 ** -d;
  const rowStep = 10 ** -dr;
  const spread = Math.max(step / 2, 1.5 * rowStep);
  const r = claim.value;
  const text = (lang: Lang): string => {
    const shown = (places: number): string => formatNumber(r, lang, places);
    const dec = (places: number): string =>
      lang === "fr" ? `${places} décimale${places > 1 ? "s" : ""}` : `${places} decimal${places === 1 ? "" : "s"}`;
    return lang === "fr"
      ? `règle : conforme si le chiffre publié s'arrondit à ${shown(dr)} à ${dec(dr)} (précision de la ligne), arrondi s'il s'arrondit à ${shown(d)} à la précision imprimée (${dec(d)}), sinon écart`
      : `rule: ok if the filed figure rounds to ${shown(dr)} at ${dec(dr)} (the row's precision), rounding if it rounds to ${shown(d)} at the printed ${dec(d)}, otherwise mismatch`;
  };
  return {
    kind: "figure",
    decimals: d,
    step,
    rowDecimals: dr,
    ok: { lo: r - rowStep / 2, hi: r + rowStep / 2 },
    rounding: { lo: r - spread, hi: r + spread },
    text: { en: text("en"), fr: text("fr") },
  };
}

// ---------------------------------------------------------------------------------------------
// Comparisons.

function figureValue(basis: Basis, metric: MetricId, year: number): OperandValue | undefined {
  const figure = findFigure(basis, metric, year);
  return figure === undefined ? undefined : { basis, metric, year, value: figure.value };
}

function n(value: number, lang: Lang): string {
  return formatNumber(value, lang);
}

/** Value of a ratio claim (growth, multiple, wording) from one basis: to / from (− 1 for growth). */
function ratioComparison(
  claim: Extract<AnyClaim, { kind: "growth" | "multiple" | "wording" }>,
  basis: Basis,
  unit: ReconUnit,
  decimals: number,
): { value: number; operands: OperandValue[]; formula: Bilingual } | undefined {
  const a = figureValue(basis, claim.metric, claim.from);
  const b = figureValue(basis, claim.metric, claim.to);
  if (a === undefined || b === undefined || a.value === 0) return undefined;
  const growth = claim.kind === "growth";
  const value = growth ? b.value / a.value - 1 : b.value / a.value;
  if (!Number.isFinite(value)) return undefined;
  const formula = (lang: Lang): string =>
    `${n(b.value, lang)} / ${n(a.value, lang)}${growth ? " − 1" : ""} = ${valueText(value, unit, lang, decimals)}`;
  return { value, operands: [a, b], formula: { en: formula("en"), fr: formula("fr") } };
}

/** A ratio metric (the AWS margin) from one basis, through its derivation (left / right). */
function marginComparison(
  claim: Extract<AnyClaim, { kind: "margin" }>,
  basis: Basis,
  decimals: number,
): { value: number; operands: OperandValue[]; formula: Bilingual } | undefined {
  const derivation = FILINGS_DERIVATIONS.find((d) => d.metric === claim.metric && d.op === "ratio");
  if (derivation === undefined) return undefined;
  const left = figureValue(basis, derivation.left, claim.year);
  const right = figureValue(basis, derivation.right, claim.year);
  if (left === undefined || right === undefined || right.value === 0) return undefined;
  const value = left.value / right.value;
  const formula = (lang: Lang): string =>
    `${n(left.value, lang)} / ${n(right.value, lang)} = ${valueText(value, "fraction", lang, decimals)}`;
  return { value, operands: [left, right], formula: { en: formula("en"), fr: formula("fr") } };
}

/** The metrics a margin claim divides (its derivation's operands), for the audit view. */
function marginInputs(metric: MetricId): MetricId[] {
  const derivation = FILINGS_DERIVATIONS.find((d) => d.metric === metric && d.op === "ratio");
  return derivation === undefined ? [] : [derivation.left, derivation.right];
}

function compare(
  basis: Basis,
  reported: number,
  rule: ClaimRule,
  found: { value: number; operands: readonly OperandValue[]; formula: Bilingual } | undefined,
): Comparison | null {
  if (found === undefined) return null;
  return {
    basis,
    value: tidy(found.value),
    gap: tidy(reported - found.value),
    status: statusOf(found.value, reported, rule),
    operands: found.operands,
    formula: found.formula,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows.

function sectionRef(section: ReportSectionId): Bilingual {
  const s = REPORT_SECTIONS[section];
  return s.number === "" ? { en: s.title.en, fr: s.title.fr } : { en: s.number, fr: s.number };
}

function dedupe(refs: readonly FigureRef[]): FigureRef[] {
  const out: FigureRef[] = [];
  for (const r of refs) {
    if (!out.some((o) => o.basis === r.basis && o.metric === r.metric && o.year === r.year)) out.push(r);
  }
  return out;
}

interface Built {
  readonly from: number;
  readonly to: number;
  readonly reported: number;
  readonly rule: ClaimRule;
  readonly vsReport: Comparison | null;
  readonly vsFilings: Comparison | null;
  readonly figures: FigureRef[];
  /** Notes from the data and facts particular to the claim. */
  readonly extra: Bilingual[];
  /** Why there is no report comparison, if that needs saying. */
  readonly noReport?: Bilingual;
  /**
   * A wording claim that credits the change to an event the filings book outside its years (§5:
   * the 2023→2024 doubling credited to a gain booked in Q3 2025): a mismatch of attribution,
   * whatever the multiple.
   */
  readonly attribution?: Bilingual;
}

function reportFigureNote(metric: MetricId, year: number): Bilingual | undefined {
  return REPORT_FIGURES.find((f) => f.metric === metric && f.year === year)?.note;
}

function approximateNotes(operands: readonly OperandValue[]): Bilingual[] {
  const notes: Bilingual[] = [];
  for (const o of operands) {
    const record = REPORT_FIGURES.find((f) => f.metric === o.metric && f.year === o.year);
    if (record === undefined || !record.flags.includes("approximate")) continue;
    notes.push({
      en: `the report's ${o.metric} ${yearLabel(o.year)} is approximate ("${record.printed}")`,
      fr: `le chiffre ${o.metric} ${yearLabel(o.year)} du rapport est approximatif (« ${record.printed} »)`,
    });
  }
  return notes;
}

function buildRatioClaim(claim: Extract<AnyClaim, { kind: "growth" | "multiple" | "wording" }>): Built {
  const unit = unitOf(claim);
  const reported = claim.value;
  const hasInputs =
    findFigure("report", claim.metric, claim.from) !== undefined &&
    findFigure("report", claim.metric, claim.to) !== undefined;
  const rule = claim.kind === "wording" ? wordingRule(claim, claim.value) : printedRule(claim, reported, hasInputs);
  const decimals = shownDecimals({ unit, rule });
  const fromReport = ratioComparison(claim, "report", unit, decimals);
  const fromFilings = ratioComparison(claim, "filings", unit, decimals);
  const extra: Bilingual[] = [...approximateNotes(fromReport?.operands ?? [])];
  if (claim.kind !== "growth" && claim.note !== undefined) extra.push(claim.note);
  const figures: FigureRef[] = [];
  for (const basis of ["report", "filings"] as const) {
    figures.push({ basis, metric: claim.metric, year: claim.from }, { basis, metric: claim.metric, year: claim.to });
  }
  const attribution = claim.kind === "growth" ? undefined : attributionCheck(claim, figures);
  return {
    from: claim.from,
    to: claim.to,
    reported,
    rule,
    vsReport: compare("report", reported, rule, fromReport),
    vsFilings: compare("filings", reported, rule, fromFilings),
    figures,
    extra,
    ...(attribution === undefined ? {} : { attribution }),
  };
}

/**
 * The attribution of a wording claim: the event it credits must be
 * booked, in the filings, within the claim's years (after `from`, up to `to`). The event's figures
 * join the claim's figures, so the audit of the Anthropic gain shows this claim too.
 */
function attributionCheck(
  claim: Extract<AnyClaim, { kind: "multiple" | "wording" }>,
  figures: FigureRef[],
): Bilingual | undefined {
  const event = claim.attributedTo;
  if (event === undefined) return undefined;
  const booked = bookedIn(event);
  for (const y of booked.years) figures.push({ basis: "filings", metric: event, year: y });
  for (const y of yearsOf("report", event)) figures.push({ basis: "report", metric: event, year: y });
  if (booked.years.some((y) => y > claim.from && y <= claim.to)) return undefined;
  const where = (lang: Lang): string => (booked.years.length === 0 ? "—" : booked.text(lang));
  const span = `${yearLabel(claim.from)}→${yearLabel(claim.to)}`;
  return {
    en: `wrong attribution: the claim credits the ${span} change to ${event}, which the filings book in ${where("en")}, outside ${span}; it cannot explain that change, whatever the multiple`,
    fr: `attribution erronée : l'affirmation attribue l'évolution ${span} à ${q(event, "fr")}, que les dépôts comptabilisent en ${where("fr")}, hors de ${span} ; il ne peut expliquer cette évolution, quel que soit le multiple`,
  };
}

/**
 * Where the filings book an event: its years, from its yearly figures and, where the filings know
 * it only by quarter (the Anthropic gains: 2025Q1, 2025Q3, 2026Q1), from its quarters. A year's
 * figure is the year's total, so quarters are named as quarters, with their amounts.
 */
function bookedIn(metric: MetricId): {
  readonly years: number[];
  readonly quarters: readonly QuarterRef[];
  readonly text: (lang: Lang) => string;
} {
  const quarters = quartersOf("filings", metric);
  const years = [...new Set([...yearsOf("filings", metric), ...quarters.map((r) => r.year)])].sort((a, b) => a - b);
  const text = (lang: Lang): string =>
    quarters.length === 0
      ? yearsOf("filings", metric).map(yearLabel).join(", ")
      : quarters
          .map(
            (r) =>
              `${formatQuarters([r], lang)} (${n(findQuarterFigure("filings", metric, r.year, r.quarter)?.value ?? NaN, lang)} M$)`,
          )
          .join(", ");
  return { years, quarters, text };
}

function buildMarginClaim(claim: Extract<AnyClaim, { kind: "margin" }>): Built {
  const reported = claim.value;
  const inputs = marginInputs(claim.metric);
  const missing = inputs.filter((m) => findFigure("report", m, claim.year) === undefined);
  const rule = printedRule(claim, reported, inputs.length > 0 && missing.length === 0);
  const decimals = shownDecimals({ unit: "fraction", rule });
  const fromReport = marginComparison(claim, "report", decimals);
  const fromFilings = marginComparison(claim, "filings", decimals);
  const figures: FigureRef[] = [{ basis: "report", metric: claim.metric, year: claim.year }];
  for (const metric of inputs) {
    if (findFigure("report", metric, claim.year) !== undefined)
      figures.push({ basis: "report", metric, year: claim.year });
  }
  for (const metric of [claim.metric, ...inputs]) {
    if (findFigure("filings", metric, claim.year) !== undefined)
      figures.push({ basis: "filings", metric, year: claim.year });
  }
  const note = reportFigureNote(claim.metric, claim.year);
  return {
    from: claim.year,
    to: claim.year,
    reported,
    rule,
    vsReport: compare("report", reported, rule, fromReport),
    vsFilings: compare("filings", reported, rule, fromFilings),
    figures,
    extra: note === undefined ? [] : [note],
    ...(fromReport === undefined && missing.length > 0
      ? {
          noReport: {
            en: `not computable from the report: it prints no ${missing.join(", ")} for ${yearLabel(claim.year)}`,
            fr: `non calculable d'après le rapport : il n'imprime pas de ${missing.join(", ")} pour ${yearLabel(claim.year)}`,
          },
        }
      : {}),
  };
}

/**
 * The filings' booking of the event the claim dates: a yearly figure of that year if there is one;
 * else the quarter whose amount is the report's figure (the 9.5 B$ Anthropic gain: 2025Q3), read
 * from the quarters, never from a year's total that no source gives.
 */
function bookingOf(
  claim: Extract<AnyClaim, { kind: "event_year" }>,
): { operand: OperandValue; formula: Bilingual } | undefined {
  const yearly = figureValue("filings", claim.metric, claim.year);
  if (yearly !== undefined) {
    return {
      operand: yearly,
      formula: { en: `booked in ${yearLabel(yearly.year)}`, fr: `comptabilisé en ${yearLabel(yearly.year)}` },
    };
  }
  const reported = findFigure("report", claim.metric, claim.year);
  const quarters = quartersOf("filings", claim.metric).map((r) => ({
    ref: r,
    value: findQuarterFigure("filings", claim.metric, r.year, r.quarter)?.value,
  }));
  // Report money is in B$, the filings' in M$.
  const match =
    quarters.find((x) => reported !== undefined && x.value === Math.round(reported.value * 1000)) ?? quarters[0];
  if (match === undefined || match.value === undefined) {
    const year = yearsOf("filings", claim.metric)[0];
    const only = year === undefined ? undefined : figureValue("filings", claim.metric, year);
    return only === undefined
      ? undefined
      : {
          operand: only,
          formula: { en: `booked in ${yearLabel(only.year)}`, fr: `comptabilisé en ${yearLabel(only.year)}` },
        };
  }
  const booked = bookedIn(claim.metric);
  const label = (lang: Lang): string => formatQuarters([match.ref], lang);
  return {
    operand: {
      basis: "filings",
      metric: claim.metric,
      year: match.ref.year,
      quarter: match.ref.quarter,
      value: match.value,
    },
    formula: {
      en: `booked in ${label("en")} (${n(match.value, "en")} M$); the filings' quarters: ${booked.text("en")}`,
      fr: `comptabilisé au ${label("fr")} (${n(match.value, "fr")} M$) ; trimestres des dépôts : ${booked.text("fr")}`,
    },
  };
}

function buildYearClaim(claim: Extract<AnyClaim, { kind: "event_year" }>): Built {
  const rule = yearRule(claim.year);
  const booking = bookingOf(claim);
  const vsFilings =
    booking === undefined
      ? null
      : compare("filings", claim.year, rule, {
          value: booking.operand.year,
          operands: [booking.operand],
          formula: booking.formula,
        });
  const figures: FigureRef[] = [{ basis: "report", metric: claim.metric, year: claim.year }];
  if (booking !== undefined) figures.push({ basis: "filings", metric: claim.metric, year: booking.operand.year });
  const note = reportFigureNote(claim.metric, claim.year);
  return {
    from: claim.year,
    to: claim.year,
    reported: claim.year,
    rule,
    vsReport: null,
    vsFilings,
    figures,
    extra: note === undefined ? [] : [note],
  };
}

function buildFigureClaim(claim: ReportFigureClaim): Built {
  const rule = figureRule(claim);
  const filed = figureValue("filings", claim.metric, claim.year);
  const vsFilings =
    filed === undefined
      ? null
      : compare("filings", claim.value, rule, {
          value: filed.value / 1000,
          operands: [filed],
          formula: {
            en: `${n(filed.value, "en")} M$ = ${valueText(filed.value / 1000, "B$", "en", 3)}`,
            fr: `${n(filed.value, "fr")} M$ = ${valueText(filed.value / 1000, "B$", "fr", 3)}`,
          },
        });
  const notes: Bilingual[] = [];
  const own = claim.note ?? reportFigureNote(claim.metric, claim.year);
  if (own !== undefined) notes.push(own);
  return {
    from: claim.year,
    to: claim.year,
    reported: claim.value,
    rule,
    vsReport: null,
    vsFilings,
    figures: [
      { basis: "report", metric: claim.metric, year: claim.year },
      { basis: "filings", metric: claim.metric, year: claim.year },
    ],
    extra: notes,
  };
}

function build(claim: AnyClaim): Built {
  switch (claim.kind) {
    case "growth":
    case "multiple":
    case "wording":
      return buildRatioClaim(claim);
    case "margin":
      return buildMarginClaim(claim);
    case "event_year":
      return buildYearClaim(claim);
    case "figure":
      return buildFigureClaim(claim);
  }
}

function noteText(built: Built, explained: boolean, lang: Lang): string {
  const parts: string[] = [];
  const report = built.vsReport;
  const filings = built.vsFilings;
  if (report !== null) {
    parts.push(
      `${lang === "fr" ? "chiffres du rapport" : "the report's own figures"}${colon(lang)}${report.formula[lang]} (${statusWord(report.status, lang)})`,
    );
  } else if (built.noReport !== undefined) {
    parts.push(built.noReport[lang]);
  }
  if (filings !== null) {
    parts.push(
      `${lang === "fr" ? "dépôts" : "filings"}${colon(lang)}${filings.formula[lang]} (${statusWord(filings.status, lang)})`,
    );
  } else {
    parts.push(lang === "fr" ? "les dépôts n'ont pas ce chiffre" : "the filings lack this figure");
  }
  if (explained) {
    parts.push(
      lang === "fr"
        ? "l'écart avec les dépôts vient des chiffres arrondis du rapport, qui redonnent la valeur imprimée"
        : "the gap to the filings comes from the report's own rounded figures, which give the printed value",
    );
  }
  if (built.attribution !== undefined) parts.push(built.attribution[lang]);
  for (const extra of built.extra) parts.push(extra[lang]);
  parts.push(built.rule.text[lang]);
  return parts.join(sep(lang));
}

function toRow(claim: AnyClaim): ReconciliationRow {
  const built = build(claim);
  const overall = overallStatus(built.vsReport?.status ?? null, built.vsFilings?.status ?? null);
  // A wrong attribution is a mismatch whatever the multiple (and no rounding explains it).
  const status: ReconStatus = built.attribution === undefined ? overall.status : "mismatch";
  const explained = built.attribution === undefined && overall.explained;
  const period = built.from === built.to ? yearLabel(built.from) : `${yearLabel(built.from)}→${yearLabel(built.to)}`;
  return {
    id: claim.id,
    kind: claim.kind,
    metric: claim.metric,
    from: built.from,
    to: built.to,
    period,
    section: claim.section,
    sectionRef: sectionRef(claim.section),
    wording: { fr: claim.label.fr, en: claim.label.en },
    printed: claim.printed,
    unit: unitOf(claim),
    reported: built.reported,
    computed: built.vsReport?.value ?? null,
    filings: built.vsFilings?.value ?? null,
    gapVsComputed: built.vsReport?.gap ?? null,
    gapVsFilings: built.vsFilings?.gap ?? null,
    statusVsReport: built.vsReport?.status ?? null,
    statusVsFilings: built.vsFilings?.status ?? null,
    status,
    explainedByReportRounding: explained,
    rule: built.rule,
    vsReport: built.vsReport,
    vsFilings: built.vsFilings,
    figures: dedupe(built.figures),
    note: { en: noteText(built, explained, "en"), fr: noteText(built, explained, "fr") },
  };
}

let cache: readonly ReconciliationRow[] | undefined;

/** Every claim reconciled, in the data's order: the derived claims, then the printed figures. */
export function reconcileClaims(): readonly ReconciliationRow[] {
  if (cache === undefined) {
    const claims: readonly AnyClaim[] = [...REPORT_CLAIMS, ...REPORT_FIGURE_CLAIMS];
    cache = Object.freeze(claims.map(toRow));
  }
  return cache;
}
