/** Bilingual and the catalogue of metrics and KPIs, for METRICS() and the task pane. */
import {
  type Evidence,
  type FilingSourceKey,
  type KpiId,
  type MetricId,
  type MetricKind,
  type Bilingual,
  KPI_IDS,
  METRICS,
  METRIC_IDS,
  REPORT_KPIS,
} from "../../data/index";
import { figures, quartersOf, yearsOf } from "./dataset";
import { lazy } from "../runtime";
import { formatQuarters } from "./quarters";
import type { Lang, Spill } from "../runtime";
import { EVIDENCE_CLASSES, EVIDENCE_TAG, formatYears, sep } from "../wording";

export function metricLabel(metric: MetricId, lang: Lang): string {
  return METRICS[metric].label[lang];
}

export function kpiRecord(id: KpiId) {
  const record = REPORT_KPIS.find((k) => k.id === id);
  if (record === undefined) throw new Error(`KPI ${id} missing from the dataset`);
  return record;
}

/** One metric as the task pane lists it. */
export interface MetricInfo {
  readonly id: MetricId;
  readonly kind: MetricKind;
  readonly label: Bilingual;
  readonly description: Bilingual;
  readonly years: { readonly report: readonly number[]; readonly filings: readonly number[] };
  /** Quarters the filings have ("2025Q1"…); the report has none. */
  readonly quarters: readonly string[];
  /** Evidence classes of the metric's figures, report first. */
  readonly evidence: readonly Evidence[];
}

/** Every metric with labels (en/fr) and the years each basis has (built on first use). */
export const metricList = lazy((): readonly MetricInfo[] =>
  METRIC_IDS.map((id) => ({
    id,
    kind: METRICS[id].kind,
    label: METRICS[id].label,
    description: METRICS[id].description,
    years: { report: yearsOf("report", id), filings: yearsOf("filings", id) },
    quarters: quartersOf("filings", id).map((r) => `${r.year}Q${r.quarter}`),
    evidence: evidenceOf(id),
  })),
);

function evidenceOf(metric: MetricId): Evidence[] {
  const found = new Set(
    figures()
      .filter((f) => f.metric === metric)
      .map((f) => f.provenance.evidence),
  );
  return EVIDENCE_CLASSES.filter((e) => found.has(e));
}

/** "2022–2025 filed; 2025 secondary": which periods each class covers in the filings. */
function evidenceSummary(metric: MetricId, lang: Lang): string {
  const parts: string[] = [];
  for (const e of evidenceOf(metric)) {
    const ofClass = figures().filter((f) => f.metric === metric && f.provenance.evidence === e);
    const years = ofClass.filter((f) => f.quarter === undefined).map((f) => f.year);
    const quarters = ofClass.filter((f) => f.quarter !== undefined).length;
    const what = [
      years.length > 0 ? formatYears([...new Set(years)], lang) : "",
      quarters > 0 ? `${quarters} ${lang === "fr" ? "trim." : "qtr"}` : "",
    ].filter((x) => x !== "");
    parts.push(`${EVIDENCE_TAG[e][lang]} ${what.join(" + ")}`);
  }
  return parts.join(sep(lang));
}

export interface KpiInfo {
  readonly id: KpiId;
  readonly kind: MetricKind;
  readonly label: Bilingual;
  readonly value: number;
}

export const kpiList = lazy((): readonly KpiInfo[] =>
  KPI_IDS.map((id) => {
    const k = kpiRecord(id);
    return { id, kind: k.kind, label: k.label, value: k.value };
  }),
);

function unitText(kind: MetricKind, lang: Lang): string {
  if (kind === "money") return lang === "fr" ? "Mds$" : "B$";
  if (kind === "ratio") return "ratio";
  if (kind === "per_share") return lang === "fr" ? "$/action" : "$/share";
  return lang === "fr" ? "nombre" : "count";
}

/** Report sections and filing sources a metric's figures cite. */
function sourceSummary(metric: MetricId, lang: Lang): string {
  const sections: string[] = [];
  const sources: FilingSourceKey[] = [];
  let computed = false;
  for (const f of figures()) {
    if (f.metric !== metric) continue;
    const p = f.provenance;
    if (p.basis === "report") {
      if (!sections.includes(p.sectionTitle)) sections.push(p.sectionTitle);
    } else {
      if (p.flags.includes("computed")) computed = true;
      for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
    }
  }
  const parts: string[] = [];
  if (sections.length > 0) parts.push(`${lang === "fr" ? "Rapport" : "Report"} ${sections.join(", ")}`);
  if (sources.length > 0) {
    const word =
      lang === "fr" ? (computed ? "dépôts (calculé)" : "dépôts") : computed ? "filings (computed)" : "filings";
    parts.push(`${word}${lang === "fr" ? " :" : ":"} ${sources.join(", ")}`);
  }
  return parts.join(sep(lang));
}

/** METRICS(): the catalogue, header row first. */
export function catalogueSpill(lang: Lang): Spill {
  const header =
    lang === "fr"
      ? [
          "id",
          "libellé",
          "unité",
          "années (rapport)",
          "années (dépôts)",
          "source",
          "trimestres (dépôts)",
          "classe de preuve",
        ]
      : [
          "id",
          "label",
          "unit",
          "years (report)",
          "years (filings)",
          "source section",
          "quarters (filings)",
          "evidence",
        ];
  const rows: Spill = [header];
  for (const m of metricList()) {
    rows.push([
      m.id,
      m.label[lang],
      unitText(m.kind, lang),
      m.years.report.length > 0 ? formatYears(m.years.report, lang) : "—",
      m.years.filings.length > 0 ? formatYears(m.years.filings, lang) : "—",
      sourceSummary(m.id, lang),
      m.quarters.length > 0
        ? formatQuarters(quartersOf("filings", m.id), lang)
        : lang === "fr"
          ? "annuel seulement"
          : "annual only",
      evidenceSummary(m.id, lang),
    ]);
  }
  return rows;
}
