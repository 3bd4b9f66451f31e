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
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { en, fr };

export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
