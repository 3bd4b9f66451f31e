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

/**
 * A text in English and French: the one type of such a pair in the add-in (data declares it because
 * data imports nothing; core/runtime re-exports it).
 */
export interface Bilingual {
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
  | "anthropic_gain"
  // Second wave (amazon-filings-extended.md): segments, net sales by line, P&L to net income, per share.
  | "north_america_revenue"
  | "international_revenue"
  | "north_america_operating_income"
  | "international_operating_income"
  | "north_america_operating_margin"
  | "international_operating_margin"
  | "online_stores_revenue"
  | "physical_stores_revenue"
  | "third_party_seller_revenue"
  | "advertising_revenue"
  | "subscription_revenue"
  | "other_revenue"
  | "non_operating_income"
  | "income_tax"
  | "equity_method_income"
  | "diluted_eps"
  | "diluted_shares";

/** A fiscal quarter, 1 to 4 (Amazon's fiscal year is the calendar year). */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * How a figure is known (PRODUCT.md, "The filings basis, model-ready"; the class tags of
 * amazon-filings-extended.md, one for one):
 * - filed: read in an SEC filing on sec.gov (an XBRL R page), tag [F];
 * - filed_mirror: the filing's own XBRL rendering served off sec.gov (a CloudFront path keyed by
 *   Amazon's CIK, apparently the IR site's viewer), tag [FM]: kept apart from filed;
 * - release: Amazon's press-release text;
 * - derived: arithmetic on other figures, the formula kept;
 * - secondary: third-party copies only, corroborated as the reference says;
 * - report: the French report, as printed.
 */
export type Evidence = "filed" | "filed_mirror" | "release" | "derived" | "secondary" | "report";

/** Non-yearly KPIs of the report's sections 3 to 6. */
export type KpiId =
  "rufus_users" | "rufus_purchase_uplift" | "ai_listing_sellers" | "deepfleet_robots" | "capex_plan_2026";

/**
 * money: US$ amounts; ratio: a fraction (0.38 for 38%); count: a plain number of people, robots,
 * shares (millions of shares for diluted_shares); per_share: US$ per share (the unit is ignored).
 */
export type MetricKind = "money" | "ratio" | "count" | "per_share";

/** The unit a figure is stored in. */
export type StoredUnit = "B$" | "M$" | "ratio" | "count" | "$/sh";

/**
 * - approximate: the source gives a rounded or "about" figure (the report's "~91", "about 200 B$");
 * - unverified: no public source confirms the figure;
 * - estimate: a plan or outlook, not an actual (plan years such as 2026E);
 * - computed: derived from other filed figures, not filed itself;
 * - lower_bound: the source says "over" (DeepFleet's "plus d'1 million de robots");
 * - reported_claim: a rate or margin the report prints; stored as the report's claim, never used
 *   to compute anything;
 * - rounded: Amazon (or the only source) prints the figure rounded ("$106.3 billion"), stored as
 *   printed; exact millions are used wherever the reference has them.
 */
export type Flag =
  "approximate" | "unverified" | "estimate" | "computed" | "lower_bound" | "reported_claim" | "rounded";

/** Sources of the filings basis, as keyed in amazon-filings.md and amazon-filings-extended.md. */
export type FilingSourceKey =
  | "10K-2024"
  | "CF-10K"
  | "PR-Q4-2025"
  | "IS-2025"
  | "PR-Q3-2025"
  | "CALL-Q4-2025"
  | "SCI-DEEPFLEET"
  | "F-K24"
  | "F-K23"
  | "FM-Q2"
  | "FM-Q3"
  | "R-Q424"
  | "R-Q125"
  | "R-Q225"
  | "R-Q325"
  | "R-Q425"
  | "R-Q126"
  | "S-GHK"
  | "S-GHA"
  | "S-GHI"
  | "S-SAON"
  | "S-SA"
  | "S-OC"
  | "S-NYT"
  | "S-REP"
  | "S-FR"
  | "S-FREC"
  | "S-TIT"
  | "S-TOP"
  | "S-FLEX"
  | "S-GW"
  | "S-FT"
  | "S-MUK"
  | "S-NDQ"
  | "S-FFW"
  | "S-USA"
  | "S-IABC"
  | "S-II"
  | "S-AARD"
  | "S-GV"
  | "S-SECW"
  | "S-TBPN"
  | "S-OUR"
  | "S-LB"
  | "S-PG"
  | "S-CAP"
  | "S-Q4C"
  | "S-MISC";

export interface FilingSource {
  readonly key: FilingSourceKey;
  readonly title: Bilingual;
  /**
   * Where it was read, as amazon-filings.md and amazon-filings-extended.md give it: a description,
   * or a secondary page's URL kept for the record. Text: never a link.
   */
  readonly location: string;
  /**
   * The primary source a reader can open, as a bare https URL: a filing's page on sec.gov, or
   * Amazon's release in a verbatim reprint. What a figure's card links to. Absent where the
   * reference gives no such page: the card then names the source without a link.
   */
  readonly address?: string;
  /** The day the filing was filed (ISO 8601), where the reference gives it apart from the title. */
  readonly filed?: string;
}

/** Sections of the report. */
export type ReportSectionId = "summary" | "s1" | "s2" | "s3" | "s4" | "s5" | "s6" | "s7" | "conclusion";

export interface ReportSection {
  readonly id: ReportSectionId;
  /** "§1", or "" for the summary and the conclusion. */
  readonly number: string;
  /** The title as the report prints it (French, sentence case) and its English translation. */
  readonly title: Bilingual;
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
  readonly label: Bilingual;
  /** The figure exactly as printed, e.g. "~91 Mds$". */
  readonly printed: string;
  readonly flags: readonly Flag[];
  readonly note?: Bilingual;
}

/** A yearly (or quarterly) figure as Amazon filed or announced it (money in M$, ratios as fractions). */
export interface FilingsFigureRecord {
  readonly metric: MetricId;
  readonly year: number;
  /** Absent for a fiscal year; 1–4 for a quarter of `year`. */
  readonly quarter?: Quarter;
  readonly value: number;
  /** The reference's class tag: [F] filed, [FM] filed_mirror, [R] release, [D] derived, [S] secondary. */
  readonly evidence: Exclude<Evidence, "report">;
  readonly sources: readonly FilingSourceKey[];
  /** The line item (English as filed) and a French translation. */
  readonly label: Bilingual;
  readonly flags: readonly Flag[];
  readonly note?: Bilingual;
  /** Parts that add up to `value` (AWS operating income 2025: the four quarters). */
  readonly components?: readonly number[];
}

/**
 * A figure of the filings basis computed from two other filings metrics of the same year, for
 * every year where both exist and no figure is stored: free cash flow, margins.
 */
export interface DerivationRecord {
  readonly metric: MetricId;
  /** difference: left − right; sum: left + right; ratio: left / right. */
  readonly op: "difference" | "sum" | "ratio";
  readonly left: MetricId;
  readonly right: MetricId;
  readonly label: Bilingual;
  /** The formula in words, e.g. "operating cash flow − net capex". */
  readonly formula: Bilingual;
  /** Notes for particular years (FCF 2025 matches Amazon's "$11.2 billion"). */
  readonly notes?: Readonly<Record<number, Bilingual>>;
}

export interface MetricDefinition {
  readonly id: MetricId;
  readonly kind: MetricKind;
  readonly label: Bilingual;
  readonly description: Bilingual;
  /** Other names accepted, French and English; matched case-, accent- and separator-insensitively. */
  readonly aliases: readonly string[];
}

export interface KpiRecord {
  readonly id: KpiId;
  readonly kind: MetricKind;
  readonly unit: StoredUnit;
  readonly value: number;
  readonly section: ReportSectionId;
  readonly label: Bilingual;
  /** The bullet exactly as printed. */
  readonly printed: string;
  /** What is counted (customers, sellers, robots), or the unit in words. */
  readonly unitLabel: Bilingual;
  readonly flags: readonly Flag[];
  readonly note?: Bilingual;
  readonly aliases: readonly string[];
  /** The fact of the filings reference that corroborates (or contradicts) the KPI, if any. */
  readonly filingsFact?: FilingsFactId;
  /** The KPI reconciled against Amazon's statements, and why (in both languages). */
  readonly status: KpiStatus;
  readonly statusNote: Bilingual;
  /** The figure Amazon gave for comparison, in the KPI's unit, when one exists (Rufus: 300 million). */
  readonly amazonValue?: number;
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
      readonly label: Bilingual;
      readonly printed: string;
    }
  | {
      readonly id: string;
      readonly kind: "margin";
      readonly metric: MetricId;
      readonly year: number;
      readonly value: number;
      readonly section: ReportSectionId;
      readonly label: Bilingual;
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
      readonly label: Bilingual;
      readonly printed: string;
      readonly note?: Bilingual;
      /**
       * The event the claim credits the change to (§5: the doubling "thanks to" the Anthropic
       * gain). The attribution holds only if the filings book that event within the claim's years.
       */
      readonly attributedTo?: MetricId;
    }
  | {
      readonly id: string;
      readonly kind: "event_year";
      readonly metric: MetricId;
      readonly year: number;
      readonly section: ReportSectionId;
      readonly label: Bilingual;
      readonly printed: string;
    };

/**
 * A figure the report prints whose precision is itself worth reconciling: the 2024 net income
 * printed "59 Mds$" where the same row prints "77,7 Mds$" (amazon-filings.md, "Known
 * discrepancies": mixed precision, 59 rounded to the billion, 59.2 at the row's precision). Kept
 * apart from ReportClaim: it is a
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
  readonly label: Bilingual;
  readonly printed: string;
  readonly note?: Bilingual;
}

/**
 * A claim of the report judged whole rather than figure by figure (PRODUCT.md, "The report's
 * claims, judged whole"): the report against itself (three statements of one change), or a causal
 * claim that figures cannot test, shown beside what the figures do show.
 */
export type ReportWholeClaim =
  | {
      readonly id: string;
      readonly kind: "inconsistency";
      readonly metric: MetricId;
      readonly from: number;
      readonly to: number;
      /** The ReportClaim ids of the statements that contradict each other, in reading order. */
      readonly statements: readonly string[];
      readonly label: Bilingual;
    }
  | {
      readonly id: string;
      readonly kind: "causal";
      readonly metric: MetricId | KpiId;
      readonly from: number;
      readonly to: number;
      readonly section: ReportSectionId;
      /** The sentence as printed (fr) and its translation. */
      readonly label: Bilingual;
      readonly printed: string;
      /** What the figures show beside it: the profit bridge, the Anthropic gains by quarter, DeepFleet's reference fact. */
      readonly shows: "bridge" | "anthropic_quarters" | "deepfleet";
    };

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
  | "ai_listing_sellers"
  | "amazon_robots_1m_plus";

/** Non-yearly facts of amazon-filings.md ("Events and non-yearly facts"). */
export interface FilingsFact {
  readonly id: FilingsFactId;
  /** Null when the fact has no number (no public source found). */
  readonly value: number | null;
  readonly unit: StoredUnit | "years";
  readonly label: Bilingual;
  /** Empty when amazon-filings.md gives no source key (secondary reports, unnamed filing). */
  readonly sources: readonly FilingSourceKey[];
  readonly evidence: Exclude<Evidence, "report">;
  readonly flags: readonly Flag[];
  readonly note: Bilingual;
}

/** A special item Amazon names for a quarter (amazon-filings-extended.md §3.4). */
export interface SpecialItemRecord {
  readonly id: string;
  readonly year: number;
  readonly quarter: Quarter;
  /** M$ as printed (rounded: "$2.5B" is 2,500); null when Amazon does not quantify it. */
  readonly amount: number | null;
  /** The metrics whose figure for that quarter the item touches (SOURCE and the audit show it there). */
  readonly metrics: readonly MetricId[];
  readonly label: Bilingual;
  readonly evidence: Exclude<Evidence, "report">;
  readonly sources: readonly FilingSourceKey[];
  readonly note?: Bilingual;
}

/** Amazon's guidance range for a quarter (amazon-filings-extended.md §3.5), M$ as printed. */
export interface GuidanceRecord {
  readonly metric: "revenue" | "operating_income";
  readonly year: number;
  readonly quarter: Quarter;
  readonly low: number;
  readonly high: number;
  /** The release that gave it, e.g. "Q4 2024 release (2025-02-06)". */
  readonly givenWith: Bilingual;
  readonly evidence: Exclude<Evidence, "report">;
  readonly sources: readonly FilingSourceKey[];
  readonly note?: Bilingual;
}

/** Status of a KPI of the report against what Amazon said. */
export type KpiStatus = "ok" | "outdated" | "unverified";
