/** The report's sections and the filings' source keys. Data only. */
import type { FilingSource, FilingSourceKey, ReportSection, ReportSectionId } from "./types";

export const REPORT_TITLE = {
  en: "How Amazon benefited from artificial intelligence (February 2026)",
  fr: "Comment Amazon a bénéficié de l'intelligence artificielle (février 2026)",
} as const;

export const REPORT_SECTIONS: Readonly<Record<ReportSectionId, ReportSection>> = {
  summary: { id: "summary", number: "", title: { fr: "Résumé exécutif", en: "Executive summary" } },
  s1: { id: "s1", number: "§1", title: { fr: "Résultats financiers globaux", en: "Overall financial results" } },
  s2: {
    id: "s2",
    number: "§2",
    title: { fr: "AWS — le moteur principal de la croissance IA", en: "AWS — the main engine of AI growth" },
  },
  s3: { id: "s3", number: "§3", title: { fr: "L'IA au service du commerce électronique", en: "AI in e-commerce" } },
  s4: {
    id: "s4",
    number: "§4",
    title: { fr: "L'IA dans la logistique et les opérations", en: "AI in logistics and operations" },
  },
  s5: {
    id: "s5",
    number: "§5",
    title: { fr: "Investissement stratégique dans Anthropic", en: "Strategic investment in Anthropic" },
  },
  s6: { id: "s6", number: "§6", title: { fr: "Investissements futurs prévus", en: "Planned future investment" } },
  s7: { id: "s7", number: "§7", title: { fr: "Analyse synthétique", en: "Summary analysis" } },
  conclusion: { id: "conclusion", number: "", title: { fr: "Conclusion", en: "Conclusion" } },
};

export const FILING_SOURCES: Readonly<Record<FilingSourceKey, FilingSource>> = {
  "10K-2024": {
    key: "10K-2024",
    title: { en: "Amazon 10-K for fiscal 2024, segment note", fr: "10-K d'Amazon, exercice 2024, note sectorielle" },
    location: "sec.gov, Archives/edgar/data/1018724/000101872425000004/R34.htm",
  },
  "CF-10K": {
    key: "CF-10K",
    title: {
      en: "Consolidated cash-flow statements 2021–2025 as filed in the 10-Ks",
      fr: "Tableaux des flux de trésorerie consolidés 2021–2025 des 10-K",
    },
    location: "third-party copy of the statements",
  },
  "PR-Q4-2025": {
    key: "PR-Q4-2025",
    title: {
      en: 'Press release "Amazon.com announces fourth quarter results", 5 Feb 2026',
      fr: "Communiqué « Amazon.com announces fourth quarter results », 5 févr. 2026",
    },
    location: "Amazon press release",
  },
  "IS-2025": {
    key: "IS-2025",
    title: { en: "Fiscal 2025 income statement", fr: "Compte de résultat de l'exercice 2025" },
    location: "third-party copy of the filing",
  },
  "PR-Q3-2025": {
    key: "PR-Q3-2025",
    title: {
      en: "Press release for Q3 2025 results, 30 Oct 2025",
      fr: "Communiqué des résultats du T3 2025, 30 oct. 2025",
    },
    location: "Amazon press release",
  },
  "CALL-Q4-2025": {
    key: "CALL-Q4-2025",
    title: {
      en: "Q4 2025 earnings call (2026 capex outlook)",
      fr: "Conférence de résultats du T4 2025 (perspectives capex 2026)",
    },
    location: "Amazon earnings call",
  },
  "SCI-DEEPFLEET": {
    key: "SCI-DEEPFLEET",
    title: {
      en: 'amazon.science, "Amazon builds first foundation model for multirobot coordination" (2025)',
      fr: "amazon.science, « Amazon builds first foundation model for multirobot coordination » (2025)",
    },
    location: "amazon.science blog",
  },
};
