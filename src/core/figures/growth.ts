/**
 * GROWTH of one metric between two periods of one kind: two fiscal years, two quarters
 * (year-on-year for a quarter) or two LTM periods (PRODUCT.md, GROWTH and "Quarters").
 *
 * Methods (French words accepted):
 * - "total" (default; "croissance", "variation"): to / from − 1, or to − from for a ratio;
 * - "cagr" ("tcam", "tcac", "annualisé"): (to / from)^(1 / years) − 1;
 * - "multiple" ("fois", "x"): to / from;
 * - "reported" ("rapporté", "rapport", "annoncé"): the rate the report prints, for consecutive
 *   years only. "publié" is refused here on purpose: as a basis it means Amazon's filed figures, so
 *   as a method it would read both ways.
 *
 * One engine for every period kind, driven by two tables: GROWTH_RULES (what each method means for
 * each kind of metric) and PERIOD_RULES (how far apart two periods are in years, and whether the
 * report prints a rate for them). Two engines, one per period kind, once gave a margin's change in
 * points between years but a relative change between quarters: every rule lives here, once.
 *
 * Both periods always come from one basis: growth never mixes the report's rounded figures with the
 * filed ones. With no basis named, the report answers when it has both periods, else the filings.
 */
import { type Basis, type MetricId, type MetricKind, type ReportClaim, METRICS, REPORT_CLAIMS } from "../../data/index";
import type { BasisChoice, Figure, Period, PeriodKind } from "../dataset";
import {
  checkSameKind,
  findPeriodFigure,
  lookupPeriod,
  periodKind,
  periodLabel,
  periodOrdinal,
  yearsOf,
} from "../dataset";
import { type AmznError, type Bilingual, type Lang, malformed, notAvailable } from "../runtime";
import { basisHas, basisName, formatNumber, formatYears, otherBasis, q, yearLabel } from "../wording";
import { isBlank, scalarArg } from "../inputs";
import { resolveChoice } from "../inputs";
import { normalize } from "../wording";
import { figurePeriod, figureValueText } from "./source";
export type GrowthMethod = "total" | "cagr" | "multiple" | "reported";

export const GROWTH_METHODS: readonly GrowthMethod[] = ["total", "cagr", "multiple", "reported"];

const METHOD_NAMES = [
  ["total", ["total", "growth", "change", "percent", "pct", "%", "croissance", "variation", "evolution"]],
  [
    "cagr",
    [
      "cagr",
      "compound",
      "annual",
      "annualised",
      "annualized",
      "tcam",
      "tcac",
      "annuel",
      "annualise",
      "taux de croissance annuel moyen",
      "croissance annuelle moyenne",
    ],
  ],
  ["multiple", ["multiple", "x", "×", "times", "fois", "multiplicateur"]],
  [
    "reported",
    ["reported", "printed", "as reported", "report", "rapporte", "rapport", "annonce", "imprime", "taux du rapport"],
  ],
] as const;

const METHOD_ALIASES: ReadonlyMap<string, GrowthMethod> = new Map<string, GrowthMethod>(
  METHOD_NAMES.flatMap(([method, names]) => names.map((n) => [normalize(n), method] as const)),
);

/** French spellings for suggestions: a typo of « rapporté » is answered « rapporté », not "reported". */
const METHOD_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["rapporte", "rapporté"],
  ["annonce", "annoncé"],
  ["imprime", "imprimé"],
  ["evolution", "évolution"],
  ["annualise", "annualisé"],
]);

const METHOD: Bilingual = { en: "method", fr: "méthode" };

export function parseMethod(arg: unknown): GrowthMethod {
  const value = scalarArg(arg, METHOD);
  if (isBlank(value)) return "total";
  if (typeof value === "string" && ["publie", "publiee", "publies"].includes(normalize(value))) {
    throw malformed(
      `method 'publié' is ambiguous: for the rate the report prints use "reported" (or "rapporté"); for filed figures pass basis "filings"`,
      `méthode « publié » ambiguë : pour le taux imprimé par le rapport, utilisez « rapporté » ; pour les chiffres déposés, passez la base « publié »`,
    );
  }
  return resolveChoice(
    value,
    METHOD,
    { en: "unknown method", fr: "méthode inconnue" },
    METHOD_ALIASES,
    GROWTH_METHODS,
    {
      en: "French: croissance, tcam, fois, rapporté",
      fr: "en français : croissance, tcam, fois, rapporté",
    },
    METHOD_SPELLINGS,
    ["total", "tcam", "fois", "rapporté"],
  );
}

/** The methods computed from two figures ("reported" reads a printed rate instead). */
export type ComputedMethod = Exclude<GrowthMethod, "reported">;

/**
 * What a method computes from two figures a and b:
 * - "relative": b / a − 1;
 * - "points": b − a, the change of a ratio in points as a fraction (0.38 − 0.30 = 0.08, shown 8.0%
 *   in a percent cell): analysts read a margin's change in points, and a relative change of a
 *   margin (+27%) is routinely misread as one;
 * - "compound": (b / a)^(1 / years) − 1, refused across a change of sign;
 * - "quotient": b / a;
 * - "refused": no meaning for this kind of metric (a compound annual rate of a margin).
 * Every reading that divides by a needs a positive start: growth from zero is undefined, and from a
 * negative base its sign reads backwards.
 */
export type GrowthReading = "relative" | "points" | "compound" | "quotient" | "refused";

/** What each method means for each kind of metric, whatever the period kind. */
export const GROWTH_RULES: Readonly<Record<MetricKind, Readonly<Record<ComputedMethod, GrowthReading>>>> = {
  money: { total: "relative", cagr: "compound", multiple: "quotient" },
  count: { total: "relative", cagr: "compound", multiple: "quotient" },
  per_share: { total: "relative", cagr: "compound", multiple: "quotient" },
  ratio: { total: "points", cagr: "refused", multiple: "quotient" },
};

export interface PeriodRule {
  /** Years between two periods of this kind, the root a CAGR takes. */
  readonly yearsApart: (from: Period, to: Period) => number;
  /** Whether the report prints growth rates between periods of this kind (it prints yearly rates). */
  readonly reported: boolean;
}

const quartersApart = (from: Period, to: Period): number => (periodOrdinal(to) - periodOrdinal(from)) / 4;

/** What each period kind allows: an LTM period moves by quarters, like the quarter it ends at. */
export const PERIOD_RULES: Readonly<Record<PeriodKind, PeriodRule>> = {
  year: { yearsApart: (from, to) => to.year - from.year, reported: true },
  quarter: { yearsApart: quartersApart, reported: false },
  ltm: { yearsApart: quartersApart, reported: false },
};

/** A growth and what it was computed from, for the data card. */
export interface Growth {
  readonly value: number;
  /** The basis both figures come from ("report" for a printed rate). */
  readonly basis: Basis;
  /** The two figures, absent for a printed rate. */
  readonly start?: Figure;
  readonly end?: Figure;
  /** The printed rate "reported" read. */
  readonly claim?: Extract<ReportClaim, { kind: "growth" }>;
}

/** Growth of `metric` from `from` to `to` by `method`, as a fraction (or a multiple). */
export function computeGrowth(
  metric: MetricId,
  from: Period,
  to: Period,
  method: GrowthMethod,
  choice: BasisChoice,
): number {
  return measureGrowth(metric, from, to, method, choice).value;
}

/** computeGrowth with the figures (or the printed rate) it used. */
export function measureGrowth(
  metric: MetricId,
  from: Period,
  to: Period,
  method: GrowthMethod,
  choice: BasisChoice,
): Growth {
  checkSameKind(from, to);
  if (periodOrdinal(from) >= periodOrdinal(to)) {
    throw malformed(
      `from (${periodLabel(from)}) must be before to (${periodLabel(to)})`,
      `le début (${periodLabel(from)}) doit précéder la fin (${periodLabel(to)})`,
    );
  }
  const periods = PERIOD_RULES[periodKind(from)];
  if (method === "reported") {
    if (!periods.reported) {
      throw malformed(
        `method "reported" reads the yearly rates the report prints; for quarters and LTM periods use "total", "cagr" or "multiple"`,
        `la méthode « rapporté » lit les taux annuels imprimés par le rapport ; pour des trimestres et des périodes LTM utilisez « total », « tcam » ou « fois »`,
      );
    }
    return reportedGrowth(metric, from, to, choice);
  }
  // A method that means nothing for this metric is refused before any figure is looked up: the
  // answer would be #VALUE! whichever figures the dataset has.
  const reading = GROWTH_RULES[METRICS[metric].kind][method];
  if (reading === "refused") throw refusedMethod(metric);

  const candidates: Basis[] = choice.named ? [choice.basis] : [choice.basis, otherBasis(choice.basis)];
  for (const basis of candidates) {
    const start = findPeriodFigure(basis, metric, from);
    const end = findPeriodFigure(basis, metric, to);
    if (start === undefined || end === undefined) continue;
    const value = applyReading(reading, metric, start, end, periods.yearsApart(from, to), method);
    return { value, basis, start, end };
  }
  throw missingEndpoints(metric, from, to, choice, candidates);
}

function applyReading(
  reading: Exclude<GrowthReading, "refused">,
  metric: MetricId,
  start: Figure,
  end: Figure,
  years: number,
  method: ComputedMethod,
): number {
  const [a, b] = [start.value, end.value];
  if (reading === "points") return finiteGrowth(metric, b - a);
  if (a <= 0) throw nonPositiveStart(metric, start, method);
  const ratio = b / a;
  if (reading === "quotient") return finiteGrowth(metric, ratio);
  if (reading === "relative") return finiteGrowth(metric, ratio - 1);
  if (ratio < 0) {
    throw malformed(
      `no CAGR across a change of sign: ${metric} goes from ${formatNumber(a, "en")} to ${formatNumber(b, "en")}`,
      `pas de TCAM à travers un changement de signe : ${q(metric, "fr")} passe de ${formatNumber(a, "fr")} à ${formatNumber(b, "fr")}`,
    );
  }
  // Exact forms for one and two years, so a two-year CAGR is exactly √(b/a) − 1.
  return finiteGrowth(metric, years === 1 ? ratio - 1 : years === 2 ? Math.sqrt(ratio) - 1 : ratio ** (1 / years) - 1);
}

function finiteGrowth(metric: MetricId, result: number): number {
  if (!Number.isFinite(result)) {
    throw malformed(
      `growth of ${metric} is not a finite number`,
      `la croissance de ${q(metric, "fr")} n'est pas un nombre fini`,
    );
  }
  return result;
}

const METHOD_NOUN: Readonly<Record<ComputedMethod, Bilingual>> = {
  total: { en: "growth", fr: "croissance" },
  cagr: { en: "CAGR", fr: "TCAM" },
  multiple: { en: "multiple", fr: "multiple" },
};

function nonPositiveStart(metric: MetricId, start: Figure, method: ComputedMethod): AmznError {
  const at = figurePeriod(start);
  const noun = METHOD_NOUN[method];
  if (start.value === 0) {
    return malformed(
      `no ${noun.en} from zero: ${metric} is 0 in ${at}`,
      `pas de ${noun.fr} depuis zéro : ${q(metric, "fr")} vaut 0 en ${at}`,
    );
  }
  const article = method === "total" ? "une" : "un";
  return malformed(
    `${noun.en} from a negative base is not meaningful: ${metric} is ${figureValueText(start, "en")} in ${at} (${basisName(start.basis, "en")})`,
    `${article} ${noun.fr} depuis une base négative n'a pas de sens : ${q(metric, "fr")} vaut ${figureValueText(start, "fr")} en ${at} (${basisName(start.basis, "fr")})`,
  );
}

function refusedMethod(metric: MetricId): AmznError {
  return malformed(
    `a compound annual growth rate of a ratio (${metric}) is not meaningful; method "total" gives its change in points (to − from, as a fraction)`,
    `un taux de croissance annuel moyen d'un ratio (${q(metric, "fr")}) n'a pas de sens ; la méthode « total » donne sa variation en points (fin − début, en fraction)`,
  );
}

function reportedGrowth(metric: MetricId, from: Period, to: Period, choice: BasisChoice): Growth {
  if (choice.named && choice.basis === "filings") {
    throw malformed(
      `method "reported" reads the rates the report prints; basis 'filings' has none: use "total" or "cagr"`,
      `la méthode « rapporté » lit les taux imprimés par le rapport ; la base « publié » n'en a pas : utilisez « total » ou « tcam »`,
    );
  }
  if (to.year - from.year !== 1) {
    throw malformed(
      `method "reported" needs consecutive years (the report prints year-on-year rates), not ${yearLabel(from.year)}→${yearLabel(to.year)}`,
      `la méthode « rapporté » demande des années consécutives (le rapport imprime des taux annuels), pas ${yearLabel(from.year)}→${yearLabel(to.year)}`,
    );
  }
  for (const claim of REPORT_CLAIMS) {
    if (claim.kind === "growth" && claim.metric === metric && claim.from === from.year && claim.to === to.year) {
      return { value: claim.value, basis: "report", claim };
    }
  }
  const spans: string[] = [];
  const metrics: string[] = [];
  for (const c of REPORT_CLAIMS) {
    if (c.kind !== "growth") continue;
    if (!metrics.includes(c.metric)) metrics.push(c.metric);
    const span = `${c.from}→${c.to}`;
    if (!spans.includes(span)) spans.push(span);
  }
  const asked = `${yearLabel(from.year)}→${yearLabel(to.year)}`;
  const en = `the report prints no growth rate for ${metric} ${asked}; it prints rates for ${metrics.join(", ")} (${spans.join(", ")}); use "total" to compute one`;
  const fr = `le rapport n'imprime pas de taux de croissance de ${q(metric, "fr")} pour ${asked} ; il en imprime pour ${metrics.join(", ")} (${spans.join(", ")}) ; utilisez « total » pour le calculer`;
  throw notAvailable(en, fr);
}

/**
 * The #N/A when no basis has both periods. A quarter or an LTM period says why the last basis
 * tried lacks it (lookupPeriod's reason: the quarters that exist, the quarter an LTM misses).
 */
function missingEndpoints(
  metric: MetricId,
  from: Period,
  to: Period,
  choice: BasisChoice,
  candidates: readonly Basis[],
): AmznError {
  if (periodKind(from) !== "year") {
    const last = candidates[candidates.length - 1] ?? choice.basis;
    for (const period of [from, to]) lookupPeriod(metric, period, last);
  }
  const [en, fr] = both((lang) => {
    const f = yearLabel(from.year);
    const t = yearLabel(to.year);
    if (choice.named) {
      const basis = choice.basis;
      const years = yearsOf(basis, metric);
      const missing = years.includes(from.year) ? t : f;
      const other = otherBasis(basis);
      const otherYears = yearsOf(other, metric);
      const otherHasBoth = otherYears.includes(from.year) && otherYears.includes(to.year);
      const has = formatYears(years, lang);
      if (lang === "fr") {
        return `${basisName(basis, lang)} ${basisHas(basis, lang, true)} ${q(metric, lang)} pour ${missing} ; années ${has}${otherHasBoth ? `, ou base ${q(other, lang)}` : ""}`;
      }
      return `${basisName(basis, lang)} ${basisHas(basis, lang, true)} ${metric} for ${missing}; years ${has}${otherHasBoth ? `, or basis ${q(other, lang)}` : ""}`;
    }
    const r = formatYears(yearsOf("report", metric), lang);
    const fi = formatYears(yearsOf("filings", metric), lang);
    if (lang === "fr") {
      return `aucune base n'a ${q(metric, lang)} à la fois pour ${f} et ${t} : le rapport a ${r}, les dépôts ${fi} ; une croissance ne mélange jamais les bases`;
    }
    return `no single basis has ${metric} for both ${f} and ${t}: the report has ${r}, the filings ${fi}; growth never mixes bases`;
  });
  return notAvailable(en, fr);
}

function both(make: (lang: Lang) => string): [string, string] {
  return [make("en"), make("fr")];
}
