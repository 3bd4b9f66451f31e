/**
 * The scenario sheet's words in English and French: titles, labels, notes and the number formats
 * that carry words ("Vintage "0). The layout (scenario-sheet.ts) places them.
 */
import type { Bilingual, Lang } from "../core/runtime";
import { NO_IRR, PAYBACK_BEYOND_HORIZON } from "../core/scenario";

export const SCENARIO_SHEET_TEXT = {
  sheetName: { en: "Capex scenario", fr: "Scénario capex" },
  title: { en: "Amazon capex scenario model (B$)", fr: "Modèle de scénario d'investissements d'Amazon (Mds$)" },
  illustrative: {
    en: "Illustrative model: a tool for your own assumptions, not a forecast. Blue cells are inputs; every other number is a formula.",
    fr: "Modèle illustratif : un outil pour vos propres hypothèses, pas une prévision. Les cellules bleues sont des hypothèses ; tous les autres nombres sont des formules.",
  },
  method: {
    en: "Straight-line depreciation, full-year convention. An asset earns revenue from the year after purchase, for its useful life. ROIC = NOPAT / average net PP&E (– when there is no capital).",
    fr: "Amortissement linéaire, convention année pleine. Un actif génère du chiffre d'affaires à partir de l'année suivant l'achat, pendant sa durée d'utilité. ROIC = NOPAT / immobilisations nettes moyennes (– sans capital).",
  },
  sources: {
    en: "Sources: first-year capex 200 B$ = the report's 2026 plan (§6 Investissements Futurs Prévus; Amazon's Q4 2025 call: about 200 B$). Case parameters are the add-in's illustrative presets.",
    fr: "Sources : investissements de la 1re année 200 Mds$ = plan 2026 du rapport (§6 Investissements Futurs Prévus ; conférence T4 2025 d'Amazon : environ 200 Mds$). Les paramètres des scénarios sont des valeurs illustratives de l'add-in.",
  },
  inputs: { en: "Inputs", fr: "Hypothèses" },
  switch: { en: "Active case", fr: "Scénario actif" },
  switchHint: {
    en: "choose bear, base or bull",
    fr: "choisir bear (pessimiste), base (central) ou bull (optimiste)",
  },
  parameter: { en: "Parameter", fr: "Paramètre" },
  override: { en: "Override", fr: "Valeur saisie" },
  active: { en: "Active", fr: "Retenue" },
  waterfall: { en: "Depreciation waterfall (B$)", fr: "Tableau d'amortissement par millésime (Mds$)" },
  year: { en: "Year", fr: "Année" },
  vintageFormat: { en: '"Vintage "0', fr: '"Millésime "0' },
  outputs: { en: "Outputs (B$)", fr: "Résultats (Mds$)" },
  paid: {
    en: "Paid back (year when cumulative FCF > 0, to 1e-9 of the largest capex)",
    fr: "Remboursé (année où le FCF cumulé > 0, à 1e-9 du plus gros investissement près)",
  },
  payback: { en: "Payback year", fr: "Année de retour sur investissement" },
  beyond: PAYBACK_BEYOND_HORIZON,
  valuation: { en: "Valuation", fr: "Valorisation" },
  npv: {
    en: "NPV of FCF at the discount rate (B$, Excel's NPV: year 1 discounted one year)",
    fr: "VAN du FCF au taux d'actualisation (Mds$, VAN d'Excel : l'année 1 actualisée d'un an)",
  },
  irr: { en: "IRR of FCF (none if FCF never changes sign)", fr: "TRI du FCF (aucun si le FCF ne change pas de signe)" },
  noIrr: NO_IRR,
  grid: {
    en: "NPV sensitivity (B$): useful life ↓ × revenue yield →",
    fr: "Sensibilité de la VAN (Mds$) : durée d'utilité ↓ × rendement →",
  },
  gridNote: {
    en: "Around the active inputs: useful life −2 … +2 years, revenue yield −0.10 … +0.10, kept within the valid ranges. NPV(L, y) = m(1−τ)·y·NPV(capex in service) + τ·NPV(depreciation) − NPV(capex), from the helper rows below.",
    fr: "Autour des hypothèses retenues : durée d'utilité −2 … +2 ans, rendement −0,10 … +0,10, dans les limites valides. VAN(L, y) = m(1−τ)·y·VAN(actifs en service) + τ·VAN(amortissements) − VAN(investissements), d'après les lignes d'aide ci-dessous.",
  },
  gridCorner: { en: "Life ↓ / yield →", fr: "Durée ↓ / rendement →" },
  helpers: {
    en: "Grid helpers, per useful life of the grid: capex in service and depreciation (B$)",
    fr: "Lignes d'aide de la grille, par durée d'utilité : actifs en service et amortissements (Mds$)",
  },
  inServiceFormat: { en: '"In service, life "0', fr: '"En service, durée "0' },
  depreciationFormat: { en: '"Depreciation, life "0', fr: '"Amortissements, durée "0' },
  chart: { en: "Capex and free cash flow (B$)", fr: "Investissements et flux de trésorerie disponible (Mds$)" },
  money: { en: "B$", fr: "Mds$" },
} as const satisfies Record<string, Bilingual>;

export function horizonNote(years: number, lang: Lang): string {
  return lang === "en"
    ? `Horizon: ${years} year${years === 1 ? "" : "s"}, set when the model was built (build it again from the task pane to change it).`
    : `Horizon : ${years} année${years === 1 ? "" : "s"}, fixé à la construction du modèle (reconstruisez-le depuis le volet pour le changer).`;
}
