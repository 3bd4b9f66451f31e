/**
 * Quarterly events of amazon-filings-extended.md: the special items Amazon names (§3.4), its
 * guidance for the next quarter (§3.5), and what Amazon reported after the report (February 2026)
 * on the report's time-bound claims (§3.5, §3.6, §3.3). Amounts in M$ as printed (rounded where
 * Amazon rounds: "$2.5B" is 2,500). Data only.
 */
import type { Bilingual, Evidence, FilingSourceKey, GuidanceRecord, SpecialItemRecord } from "./types";

export const SPECIAL_ITEMS: readonly SpecialItemRecord[] = [
  {
    id: "anthropic_q1_2025",
    year: 2025,
    quarter: 1,
    amount: 3_300,
    metrics: ["anthropic_gain", "non_operating_income", "pre_tax_income", "net_income"],
    label: {
      en: "Pre-tax gain in non-operating income from the Anthropic convertible-note conversion",
      fr: "Gain avant impôts (non opérationnel) à la conversion de l'obligation convertible Anthropic",
    },
    evidence: "secondary",
    sources: ["S-FT", "S-MISC"],
    note: {
      en: "not in the release's headline bullets",
      fr: "absent des points clés du communiqué",
    },
  },
  {
    id: "one_time_charges_q1_2025",
    year: 2025,
    quarter: 1,
    amount: null,
    metrics: ["north_america_operating_income", "international_operating_income", "operating_income"],
    label: {
      en: "One-time charges (historical customer returns; inventory pulled forward before tariffs): ~90 bp of North America margin, ~70 bp of International margin",
      fr: "Charges exceptionnelles (retours clients passés ; stocks avancés avant les droits de douane) : ~90 pb de marge Amérique du Nord, ~70 pb de marge International",
    },
    evidence: "secondary",
    sources: ["S-FT"],
    note: { en: "earnings call; not quantified in $", fr: "conférence de résultats ; non chiffré en $" },
  },
  {
    id: "ftc_settlement_q3_2025",
    year: 2025,
    quarter: 3,
    amount: 2_500,
    metrics: ["operating_income", "north_america_operating_income"],
    label: {
      en: "FTC legal settlement (in North America)",
      fr: "Accord transactionnel avec la FTC (Amérique du Nord)",
    },
    evidence: "release",
    sources: ["R-Q325"],
    note: {
      en: "operating income without the FTC charge and severance: $21.7B (North America without the FTC: $7.3B)",
      fr: "résultat opérationnel hors FTC et indemnités de départ : 21,7 Mds$ (Amérique du Nord hors FTC : 7,3 Mds$)",
    },
  },
  {
    id: "severance_q3_2025",
    year: 2025,
    quarter: 3,
    amount: 1_800,
    metrics: [
      "operating_income",
      "north_america_operating_income",
      "international_operating_income",
      "aws_operating_income",
    ],
    label: { en: "Estimated severance (all segments)", fr: "Indemnités de départ estimées (tous segments)" },
    evidence: "release",
    sources: ["R-Q325"],
    note: {
      en: "the FY2025 10-K gives ~$2.7B of severance for the year (S-GHK); the releases name $1.8B (Q3) and $730M (Q4)",
      fr: "le 10-K 2025 donne ~2,7 Mds$ d'indemnités sur l'année (S-GHK) ; les communiqués nomment 1,8 Md$ (T3) et 730 M$ (T4)",
    },
  },
  {
    id: "anthropic_q3_2025",
    year: 2025,
    quarter: 3,
    amount: 9_500,
    metrics: ["anthropic_gain", "non_operating_income", "pre_tax_income", "net_income"],
    label: {
      en: "Pre-tax gains from investments in Anthropic (non-operating)",
      fr: "Gains avant impôts sur les investissements dans Anthropic (non opérationnels)",
    },
    evidence: "secondary",
    sources: ["S-FLEX", "S-GW"],
    note: {
      en: "paraphrasing the release; the reprint read is cut before this bullet",
      fr: "paraphrase du communiqué ; la reprise lue s'arrête avant ce point",
    },
  },
  {
    id: "italy_tax_lawsuit_q4_2025",
    year: 2025,
    quarter: 4,
    amount: 1_100,
    metrics: ["operating_income"],
    label: {
      en: "Resolution of Italy stores tax disputes plus a lawsuit settlement",
      fr: "Règlement de litiges fiscaux des boutiques en Italie et d'un procès",
    },
    evidence: "release",
    sources: ["R-Q425"],
    note: {
      en: "operating income without the three Q4 charges: $27.4B",
      fr: "résultat opérationnel hors les trois charges du T4 : 27,4 Mds$",
    },
  },
  {
    id: "severance_q4_2025",
    year: 2025,
    quarter: 4,
    amount: 730,
    metrics: ["operating_income"],
    label: { en: "Estimated severance", fr: "Indemnités de départ estimées" },
    evidence: "release",
    sources: ["R-Q425"],
  },
  {
    id: "impairments_q4_2025",
    year: 2025,
    quarter: 4,
    amount: 610,
    metrics: ["operating_income"],
    label: {
      en: "Asset impairments, mainly physical stores",
      fr: "Dépréciations d'actifs, surtout des magasins physiques",
    },
    evidence: "release",
    sources: ["R-Q425"],
    note: {
      en: "the FY2025 10-K gives ~$1.3B of impairments for the year (S-GHK)",
      fr: "le 10-K 2025 donne ~1,3 Md$ de dépréciations sur l'année (S-GHK)",
    },
  },
  {
    id: "anthropic_q1_2026",
    year: 2026,
    quarter: 1,
    amount: 16_800,
    metrics: ["anthropic_gain", "non_operating_income", "pre_tax_income", "net_income"],
    label: {
      en: "Pre-tax gains in non-operating income from investments in Anthropic",
      fr: "Gains avant impôts (non opérationnels) sur les investissements dans Anthropic",
    },
    evidence: "release",
    sources: ["R-Q126"],
  },
];

/** Amazon's guidance ranges, all read in secondary reports of the releases (§3.5). */
export const GUIDANCE: readonly GuidanceRecord[] = [
  {
    metric: "revenue",
    year: 2025,
    quarter: 1,
    low: 151_000,
    high: 155_500,
    givenWith: { en: "Q4 2024 release (2025-02-06)", fr: "communiqué du T4 2024 (2025-02-06)" },
    evidence: "secondary",
    sources: ["S-NDQ"],
    note: {
      en: "+5% to 9%; ~$2.1B (150 bp) FX headwind; S-FFW misquotes the range as $151.5B–$155B",
      fr: "+5 % à 9 % ; effet de change défavorable d'environ 2,1 Mds$ (150 pb) ; S-FFW cite à tort 151,5–155 Mds$",
    },
  },
  {
    metric: "operating_income",
    year: 2025,
    quarter: 1,
    low: 14_000,
    high: 18_000,
    givenWith: { en: "Q4 2024 release (2025-02-06)", fr: "communiqué du T4 2024 (2025-02-06)" },
    evidence: "secondary",
    sources: ["S-FFW"],
    note: {
      en: "the low end appears in one weak source only (S-FFW)",
      fr: "le bas de la fourchette n'apparaît que dans une source faible (S-FFW)",
    },
  },
  {
    metric: "revenue",
    year: 2025,
    quarter: 2,
    low: 159_000,
    high: 164_000,
    givenWith: { en: "Q1 2025 release (2025-05-01)", fr: "communiqué du T1 2025 (2025-05-01)" },
    evidence: "secondary",
    sources: ["S-MUK", "S-FT", "S-MISC"],
    note: { en: "+7% to 11%", fr: "+7 % à 11 %" },
  },
  {
    metric: "operating_income",
    year: 2025,
    quarter: 2,
    low: 13_000,
    high: 17_500,
    givenWith: { en: "Q1 2025 release (2025-05-01)", fr: "communiqué du T1 2025 (2025-05-01)" },
    evidence: "secondary",
    sources: ["S-MUK", "S-FT", "S-MISC"],
    note: { en: "vs $14.7B a year earlier", fr: "contre 14,7 Mds$ un an plus tôt" },
  },
  {
    metric: "revenue",
    year: 2025,
    quarter: 3,
    low: 174_000,
    high: 179_500,
    givenWith: { en: "Q2 2025 release (2025-07-31)", fr: "communiqué du T2 2025 (2025-07-31)" },
    evidence: "secondary",
    sources: ["S-USA", "S-MISC"],
    note: { en: "+10% to 13%", fr: "+10 % à 13 %" },
  },
  {
    metric: "operating_income",
    year: 2025,
    quarter: 3,
    low: 15_500,
    high: 20_500,
    givenWith: { en: "Q2 2025 release (2025-07-31)", fr: "communiqué du T2 2025 (2025-07-31)" },
    evidence: "secondary",
    sources: ["S-USA", "S-MISC"],
  },
  {
    metric: "revenue",
    year: 2025,
    quarter: 4,
    low: 206_000,
    high: 213_000,
    givenWith: { en: "Q3 2025 release (2025-10-30)", fr: "communiqué du T3 2025 (2025-10-30)" },
    evidence: "secondary",
    sources: ["S-TOP"],
    note: { en: "+10% to 13%; ~190 bp FX tailwind", fr: "+10 % à 13 % ; effet de change favorable d'environ 190 pb" },
  },
  {
    metric: "operating_income",
    year: 2025,
    quarter: 4,
    low: 21_000,
    high: 26_000,
    givenWith: { en: "Q3 2025 release (2025-10-30)", fr: "communiqué du T3 2025 (2025-10-30)" },
    evidence: "secondary",
    sources: ["S-TOP"],
    note: { en: "vs $21.2B a year earlier", fr: "contre 21,2 Mds$ un an plus tôt" },
  },
  {
    metric: "revenue",
    year: 2026,
    quarter: 1,
    low: 173_500,
    high: 178_500,
    givenWith: { en: "Q4 2025 release (2026-02-05)", fr: "communiqué du T4 2025 (2026-02-05)" },
    evidence: "secondary",
    sources: ["S-IABC"],
    note: { en: "+11% to 15%; ~180 bp FX tailwind", fr: "+11 % à 15 % ; effet de change favorable d'environ 180 pb" },
  },
  {
    metric: "operating_income",
    year: 2026,
    quarter: 1,
    low: 16_500,
    high: 21_500,
    givenWith: { en: "Q4 2025 release (2026-02-05)", fr: "communiqué du T4 2025 (2026-02-05)" },
    evidence: "secondary",
    sources: ["S-IABC", "S-II"],
  },
  {
    metric: "revenue",
    year: 2026,
    quarter: 2,
    low: 194_000,
    high: 199_000,
    givenWith: { en: "Q1 2026 release (2026-04-29)", fr: "communiqué du T1 2026 (2026-04-29)" },
    evidence: "secondary",
    sources: ["S-AARD"],
    note: { en: "+16% to 19%; no actual verified yet", fr: "+16 % à 19 % ; aucun réel vérifié à ce jour" },
  },
  {
    metric: "operating_income",
    year: 2026,
    quarter: 2,
    low: 20_000,
    high: 24_000,
    givenWith: { en: "Q1 2026 release (2026-04-29)", fr: "communiqué du T1 2026 (2026-04-29)" },
    evidence: "secondary",
    sources: ["S-GV"],
    note: {
      en: "absorbs ~$1B higher Amazon Leo cost; no actual verified yet",
      fr: "absorbe ~1 Md$ de coûts Amazon Leo en plus ; aucun réel vérifié à ce jour",
    },
  },
];

/**
 * "The report since February 2026": each forward-looking or time-bound claim of the report beside
 * what Amazon reported afterwards, dated and sourced (amazon-filings-extended.md §3.3–§3.6).
 */
export interface SinceReportRecord {
  readonly id: string;
  /** The report's claim (French as printed) and its English translation. */
  readonly claim: Bilingual;
  /** Where the report makes it: "§6", "§5"... */
  readonly section: string;
  /** What Amazon reported afterwards. */
  readonly after: Bilingual;
  /** ISO date of Amazon's statement. */
  readonly date: string;
  readonly evidence: Exclude<Evidence, "report">;
  readonly sources: readonly FilingSourceKey[];
}

export const SINCE_REPORT: readonly SinceReportRecord[] = [
  {
    id: "capex_plan_q4_release",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: 'Q4 2025 release, Andy Jassy: "we expect to invest about $200 billion in capital expenditures across Amazon in 2026"',
      fr: "Communiqué du T4 2025, Andy Jassy : « we expect to invest about $200 billion in capital expenditures across Amazon in 2026 »",
    },
    date: "2026-02-05",
    evidence: "secondary",
    sources: ["S-II", "S-IABC"],
  },
  {
    id: "capex_plan_10k",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: "FY2025 10-K: cash capex $77.7B (2024) and $128.3B (2025), mainly technology infrastructure (the majority for AWS) and fulfillment network capacity, both of which Amazon expects to increase in 2026",
      fr: "10-K 2025 : capex cash de 77,7 Mds$ (2024) et 128,3 Mds$ (2025), surtout l'infrastructure technologique (en majorité pour AWS) et la capacité du réseau logistique, les deux devant augmenter en 2026 selon Amazon",
    },
    date: "2026-02-06",
    evidence: "secondary",
    sources: ["S-GHK"],
  },
  {
    id: "capex_plan_letter",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: "2025 shareholder letter: about $200B of capex planned for 2026, largely AI infrastructure (exact wording not retrieved)",
      fr: "Lettre aux actionnaires 2025 : environ 200 Mds$ de capex prévus en 2026, surtout l'infrastructure IA (formulation exacte non retrouvée)",
    },
    date: "2026-04-09",
    evidence: "secondary",
    sources: ["S-SECW", "S-TBPN"],
  },
  {
    id: "capex_plan_q1_2026",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: "Q1 2026: cash capex $43.2B in the quarter; the ~$200B full-year plan held on the call",
      fr: "T1 2026 : capex cash de 43,2 Mds$ sur le trimestre ; le plan annuel d'environ 200 Mds$ maintenu lors de la conférence",
    },
    date: "2026-04-29",
    evidence: "secondary",
    sources: ["S-GV", "S-OUR"],
  },
  {
    id: "capex_increase_q1_2026",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: 'Q1 2026 release: TTM purchases of property and equipment net of proceeds up $59.3B year on year, "primarily ... investments in artificial intelligence"; TTM free cash flow $1.2B',
      fr: "Communiqué du T1 2026 : acquisitions nettes d'immobilisations sur 12 mois en hausse de 59,3 Mds$ sur un an, « primarily ... investments in artificial intelligence » ; flux de trésorerie disponible sur 12 mois 1,2 Md$",
    },
    date: "2026-04-29",
    evidence: "release",
    sources: ["R-Q126"],
  },
  {
    id: "anthropic_q1_2026",
    section: "§5",
    claim: {
      fr: "Gain comptable de 9,5 milliards de dollars enregistré en 2024",
      en: "Book gain of 9.5 billion dollars booked in 2024",
    },
    after: {
      en: "Q1 2026: pre-tax gains of $16.8B from investments in Anthropic (non-operating); the 9.5 B$ was booked in Q3 2025, plus 3.3 B$ in Q1 2025",
      fr: "T1 2026 : gains avant impôts de 16,8 Mds$ sur les investissements dans Anthropic (non opérationnels) ; les 9,5 Mds$ datent du T3 2025, plus 3,3 Mds$ au T1 2025",
    },
    date: "2026-04-29",
    evidence: "release",
    sources: ["R-Q126"],
  },
  {
    id: "aws_growth_q1_2026",
    section: "§2",
    claim: { fr: "Croissance AWS +20% (2025)", en: "AWS growth +20% (2025)" },
    after: {
      en: "Q1 2026: AWS net sales $37.6B against $29.3B in Q1 2025 (+28%, release figures)",
      fr: "T1 2026 : ventes AWS de 37,6 Mds$ contre 29,3 Mds$ au T1 2025 (+28 %, chiffres des communiqués)",
    },
    date: "2026-04-29",
    evidence: "release",
    sources: ["R-Q126", "R-Q125"],
  },
  {
    id: "net_income_q1_2026",
    section: "§1",
    claim: { fr: "Bénéfice net 77,7 Mds$ (2025)", en: "Net income 77.7 B$ (2025)" },
    after: {
      en: "Q1 2026: net income $30.3B (Q1 2025: $17.1B), diluted EPS $2.78",
      fr: "T1 2026 : résultat net de 30,3 Mds$ (T1 2025 : 17,1 Mds$), BPA dilué 2,78 $",
    },
    date: "2026-04-29",
    evidence: "release",
    sources: ["R-Q126"],
  },
  {
    id: "after_q1_2026",
    section: "§6",
    claim: {
      fr: "200 milliards de dollars d'investissements prévus en 2026",
      en: "200 billion dollars of investment planned for 2026",
    },
    after: {
      en: "No later update verified: the Q1 2026 release is the last one read; the Q2 and Q3 2026 releases could not be read, so the dataset's quarters end at Q1 2026",
      fr: "Aucune mise à jour vérifiée ensuite : le communiqué du T1 2026 est le dernier lu ; ceux des T2 et T3 2026 n'ont pu être lus, les trimestres du jeu de données s'arrêtent au T1 2026",
    },
    date: "2026-04-29",
    evidence: "release",
    sources: ["R-Q126"],
  },
];
