/**
 * The AMZN functions' names as each Excel language shows them: French Excel displays (and users
 * type) the names of functions.fr.json, with ";" between arguments. Core uses these to write
 * formulas into French messages and tables. test/functions/function-names.test.ts keeps this table
 * equal to functions.fr.json.
 */
export const FUNCTION_NAMES_FR = {
  REVENUE: "CHIFFRE_AFFAIRES",
  NET_INCOME: "RESULTAT_NET",
  AWS_REVENUE: "REVENUS_AWS",
  METRIC: "INDICATEUR",
  GROWTH: "TAUX_CROISSANCE",
  SERIES: "SERIE_ANNUELLE",
  TABLE: "TABLEAU_RAPPORT",
  KPI: "KPI_IA",
  METRICS: "INDICATEURS",
  SOURCE: "SOURCE",
  GUIDANCE: "PREVISIONS_TRIMESTRE",
  RECONCILE: "RAPPROCHEMENT",
  BRIDGE: "PONT_RESULTAT",
  DEPRECIATION: "AMORTISSEMENT",
  CAPEX_SCENARIO: "SCENARIO_INVESTISSEMENT",
  SENSITIVITY: "SENSIBILITE",
} as const;

export type FunctionId = keyof typeof FUNCTION_NAMES_FR;
