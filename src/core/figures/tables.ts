/**
 * TABLE: the report's tables as printed, labels in English or French. Money in B$ (units in the
 * row labels), rates and margins as fractions, "—" where the report prints a dash.
 *   results (§1): revenue, net income, their growth, 2023–2025;
 *   aws (§2): AWS revenue, growth, operating margin, 2023–2025;
 *   kpis (§3–§6): the AI KPIs, the Anthropic gain and the 2026 plan, with the formula that
 *   returns each one.
 */
import { type Flag, type KpiRecord, type MetricId, REPORT_CLAIMS, REPORT_FIGURES, REPORT_KPIS } from "../../data/index";
import { sectionName } from "../dataset";
import { typedFormula } from "../formula";
import type { Lang, Spill, SpillCell } from "../runtime";
import { resolveChoice } from "../inputs";
import { FLAG_TEXT, normalize } from "../wording";

export type TableId = "results" | "aws" | "kpis";

export const TABLE_IDS: readonly TableId[] = ["results", "aws", "kpis"];

const TABLE_ALIASES: ReadonlyMap<string, TableId> = new Map<string, TableId>(
  (
    [
      [
        "results",
        [
          "results",
          "financial results",
          "resultats",
          "resultats financiers",
          "resultats financiers globaux",
          "§1",
          "1",
          "s1",
        ],
      ],
      ["aws", ["aws", "§2", "2", "s2", "indicateurs aws"]],
      [
        "kpis",
        ["kpis", "kpi", "ai kpis", "indicateurs", "indicateurs ia", "ia", "ai", "§3", "3", "s3", "§3 §6", "3 6"],
      ],
    ] as const
  ).flatMap(([id, names]) => names.map((n) => [normalize(n), id] as const)),
);

export function parseTable(arg: unknown): TableId {
  return resolveChoice(
    arg,
    { en: "table", fr: "tableau" },
    { en: "unknown table", fr: "tableau inconnu" },
    TABLE_ALIASES,
    TABLE_IDS,
    {
      en: "results (§1), aws (§2), kpis (§3–§6); French: résultats, indicateurs",
      fr: "results (§1), aws (§2), kpis (§3–§6) ; en français : résultats, indicateurs",
    },
    new Map([
      ["resultats", "résultats"],
      ["resultats financiers", "résultats financiers"],
    ]),
  );
}

const YEARS = [2023, 2024, 2025] as const;
const DASH = "—";

function figureRow(metric: MetricId): SpillCell[] {
  return YEARS.map((y) => REPORT_FIGURES.find((f) => f.metric === metric && f.year === y)?.value ?? DASH);
}

function growthRow(metric: MetricId): SpillCell[] {
  return YEARS.map((y) => {
    for (const c of REPORT_CLAIMS) if (c.kind === "growth" && c.metric === metric && c.to === y) return c.value;
    return DASH;
  });
}

function marginRow(metric: MetricId): SpillCell[] {
  return YEARS.map((y) => {
    for (const c of REPORT_CLAIMS) if (c.kind === "margin" && c.metric === metric && c.year === y) return c.value;
    return DASH;
  });
}

export function buildTable(table: TableId, lang: Lang): Spill {
  const fr = lang === "fr";
  switch (table) {
    case "results":
      return [
        [fr ? "Indicateur" : "Indicator", ...YEARS],
        [fr ? "Chiffre d'affaires total (Mds$)" : "Total revenue (B$)", ...figureRow("revenue")],
        [fr ? "Bénéfice net (Mds$)" : "Net income (B$)", ...figureRow("net_income")],
        [fr ? "Croissance CA" : "Revenue growth", ...growthRow("revenue")],
        [fr ? "Croissance bénéfice net" : "Net income growth", ...growthRow("net_income")],
      ];
    case "aws":
      return [
        [fr ? "Indicateur AWS" : "AWS indicator", ...YEARS],
        [fr ? "Revenus AWS (Mds$ ; 2023 : ~91)" : "AWS revenue (B$; 2023: ~91)", ...figureRow("aws_revenue")],
        [fr ? "Croissance" : "Growth", ...growthRow("aws_revenue")],
        [fr ? "Marge opérationnelle" : "Operating margin", ...marginRow("aws_operating_margin")],
      ];
    case "kpis":
      return kpiTable(lang);
  }
}

function kpiTable(lang: Lang): Spill {
  const fr = lang === "fr";
  const rows: Spill = [
    fr
      ? ["Indicateur", "Valeur", "Unité", "Section", "Formule", "Remarque"]
      : ["Indicator", "Value", "Unit", "Section", "Formula", "Note"],
  ];
  const kpiRow = (k: KpiRecord): SpillCell[] => [
    k.label[lang],
    k.value,
    k.unitLabel[lang],
    sectionName(k.section, lang),
    typedFormula("KPI", [k.id], lang),
    k.note?.[lang] ?? kpiNote(k.flags, lang),
  ];
  for (const k of REPORT_KPIS) {
    if (k.id === "capex_plan_2026") continue; // after the Anthropic gain, in section order
    rows.push(kpiRow(k));
  }
  const gain = REPORT_FIGURES.find((f) => f.metric === "anthropic_gain");
  if (gain !== undefined) {
    rows.push([
      fr ? "Gain comptable sur Anthropic (2024 selon le rapport)" : "Book gain on Anthropic (2024 per the report)",
      gain.value,
      fr ? "Mds$" : "B$",
      sectionName(gain.section, lang),
      typedFormula("METRIC", ["anthropic_gain", gain.year], lang),
      gain.note?.[lang] ?? DASH,
    ]);
  }
  const plan = REPORT_KPIS.find((k) => k.id === "capex_plan_2026");
  if (plan !== undefined) rows.push(kpiRow(plan));
  return rows;
}

function kpiNote(flags: readonly Flag[], lang: Lang): string {
  return flags.includes("estimate") ? FLAG_TEXT.estimate[lang] : DASH;
}
