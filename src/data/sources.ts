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
    location: "sec.gov, the 10-K's segment note (XBRL R page)",
    address: "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000004/R34.htm",
    filed: "2025-02-07",
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
  "F-K24": {
    key: "F-K24",
    title: {
      en: "10-K FY2024 (acc. 0001018724-25-000004), Segment Information (Tables)",
      fr: "10-K exercice 2024 (acc. 0001018724-25-000004), information sectorielle (tableaux)",
    },
    location: "sec.gov, the 10-K's XBRL R page",
    address: "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000004/R34.htm",
    filed: "2025-02-07",
  },
  "F-K23": {
    key: "F-K23",
    title: {
      en: "10-K FY2023 (acc. 0001018724-24-000008), Segment Information (Tables)",
      fr: "10-K exercice 2023 (acc. 0001018724-24-000008), information sectorielle (tableaux)",
    },
    location: "sec.gov, the 10-K's XBRL R page",
    address: "https://www.sec.gov/Archives/edgar/data/1018724/000101872424000008/R32.htm",
    filed: "2024-02-02",
  },
  "FM-Q2": {
    key: "FM-Q2",
    title: {
      en: "10-Q filed 2025-08-01 (acc. 0001018724-25-000086), XBRL rendering of the cash-flow statement, served from a CloudFront mirror (not sec.gov)",
      fr: "10-Q déposé le 2025-08-01 (acc. 0001018724-25-000086), rendu XBRL du tableau des flux, servi par un miroir CloudFront (pas sec.gov)",
    },
    location: "https://d18rn0p25nwr6d.cloudfront.net/CIK-0001018724/7405206c-e6d0-472a-b883-0d58105920fd.html",
    // Read on the mirror; the card links the filing itself on sec.gov (EDGAR's index of the accession).
    address: "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000086/0001018724-25-000086-index.htm",
  },
  "FM-Q3": {
    key: "FM-Q3",
    title: {
      en: "10-Q filed 2025-10-31 (acc. 0001018724-25-000123), XBRL rendering of the cash-flow statement, served from a CloudFront mirror (not sec.gov)",
      fr: "10-Q déposé le 2025-10-31 (acc. 0001018724-25-000123), rendu XBRL du tableau des flux, servi par un miroir CloudFront (pas sec.gov)",
    },
    location: "https://d18rn0p25nwr6d.cloudfront.net/CIK-0001018724/5d3cb79b-154a-48f8-9c32-cfd98a2e19ad.html",
    address: "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000123/0001018724-25-000123-index.htm",
  },
  "R-Q424": {
    key: "R-Q424",
    title: {
      en: "Reprint of the Q4/FY2024 release (2025-02-06)",
      fr: "Reprise du communiqué du T4/exercice 2024 (2025-02-06)",
    },
    location: "verbatim reprint of Amazon's Business Wire release",
    address:
      "https://markets.financialcontent.com/guymondailyherald/article/bizwire-2025-2-6-amazoncom-announces-fourth-quarter-results",
  },
  "R-Q125": {
    key: "R-Q125",
    title: { en: "Reprint of the Q1 2025 release (2025-05-01)", fr: "Reprise du communiqué du T1 2025 (2025-05-01)" },
    location: "verbatim reprint of Amazon's Business Wire release",
    address: "https://www.businesswirenews.com/news/home/20250430707318/en/Amazon.com-Announces-First-Quarter-Results",
  },
  "R-Q225": {
    key: "R-Q225",
    title: { en: "Reprint of the Q2 2025 release (2025-07-31)", fr: "Reprise du communiqué du T2 2025 (2025-07-31)" },
    location: "verbatim reprint of Amazon's Business Wire release",
    address: "https://wbnstv.marketminute.com/article/bizwire-2025-7-31-amazoncom-announces-second-quarter-results",
  },
  "R-Q325": {
    key: "R-Q325",
    title: { en: "Reprint of the Q3 2025 release (2025-10-30)", fr: "Reprise du communiqué du T3 2025 (2025-10-30)" },
    location: "verbatim reprint of Amazon's Business Wire release",
    address:
      "https://business.ridgwayrecord.com/ridgwayrecord/article/bizwire-2025-10-30-amazoncom-announces-third-quarter-results",
  },
  "R-Q425": {
    key: "R-Q425",
    title: {
      en: "Reprint of the Q4/FY2025 release (2026-02-05)",
      fr: "Reprise du communiqué du T4/exercice 2025 (2026-02-05)",
    },
    location: "verbatim reprint of Amazon's Business Wire release",
    address: "https://6ix.com/company/amazoncom-inc/news/amazoncom-announces-fourth-quarter-results-7",
  },
  "R-Q126": {
    key: "R-Q126",
    title: { en: "Reprints of the Q1 2026 release (2026-04-29)", fr: "Reprises du communiqué du T1 2026 (2026-04-29)" },
    location: "verbatim reprint of Amazon's Business Wire release",
    address:
      "https://mtrustcompany.marketminute.com/article/bizwire-2026-4-29-amazoncom-announces-first-quarter-results",
  },
  "S-GHK": {
    key: "S-GHK",
    title: {
      en: "Research repository quoting rows of the FY2025 10-K (acc. 0001018724-26-000004)",
      fr: "Dépôt de recherche citant des lignes du 10-K 2025 (acc. 0001018724-26-000004)",
    },
    location: "secondary quote of 10-K text (2026)",
  },
  "S-GHA": {
    key: "S-GHA",
    title: {
      en: "Research note transcribing quarterly advertising services with accession numbers (2026-09-13)",
      fr: "Note de recherche transcrivant les services publicitaires trimestriels (2026-09-13)",
    },
    location: "secondary transcription",
  },
  "S-GHI": {
    key: "S-GHI",
    title: {
      en: "Research note giving FY2025 International operating income",
      fr: "Note de recherche donnant le résultat opérationnel International 2025",
    },
    location: "secondary (2026)",
  },
  "S-SAON": {
    key: "S-SAON",
    title: {
      en: "stock-analysis-on.net, built from the 10-K/10-Q filings",
      fr: "stock-analysis-on.net, construit à partir des 10-K/10-Q",
    },
    location: "https://stock-analysis-on.net/NASDAQ/Company/Amazoncom-Inc/Financial-Statement/Income-Statement",
  },
  "S-SA": {
    key: "S-SA",
    title: {
      en: "stockanalysis.com (FY income statement, TTM cash flow)",
      fr: "stockanalysis.com (compte de résultat annuel, flux sur 12 mois)",
    },
    location: "https://stockanalysis.com/stocks/amzn/financials/cash-flow-statement/?p=trailing",
  },
  "S-OC": {
    key: "S-OC",
    title: {
      en: "opencapital.sh (segment figures to 2 decimals in $B)",
      fr: "opencapital.sh (segments à 2 décimales en Mds$)",
    },
    location: "https://www.opencapital.sh/stocks/amzn/metrics/segments?detail=detailed",
  },
  "S-NYT": {
    key: "S-NYT",
    title: { en: "Q4 2024 vs Q4 2025 table in US$ millions", fr: "Tableau T4 2024 vs T4 2025 en millions de $" },
    location: "https://nytimes.sbs/amazon-q4-2025-robust-revenue-growth-amid-record-infrastructure-spending",
  },
  "S-REP": {
    key: "S-REP",
    title: {
      en: "reportify.ai 10-Q summaries in exact millions",
      fr: "Résumés des 10-Q par reportify.ai en millions exacts",
    },
    location: "https://reportify.ai/financials/1115749525953318912",
  },
  "S-FR": {
    key: "S-FR",
    title: { en: "filingradar.com Q2 2025 10-Q summary", fr: "Résumé du 10-Q du T2 2025 par filingradar.com" },
    location: "https://www.filingradar.com/company/AMZN/filings/0001018724-25-000086",
  },
  "S-FREC": {
    key: "S-FREC",
    title: { en: "frecine.com, Q3 2025 exact figures", fr: "frecine.com, chiffres exacts du T3 2025" },
    location: "https://www.frecine.com/content/3223-amazon-reports-q3-revenue-of-180169-billion-net-profit-up-38-",
  },
  "S-TIT": {
    key: "S-TIT",
    title: {
      en: "titanstockanalysis.com, Q3 2025 lines from the 10-Q",
      fr: "titanstockanalysis.com, lignes du 10-Q du T3 2025",
    },
    location: "https://titanstockanalysis.com/amazon-2025q3-report",
  },
  "S-TOP": {
    key: "S-TOP",
    title: {
      en: "topstonks.com, Q3 2025 highlights and Q4 guidance",
      fr: "topstonks.com, faits marquants du T3 2025 et prévisions du T4",
    },
    location: "https://www.topstonks.com/stocks/TTM",
  },
  "S-FLEX": {
    key: "S-FLEX",
    title: {
      en: "flexibleworknews.com, paraphrase of the Q3 2025 release",
      fr: "flexibleworknews.com, paraphrase du communiqué du T3 2025",
    },
    location: "https://flexibleworknews.com/amazon-reports-higher-q3-revenue-driven-by-aws-growth-and-investments/",
  },
  "S-GW": {
    key: "S-GW",
    title: { en: "Copy of a GeekWire article on Q3 2025", fr: "Copie d'un article de GeekWire sur le T3 2025" },
    location: "https://stat.xc0de.io/p/i/?a=reader&rid=6933ff1e89a79&search=%23earnings",
  },
  "S-FT": {
    key: "S-FT",
    title: { en: "fintool.com Q1 2025 summary", fr: "Résumé du T1 2025 par fintool.com" },
    location: "https://fintool.com/app/research/companies/AMZN/earnings/Q1%202025",
  },
  "S-MUK": {
    key: "S-MUK",
    title: { en: "blog.mukundmohan.online, Q2 2025 guidance", fr: "blog.mukundmohan.online, prévisions du T2 2025" },
    location: "https://blog.mukundmohan.online/index.php/2025/05/01/amzn-amazon-q1-2025-earnings-summary/",
  },
  "S-NDQ": {
    key: "S-NDQ",
    title: { en: "nasdaq.com, Q1 2025 net-sales guidance", fr: "nasdaq.com, prévision de ventes du T1 2025" },
    location: "https://www.nasdaq.com/articles/amazon-issues-weak-q1-sales-guidance-buy-or-not-buy-stock",
  },
  "S-FFW": {
    key: "S-FFW",
    title: {
      en: "fortunefwd.com, Q1 2025 operating-income guidance",
      fr: "fortunefwd.com, prévision de résultat opérationnel du T1 2025",
    },
    location: "https://fortunefwd.com/amazons-impressive-q4-performance-overshadowed-by-cautious-q1-forecast",
  },
  "S-USA": {
    key: "S-USA",
    title: {
      en: "usaemall.com (CNBC copy), moneycheck.com: Q3 2025 guidance",
      fr: "usaemall.com (copie CNBC), moneycheck.com : prévisions du T3 2025",
    },
    location: "https://usaemall.com/amazon-amzn-q2-earnings-report-2025-usaemall-com",
  },
  "S-IABC": {
    key: "S-IABC",
    title: {
      en: "investingabc.org, Q1 2026 guidance and the Jassy capex quote",
      fr: "investingabc.org, prévisions du T1 2026 et citation de M. Jassy sur le capex",
    },
    location: "https://investingabc.org/company/AMZN/quarters",
  },
  "S-II": {
    key: "S-II",
    title: {
      en: "ii.co.uk, Q1 2026 OI guidance and the Jassy capex quote",
      fr: "ii.co.uk, prévision de résultat opérationnel du T1 2026 et citation de M. Jassy",
    },
    location: "https://www.ii.co.uk/analysis-commentary/ii-view-amazon-bets-big-ai-ii538064",
  },
  "S-AARD": {
    key: "S-AARD",
    title: {
      en: "research.aardvarklabs.co, Q2 2026 net-sales guidance",
      fr: "research.aardvarklabs.co, prévision de ventes du T2 2026",
    },
    location: "https://research.aardvarklabs.co/research/amzn/earnings/2026-q1/amzn-2026-q1-flashcap",
  },
  "S-GV": {
    key: "S-GV",
    title: {
      en: "graphvest.com, Q2 2026 OI guidance; Q1 2026 cash capex (CFO)",
      fr: "graphvest.com, prévision de résultat opérationnel du T2 2026 ; capex cash du T1 2026 (directeur financier)",
    },
    location: "https://graphvest.com/amzn-aws-growth-record-margins",
  },
  "S-SECW": {
    key: "S-SECW",
    title: {
      en: "secwatch.observer, summary of the 8-K of 2026-04-09 (2025 shareholder letter)",
      fr: "secwatch.observer, résumé du 8-K du 2026-04-09 (lettre aux actionnaires 2025)",
    },
    location: "https://secwatch.observer/filing/0001104659-26-041034.md",
  },
  "S-TBPN": {
    key: "S-TBPN",
    title: {
      en: "Paraphrase of the shareholder-letter capex sentence (2026-04-09)",
      fr: "Paraphrase de la phrase sur le capex de la lettre aux actionnaires (2026-04-09)",
    },
    location: "https://ai-digest.derricklin.net/tech/tbpn-20260409-andy-jassy-resets-ai-narrative-summary/",
  },
  "S-OUR": {
    key: "S-OUR",
    title: {
      en: "ouralpha.app, Q1 2026: full-year capex ~$200B held",
      fr: "ouralpha.app, T1 2026 : capex annuel d'environ 200 Mds$ maintenu",
    },
    location: "https://ouralpha.app/en/amzn-deep-dive-aws-ai-capex-anthropic/",
  },
  "S-LB": {
    key: "S-LB",
    title: {
      en: "longbridge.cn, Q3 2025 call: 2025 capex ~$125B, higher in 2026",
      fr: "longbridge.cn, conférence du T3 2025 : capex 2025 d'environ 125 Mds$, plus élevé en 2026",
    },
    location: "https://longbridge.cn/news/263637521",
  },
  "S-PG": {
    key: "S-PG",
    title: {
      en: "progressivegrocer.com, quoting the Q4/FY2023 release",
      fr: "progressivegrocer.com, citant le communiqué du T4/exercice 2023",
    },
    location: "https://progressivegrocer.com/record-breaking-holiday-shopping-helps-boost-amazons-q4",
  },
  "S-CAP": {
    key: "S-CAP",
    title: { en: "captide.co, FY2024 EPS and FCF", fr: "captide.co, BPA et FCF 2024" },
    location: "https://captide.co/insights/amazon-q4-2024",
  },
  "S-Q4C": {
    key: "S-Q4C",
    title: {
      en: "Close copies and paraphrases of the Q4/FY2025 release",
      fr: "Copies fidèles et paraphrases du communiqué du T4/exercice 2025",
    },
    location:
      "https://www.filmogaz.com/135558 ; https://www.techloy.com/amazon-reports-213b-q4-2025-sales-and-plans-200b-ai-spending-surge-as-free-cash-flow-drops",
  },
  "S-MISC": {
    key: "S-MISC",
    title: {
      en: "News and analysis pages (marketpulse.com, kaohooninternational.com, michael-burry.com, krakatech.com, techscoop360.com …)",
      fr: "Pages d'actualité et d'analyse (marketpulse.com, kaohooninternational.com, michael-burry.com, krakatech.com, techscoop360.com …)",
    },
    location: "used only as amazon-filings-extended.md notes",
  },
};
