/** Labels and the catalogue of metrics and KPIs, for METRICS() and the task pane. */
import {
  type FilingSourceKey,
  type KpiId,
  type MetricId,
  type MetricKind,
  type Labels,
  KPI_IDS,
  METRICS,
  METRIC_IDS,
  REPORT_KPIS,
} from "../data";
import { FIGURES, yearsOf } from "./dataset";
import type { Lang, Spill } from "./errors";
import { formatYears, sep } from "./format";

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
  readonly label: Labels;
  readonly description: Labels;
  readonly years: { readonly report: readonly number[]; readonly filings: readonly number[] };
}

/** Every metric with labels (en/fr) and the years each basis has. */
export const METRIC_LIST: readonly MetricInfo[] = METRIC_IDS.map((id) => ({
  id,
  kind: METRICS[id].kind,
  label: METRICS[id].label,
  description: METRICS[id].description,
  years: { report: yearsOf("report", id), filings: yearsOf("filings", id) },
}));

export interface KpiInfo {
  readonly id: KpiId;
  readonly kind: MetricKind;
  readonly label: Labels;
  readonly value: number;
}

export const KPI_LIST: readonly KpiInfo[] = KPI_IDS.map((id) => {
  const k = kpiRecord(id);
  return { id, kind: k.kind, label: k.label, value: k.value };
});

function unitText(kind: MetricKind, lang: Lang): string {
  if (kind === "money") return lang === "fr" ? "Mds$" : "B$";
  if (kind === "ratio") return "ratio";
  return lang === "fr" ? "nombre" : "count";
}

/** Report sections and filing sources a metric's figures cite. */
function sourceSummary(metric: MetricId, lang: Lang): string {
  const sections: string[] = [];
  const sources: FilingSourceKey[] = [];
  let computed = false;
  for (const f of FIGURES) {
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
      ? ["id", "libellé", "unité", "années (rapport)", "années (dépôts)", "source"]
      : ["id", "label", "unit", "years (report)", "years (filings)", "source section"];
  const rows: Spill = [header];
  for (const m of METRIC_LIST) {
    rows.push([
      m.id,
      m.label[lang],
      unitText(m.kind, lang),
      m.years.report.length > 0 ? formatYears(m.years.report, lang) : "—",
      m.years.filings.length > 0 ? formatYears(m.years.filings, lang) : "—",
      sourceSummary(m.id, lang),
    ]);
  }
  return rows;
}
