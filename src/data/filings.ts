/**
 * The filings basis: Amazon's figures as filed or announced (reference/amazon-filings.md), money in
 * M$ exactly as filed, ratios as fractions. Sources are cited by the keys of that file; a 10-K for
 * fiscal 2024 covers 2022–2024, so 2025 figures cite the 2025 documents. Data only.
 *
 * Computed figures (free cash flow, margins) are declared in FILINGS_DERIVATIONS and computed by
 * core from the filed figures, flagged "computed". The one stored computed figure is the AWS
 * operating margin of 2022: amazon-filings.md gives it (28.5%) but not the AWS net sales of 2022
 * it comes from.
 */
import type { DerivationRecord, FilingsFact, FilingsFigureRecord, Labels } from "./types";

const NET_SALES: Labels = { en: "Net sales", fr: "Ventes nettes" };
const NET_INCOME: Labels = { en: "Net income (loss)", fr: "Résultat net (perte)" };
const OPERATING_INCOME: Labels = { en: "Operating income", fr: "Résultat opérationnel" };
const PRE_TAX: Labels = { en: "Income before income taxes", fr: "Résultat avant impôts" };
const AWS_SALES: Labels = { en: "AWS net sales", fr: "Ventes nettes AWS" };
const AWS_OI: Labels = { en: "AWS operating income", fr: "Résultat opérationnel AWS" };
const OCF: Labels = {
  en: "Net cash provided by (used in) operating activities",
  fr: "Trésorerie nette liée aux activités opérationnelles",
};
const CAPEX: Labels = { en: "Purchases of property and equipment", fr: "Acquisitions d'immobilisations corporelles" };
const PROCEEDS: Labels = {
  en: "Proceeds from property and equipment sales and incentives",
  fr: "Produits de cession d'immobilisations corporelles et incitations",
};
const CAPEX_NET: Labels = {
  en: "Purchases of property and equipment, net of proceeds from sales and incentives",
  fr: "Acquisitions d'immobilisations corporelles, nettes des cessions et incitations",
};
const DA: Labels = {
  en: "Depreciation and amortization of property and equipment and capitalized content costs, operating lease assets, and other",
  fr: "Dotations aux amortissements des immobilisations, des contenus capitalisés, des droits d'utilisation et autres",
};
const CAPEX_NET_NOTE: Labels = {
  en: "purchases − proceeds and incentives (Amazon's free-cash-flow definition)",
  fr: "acquisitions − cessions et incitations (définition du flux de trésorerie disponible d'Amazon)",
};

export const FILINGS_FIGURES: readonly FilingsFigureRecord[] = [
  // Net sales
  { metric: "revenue", year: 2023, value: 574_785, sources: ["10K-2024"], label: NET_SALES, flags: [] },
  { metric: "revenue", year: 2024, value: 637_959, sources: ["10K-2024"], label: NET_SALES, flags: [] },
  { metric: "revenue", year: 2025, value: 716_924, sources: ["PR-Q4-2025", "IS-2025"], label: NET_SALES, flags: [] },
  // Net income
  { metric: "net_income", year: 2022, value: -2_722, sources: ["10K-2024", "CF-10K"], label: NET_INCOME, flags: [] },
  { metric: "net_income", year: 2023, value: 30_425, sources: ["10K-2024", "CF-10K"], label: NET_INCOME, flags: [] },
  { metric: "net_income", year: 2024, value: 59_248, sources: ["10K-2024", "CF-10K"], label: NET_INCOME, flags: [] },
  { metric: "net_income", year: 2025, value: 77_670, sources: ["IS-2025", "CF-10K"], label: NET_INCOME, flags: [] },
  // Operating income
  { metric: "operating_income", year: 2022, value: 12_248, sources: ["10K-2024"], label: OPERATING_INCOME, flags: [] },
  { metric: "operating_income", year: 2023, value: 36_852, sources: ["10K-2024"], label: OPERATING_INCOME, flags: [] },
  { metric: "operating_income", year: 2024, value: 68_593, sources: ["10K-2024"], label: OPERATING_INCOME, flags: [] },
  { metric: "operating_income", year: 2025, value: 79_975, sources: ["IS-2025"], label: OPERATING_INCOME, flags: [] },
  // Pre-tax income
  { metric: "pre_tax_income", year: 2023, value: 37_545, sources: ["IS-2025"], label: PRE_TAX, flags: [] },
  { metric: "pre_tax_income", year: 2024, value: 68_513, sources: ["IS-2025"], label: PRE_TAX, flags: [] },
  {
    metric: "pre_tax_income",
    year: 2025,
    value: 96_757,
    sources: ["IS-2025"],
    label: PRE_TAX,
    flags: [],
    note: {
      en: "includes the 9.5 B$ non-operating gain on Anthropic (Q3 2025, PR-Q3-2025)",
      fr: "comprend le gain non opérationnel de 9,5 Mds$ sur Anthropic (T3 2025, PR-Q3-2025)",
    },
  },
  // AWS net sales
  { metric: "aws_revenue", year: 2023, value: 90_757, sources: ["10K-2024"], label: AWS_SALES, flags: [] },
  { metric: "aws_revenue", year: 2024, value: 107_556, sources: ["10K-2024"], label: AWS_SALES, flags: [] },
  { metric: "aws_revenue", year: 2025, value: 128_725, sources: ["PR-Q4-2025"], label: AWS_SALES, flags: [] },
  // AWS operating income
  { metric: "aws_operating_income", year: 2022, value: 22_841, sources: ["10K-2024"], label: AWS_OI, flags: [] },
  { metric: "aws_operating_income", year: 2023, value: 24_631, sources: ["10K-2024"], label: AWS_OI, flags: [] },
  { metric: "aws_operating_income", year: 2024, value: 39_834, sources: ["10K-2024"], label: AWS_OI, flags: [] },
  {
    metric: "aws_operating_income",
    year: 2025,
    value: 45_607,
    sources: ["PR-Q3-2025", "PR-Q4-2025"],
    label: AWS_OI,
    flags: [],
    note: {
      en: "sum of the four 2025 quarters in Amazon's quarterly releases: 11,547 + 10,160 + 11,435 + 12,465",
      fr: "somme des quatre trimestres 2025 des communiqués trimestriels : 11 547 + 10 160 + 11 435 + 12 465",
    },
    components: [11_547, 10_160, 11_435, 12_465],
  },
  // AWS operating margin 2022: given by amazon-filings.md, the 2022 AWS net sales are not in it.
  {
    metric: "aws_operating_margin",
    year: 2022,
    value: 0.285,
    sources: ["10K-2024"],
    label: {
      en: "AWS operating margin (AWS operating income / AWS net sales)",
      fr: "Marge opérationnelle AWS (résultat opérationnel / ventes AWS)",
    },
    flags: ["computed", "approximate"],
    note: {
      en: "28.5% as amazon-filings.md gives it (one decimal); the 2022 AWS net sales it divides by are not in the dataset",
      fr: "28,5 % selon amazon-filings.md (une décimale) ; les ventes AWS 2022 du dénominateur ne sont pas dans les données",
    },
  },
  // Operating cash flow
  { metric: "operating_cash_flow", year: 2022, value: 46_752, sources: ["CF-10K"], label: OCF, flags: [] },
  { metric: "operating_cash_flow", year: 2023, value: 84_946, sources: ["CF-10K"], label: OCF, flags: [] },
  { metric: "operating_cash_flow", year: 2024, value: 115_877, sources: ["CF-10K"], label: OCF, flags: [] },
  {
    metric: "operating_cash_flow",
    year: 2025,
    value: 139_514,
    sources: ["CF-10K", "PR-Q4-2025"],
    label: OCF,
    flags: [],
  },
  // Gross capex
  { metric: "capex", year: 2022, value: 63_645, sources: ["CF-10K"], label: CAPEX, flags: [] },
  { metric: "capex", year: 2023, value: 52_729, sources: ["CF-10K"], label: CAPEX, flags: [] },
  { metric: "capex", year: 2024, value: 82_999, sources: ["CF-10K"], label: CAPEX, flags: [] },
  { metric: "capex", year: 2025, value: 131_819, sources: ["CF-10K"], label: CAPEX, flags: [] },
  // Proceeds and incentives
  { metric: "capex_proceeds", year: 2022, value: 5_324, sources: ["CF-10K"], label: PROCEEDS, flags: [] },
  { metric: "capex_proceeds", year: 2023, value: 4_596, sources: ["CF-10K"], label: PROCEEDS, flags: [] },
  { metric: "capex_proceeds", year: 2024, value: 5_341, sources: ["CF-10K"], label: PROCEEDS, flags: [] },
  { metric: "capex_proceeds", year: 2025, value: 3_499, sources: ["CF-10K"], label: PROCEEDS, flags: [] },
  // Net capex
  {
    metric: "capex_net",
    year: 2022,
    value: 58_321,
    sources: ["CF-10K"],
    label: CAPEX_NET,
    flags: [],
    note: CAPEX_NET_NOTE,
  },
  {
    metric: "capex_net",
    year: 2023,
    value: 48_133,
    sources: ["CF-10K"],
    label: CAPEX_NET,
    flags: [],
    note: CAPEX_NET_NOTE,
  },
  {
    metric: "capex_net",
    year: 2024,
    value: 77_658,
    sources: ["CF-10K"],
    label: CAPEX_NET,
    flags: [],
    note: CAPEX_NET_NOTE,
  },
  {
    metric: "capex_net",
    year: 2025,
    value: 128_320,
    sources: ["CF-10K"],
    label: CAPEX_NET,
    flags: [],
    note: CAPEX_NET_NOTE,
  },
  // Depreciation and amortization
  { metric: "depreciation", year: 2022, value: 41_921, sources: ["CF-10K"], label: DA, flags: [] },
  { metric: "depreciation", year: 2023, value: 48_663, sources: ["CF-10K"], label: DA, flags: [] },
  { metric: "depreciation", year: 2024, value: 52_795, sources: ["CF-10K"], label: DA, flags: [] },
  { metric: "depreciation", year: 2025, value: 65_756, sources: ["CF-10K"], label: DA, flags: [] },
  // Anthropic: a pre-tax non-operating gain booked in Q3 2025.
  {
    metric: "anthropic_gain",
    year: 2025,
    value: 9_500,
    sources: ["PR-Q3-2025"],
    label: {
      en: "Pre-tax non-operating gain on the Anthropic stake (Q3 2025)",
      fr: "Gain non opérationnel avant impôts sur Anthropic (T3 2025)",
    },
    flags: ["approximate"],
    note: {
      en: "announced as 9.5 B$ (no exact M$ figure given); booked in Q3 2025, not in 2024 as the report says",
      fr: "annoncé à 9,5 Mds$ (pas de chiffre exact en M$) ; comptabilisé au T3 2025, pas en 2024 comme le dit le rapport",
    },
  },
];

/** Figures computed from the filed ones, for every year where both operands are filed. */
export const FILINGS_DERIVATIONS: readonly DerivationRecord[] = [
  {
    metric: "free_cash_flow",
    op: "difference",
    left: "operating_cash_flow",
    right: "capex_net",
    label: { en: "Free cash flow", fr: "Flux de trésorerie disponible" },
    formula: {
      en: "operating cash flow − net capex",
      fr: "flux de trésorerie opérationnel − investissements nets",
    },
    notes: {
      2025: {
        en: 'matches Amazon\'s "$11.2 billion" (PR-Q4-2025)',
        fr: "conforme aux « 11,2 milliards de dollars » d'Amazon (PR-Q4-2025)",
      },
    },
  },
  {
    metric: "aws_operating_margin",
    op: "ratio",
    left: "aws_operating_income",
    right: "aws_revenue",
    label: { en: "AWS operating margin", fr: "Marge opérationnelle AWS" },
    formula: { en: "AWS operating income / AWS net sales", fr: "résultat opérationnel AWS / ventes nettes AWS" },
  },
  {
    metric: "operating_margin",
    op: "ratio",
    left: "operating_income",
    right: "revenue",
    label: { en: "Operating margin", fr: "Marge opérationnelle" },
    formula: { en: "operating income / net sales", fr: "résultat opérationnel / ventes nettes" },
  },
];

/** "Events and non-yearly facts" of amazon-filings.md. */
export const FILINGS_FACTS: readonly FilingsFact[] = [
  {
    id: "anthropic_gain_q3_2025",
    value: 9_500,
    unit: "M$",
    label: {
      en: "Pre-tax non-operating gain on Anthropic, Q3 2025",
      fr: "Gain non opérationnel avant impôts sur Anthropic, T3 2025",
    },
    sources: ["PR-Q3-2025"],
    flags: ["approximate"],
    note: { en: "announced as 9.5 B$", fr: "annoncé à 9,5 Mds$" },
  },
  {
    id: "non_operating_income_2024",
    value: 21,
    unit: "M$",
    label: { en: "Total non-operating income, 2024", fr: "Résultat non opérationnel total, 2024" },
    sources: [],
    flags: [],
    note: {
      en: "amazon-filings.md gives no source key; shows no 9.5 B$ gain was booked in 2024",
      fr: "amazon-filings.md ne donne pas de clé de source ; montre qu'aucun gain de 9,5 Mds$ n'a été comptabilisé en 2024",
    },
  },
  {
    id: "capex_outlook_2026",
    value: 200_000,
    unit: "M$",
    label: {
      en: 'Capex outlook for 2026 ("about 200 billion dollars")',
      fr: "Perspective de capex 2026 (« environ 200 milliards de dollars »)",
    },
    sources: ["CALL-Q4-2025"],
    flags: ["approximate", "estimate"],
    note: {
      en: "mostly AWS and AI; +52% on 2025 gross purchases, +56% on 2025 net capex",
      fr: "surtout AWS et IA ; +52 % sur les acquisitions brutes 2025, +56 % sur les investissements nets 2025",
    },
  },
  {
    id: "server_useful_life",
    value: 5,
    unit: "years",
    label: {
      en: "Useful life of a subset of servers from 1 January 2025",
      fr: "Durée d'utilité d'une partie des serveurs depuis le 1er janvier 2025",
    },
    sources: [],
    flags: [],
    note: { en: "shortened from 6 to 5 years", fr: "raccourcie de 6 à 5 ans" },
  },
  {
    id: "deepfleet_millionth_robot",
    value: 1_000_000,
    unit: "count",
    label: {
      en: "Amazon's millionth robot deployed, July 2025",
      fr: "Millionième robot d'Amazon déployé, juillet 2025",
    },
    sources: ["SCI-DEEPFLEET"],
    flags: [],
    note: {
      en: 'the report\'s "pilots over 1 million robots" is a slight overstatement',
      fr: "le « pilote plus d'1 million de robots » du rapport est une légère exagération",
    },
  },
  {
    id: "deepfleet_sites",
    value: 300,
    unit: "count",
    label: { en: "Sites with Amazon robots", fr: "Sites équipés de robots Amazon" },
    sources: ["SCI-DEEPFLEET"],
    flags: ["lower_bound"],
    note: { en: "300+ sites", fr: "plus de 300 sites" },
  },
  {
    id: "deepfleet_travel_efficiency",
    value: 0.1,
    unit: "ratio",
    label: {
      en: "DeepFleet improvement in fleet travel efficiency",
      fr: "Gain d'efficacité des déplacements de la flotte grâce à DeepFleet",
    },
    sources: ["SCI-DEEPFLEET"],
    flags: ["approximate"],
    note: { en: "about 10%", fr: "environ 10 %" },
  },
  {
    id: "rufus_users_2025",
    value: 250_000_000,
    unit: "count",
    label: { en: "Customers who used Rufus in 2025", fr: "Clients ayant utilisé Rufus en 2025" },
    sources: [],
    flags: [],
    note: { en: "secondary reports of Amazon's statements", fr: "rapports secondaires des déclarations d'Amazon" },
  },
  {
    id: "rufus_purchase_uplift",
    value: 0.6,
    unit: "ratio",
    label: {
      en: "Rufus users more likely to complete a purchase",
      fr: "Utilisateurs de Rufus plus susceptibles de finaliser un achat",
    },
    sources: [],
    flags: [],
    note: { en: "secondary reports of Amazon's statements", fr: "rapports secondaires des déclarations d'Amazon" },
  },
  {
    id: "ai_listing_sellers",
    value: null,
    unit: "count",
    label: { en: "Sellers using AI listing tools", fr: "Vendeurs utilisant les outils IA de fiches produits" },
    sources: [],
    flags: ["unverified"],
    note: {
      en: "no public source found for the report's 1.3 million: kept as the report's claim, unverified",
      fr: "aucune source publique pour le 1,3 million du rapport : affirmation du rapport, non vérifiée",
    },
  },
];
