/**
 * The dataset as one index of figures with provenance: the report's figures, the filed figures,
 * and the filings figures computed from them (free cash flow, margins), each flagged "computed".
 * Lookups with the fallback rule of PRODUCT.md live here.
 */
import { lazy } from "../runtime";
import {
  type Basis,
  type Evidence,
  type FilingSourceKey,
  type Flag,
  type Bilingual,
  type MetricId,
  type Quarter,
  type ReportSectionId,
  type StoredUnit,
  FILINGS_DERIVATIONS,
  FILINGS_FIGURES,
  METRICS,
  REPORT_FIGURES,
  REPORT_SECTIONS,
} from "../../data/index";
import { type AmznError, type Lang, notAvailable } from "../runtime";
import { basisHas, basisName, formatNumber, formatYears, isPlanYear, otherBasis, q, sep, yearLabel } from "../wording";

export interface ReportProvenance {
  readonly basis: "report";
  /** Always "report": the report's figure as printed. */
  readonly evidence: "report";
  readonly section: ReportSectionId;
  /** "§1 Résultats financiers globaux", as the report titles it. */
  readonly sectionTitle: string;
  /** The label as printed (fr) and its English translation. */
  readonly label: Bilingual;
  /** The figure as printed, e.g. "~91 Mds$". */
  readonly printed: string;
  readonly flags: readonly Flag[];
  readonly note?: Bilingual;
}

export interface Operand {
  readonly metric: MetricId;
  readonly year: number;
  /** Set when the operand is a quarter's figure. */
  readonly quarter?: Quarter;
  readonly value: number;
}

export interface FilingsProvenance {
  readonly basis: "filings";
  /** filed, release, derived or secondary (PRODUCT.md): how the figure is known. */
  readonly evidence: Exclude<Evidence, "report">;
  readonly sources: readonly FilingSourceKey[];
  /** The line item as filed (en) and its French translation. */
  readonly label: Bilingual;
  readonly flags: readonly Flag[];
  readonly note?: Bilingual;
  /** For computed figures: the formula in words and the filed figures it uses. */
  readonly computation?: {
    readonly op: "difference" | "sum" | "ratio";
    readonly formula: Bilingual;
    readonly operands: readonly Operand[];
  };
  /** Parts that add up to the value (AWS operating income 2025: the four quarters). */
  readonly components?: readonly number[];
}

export type Provenance = ReportProvenance | FilingsProvenance;

export interface Figure {
  readonly basis: Basis;
  readonly metric: MetricId;
  readonly year: number;
  /** Set for a quarter's figure (filings only); absent for a fiscal year. */
  readonly quarter?: Quarter;
  /** The twelve months ending at `quarter` (computed by core, never stored). */
  readonly ltm?: boolean;
  /** A plan year (2026E): an estimate. */
  readonly plan: boolean;
  /** In the stored unit: B$ (report), M$ (filings), or a fraction for ratios. */
  readonly value: number;
  readonly unit: StoredUnit;
  readonly provenance: Provenance;
}

export function sectionTitle(section: ReportSectionId): string {
  const s = REPORT_SECTIONS[section];
  return s.number === "" ? s.title.fr : `${s.number} ${s.title.fr}`;
}

/** "§1 Financial results" / "§1 Résultats financiers globaux": the section in `lang`. */
export function sectionName(section: ReportSectionId, lang: Lang): string {
  const s = REPORT_SECTIONS[section];
  return `${s.number} ${s.title[lang]}`.trim();
}

function storedUnit(metric: MetricId, basis: Basis): StoredUnit {
  const kind = METRICS[metric].kind;
  if (kind === "ratio") return "ratio";
  if (kind === "count") return "count";
  if (kind === "per_share") return "$/sh";
  return basis === "report" ? "B$" : "M$";
}

function buildFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const r of REPORT_FIGURES) {
    figures.push({
      basis: "report",
      metric: r.metric,
      year: r.year,
      plan: r.plan,
      value: r.value,
      unit: storedUnit(r.metric, "report"),
      provenance: {
        basis: "report",
        evidence: "report",
        section: r.section,
        sectionTitle: sectionTitle(r.section),
        label: r.label,
        printed: r.printed,
        flags: r.plan && !r.flags.includes("estimate") ? [...r.flags, "estimate"] : r.flags,
        ...(r.note === undefined ? {} : { note: r.note }),
      },
    });
  }
  const filed = new Map<string, Figure>();
  for (const f of FILINGS_FIGURES) {
    const figure: Figure = {
      basis: "filings",
      metric: f.metric,
      year: f.year,
      ...(f.quarter === undefined ? {} : { quarter: f.quarter }),
      plan: f.quarter === undefined && isPlanYear(f.year),
      value: f.value,
      unit: storedUnit(f.metric, "filings"),
      provenance: {
        basis: "filings",
        evidence: f.evidence,
        sources: f.sources,
        label: f.label,
        flags: f.flags,
        ...(f.note === undefined ? {} : { note: f.note }),
        ...(f.components === undefined ? {} : { components: f.components }),
      },
    };
    figures.push(figure);
    filed.set(key("filings", f.metric, f.year, f.quarter), figure);
  }
  // Derivations in declaration order: a derived figure (net capex) can be an operand of a later one (FCF).
  for (const d of FILINGS_DERIVATIONS) {
    const periods = [...filed.values()]
      .filter((f) => f.metric === d.left)
      .map((f) => ({ year: f.year, quarter: f.quarter }))
      .sort((a, b) => a.year - b.year || (a.quarter ?? 0) - (b.quarter ?? 0));
    for (const { year, quarter } of periods) {
      const left = filed.get(key("filings", d.left, year, quarter));
      const right = filed.get(key("filings", d.right, year, quarter));
      if (left === undefined || right === undefined || filed.has(key("filings", d.metric, year, quarter))) continue;
      if (d.op === "ratio" && right.value === 0) continue;
      const value =
        d.op === "difference"
          ? left.value - right.value
          : d.op === "sum"
            ? left.value + right.value
            : left.value / right.value;
      const sources: FilingSourceKey[] = [];
      for (const s of [...sourcesOf(left), ...sourcesOf(right)]) if (!sources.includes(s)) sources.push(s);
      const note = quarter === undefined ? d.notes?.[year] : undefined;
      const rounded = [left, right].some((f) => f.provenance.flags.includes("rounded"));
      const figure: Figure = {
        basis: "filings",
        metric: d.metric,
        year,
        ...(quarter === undefined ? {} : { quarter }),
        plan: quarter === undefined && isPlanYear(year),
        value,
        unit: storedUnit(d.metric, "filings"),
        provenance: {
          basis: "filings",
          evidence: "derived",
          sources,
          label: d.label,
          flags: rounded ? ["computed", "rounded"] : ["computed"],
          ...(note === undefined ? {} : { note }),
          computation: {
            op: d.op,
            formula: d.formula,
            operands: [
              { metric: d.left, year, ...(quarter === undefined ? {} : { quarter }), value: left.value },
              { metric: d.right, year, ...(quarter === undefined ? {} : { quarter }), value: right.value },
            ],
          },
        },
      };
      figures.push(figure);
      filed.set(key("filings", d.metric, year, quarter), figure);
    }
  }
  return figures;
}

function sourcesOf(figure: Figure): readonly FilingSourceKey[] {
  return figure.provenance.basis === "filings" ? figure.provenance.sources : [];
}

function key(basis: Basis, metric: MetricId, year: number, quarter?: Quarter): string {
  return quarter === undefined ? `${basis}|${metric}|${year}` : `${basis}|${metric}|${year}Q${quarter}`;
}

/** Every figure of both bases, computed ones included (built on first use: lazy.ts). */
export const figures: () => readonly Figure[] = lazy(buildFigures);

const index = lazy(
  (): ReadonlyMap<string, Figure> => new Map(figures().map((f) => [key(f.basis, f.metric, f.year, f.quarter), f])),
);

const years = lazy((): ReadonlyMap<string, readonly number[]> => {
  const map = new Map<string, number[]>();
  for (const f of figures()) {
    if (f.quarter !== undefined) continue;
    const k = `${f.basis}|${f.metric}`;
    const list = map.get(k) ?? [];
    list.push(f.year);
    map.set(k, list);
  }
  for (const list of map.values()) list.sort((a, b) => a - b);
  return map;
});

/** The fiscal-year figure stored (or computed) in exactly this basis, no fallback. */
export function findFigure(basis: Basis, metric: MetricId, year: number): Figure | undefined {
  return index().get(key(basis, metric, year));
}

/** A quarter's figure in exactly this basis, no fallback. */
export function findQuarterFigure(basis: Basis, metric: MetricId, year: number, quarter: Quarter): Figure | undefined {
  return index().get(key(basis, metric, year, quarter));
}

/** A quarter as a sortable index: 2025Q1 -> 8101. */
export function quarterIndex(year: number, quarter: number): number {
  return year * 4 + quarter - 1;
}

export interface QuarterRef {
  readonly year: number;
  readonly quarter: Quarter;
}

const quarters = lazy((): ReadonlyMap<string, readonly QuarterRef[]> => {
  const map = new Map<string, QuarterRef[]>();
  for (const f of figures()) {
    if (f.quarter === undefined) continue;
    const k = `${f.basis}|${f.metric}`;
    const list = map.get(k) ?? [];
    list.push({ year: f.year, quarter: f.quarter });
    map.set(k, list);
  }
  for (const list of map.values())
    list.sort((a, b) => quarterIndex(a.year, a.quarter) - quarterIndex(b.year, b.quarter));
  return map;
});

/** Quarters a basis has for a metric, in order (only the filings have quarters). */
export function quartersOf(basis: Basis, metric: MetricId): readonly QuarterRef[] {
  return quarters().get(`${basis}|${metric}`) ?? [];
}

/** Years a basis has for a metric, ascending (plan years included). */
export function yearsOf(basis: Basis, metric: MetricId): readonly number[] {
  return years().get(`${basis}|${metric}`) ?? [];
}

/** The latest actual (non-plan) year of a basis: what "FY0" means. */
export function latestActualYear(basis: Basis): number {
  let latest = 0;
  for (const f of figures())
    if (f.basis === basis && f.quarter === undefined && !f.plan && f.year > latest) latest = f.year;
  return latest;
}

/** The result of a lookup: the figure, the basis asked for, and whether it fell back. */
export interface FigureLookup {
  /** In the stored unit (figure.unit). */
  readonly value: number;
  readonly figure: Figure;
  /** The basis the caller asked for (the default, "report", when none was named). */
  readonly requestedBasis: Basis;
  /** The basis the figure comes from. */
  readonly basis: Basis;
  /** True when the requested basis lacked the figure and the other basis supplied it. */
  readonly fallback: boolean;
}

/**
 * The typed lookup behind every data function (and the audit view and reconciliation).
 * With `basis` omitted, the report is asked first and the filings fill a figure it lacks; with a
 * basis named, only that basis answers. Throws AmznError "na" when the figure is missing.
 */
export function lookupFigure(metric: MetricId, year: number, basis?: Basis): FigureLookup {
  const requested: Basis = basis ?? "report";
  const direct = findFigure(requested, metric, year);
  if (direct !== undefined)
    return { value: direct.value, figure: direct, requestedBasis: requested, basis: requested, fallback: false };
  if (basis === undefined) {
    const other = otherBasis(requested);
    const fallback = findFigure(other, metric, year);
    if (fallback !== undefined)
      return { value: fallback.value, figure: fallback, requestedBasis: requested, basis: other, fallback: true };
  }
  if (basis !== "report") {
    const partial = partialYear(metric, year);
    if (partial !== undefined) throw partial;
  }
  throw missingFigure(metric, year, basis);
}

/**
 * A closed year the filings know only some quarters of (the Anthropic gains of 2025: Q1 and Q3):
 * a year's figure is the year's total, so the year is #N/A naming the quarters known, never one
 * quarter presented as the year. Undefined when the filings have no quarter of that year, or the
 * year is not closed.
 */
export function partialYear(metric: MetricId, year: number): AmznError | undefined {
  if (year > latestActualYear("filings") || findFigure("filings", metric, year) !== undefined) return undefined;
  const known = quartersOf("filings", metric)
    .filter((r) => r.year === year)
    .map((r) => ({ ...r, figure: findQuarterFigure("filings", metric, r.year, r.quarter) }));
  if (known.length === 0 || known.length === 4) return undefined;
  const list = (lang: Lang): string =>
    known.map((k) => `${k.year}Q${k.quarter} ${formatNumber(k.figure?.value ?? NaN, lang)}`).join(", ");
  return notAvailable(
    `the filings give ${metric} for ${yearLabel(year)} only by quarter: ${list("en")} (M$); a year's figure is the year's total, which no source gives`,
    `les dépôts ne donnent ${q(metric, "fr")} pour ${yearLabel(year)} que par trimestre : ${list("fr")} (M$) ; le chiffre d'un exercice est son total, qu'aucune source ne donne`,
  );
}

/** The #N/A error for a figure the dataset lacks, naming the years that exist. */
export function missingFigure(metric: MetricId, year: number, basis: Basis | undefined): AmznError {
  const message = (lang: Lang): string => {
    const y = yearLabel(year);
    if (basis === undefined) {
      const r = formatYears(yearsOf("report", metric), lang);
      const f = formatYears(yearsOf("filings", metric), lang);
      return lang === "fr"
        ? `aucune base n'a ${q(metric, lang)} pour ${y} : le rapport a ${r}, les dépôts ${f}`
        : `no basis has ${metric} for ${y}: the report has ${r}, the filings ${f}`;
    }
    const other = otherBasis(basis);
    const years = yearsOf(basis, metric);
    if (years.length === 0) return missingMetric(metric, basis).messages[lang];
    const otherYears = yearsOf(other, metric);
    const subject = `${basisName(basis, lang)} ${basisHas(basis, lang, true)}`;
    const head = lang === "fr" ? `${subject} ${q(metric, lang)} pour ${y}` : `${subject} ${metric} for ${y}`;
    const has = `${lang === "fr" ? "années" : "years"} ${formatYears(years, lang)}`;
    let tail = "";
    if (otherYears.includes(year))
      tail = lang === "fr" ? `, ou base ${q(other, lang)}` : `, or basis ${q(other, lang)}`;
    else if (otherYears.length > 0 && formatYears(otherYears, "en") !== formatYears(years, "en"))
      tail =
        lang === "fr"
          ? ` ; la base ${q(other, lang)} a ${formatYears(otherYears, lang)}`
          : `; basis ${q(other, lang)} has ${formatYears(otherYears, lang)}`;
    return `${head}${sep(lang)}${has}${tail}`;
  };
  return notAvailable(message("en"), message("fr"));
}

/** The #N/A error for a metric a basis has in no year at all. */
export function missingMetric(metric: MetricId, basis: Basis): AmznError {
  const message = (lang: Lang): string => {
    const other = otherBasis(basis);
    const otherYears = yearsOf(other, metric);
    const verb = lang === "fr" ? (basis === "report" ? "n'a" : "n'ont") : basisHas(basis, lang, true);
    const head = `${basisName(basis, lang)} ${verb} ${lang === "fr" ? q(metric, lang) : metric}`;
    const tail =
      otherYears.length === 0
        ? ""
        : lang === "fr"
          ? ` ; la base ${q(other, lang)} a ${formatYears(otherYears, lang)}`
          : `; basis ${q(other, lang)} has ${formatYears(otherYears, lang)}`;
    return lang === "fr" ? `${head} pour aucune année${tail}` : `${head} in any year${tail}`;
  };
  return notAvailable(message("en"), message("fr"));
}
