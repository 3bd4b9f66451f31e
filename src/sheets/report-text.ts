/**
 * The words of the report tables (results §1, AWS §2, AI KPIs §3–§6), in English and French: the
 * gallery's entries, titles, headers, labels, notes and source lines. report-draft.ts decides
 * which figure goes where; these functions only say it.
 */
import { sectionTitle, type Figure } from "../core/dataset";
import type { Bilingual, Lang } from "../core/runtime";
import { colon, FLAG_TEXT, q, sep } from "../core/wording";
import type { Basis, FilingSourceKey, Flag } from "../data/index";

export type ReportTableId = "results" | "aws" | "kpis";

/** One gallery entry, as the task pane lists it. */
export interface ReportGalleryItem {
  readonly id: ReportTableId;
  /** The report's section(s): "§1", "§2", "§3–§6". */
  readonly section: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** The table comes with a chart (the `chart` option adds it). */
  readonly chart: boolean;
  readonly chartTitle?: Bilingual;
  /** Bases the table can be built on. */
  readonly bases: readonly Basis[];
}

export const REPORT_GALLERY: readonly ReportGalleryItem[] = [
  {
    id: "results",
    section: "§1",
    title: { en: "Financial results 2023–2025", fr: "Résultats financiers 2023–2025" },
    description: {
      en: "Revenue, net income and their growth as the report prints them (§1), with a chart of revenue and net income by year.",
      fr: "Chiffre d'affaires, bénéfice net et leur croissance tels que le rapport les imprime (§1), avec un graphique du chiffre d'affaires et du bénéfice net par année.",
    },
    chart: true,
    chartTitle: { en: "Revenue and net income by year", fr: "Chiffre d'affaires et bénéfice net par année" },
    bases: ["report", "filings"],
  },
  {
    id: "aws",
    section: "§2",
    title: { en: "AWS 2023–2025", fr: "AWS 2023–2025" },
    description: {
      en: "AWS revenue, growth and operating margin (§2), with a chart of AWS revenue (columns) and its growth (line, right axis).",
      fr: "Revenus AWS, croissance et marge opérationnelle (§2), avec un graphique des revenus AWS (colonnes) et de leur croissance (courbe, axe de droite).",
    },
    chart: true,
    chartTitle: { en: "AWS revenue and growth", fr: "Revenus AWS et croissance" },
    bases: ["report", "filings"],
  },
  {
    id: "kpis",
    section: "§3–§6",
    title: { en: "AI key figures", fr: "Indicateurs clés de l'IA" },
    description: {
      en: "Rufus, AI listing tools, DeepFleet, the Anthropic gain and the 2026 capex plan (§3–§6), each with its unit, section and flags (unverified, over, plan).",
      fr: "Rufus, outils IA de fiches produits, DeepFleet, le gain sur Anthropic et le plan d'investissement 2026 (§3–§6), chacun avec son unité, sa section et ses réserves (non vérifié, plus de, plan).",
    },
    chart: false,
    bases: ["report", "filings"],
  },
];

/** The report's date (its heading: "Date de rédaction : Février 2026"). */
const REPORT_DATE: Bilingual = { en: "February 2026", fr: "février 2026" };

export const REPORT_TEXT = {
  indicator: { en: "Indicator", fr: "Indicateur" },
  awsIndicator: { en: "AWS indicator", fr: "Indicateur AWS" },
  note: { en: "Note", fr: "Remarque" },
  value: { en: "Value", fr: "Valeur" },
  unit: { en: "Unit", fr: "Unité" },
  section: { en: "Section", fr: "Section" },
  flag: { en: "Flag", fr: "Réserve" },
  money: { en: "B$", fr: "Mds$" },
  year: { en: "Year", fr: "Année" },
  asPrinted: {
    en: "as printed: the report's claim",
    fr: "tel qu'imprimé : affirmation du rapport",
  },
  computedGrowth: {
    en: "computed from the filed figures: to / from − 1",
    fr: "calculée à partir des chiffres publiés : fin / début − 1",
  },
  computedLabel: { en: "computed", fr: "calculée" },
  static: {
    en: "Static: every figure is a constant from the add-in's dataset; insert the live version for AMZN formulas.",
    fr: "Statique : chaque chiffre est une constante des données de l'add-in ; insérez la version dynamique pour des formules AMZN.",
  },
  live: {
    en: "Live: every figure is an AMZN formula. To share the workbook with someone without the add-in, convert them to values (task pane, Share).",
    fr: "Dynamique : chaque chiffre est une formule AMZN. Pour partager le classeur avec quelqu'un qui n'a pas l'add-in, convertissez-les en valeurs (volet, Partager).",
  },
  approxNote: {
    en: "~ approximate: the report prints ~91.",
    fr: "~ approximatif : le rapport imprime ~91.",
  },
  chartHelper: {
    en: "Chart series: #N/A where the table has a dash, so the chart shows a gap, not 0",
    fr: "Série du graphique : #N/A là où le tableau a un tiret, pour un trou dans le graphique, pas 0",
  },
} as const satisfies Record<string, Bilingual>;

const TABLE_NAMES: Readonly<Record<ReportTableId, string>> = { results: "Results", aws: "AWS", kpis: "KPIs" };

const SHEET_NAMES: Readonly<Record<ReportTableId, Bilingual>> = {
  results: { en: "AMZN Results", fr: "AMZN Résultats" },
  aws: { en: "AMZN AWS", fr: "AMZN AWS" },
  kpis: { en: "AMZN AI KPIs", fr: "AMZN Indicateurs IA" },
};

/** The Excel table's name and the suggested sheet name. */
export function reportNames(id: ReportTableId, basis: Basis, lang: Lang): { table: string; sheet: string } {
  const filings = basis === "filings";
  return {
    table: `AMZN_${TABLE_NAMES[id]}${filings ? "_Filings" : ""}_${lang}`,
    sheet: `${SHEET_NAMES[id][lang]}${filings ? (lang === "fr" ? " (dépôts)" : " (filings)") : ""}`,
  };
}

function basisWord(basis: Basis, lang: Lang): string {
  if (basis === "report") return lang === "fr" ? "base rapport" : "basis report";
  return lang === "fr" ? "base dépôts (filings)" : "basis filings";
}

/** A figure line's label, its unit in it: "Total revenue (B$)", "Revenue growth (%, computed)". */
export function lineLabel(name: Bilingual, unit: string, lang: Lang): string {
  return `${name[lang]} (${unit})`;
}

export function growthUnit(basis: Basis, lang: Lang): string {
  return basis === "filings" ? `%, ${REPORT_TEXT.computedLabel[lang]}` : "%";
}

export function growthNote(basis: Basis, lang: Lang): string {
  return basis === "report" ? REPORT_TEXT.asPrinted[lang] : REPORT_TEXT.computedGrowth[lang];
}

/** The flags in words, the report's-claim flag left out (the Note column says "as printed"). */
export function flagsText(flags: readonly Flag[], lang: Lang): string | null {
  const shown = flags.filter((f) => f !== "reported_claim").map((f) => FLAG_TEXT[f][lang]);
  return shown.length === 0 ? null : shown.join(", ");
}

/** The Note column of a figure line: flags, provenance notes, filed sources. */
export function figureNote(figures: readonly Figure[], basis: Basis, lang: Lang): string | null {
  const parts: string[] = [];
  if (basis === "report") {
    for (const f of figures) {
      if (f.provenance.basis !== "report") continue;
      const flags = f.provenance.flags.filter((flag) => flag !== "reported_claim");
      if (f.provenance.flags.includes("reported_claim")) {
        if (!parts.includes(REPORT_TEXT.asPrinted[lang])) parts.unshift(REPORT_TEXT.asPrinted[lang]);
      }
      const bits = flags.map((flag) => FLAG_TEXT[flag][lang]);
      if (flags.includes("approximate")) {
        bits.push(`${lang === "fr" ? "imprimé" : "printed"} ${q(f.provenance.printed, lang)}`);
      }
      if (f.provenance.note !== undefined) bits.push(f.provenance.note[lang]);
      if (bits.length > 0) parts.push(`${f.year}${colon(lang)}${bits.join(", ")}`);
    }
  } else {
    const labels: string[] = [];
    const sources: FilingSourceKey[] = [];
    const formulas: string[] = [];
    for (const f of figures) {
      const p = f.provenance;
      if (p.basis !== "filings") continue;
      if (p.computation !== undefined) {
        if (!formulas.includes(p.computation.formula[lang])) formulas.push(p.computation.formula[lang]);
      } else if (!labels.includes(p.label[lang])) labels.push(p.label[lang]);
      for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
      if (p.note !== undefined) parts.push(`${f.year}${colon(lang)}${p.note[lang]}`);
    }
    const head =
      formulas.length > 0
        ? `${lang === "fr" ? "calculé" : "computed"}${colon(lang)}${formulas.join(", ")}`
        : `${lang === "fr" ? "publié comme" : "filed as"} ${labels.map((l) => q(l, lang)).join(", ")}`;
    parts.unshift(`${head} (${sources.join(", ")})`);
  }
  return parts.length === 0 ? null : parts.join(sep(lang));
}

export function sourceLine(section: string, basis: Basis, lang: Lang, filed: readonly FilingSourceKey[]): string {
  const addIn = lang === "fr" ? `complément AMZN, ${basisWord(basis, lang)}` : `AMZN add-in, ${basisWord(basis, lang)}`;
  if (basis === "report") {
    return lang === "fr"
      ? `Source : rapport ${section} (${REPORT_DATE.fr}) ; ${addIn}.`
      : `Source: report ${section} (${REPORT_DATE.en}); ${addIn}.`;
  }
  return lang === "fr"
    ? `Source : chiffres publiés par Amazon (${filed.join(", ")}), M$ convertis en Mds$, dans la présentation du rapport ${section} (${REPORT_DATE.fr}) ; ${addIn}.`
    : `Source: Amazon's filed figures (${filed.join(", ")}), M$ converted to B$, in the layout of report ${section} (${REPORT_DATE.en}); ${addIn}.`;
}

/** The results table (§1): title, notes under it, chart. */
export function resultsText(basis: Basis, lang: Lang, filed: readonly FilingSourceKey[]) {
  const money = REPORT_TEXT.money[lang];
  const filings = basis === "filings";
  return {
    title:
      lang === "fr"
        ? `Amazon — Résultats financiers globaux 2023–2025${filings ? ", chiffres publiés" : ""} (${money})`
        : `Amazon — overall financial results 2023–2025${filings ? ", as filed" : ""} (${money})`,
    notes: [
      sourceLine(sectionTitle("s1"), basis, lang, filed),
      filings
        ? lang === "fr"
          ? "Croissance calculée à partir des chiffres publiés. Les taux imprimés par le rapport et les écarts sont dans la table de rapprochement (AMZN.RECONCILE)."
          : "Growth computed from the filed figures. The rates the report prints and the gaps are in the reconciliation table (AMZN.RECONCILE)."
        : lang === "fr"
          ? "Les croissances sont les taux imprimés par le rapport (ses affirmations). Les taux calculés à partir de ses propres chiffres et des dépôts sont dans la table de rapprochement (AMZN.RECONCILE)."
          : "Growth rates are the report's printed claims. The rates computed from its own figures and from the filings are in the reconciliation table (AMZN.RECONCILE).",
    ],
    chartTitle:
      lang === "fr"
        ? `Chiffre d'affaires et bénéfice net par année (${money})`
        : `Revenue and net income by year (${money})`,
  };
}

/** The AWS table (§2): title, notes under it (the "~" note when a figure is approximate), chart. */
export function awsText(basis: Basis, lang: Lang, filed: readonly FilingSourceKey[], approximate: boolean) {
  const money = REPORT_TEXT.money[lang];
  const filings = basis === "filings";
  const claims =
    lang === "fr"
      ? "La croissance et la marge sont celles que le rapport imprime (ses affirmations) ; les valeurs calculées et les écarts aux dépôts sont dans la table de rapprochement (AMZN.RECONCILE)."
      : "Growth and margin are the report's printed claims; computed values and the gaps to the filings are in the reconciliation table (AMZN.RECONCILE).";
  const computed =
    lang === "fr"
      ? "Croissance et marge calculées à partir des chiffres publiés ; les taux imprimés par le rapport et les écarts sont dans la table de rapprochement (AMZN.RECONCILE)."
      : "Growth and margin computed from the filed figures; the report's printed rates and the gaps are in the reconciliation table (AMZN.RECONCILE).";
  return {
    title:
      lang === "fr"
        ? `Amazon — AWS, le moteur principal de la croissance IA, 2023–2025${filings ? ", chiffres publiés" : ""} (${money})`
        : `Amazon — AWS, the main engine of AI growth, 2023–2025${filings ? ", as filed" : ""} (${money})`,
    notes: [
      sourceLine(sectionTitle("s2"), basis, lang, filed),
      ...(approximate ? [REPORT_TEXT.approxNote[lang]] : []),
      filings ? computed : claims,
    ],
    chartTitle: lang === "fr" ? `Revenus AWS (${money}) et croissance (%)` : `AWS revenue (${money}) and growth (%)`,
    secondaryAxisTitle: lang === "fr" ? "Croissance (%)" : "Growth (%)",
  };
}

/** The Anthropic gain's label: the report dates it 2024, the filings 2025. */
export function anthropicLabel(basis: Basis, lang: Lang): string {
  if (basis === "report") {
    return lang === "fr"
      ? "Gain comptable sur Anthropic (2024 selon le rapport)"
      : "Book gain on Anthropic (2024 per the report)";
  }
  return lang === "fr"
    ? "Gain sur Anthropic (T3 2025 selon Amazon)"
    : "Gain on the Anthropic stake (Q3 2025, as Amazon reported it)";
}

/** The KPI table (§3–§6): title and notes. */
export function kpisText(basis: Basis, lang: Lang) {
  const section = "§3–§6";
  const source =
    basis === "report"
      ? sourceLine(section, basis, lang, [])
      : lang === "fr"
        ? `Source : rapport ${section} (${REPORT_DATE.fr}) pour les indicateurs, qui n'ont pas de chiffre publié équivalent ; gain sur Anthropic : le trimestre où Amazon l'a comptabilisé (T3 2025 ; S-FLEX, S-GW) ; complément AMZN, ${basisWord(basis, lang)}.`
        : `Source: report ${section} (${REPORT_DATE.en}) for the KPIs, which have no filed equivalent; Anthropic gain: the quarter Amazon booked it (Q3 2025; S-FLEX, S-GW); AMZN add-in, ${basisWord(basis, lang)}.`;
  const flags =
    lang === "fr"
      ? "Réserves : « non vérifié » = aucune source publique trouvée ; « plus de » = borne basse ; « plan » = estimation."
      : 'Flags: "unverified" = no public source found; "over" = a lower bound; "plan" = an estimate.';
  return {
    title:
      lang === "fr" ? "Amazon — Indicateurs clés de l'IA (rapport §3–§6)" : "Amazon — AI key figures (report §3–§6)",
    notes: [source, flags],
  };
}
