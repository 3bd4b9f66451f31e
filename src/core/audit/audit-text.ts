/**
 * The audit's own words: what a call that reads no single figure is (a table, the catalogue, the
 * scenario model), a spill's size, an unknown function. audit.ts decides when each is said.
 */
import type { Bilingual, Lang } from "../runtime";

/** Calls that read no single figure of the dataset, in words. */
export const CALL_NOTES: Readonly<Record<string, Bilingual>> = {
  TABLE: {
    en: "One of the report's tables as printed (§1, §2 or §3–§6): each figure's source is in the report section it names.",
    fr: "Un tableau du rapport tel qu'imprimé (§1, §2 ou §3–§6) : la source de chaque chiffre est la section du rapport qu'il cite.",
  },
  METRICS: { en: "The catalogue of the dataset's metrics.", fr: "Le catalogue des indicateurs du jeu de données." },
  RECONCILE: {
    en: "The reconciliation of the report's claims against its own figures and Amazon's filings.",
    fr: "Le rapprochement des affirmations du rapport avec ses propres chiffres et les comptes déposés par Amazon.",
  },
  CAPEX_SCENARIO: {
    en: "An illustrative model on your assumptions; only the first-year capex preset (200 B$) comes from the report (§6).",
    fr: "Un modèle illustratif sur vos hypothèses ; seul l'investissement de la 1re année par défaut (200 Mds$) vient du rapport (§6).",
  },
  SENSITIVITY: {
    en: "A grid of the illustrative capex model on your assumptions: each cell is CAPEX_SCENARIO with the two varied inputs set.",
    fr: "Une grille du modèle illustratif sur vos hypothèses : chaque cellule est SCENARIO_INVESTISSEMENT avec les deux hypothèses variées.",
  },
  DEPRECIATION: {
    en: "Straight-line depreciation of the amounts you pass: no figure of the dataset.",
    fr: "Amortissement linéaire des montants fournis : aucun chiffre du jeu de données.",
  },
};

/** "a spill of 3×4 cells": what a spilling call returns, as the audit shows it. */
export function spillText(rows: number, cols: number, lang: Lang): string {
  return lang === "fr" ? `une plage de ${rows}×${cols} cellules` : `a spill of ${rows}×${cols} cells`;
}

export function unknownFunctionText(name: string, lang: Lang): string {
  return lang === "fr" ? `fonction ${name} inconnue` : `unknown function ${name}`;
}
