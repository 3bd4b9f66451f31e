/**
 * What the help pages show for each function besides its metadata: examples and error examples,
 * each run through core when the pages are generated (render-help.ts), so every result and every
 * error message on a page is the one the add-in gives. An example whose result no longer has the
 * expected kind (an error that became a value, say) stops the generation.
 *
 * The results come from core's one dispatch (answerArgs, src/core/audit/evaluate.ts): the core
 * call the custom function makes with Excel's raw arguments, the display language standing in for
 * an omitted `lang`.
 */
import { type Card, figureCard, growthCard, kpiCard } from "../../src/core/figures";
import type { CellArg, ErrorKind, Lang, Spill } from "../../src/core/runtime";

export type Bilingual = Readonly<Record<Lang, string>>;

/** A cell range an example refers to, with the values the cells hold. */
export interface RangeArg {
  readonly ref: string;
  readonly values: readonly (readonly (number | string)[])[];
}

/** One argument as typed in the formula: a number, a text, a range, or null for an omitted one. */
export type Arg = number | string | RangeArg | null;

export interface Example {
  /** Arguments on the English page. */
  readonly args: readonly Arg[];
  /** Arguments on the French page, when French Excel users would type them differently. */
  readonly argsFr?: readonly Arg[];
  readonly note?: Bilingual;
  /** Also show a fraction as a percentage. */
  readonly percent?: boolean;
  /** How many rows of a spill to show (default 6). */
  readonly rows?: number;
}

export interface ErrorExample extends Example {
  readonly kind: ErrorKind;
}

export type Result = number | string | Spill;

/** A function's help page: its examples (computed by core's one dispatch, answerArgs) and errors. */
export interface FunctionHelp {
  /** The card of the first example, for the figure functions (src/core/figures/cards.ts, as number-values.ts uses it). */
  readonly card?: (args: readonly CellArg[], lang: Lang) => Card;
  readonly examples: readonly Example[];
  readonly errors: readonly ErrorExample[];
}

const range = (ref: string, ...rows: (number | string)[][]): RangeArg => ({ ref, values: rows });
const CAPEX_ROW = range("B2:F2", [100, 120, 140, 160, 180]);

export const FUNCTION_HELP: Readonly<Record<string, FunctionHelp>> = {
  REVENUE: {
    card: ([period, unit, basis], lang) => figureCard("revenue", period, unit, basis, lang),
    examples: [
      { args: [2024] },
      {
        args: ["FY0"],
        note: { en: "FY0 is the latest actual year, 2025.", fr: "FY0 est le dernier exercice réel, 2025." },
      },
      {
        args: [2024, "M", "filings"],
        argsFr: [2024, "M", "publié"],
        note: {
          en: "Amazon's filed figure, in millions of dollars.",
          fr: "Le chiffre déposé par Amazon, en millions de dollars.",
        },
      },
    ],
    errors: [
      { kind: "value", args: [2024.5] },
      { kind: "value", args: [2024, "X"] },
      { kind: "na", args: [2021] },
      { kind: "na", args: ["2026Q2", "B", "filings"], argsFr: ["T2 2026", "B", "publié"] },
    ],
  },
  NET_INCOME: {
    card: ([period, unit, basis], lang) => figureCard("net_income", period, unit, basis, lang),
    examples: [
      { args: [2025] },
      { args: ["FY-1"] },
      {
        args: [2022],
        note: {
          en: "The report starts in 2023: with no basis named, the filings answer, in B$.",
          fr: "Le rapport commence en 2023 : sans base précisée, les comptes publiés répondent, en Mds$.",
        },
      },
    ],
    errors: [
      { kind: "na", args: [2021, null, "filings"], argsFr: [2021, null, "publié"] },
      { kind: "value", args: [2024, "B", "annual report"], argsFr: [2024, "B", "rapport annuel"] },
    ],
  },
  AWS_REVENUE: {
    card: ([period, unit, basis], lang) => figureCard("aws_revenue", period, unit, basis, lang),
    examples: [
      { args: [2024] },
      {
        args: [2023],
        note: {
          en: 'The report prints "~91": the figure is flagged approximate.',
          fr: "Le rapport imprime « ~91 » : le chiffre est signalé comme approximatif.",
        },
      },
      { args: [2025, "M", "filings"], argsFr: [2025, "M", "publié"] },
    ],
    errors: [
      { kind: "na", args: [2021] },
      { kind: "value", args: ["last year"], argsFr: ["l'an dernier"] },
    ],
  },
  METRIC: {
    card: ([metric, period, unit, basis], lang) => figureCard(metric, period, unit, basis, lang),
    examples: [
      { args: ["capex", 2025, "B", "filings"], argsFr: ["capex", 2025, "B", "publié"] },
      { args: ["aws_operating_margin", 2024], percent: true },
      {
        args: ["capex", "2026E"],
        note: { en: "The report's plan for 2026, an estimate.", fr: "Le plan du rapport pour 2026, une estimation." },
      },
      { args: ["net_income", 2024], argsFr: ["bénéfice net", 2024] },
      { args: ["advertising_revenue", 2024, "M", "filings"], argsFr: ["publicité", 2024, "M", "publié"] },
      { args: ["revenue", "2025Q4", "M", "filings"], argsFr: ["chiffre_affaires", "T4 2025", "M", "publié"] },
      {
        args: ["aws_revenue", "LTM 2026Q1", "M", "filings"],
        argsFr: ["revenus_aws", "LTM 2026Q1", "M", "publié"],
        note: {
          en: "Twelve months to Q1 2026: the sum of the four quarters (two of them rounded as Amazon printed them).",
          fr: "Douze mois glissants au T1 2026 : la somme des quatre trimestres (dont deux arrondis tels qu'Amazon les a imprimés).",
        },
      },
    ],
    errors: [
      {
        kind: "na",
        args: ["revenue", "2026Q2", "M", "filings"],
        argsFr: ["chiffre_affaires", "T2 2026", "M", "publié"],
      },
      {
        kind: "na",
        args: ["revenue", "LTM 2025Q3", "M", "filings"],
        argsFr: ["chiffre_affaires", "LTM 2025Q3", "M", "publié"],
      },
      {
        kind: "na",
        args: ["diluted_shares", "2025Q1", "M", "filings"],
        argsFr: ["actions diluées", "T1 2025", "M", "publié"],
      },
      {
        kind: "value",
        args: ["revenue", "2025Q5", "M", "filings"],
        argsFr: ["chiffre_affaires", "2025T5", "M", "publié"],
      },
      { kind: "value", args: ["revenu", 2024] },
      { kind: "value", args: ["rufus_users", 2024] },
      {
        kind: "na",
        args: ["operating_income", 2024, "B", "report"],
        argsFr: ["operating_income", 2024, "B", "rapport"],
      },
      { kind: "na", args: ["net_income", "2026E"], argsFr: ["résultat net", "2026E"] },
    ],
  },
  GROWTH: {
    card: ([metric, from, to, method, basis], lang) => growthCard(metric, from, to, method, basis, lang),
    examples: [
      {
        args: ["net_income", 2023, 2025, "cagr"],
        argsFr: ["résultat net", 2023, 2025, "tcam"],
        percent: true,
      },
      { args: ["revenue", 2023, 2025], argsFr: ["chiffre_affaires", 2023, 2025], percent: true },
      { args: ["net_income", 2023, 2025, "multiple"], argsFr: ["résultat net", 2023, 2025, "fois"] },
      {
        args: ["aws_revenue", "2025Q1", "2026Q1", null, "filings"],
        argsFr: ["revenus_aws", "T1 2025", "T1 2026", null, "publié"],
        percent: true,
        note: { en: "Year on year for a quarter.", fr: "Sur un an pour un trimestre." },
      },
      {
        args: ["aws_revenue", 2023, 2024, "reported"],
        argsFr: ["revenus_aws", 2023, 2024, "rapporté"],
        percent: true,
        note: {
          en: "The rate the report prints, not a computed one.",
          fr: "Le taux imprimé par le rapport, pas un taux calculé.",
        },
      },
    ],
    errors: [
      { kind: "value", args: ["revenue", 2025, 2023], argsFr: ["chiffre_affaires", 2025, 2023] },
      {
        kind: "value",
        args: ["revenue", 2023, 2025, "reported"],
        argsFr: ["chiffre_affaires", 2023, 2025, "rapporté"],
      },
      { kind: "na", args: ["revenue", 2020, 2023], argsFr: ["chiffre_affaires", 2020, 2023] },
      {
        kind: "value",
        args: ["free_cash_flow", 2022, 2025, "cagr", "filings"],
        argsFr: ["free_cash_flow", 2022, 2025, "tcam", "publié"],
      },
    ],
  },
  SERIES: {
    examples: [
      { args: ["revenue"], argsFr: ["chiffre_affaires"] },
      { args: [range("A2:A4", ["revenue"], ["net_income"], ["aws_revenue"])] },
      {
        args: [range("A2:A3", ["aws_revenue"], ["aws_operating_income"]), "2025Q1", "2026Q1", null, "filings"],
        argsFr: [range("A2:A3", ["aws_revenue"], ["aws_operating_income"]), "T1 2025", "T1 2026", null, "publié"],
      },
      {
        args: ["revenue", null, null, null, null, 0],
        argsFr: ["chiffre_affaires", null, null, null, null, 0],
        note: {
          en: "Values only, for a row of your own model.",
          fr: "Les valeurs seules, pour une ligne de votre modèle.",
        },
      },
    ],
    errors: [
      { kind: "na", args: ["revenue", 2021, 2025], argsFr: ["chiffre_affaires", 2021, 2025] },
      {
        kind: "value",
        args: ["revenue", null, null, null, null, 2],
        argsFr: ["chiffre_affaires", null, null, null, null, 2],
      },
    ],
  },
  TABLE: {
    examples: [{ args: ["results"], argsFr: ["résultats"] }, { args: ["aws"] }],
    errors: [
      { kind: "value", args: ["resultz"], argsFr: ["résultat"] },
      { kind: "value", args: ["results", "de"], argsFr: ["résultats", "de"] },
    ],
  },
  KPI: {
    card: ([name], lang) => kpiCard(name, lang),
    examples: [
      { args: ["rufus_users"] },
      { args: ["rufus_purchase_uplift"], percent: true },
      { args: ["capex_plan_2026"] },
    ],
    errors: [
      { kind: "value", args: ["revenue"], argsFr: ["chiffre_affaires"] },
      { kind: "value", args: ["nps"] },
    ],
  },
  METRICS: {
    examples: [{ args: [], rows: 5 }],
    errors: [{ kind: "value", args: ["de"] }],
  },
  SOURCE: {
    examples: [
      { args: ["revenue", 2024], argsFr: ["chiffre_affaires", 2024] },
      { args: ["revenue", 2024, "filings"], argsFr: ["chiffre_affaires", 2024, "publié"] },
      { args: ["operating_income", "2025Q3", "filings"], argsFr: ["résultat opérationnel", "T3 2025", "publié"] },
      { args: ["rufus_users"] },
    ],
    errors: [
      { kind: "value", args: ["rufus_users", 2024] },
      { kind: "na", args: ["revenue", 2022, "report"], argsFr: ["chiffre_affaires", 2022, "rapport"] },
    ],
  },
  GUIDANCE: {
    examples: [
      { args: ["revenue", "2025Q4"], argsFr: ["chiffre_affaires", "T4 2025"] },
      { args: ["operating_income", "Q1 2026", "M"], argsFr: ["résultat opérationnel", "T1 2026", "M"] },
      { args: ["revenue", "2026Q2"], argsFr: ["chiffre_affaires", "T2 2026"] },
    ],
    errors: [
      { kind: "na", args: ["revenue", "2024Q4"], argsFr: ["chiffre_affaires", "T4 2024"] },
      { kind: "na", args: ["net_income", "2025Q4"], argsFr: ["bénéfice net", "T4 2025"] },
      { kind: "value", args: ["revenue", "Q5 2025"], argsFr: ["chiffre_affaires", "T5 2025"] },
    ],
  },
  RECONCILE: {
    examples: [
      { args: [], rows: 4 },
      { args: ["aws_revenue"], argsFr: ["revenus_aws"] },
    ],
    errors: [
      { kind: "na", args: ["capex"] },
      { kind: "value", args: ["revenu"] },
    ],
  },
  BRIDGE: {
    examples: [
      {
        args: ["net_income", 2023, 2025, "M"],
        argsFr: ["résultat net", 2023, 2025, "M"],
        rows: 8,
        note: {
          en: "Net income rose by 47,245 M$: AWS explains 20,975, non-operating income (mostly gains on the Anthropic stake) 16,631.",
          fr: "Le résultat net a augmenté de 47 245 M$ : AWS en explique 20 975, le résultat non opérationnel (surtout des gains sur la participation dans Anthropic) 16 631.",
        },
      },
      { args: ["operating_income", 2024, 2025], argsFr: ["résultat opérationnel", 2024, 2025] },
      {
        args: ["operating_income", "2025Q1", "2025Q2", "M"],
        argsFr: ["résultat opérationnel", "T1 2025", "T2 2025", "M"],
        note: {
          en: "Quarterly segment figures are release-rounded to 0.1 B$: a rounding step carries the difference, so start + steps = end.",
          fr: "Les chiffres trimestriels des segments sont arrondis à 0,1 Md$ dans les communiqués : une étape d'arrondi porte la différence, et début + étapes = fin.",
        },
      },
    ],
    errors: [
      { kind: "na", args: ["net_income", "2025Q1", "2025Q2"], argsFr: ["résultat net", "T1 2025", "T2 2025"] },
      { kind: "value", args: ["revenue", 2023, 2025], argsFr: ["chiffre_affaires", 2023, 2025] },
      { kind: "value", args: ["net_income", 2025, 2023], argsFr: ["résultat net", 2025, 2023] },
    ],
  },
  DEPRECIATION: {
    examples: [{ args: [CAPEX_ROW, 3] }, { args: [CAPEX_ROW, 3, "half"], argsFr: [CAPEX_ROW, 3, "demi"] }],
    errors: [
      { kind: "value", args: [range("B2:C2", [100, "abc"]), 3] },
      { kind: "value", args: [range("B2:C2", [100, -5]), 3] },
      { kind: "value", args: [CAPEX_ROW, 0] },
    ],
  },
  CAPEX_SCENARIO: {
    examples: [
      { args: [], rows: 4 },
      { args: ["bull"], argsFr: ["optimiste"], rows: 4 },
      {
        args: ["base", null, null, null, null, null, null, null, null, "fcf"],
        argsFr: ["central", null, null, null, null, null, null, null, null, "fcf"],
      },
      {
        args: ["bull", null, null, 10, null, null, null, null, null, "payback"],
        argsFr: ["optimiste", null, null, 10, null, null, null, null, null, "payback"],
        note: {
          en: "The first year cumulative FCF turns positive, over a 10-year horizon.",
          fr: "La première année où le FCF cumulé devient positif, sur un horizon de 10 ans.",
        },
      },
      {
        args: ["base", null, null, null, null, null, null, null, null, "payback"],
        argsFr: ["central", null, null, null, null, null, null, null, null, "payback"],
        note: {
          en: "No payback within the 5-year horizon: the same text as the scenario sheet's payback cell.",
          fr: "Pas de retour sur investissement sur l'horizon de 5 ans : le même texte que la cellule de la feuille de scénario.",
        },
      },
      {
        args: ["base", null, null, 30, null, null, null, null, null, "npv"],
        argsFr: ["central", null, null, 30, null, null, null, null, null, "van"],
        note: {
          en: "The plan's net present value at 9% over 30 years, in B$: Excel's NPV of the FCF row (the first year discounted one year).",
          fr: "La valeur actuelle nette du plan à 9 % sur 30 ans, en Mds$ : la VAN d'Excel de la ligne de FCF (la première année actualisée d'un an).",
        },
      },
      {
        args: ["base", null, null, 30, null, null, null, null, null, "irr"],
        argsFr: ["central", null, null, 30, null, null, null, null, null, "tri"],
        percent: true,
        note: {
          en: "Excel's IRR of the same FCF row; the 5-year base case has none (#N/A, below).",
          fr: "Le TRI d'Excel de la même ligne de FCF ; le scénario central sur 5 ans n'en a pas (#N/A, ci-dessous).",
        },
      },
      {
        args: ["bull", null, null, 30, null, null, null, null, null, "npv", "12%"],
        argsFr: ["optimiste", null, null, 30, null, null, null, null, null, "van", "12%"],
        note: { en: "At a 12% discount rate.", fr: "À un taux d'actualisation de 12 %." },
      },
    ],
    errors: [
      {
        kind: "na",
        args: ["base", null, null, null, null, null, null, null, null, "irr"],
        argsFr: ["central", null, null, null, null, null, null, null, null, "tri"],
      },
      {
        kind: "value",
        args: ["base", null, null, 30, null, null, null, null, null, "npv", 9],
        argsFr: ["central", null, null, 30, null, null, null, null, null, "van", 9],
      },
      { kind: "value", args: ["bullish"], argsFr: ["optimist"] },
      {
        kind: "value",
        args: ["base", null, null, null, null, null, null, 2],
        argsFr: ["central", null, null, null, null, null, null, 2],
      },
      { kind: "value", args: ["base", null, null, null, 0], argsFr: ["central", null, null, null, 0] },
      { kind: "value", args: ["bull", null, 10], argsFr: ["optimiste", null, 10] },
      {
        kind: "value",
        args: ["base", null, null, null, null, 45],
        argsFr: ["central", null, null, null, null, 45],
      },
    ],
  },
  SENSITIVITY: {
    examples: [
      {
        args: ["npv", "useful_life", range("A2:A4", [4], [5], [6]), "revenue_yield", range("B1:D1", [0.3, 0.45, 0.6])],
        argsFr: ["npv", "duree_vie", range("A2:A4", [4], [5], [6]), "rendement_ca", range("B1:D1", [0.3, 0.45, 0.6])],
        note: {
          en: "NPV at 9% of the 5-year base case for three useful lives and three revenue yields: every cell is CAPEX_SCENARIO's npv with those two set.",
          fr: "VAN à 9 % du scénario central sur 5 ans pour trois durées d'utilité et trois rendements : chaque cellule est la VAN de SCENARIO_INVESTISSEMENT avec ces deux valeurs.",
        },
      },
      {
        args: [
          "irr",
          "useful_life",
          range("A2:A4", [4], [6], [8]),
          "revenue_yield",
          range("B1:D1", [0.3, 0.45, 0.6]),
          "base",
          null,
          null,
          30,
        ],
        argsFr: [
          "irr",
          "duree_vie",
          range("A2:A4", [4], [6], [8]),
          "rendement_ca",
          range("B1:D1", [0.3, 0.45, 0.6]),
          "central",
          null,
          null,
          30,
        ],
        note: {
          en: 'IRR over 30 years; "none" where FCF never changes sign.',
          fr: "TRI sur 30 ans ; « aucun » là où le FCF ne change jamais de signe.",
        },
      },
      {
        args: [
          "payback",
          "revenue_yield",
          range("A2:A4", [0.3], [0.45], [0.6]),
          "useful_life",
          range("B1:C1", [5, 7]),
          "bull",
          null,
          null,
          30,
        ],
        argsFr: [
          "payback",
          "rendement_ca",
          range("A2:A4", [0.3], [0.45], [0.6]),
          "duree_vie",
          range("B1:C1", [5, 7]),
          "optimiste",
          null,
          null,
          30,
        ],
        note: {
          en: 'The payback year of the bull case over 30 years, or "beyond horizon".',
          fr: "L'année de retour sur investissement du scénario optimiste sur 30 ans, ou « au-delà de l'horizon ».",
        },
      },
    ],
    errors: [
      { kind: "value", args: ["npv", "discount_rate", range("A2", [9]), "useful_life", 6] },
      {
        kind: "value",
        args: ["npv", "useful_life", 5, "useful_life", 6],
        argsFr: ["npv", "duree_vie", 5, "duree_vie", 6],
      },
      { kind: "value", args: ["fcf", "useful_life", 5, "revenue_yield", 0.4] },
    ],
  },
};
