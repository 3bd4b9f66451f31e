/**
 * Every string the task pane shows, in English and French. The French table is typed against the
 * English one, so a missing key does not compile; a test checks no French value is left English.
 */
import type { Lang } from "../core/errors";

const en = {
  appTitle: "Amazon AI Report",
  loading: "Loading…",
  language: "Language",
  outsideOfficeTitle: "Open this page in Excel",
  outsideOfficeBody:
    "This is the task pane of the Amazon AI Report add-in. It works inside Excel (on the web, Windows or Mac): sideload manifest.xml, then open it from the Home tab.",
  unsupportedTitle: "This version of Excel is too old",
  unsupportedBody:
    "The add-in needs the Excel JavaScript API {version} or later. Update Excel, or use Excel on the web.",
  tabFormulas: "Formulas",
  formulasIntro: "Pick a function and its arguments, check the value, then insert the formula in the active cell.",
  functionLabel: "Function",
  valueLabel: "Value",
  formulaLabel: "Formula",
  insertFormula: "Insert in active cell",
  inserted: "Inserted {formula} in {address}.",
  occupied: "{address} is not empty ({count} filled cells). Nothing was written.",
  insertOnNewSheet: "Insert on a new sheet",
  overwrite: "Replace the contents",
  overwriteConfirm: "Replace what {address} holds? This cannot be undone with the add-in.",
  cancel: "Cancel",
  excelError: "Excel refused the change: {message}",
  tabScenario: "Scenario",
  scenarioIntro:
    "Model Amazon's 2026 capex plan with your own assumptions. The model is written with native Excel formulas: it recalculates without the add-in.",
  caseLabel: "Case",
  caseBear: "Bear",
  caseBase: "Base",
  caseBull: "Bull",
  horizonLabel: "Horizon (years, 1–30)",
  overridesLegend: "Assumptions (empty = the case's value)",
  previewLabel: "Preview",
  paybackLabel: "Payback year",
  paybackNone: "beyond the horizon",
  cumulativeFcfLabel: "Cumulative FCF (B$)",
  buildModel: "Build the model on a new sheet",
  modelWritten: "Model written to {address}. Change the blue cells or the case switch to explore.",
  tabShare: "Share",
  shareIntro:
    "Replace AMZN formulas by their current values, so that people without the add-in see the same numbers. Other formulas are left untouched.",
  scopeLegend: "Where",
  scopeSelection: "Selection",
  scopeSheet: "Active sheet",
  scopeWorkbook: "Whole workbook",
  convert: "Convert AMZN formulas to values",
  convertConfirm:
    "Replace every AMZN formula in the {scope} by its value? The formulas cannot be restored by the add-in.",
  convertDone: "{cells} cells changed ({formulas} AMZN formulas converted).",
  convertNone: "No AMZN formula found: nothing changed.",
  convertNoSpill:
    "This Excel cannot read spill ranges (ExcelApi 1.12): dynamic-array AMZN formulas kept only their top-left value.",
  confirm: "Convert",
  tabGallery: "Gallery",
  galleryIntro: "Insert the report's tables and charts as Excel tables with number formats, units and sources.",
  valuesLegend: "Values",
  valuesStatic: "Static numbers",
  valuesLive: "Live AMZN formulas",
  labelsLegend: "Labels",
  basisLegend: "Figures",
  basisReport: "As the report prints them",
  basisFilings: "Amazon's filed figures",
  whereLegend: "Insert",
  whereSelection: "At the selected cell",
  whereNewSheet: "On a new sheet",
  withChart: "With the chart",
  insertTable: "Insert",
  insertedTable: "Inserted {title} at {address}.",
  tabAudit: "Audit",
  auditIntro:
    "Select a cell holding an AMZN formula, then read where each of its figures comes from and how the report's claims about it reconcile.",
  auditRead: "Audit the selected cell",
  auditCell: "Cell {address}",
  auditNoFormula: "{address} holds no AMZN formula. Select a cell such as =AMZN.REVENUE(2024).",
  auditBasis: "Basis",
  auditFlags: "Flags",
  auditClaims: "Report claims involving this figure",
  auditNoClaims: "No claim of the report involves this figure.",
  statusOk: "ok",
  statusRounding: "rounding",
  statusMismatch: "mismatch",
  basisReportShort: "report",
  basisFilingsShort: "filings",
  reconciliationTitle: "Reconciliation of the report",
  reconciliationDescription:
    "Every growth rate, margin and multiple the report prints, against its own figures and Amazon's filings: ok, rounding or mismatch.",
} as const;

export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  appTitle: "Rapport IA Amazon",
  loading: "Chargement…",
  language: "Langue",
  outsideOfficeTitle: "Ouvrez cette page dans Excel",
  outsideOfficeBody:
    "Ceci est le volet Office du complément Rapport IA Amazon. Il fonctionne dans Excel (sur le web, Windows ou Mac) : chargez manifest.xml, puis ouvrez-le depuis l’onglet Accueil.",
  unsupportedTitle: "Cette version d’Excel est trop ancienne",
  unsupportedBody:
    "Le complément nécessite l’API JavaScript Excel {version} ou ultérieure. Mettez Excel à jour, ou utilisez Excel sur le web.",
  tabFormulas: "Formules",
  formulasIntro:
    "Choisissez une fonction et ses arguments, vérifiez la valeur, puis insérez la formule dans la cellule active.",
  functionLabel: "Fonction",
  valueLabel: "Valeur",
  formulaLabel: "Formule",
  insertFormula: "Insérer dans la cellule active",
  inserted: "{formula} inséré en {address}.",
  occupied: "{address} n’est pas vide ({count} cellules remplies). Rien n’a été écrit.",
  insertOnNewSheet: "Insérer sur une nouvelle feuille",
  overwrite: "Remplacer le contenu",
  overwriteConfirm: "Remplacer le contenu de {address} ? Le complément ne peut pas l’annuler.",
  cancel: "Annuler",
  excelError: "Excel a refusé la modification : {message}",
  tabScenario: "Scénario",
  scenarioIntro:
    "Modélisez le plan d’investissement 2026 d’Amazon avec vos propres hypothèses. Le modèle est écrit en formules Excel natives : il se recalcule sans le complément.",
  caseLabel: "Cas",
  caseBear: "Pessimiste",
  caseBase: "Central",
  caseBull: "Optimiste",
  horizonLabel: "Horizon (années, 1 à 30)",
  overridesLegend: "Hypothèses (vide = valeur du cas)",
  previewLabel: "Aperçu",
  paybackLabel: "Année de retour sur investissement",
  paybackNone: "au-delà de l’horizon",
  cumulativeFcfLabel: "FCF cumulé (Mds$)",
  buildModel: "Construire le modèle sur une nouvelle feuille",
  modelWritten: "Modèle écrit en {address}. Modifiez les cellules bleues ou le sélecteur de cas pour explorer.",
  tabShare: "Partager",
  shareIntro:
    "Remplacez les formules AMZN par leurs valeurs actuelles, pour que les personnes sans le complément voient les mêmes chiffres. Les autres formules restent intactes.",
  scopeLegend: "Où",
  scopeSelection: "Sélection",
  scopeSheet: "Feuille active",
  scopeWorkbook: "Classeur entier",
  convert: "Convertir les formules AMZN en valeurs",
  convertConfirm:
    "Remplacer chaque formule AMZN de la zone « {scope} » par sa valeur ? Le complément ne pourra pas restaurer les formules.",
  convertDone: "{cells} cellules modifiées ({formulas} formules AMZN converties).",
  convertNone: "Aucune formule AMZN trouvée : rien n’a changé.",
  convertNoSpill:
    "Cet Excel ne sait pas lire les plages de débordement (ExcelApi 1.12) : les formules AMZN matricielles n’ont gardé que leur valeur en haut à gauche.",
  confirm: "Convertir",
  tabGallery: "Galerie",
  galleryIntro:
    "Insérez les tableaux et graphiques du rapport en tableaux Excel, avec formats de nombre, unités et sources.",
  valuesLegend: "Valeurs",
  valuesStatic: "Nombres fixes",
  valuesLive: "Formules AMZN dynamiques",
  labelsLegend: "Libellés",
  basisLegend: "Chiffres",
  basisReport: "Tels que publiés dans le rapport",
  basisFilings: "Chiffres déposés par Amazon",
  whereLegend: "Insérer",
  whereSelection: "À la cellule sélectionnée",
  whereNewSheet: "Sur une nouvelle feuille",
  withChart: "Avec le graphique",
  insertTable: "Insérer",
  insertedTable: "{title} inséré en {address}.",
  tabAudit: "Audit",
  auditIntro:
    "Sélectionnez une cellule contenant une formule AMZN, puis lisez d’où vient chacun de ses chiffres et comment se rapprochent les affirmations du rapport à son sujet.",
  auditRead: "Auditer la cellule sélectionnée",
  auditCell: "Cellule {address}",
  auditNoFormula: "{address} ne contient aucune formule AMZN. Sélectionnez une cellule comme =AMZN.REVENUE(2024).",
  auditBasis: "Base",
  auditFlags: "Indicateurs",
  auditClaims: "Affirmations du rapport sur ce chiffre",
  auditNoClaims: "Aucune affirmation du rapport ne porte sur ce chiffre.",
  statusOk: "conforme",
  statusRounding: "arrondi",
  statusMismatch: "écart",
  basisReportShort: "rapport",
  basisFilingsShort: "comptes publiés",
  reconciliationTitle: "Rapprochement du rapport",
  reconciliationDescription:
    "Chaque taux de croissance, marge et multiple imprimé par le rapport, confronté à ses propres chiffres et aux comptes d’Amazon : conforme, arrondi ou écart.",
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { en, fr };

export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
