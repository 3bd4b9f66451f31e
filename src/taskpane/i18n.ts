/**
 * Every string the task pane shows, in English and French. The French table is typed against the
 * English one, so a missing key does not compile; a test checks no French value is left English.
 *
 * Why one file over 400 lines: the two tables are typed against each other, and a translator
 * finds every string of the pane, and its French, in one place.
 */
import type { Lang } from "../core/runtime";

const en = {
  appTitle: "Amazon AI Report",
  loading: "Loading…",
  language: "Language",
  repairTitle: "Repair #NAME? cells",
  repairIntro:
    "AMZN cells that show #NAME?, or whose formulas start with _xldudf_ (after an update or in another Excel), are re-entered on every sheet. Nothing else is changed.",
  repair: "Repair AMZN cells",
  repairDone: "AMZN cells repaired: {cells}.",
  repairNone: "No broken AMZN cell found: nothing changed.",
  repairCacheRequested: "Excel will reload the functions' definitions the next time this workbook is opened.",
  repairCacheCleared: "The forced reload of the functions' definitions is turned off again.",
  repairCacheUnavailable:
    "This Excel did not let the add-in ask for a reload of the functions' definitions: if cells still show #NAME?, close and reopen the workbook.",
  repairUnrecognised: "Not repaired (not an AMZN function of this version): {formulas}",
  outsideOfficeTitle: "Open this page in Excel",
  outsideOfficeBody:
    "This is the task pane of the Amazon AI Report add-in. It works inside Excel (on the web, Windows or Mac): sideload manifest.xml, then open it from the Home tab.",
  appLoadFailedTitle: "The add-in could not finish loading",
  appLoadFailedBody:
    "Part of the task pane did not download. Check the connection, then close and reopen the task pane. The AMZN functions are not affected.",
  unsupportedTitle: "This version of Excel is too old",
  unsupportedBody:
    "The add-in needs the Excel JavaScript API {version} or later. Update Excel, or use Excel on the web.",
  tabFormulas: "Formulas",
  formulasIntro: "Pick a function and its arguments, check the value, then insert the formula in the active cell.",
  functionLabel: "Function",
  valueLabel: "Value",
  formulaLabel: "Formula",
  insertFormula: "Insert in active cell",
  argumentsLegend: "Arguments of {function}",
  argOptional: "{label} (optional)",
  spillSize: "Spills over {rows} × {columns} cells (rows × columns):",
  spillLabel: "Value of {formula}",
  excelWillShow: "Excel will show {code}: {message}",
  inserted: "Inserted {formula} in {address}.",
  occupied: "{address} is not empty ({count:# filled cell|# filled cells}). Nothing was written.",
  occupiedTable:
    "{title} needs {address}, which is not empty ({count:# filled cell|# filled cells}). Nothing was written.",
  spillOccupied:
    "{formula} spills over {address} ({rows} × {columns}): {count:# cell there is|# cells there are} not empty, and Excel would show #SPILL!. Nothing was written.",
  insertedFormat: "Inserted {formula} in {address}, formatted {format}.",
  spillInTable:
    "{formula} would spill over {address} ({rows} × {columns}), inside the table {table}: Excel does not spill inside a table and would show #SPILL!. Choose a cell outside the table. Nothing was written.",
  formulasUnresolved:
    "{count:# formula still shows|# formulas still show} #NAME? in French as in English: this Excel does not recognise the AMZN functions. Use “Repair AMZN cells”, or reload the add-in.",
  formulasRefused:
    "{count:# formula keeps its|# formulas keep their} English form and {count:shows|show} #NAME?: this Excel refused the French form of a list in braces, whose separators differ between Excel installations. Type the list into cells and give the range instead.",
  insertOnNewSheet: "Insert on a new sheet",
  overwrite: "Replace the contents",
  overwriteConfirm: "Replace what {address} holds? This cannot be undone with the add-in.",
  cancel: "Cancel",
  excelError: "Excel refused the change: {message}",
  working: "Working in Excel…",
  stillWorking: "Excel is still working on the previous request: nothing more was sent. Try again once it is done.",
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
  npvLabel: "NPV at the discount rate (B$)",
  irrLabel: "IRR",
  irrNone: "none (FCF never changes sign)",
  previewUnit: "B$",
  percentFieldHint: "In percent: 10 and 10% both mean 10%.",
  previewBlocked: "No preview until {label} is corrected (see the message under it).",
  buildModel: "Build the model on a new sheet",
  modelWritten: "Capex scenario model written to {address}. Change the blue cells or the case switch to explore.",
  tabShare: "Share",
  shareIntro:
    "Replace AMZN formulas by their current values, so that people without the add-in see the same numbers. Other formulas are left untouched.",
  scopeLegend: "Where",
  scopeSelection: "Selection",
  scopeSheet: "Active sheet",
  scopeWorkbook: "Whole workbook",
  convert: "Convert AMZN formulas to values",
  convertConfirm:
    "Replace every AMZN formula in the {scope} by its value? The workbook keeps the way back: \u201cRestore AMZN formulas\u201d puts them back.",
  convertDone: "{cells:# cell|# cells} changed ({formulas:# AMZN formula|# AMZN formulas} converted) in the {scope}.",
  convertNone: "No AMZN formula found: nothing changed.",
  convertBusy:
    "Stopped: Excel is still calculating {pending:# AMZN formula|# AMZN formulas} (#BUSY!), which {pending:keeps its formula|keep their formulas}; {cells:# cell was|# cells were} converted before. Convert again in a moment.",
  convertTooLarge:
    "Stopped: the values of the AMZN formula in {cell} weigh {size:# MB|# MB}, more than the way back can keep in one request to Excel ({limit} MB). It keeps its formula, as does every AMZN formula not converted yet; {cells:# cell was|# cells were} converted before.",
  convertNoSpill:
    "This Excel cannot read spill ranges (ExcelApi 1.12): dynamic-array AMZN formulas kept only their top-left value.",
  confirm: "Convert",
  wayBackTitle: "The way back",
  wayBackIntro:
    "Share keeps each converted cell's formula inside the workbook, invisible to its readers. Cells changed since are restored only if you agree.",
  restore: "Restore AMZN formulas",
  restoreDone: "{restored:# AMZN formula|# AMZN formulas} restored.",
  restoreChanged:
    "{count:# cell changed since Share was left as it is|# cells changed since Share were left as they are}: {cells}.",
  restoreMissing: "{count:# cell was|# cells were} on sheets that are gone: {sheets}.",
  restoreAskChanged:
    "{count:# converted cell has|# converted cells have} changed since Share: {cells}. Restore {count:its formula|their formulas} anyway? What {count:it holds|they hold} now will be replaced.",
  restoreAnyway: "Restore anyway",
  restoreNone: "This workbook holds no way back: nothing to restore.",
  forgetWayBack: "Forget the way back",
  forgetConfirm: "Forget the way back? The converted cells will no longer get their formulas back.",
  forgetConfirmAction: "Forget",
  forgetDone: "The way back is forgotten: the converted cells stay values.",
  forgetNone: "This workbook holds no way back.",
  convertNoWayBack:
    "This Excel cannot keep the way back (it needs Excel API 1.5): the formulas cannot be restored later.",
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
  fromYear: "From year",
  toYear: "To year",
  insertTable: "Insert",
  insertedTable: "Inserted {title} at {address}.",
  tabAudit: "Audit",
  auditIntro:
    "Select a cell holding an AMZN formula: this tab follows the selection and shows where each of its figures comes from and how the report's claims about it reconcile.",
  auditRead: "Audit the selected cell",
  auditCell: "Cell {address}",
  auditNoFormula: "{address} holds no AMZN formula. Select a cell such as =AMZN.REVENUE(2024).",
  auditBasis: "Basis",
  auditFlags: "Flags",
  auditEvidence: "Evidence",
  auditSpecialItems: "Special items of the quarter",
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
  tabAbout: "About",
  aboutIntro:
    "What this add-in is and what your Excel reports. The self-check writes, reads back and calculates in your own Excel, on a scratch sheet it removes afterwards.",
  aboutVersion: "Add-in version",
  aboutHost: "Host",
  aboutPlatform: "Platform",
  aboutOfficeVersion: "Office version",
  aboutLanguage: "Display language",
  aboutRequirements: "Requirement sets",
  aboutSupported: "supported",
  aboutNotSupported: "not supported",
  aboutUnknown: "not reported",
  runSelfCheck: "Run the self-check",
  selfCheckRunning: "Running the self-check…",
  selfCheckSummary: "Passed: {passed} of {total}.",
  selfCheckAllPassed: "All {total:# check|# checks} passed in this Excel.",
  selfCheckSomeFailed:
    "{failed:# check|# checks} failed: copy the details below and send them with your Excel version.",
  selfCheckDetails: "Details (select or copy)",
  copyDetails: "Copy the details",
  copied: "Details copied to the clipboard.",
  copyFailed: "The clipboard is not available here: select the text above and copy it.",
  checkPass: "pass",
  checkFail: "fail",
  selfCheckCleanup: "Scratch sheet removed",
  selfCheckCleanupFailed: "The scratch sheet {sheet} could not be removed: delete it by hand.",
  galleryOptions: "Options for every table",
  showFullTable: "Full table",
  chartThumbnail: "Chart: {title}",
} as const;

export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  appTitle: "Rapport IA Amazon",
  loading: "Chargement…",
  language: "Langue",
  repairTitle: "Réparer les cellules #NOM?",
  repairIntro:
    "Les cellules AMZN qui affichent #NOM? (#NAME?), ou dont la formule commence par _xldudf_ (après une mise à jour ou dans un autre Excel), sont ressaisies sur toutes les feuilles. Rien d’autre n’est modifié.",
  repair: "Réparer les cellules AMZN",
  repairDone: "Cellules AMZN réparées : {cells}.",
  repairNone: "Aucune cellule AMZN cassée : rien n’a changé.",
  repairCacheRequested: "Excel rechargera la définition des fonctions à la prochaine ouverture de ce classeur.",
  repairCacheCleared: "Le rechargement forcé de la définition des fonctions est de nouveau désactivé.",
  repairCacheUnavailable:
    "Cet Excel n’a pas permis au complément de demander le rechargement de la définition des fonctions : si des cellules affichent encore #NOM?, fermez puis rouvrez le classeur.",
  repairUnrecognised: "Non réparées (pas une fonction AMZN de cette version) : {formulas}",
  outsideOfficeTitle: "Ouvrez cette page dans Excel",
  outsideOfficeBody:
    "Ceci est le volet Office du complément Rapport IA Amazon. Il fonctionne dans Excel (sur le web, Windows ou Mac) : chargez manifest.xml, puis ouvrez-le depuis l’onglet Accueil.",
  appLoadFailedTitle: "Le complément n’a pas pu finir de se charger",
  appLoadFailedBody:
    "Une partie du volet Office n’a pas été téléchargée. Vérifiez la connexion, puis fermez et rouvrez le volet. Les fonctions AMZN ne sont pas concernées.",
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
  argumentsLegend: "Arguments de {function}",
  argOptional: "{label} (facultatif)",
  spillSize: "Déborde sur {rows} × {columns} cellules (lignes × colonnes) :",
  spillLabel: "Valeur de {formula}",
  excelWillShow: "Excel affichera {code} : {message}",
  inserted: "{formula} inséré en {address}.",
  occupied: "{address} n’est pas vide ({count:# cellule remplie|# cellules remplies}). Rien n’a été écrit.",
  occupiedTable:
    "{title} a besoin de {address}, qui n’est pas vide ({count:# cellule remplie|# cellules remplies}). Rien n’a été écrit.",
  spillOccupied:
    "{formula} déborde sur {address} ({rows} × {columns}) : {count:# cellule n’y est pas vide|# cellules n’y sont pas vides}, et Excel afficherait #PROPAGATION!. Rien n’a été écrit.",
  insertedFormat: "{formula} inséré en {address}, au format {format}.",
  spillInTable:
    "{formula} déborderait sur {address} ({rows} × {columns}), dans le tableau {table} : Excel ne propage pas de résultat dans un tableau et afficherait #PROPAGATION!. Choisissez une cellule hors du tableau. Rien n’a été écrit.",
  formulasUnresolved:
    "{count:# formule affiche|# formules affichent} encore #NOM? en français comme en anglais : cet Excel ne reconnaît pas les fonctions AMZN. Utilisez « Réparer les cellules AMZN », ou rechargez le complément.",
  formulasRefused:
    "{count:# formule garde sa|# formules gardent leur} forme anglaise et {count:affiche|affichent} #NOM? : cet Excel a refusé la forme française d’une liste entre accolades, dont les séparateurs diffèrent d’une installation d’Excel à l’autre. Saisissez la liste dans des cellules et donnez la plage à la place.",
  insertOnNewSheet: "Insérer sur une nouvelle feuille",
  overwrite: "Remplacer le contenu",
  overwriteConfirm: "Remplacer le contenu de {address} ? Le complément ne peut pas l’annuler.",
  cancel: "Annuler",
  excelError: "Excel a refusé la modification : {message}",
  working: "Traitement dans Excel…",
  stillWorking:
    "Excel traite encore la demande précédente : rien de plus n’a été envoyé. Réessayez une fois qu’elle est terminée.",
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
  npvLabel: "VAN au taux d’actualisation (Mds$)",
  irrLabel: "TRI",
  irrNone: "aucun (le FCF ne change pas de signe)",
  previewUnit: "Mds$",
  percentFieldHint: "En pourcentage : 10 et 10 % valent tous deux 10 %.",
  previewBlocked: "Pas d’aperçu tant que « {label} » n’est pas corrigé (voir le message sous le champ).",
  buildModel: "Construire le modèle sur une nouvelle feuille",
  modelWritten:
    "Modèle de scénario d’investissement écrit en {address}. Modifiez les cellules bleues ou le sélecteur de cas pour explorer.",
  tabShare: "Partager",
  shareIntro:
    "Remplacez les formules AMZN par leurs valeurs actuelles, pour que les personnes sans le complément voient les mêmes chiffres. Les autres formules restent intactes.",
  scopeLegend: "Où",
  scopeSelection: "Sélection",
  scopeSheet: "Feuille active",
  scopeWorkbook: "Classeur entier",
  convert: "Convertir les formules AMZN en valeurs",
  convertConfirm:
    "Remplacer chaque formule AMZN de la zone « {scope} » par sa valeur ? Le classeur garde le chemin du retour : « Rétablir les formules AMZN » les remet.",
  convertDone:
    "{cells:# cellule modifiée|# cellules modifiées} ({formulas:# formule AMZN convertie|# formules AMZN converties}) dans la zone « {scope} ».",
  convertNone: "Aucune formule AMZN trouvée : rien n’a changé.",
  convertBusy:
    "Arrêt : Excel calcule encore {pending:# formule AMZN|# formules AMZN}, qui {pending:garde sa formule|gardent leur formule} ; {cells:# cellule a été convertie|# cellules ont été converties} avant. Relancez la conversion dans un instant.",
  convertTooLarge:
    "Arrêt : les valeurs de la formule AMZN de {cell} pèsent {size:# Mo|# Mo}, plus que le chemin du retour ne peut en garder en une requête à Excel ({limit} Mo). Elle garde sa formule, comme chaque formule AMZN pas encore convertie ; {cells:# cellule a été convertie|# cellules ont été converties} avant.",
  convertNoSpill:
    "Cet Excel ne sait pas lire les plages de débordement (ExcelApi 1.12) : les formules AMZN matricielles n’ont gardé que leur valeur en haut à gauche.",
  confirm: "Convertir",
  wayBackTitle: "Le chemin du retour",
  wayBackIntro:
    "Le partage garde la formule de chaque cellule convertie dans le classeur, invisible pour ses lecteurs. Les cellules modifiées depuis ne sont rétablies qu’avec votre accord.",
  restore: "Rétablir les formules AMZN",
  restoreDone: "{restored:# formule AMZN rétablie|# formules AMZN rétablies}.",
  restoreChanged:
    "{count:# cellule modifiée depuis le partage est restée telle quelle|# cellules modifiées depuis le partage sont restées telles quelles} : {cells}.",
  restoreMissing: "{count:# cellule était|# cellules étaient} sur des feuilles disparues : {sheets}.",
  restoreAskChanged:
    "{count:# cellule convertie a été modifiée|# cellules converties ont été modifiées} depuis le partage : {cells}. Rétablir {count:sa formule|leurs formules} quand même ? {count:Son contenu actuel sera remplacé|Leur contenu actuel sera remplacé}.",
  restoreAnyway: "Rétablir quand même",
  restoreNone: "Ce classeur ne garde aucun chemin du retour : rien à rétablir.",
  forgetWayBack: "Oublier le chemin du retour",
  forgetConfirm: "Oublier le chemin du retour ? Les cellules converties ne pourront plus retrouver leurs formules.",
  forgetConfirmAction: "Oublier",
  forgetDone: "Le chemin du retour est oublié : les cellules converties restent des valeurs.",
  forgetNone: "Ce classeur ne garde aucun chemin du retour.",
  convertNoWayBack:
    "Cet Excel ne peut pas garder le chemin du retour (il lui faut l’API Excel 1.5) : les formules ne pourront pas être rétablies.",
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
  fromYear: "Année de début",
  toYear: "Année de fin",
  insertTable: "Insérer",
  insertedTable: "{title} inséré en {address}.",
  tabAudit: "Audit",
  auditIntro:
    "Sélectionnez une cellule contenant une formule AMZN : cet onglet suit la sélection et montre d’où vient chacun de ses chiffres et comment se rapprochent les affirmations du rapport à son sujet.",
  auditRead: "Auditer la cellule sélectionnée",
  auditCell: "Cellule {address}",
  auditNoFormula: "{address} ne contient aucune formule AMZN. Sélectionnez une cellule comme =AMZN.REVENUE(2024).",
  auditBasis: "Base",
  auditFlags: "Indicateurs",
  auditEvidence: "Classe de preuve",
  auditSpecialItems: "Éléments exceptionnels du trimestre",
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
  tabAbout: "À propos",
  aboutIntro:
    "Ce qu’est ce complément et ce que votre Excel indique. L’autovérification écrit, relit et calcule dans votre propre Excel, sur une feuille de travail qu’elle supprime ensuite.",
  aboutVersion: "Version du complément",
  aboutHost: "Application hôte",
  aboutPlatform: "Plateforme",
  aboutOfficeVersion: "Version d’Office",
  aboutLanguage: "Langue d’affichage",
  aboutRequirements: "Ensembles de conditions requises",
  aboutSupported: "pris en charge",
  aboutNotSupported: "non pris en charge",
  aboutUnknown: "non indiqué",
  runSelfCheck: "Lancer l’autovérification",
  selfCheckRunning: "Autovérification en cours…",
  selfCheckSummary: "Réussies : {passed} sur {total}.",
  selfCheckAllPassed: "{total:La vérification a réussi|Les # vérifications ont réussi} dans cet Excel.",
  selfCheckSomeFailed:
    "{failed:# vérification a échoué|# vérifications ont échoué} : copiez le détail ci-dessous et envoyez-le avec votre version d’Excel.",
  selfCheckDetails: "Détail (à sélectionner ou copier)",
  copyDetails: "Copier le détail",
  copied: "Détail copié dans le presse-papiers.",
  copyFailed: "Le presse-papiers n’est pas disponible ici : sélectionnez le texte ci-dessus et copiez-le.",
  checkPass: "réussi",
  checkFail: "échec",
  selfCheckCleanup: "Feuille de travail supprimée",
  selfCheckCleanupFailed: "La feuille de travail {sheet} n’a pas pu être supprimée : supprimez-la à la main.",
  galleryOptions: "Options de toutes les tables",
  showFullTable: "Table complète",
  chartThumbnail: "Graphique : {title}",
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { en, fr };

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules("en-US"),
  fr: new Intl.PluralRules("fr-FR"),
};

/** A count in the language's digits: 1,234 / 1 234. */
function countText(lang: Lang, count: number): string {
  return count.toLocaleString(lang === "fr" ? "fr-FR" : "en-US");
}

/**
 * Fills "{name}" with a parameter and "{name:one form|other form}" with the form that
 * Intl.PluralRules picks for the number (French: 0 and 1 are singular), "#" standing for it.
 */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      const count = Number(value);
      const form = PLURAL_RULES[lang].select(count) === "one" ? one : other;
      return form.replace(/#/g, countText(lang, count));
    },
  );
}
