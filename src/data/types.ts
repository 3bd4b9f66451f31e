/**
 * Types of the embedded dataset. Data only: no function lives in src/data.
 *
 * Two bases hold the figures:
 * - "report": every figure exactly as the French report prints it, money in B$ (billions of US$);
 * - "filings": Amazon's filed figures (reference/amazon-filings.md), money in M$ exactly as filed.
 *
 * Every figure carries its provenance: basis, report section or filing source keys, the label in
 * French and English, the text as printed (report) and flags.
 */

/** A pair of labels, English and French (kept separate from core's Bilingual: data imports nothing). */
export interface Labels {
  readonly en: string;
  readonly fr: string;
}

export type Basis = "report" | "filings";

/**
 * Yearly metric ids (English snake_case, the contract of AMZN.METRIC).
 * `pre_tax_income`, `capex_proceeds` and `operating_margin` come from amazon-filings.md: pre-tax
 * income shows where the Anthropic gain landed (non-operating), the proceeds bridge gross capex to
 * net capex, and the operating margin is one of the derived ratios that file lists.
 */
export type MetricId =
  | "revenue"
  | "net_income"
  | "aws_revenue"
  | "aws_operating_income"
  | "aws_operating_margin"
  | "operating_income"
  | "operating_margin"
  | "pre_tax_income"
  | "operating_cash_flow"
  | "capex"
  | "capex_proceeds"
  | "capex_net"
  | "depreciation"
  | "free_cash_flow"
  | "anthropic_gain";

/** Non-yearly KPIs of the report's sections 3 to 6. */
export type KpiId =
  "rufus_users" | "rufus_purchase_uplift" | "ai_listing_sellers" | "deepfleet_robots" | "capex_plan_2026";

/** money: US$ amounts; ratio: a fraction (0.38 for 38%); count: a plain number of people, robots... */
export type MetricKind = "money" | "ratio" | "count";

/** The unit a figure is stored in. */
export type StoredUnit = "B$" | "M$" | "ratio" | "count";

/**
 * - approximate: the source gives a rounded or "about" figure (the report's "~91", "about 200 B$");
 * - unverified: no public source confirms the figure;
 * - estimate: a plan or outlook, not an actual (plan years such as 2026E);
 * - computed: derived from other filed figures, not filed itself;
 * - lower_bound: the source says "over" (DeepFleet's "plus d'1 million de robots");
 * - reported_claim: a rate or margin the report prints; stored as the report's claim, never used
 *   to compute anything.
 */
export type Flag = "approximate" | "unverified" | "estimate" | "computed" | "lower_bound" | "reported_claim";

/** Sources of the filings basis, as keyed in amazon-filings.md. */
export type FilingSourceKey =
  "10K-2024" | "CF-10K" | "PR-Q4-2025" | "IS-2025" | "PR-Q3-2025" | "CALL-Q4-2025" | "SCI-DEEPFLEET";

export interface FilingSource {
  readonly key: FilingSourceKey;
  readonly title: Labels;
  /** Where it was read (URL or description), as amazon-filings.md gives it. */
  readonly location: string;
}

/** Sections of the report. */
export type ReportSectionId = "summary" | "s1" | "s2" | "s3" | "s4" | "s5" | "s6" | "s7" | "conclusion";

export interface ReportSection {
  readonly id: ReportSectionId;
  /** "§1", or "" for the summary and the conclusion. */
  readonly number: string;
  /** The title as the report prints it (French, sentence case) and its English translation. */
  readonly title: Labels;
}

/** A yearly figure as the report prints it (money in B$). */
export interface ReportFigureRecord {
  readonly metric: MetricId;
  readonly year: number;
  /** A plan year (2026E): an estimate, not an actual. */
  readonly plan: boolean;
  readonly value: number;
  readonly section: ReportSectionId;
  /** The row or bullet label exactly as printed, and its English translation. */
  readonly label: Labels;
  /** The figure exactly as printed, e.g. "~91 Mds$". */
  readonly printed: string;
  readonly flags: readonly Flag[];
  readonly note?: Labels;
}

/** A yearly figure as Amazon filed it (money in M$, ratios as fractions). */
export interface FilingsFigureRecord {
  readonly metric: MetricId;
  readonly year: number;
  readonly value: number;
  readonly sources: readonly FilingSourceKey[];
  /** The line item (English as filed) and a French translation. */
  readonly label: Labels;
  readonly flags: readonly Flag[];
  readonly note?: Labels;
  /** Parts that add up to `value` (AWS operating income 2025: the four quarters). */
  readonly components?: readonly number[];
}

/**
 * A figure of the filings basis computed from two other filings metrics of the same year, for
 * every year where both exist and no figure is stored: free cash flow, margins.
 */
export interface DerivationRecord {
  readonly metric: MetricId;
  readonly op: "difference" | "ratio";
  readonly left: MetricId;
  readonly right: MetricId;
  readonly label: Labels;
  /** The formula in words, e.g. "operating cash flow − net capex". */
  readonly formula: Labels;
  /** Notes for particular years (FCF 2025 matches Amazon's "$11.2 billion"). */
  readonly notes?: Readonly<Record<number, Labels>>;
}

export interface MetricDefinition {
  readonly id: MetricId;
  readonly kind: MetricKind;
  readonly label: Labels;
  readonly description: Labels;
  /** Other names accepted, French and English; matched case-, accent- and separator-insensitively. */
  readonly aliases: readonly string[];
}

export interface KpiRecord {
  readonly id: KpiId;
  readonly kind: MetricKind;
  readonly unit: StoredUnit;
  readonly value: number;
  readonly section: ReportSectionId;
  readonly label: Labels;
  /** The bullet exactly as printed. */
  readonly printed: string;
  /** What is counted (customers, sellers, robots), or the unit in words. */
  readonly unitLabel: Labels;
  readonly flags: readonly Flag[];
  readonly note?: Labels;
  readonly aliases: readonly string[];
  /** The fact of the filings reference that corroborates (or contradicts) the KPI, if any. */
  readonly filingsFact?: FilingsFactId;
}

/** Derived claims the report prints: rates, margins, multiples, wording, the Anthropic year. */
export type ReportClaim =
  | {
      readonly id: string;
      readonly kind: "growth";
      readonly metric: MetricId;
      readonly from: number;
      readonly to: number;
      /** The rate as a fraction: +31,2% -> 0.312. */
      readonly value: number;
      readonly section: ReportSectionId;
      readonly label: Labels;
      readonly printed: string;
    }
  | {
      readonly id: string;
      readonly kind: "margin";
      readonly metric: MetricId;
      readonly year: number;
      readonly value: number;
      readonly section: ReportSectionId;
      readonly label: Labels;
      readonly printed: string;
    }
  | {
      readonly id: string;
      /** "multiple": a number the report prints (×2,6); "wording": a multiple implied by words. */
      readonly kind: "multiple" | "wording";
      readonly metric: MetricId;
      readonly from: number;
      readonly to: number;
      readonly value: number;
      readonly section: ReportSectionId;
      readonly label: Labels;
      readonly printed: string;
      readonly note?: Labels;
    }
  | {
      readonly id: string;
      readonly kind: "event_year";
      readonly metric: MetricId;
      readonly year: number;
      readonly section: ReportSectionId;
      readonly label: Labels;
      readonly printed: string;
    };

/**
 * A figure the report prints whose precision is itself worth reconciling: the 2024 net income
 * printed "59 Mds$" where the same row prints "77,7 Mds$" (amazon-filings.md, "Known
 * discrepancies": "truncated rather than rounded (59.2)"). Kept apart from ReportClaim: it is a
 * printed figure, not a derived claim.
 */
export interface ReportFigureClaim {
  readonly id: string;
  readonly kind: "figure";
  readonly metric: MetricId;
  readonly year: number;
  /** The figure as printed, in the report's unit (B$). */
  readonly value: number;
  readonly section: ReportSectionId;
  readonly label: Labels;
  readonly printed: string;
  readonly note?: Labels;
}

export type FilingsFactId =
  | "capex_outlook_2026"
  | "non_operating_income_2024"
  | "anthropic_gain_q3_2025"
  | "server_useful_life"
  | "deepfleet_millionth_robot"
  | "deepfleet_sites"
  | "deepfleet_travel_efficiency"
  | "rufus_users_2025"
  | "rufus_purchase_uplift"
  | "ai_listing_sellers";

/** Non-yearly facts of amazon-filings.md ("Events and non-yearly facts"). */
export interface FilingsFact {
  readonly id: FilingsFactId;
  /** Null when the fact has no number (no public source found). */
  readonly value: number | null;
  readonly unit: StoredUnit | "years";
  readonly label: Labels;
  /** Empty when amazon-filings.md gives no source key (secondary reports, unnamed filing). */
  readonly sources: readonly FilingSourceKey[];
  readonly flags: readonly Flag[];
  readonly note: Labels;
}
