/**
 * Growth between two years of one metric.
 *
 * Methods (French words accepted):
 * - "total" (default; "croissance", "variation"): to / from − 1;
 * - "cagr" ("tcam", "tcac", "annualisé"): (to / from)^(1 / years) − 1;
 * - "multiple" ("fois", "x"): to / from;
 * - "reported" ("rapporté", "rapport", "annoncé"): the rate the report prints, for consecutive
 *   years only. "publié" is refused here on purpose: as a basis it means Amazon's filed figures, so
 *   as a method it would read both ways.
 *
 * Both years always come from one basis: growth never mixes the report's rounded figures with the
 * filed ones. With no basis named, the report answers when it has both years, else the filings.
 * A zero or negative starting value has no meaningful growth (#VALUE!), and neither has a CAGR
 * across a change of sign. A ratio (a margin) changes in points: "total" is to − from (ratioChange).
 */
import { type MetricId, METRICS, REPORT_CLAIMS } from "../../data/index";
import type { BasisChoice } from "../dataset";
import { findFigure, yearsOf } from "../dataset";
import { type AmznError, type Bilingual, type Lang, malformed, notAvailable } from "../runtime";
import { basisHas, basisName, formatNumber, formatYears, otherBasis, q, yearLabel } from "../wording";
import { isBlank, scalarArg } from "../inputs";
import { resolveChoice } from "../inputs";
import type { Period } from "../dataset";
import { normalize } from "../wording";
import { quarterGrowth } from "../dataset";

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

function both(make: (lang: Lang) => string): [string, string] {
  return [make("en"), make("fr")];
}

/** Growth of `metric` from `from` to `to` by `method`, as a fraction (or a multiple). */
export function computeGrowth(
  metric: MetricId,
  from: Period,
  to: Period,
  method: GrowthMethod,
  choice: BasisChoice,
): number {
  // Quarters and LTM periods (PRODUCT.md, "Quarters"): year-on-year for a quarter, see quarters.ts.
  if (from.quarter !== undefined || to.quarter !== undefined) return quarterGrowth(metric, from, to, method, choice);
  if (from.year >= to.year) {
    throw malformed(
      `from (${yearLabel(from.year)}) must be before to (${yearLabel(to.year)})`,
      `le début (${yearLabel(from.year)}) doit précéder la fin (${yearLabel(to.year)})`,
    );
  }
  if (method === "reported") return reportedGrowth(metric, from, to, choice);

  const candidates = choice.named ? [choice.basis] : [choice.basis, otherBasis(choice.basis)];
  for (const basis of candidates) {
    const a = findFigure(basis, metric, from.year);
    const b = findFigure(basis, metric, to.year);
    if (a === undefined || b === undefined) continue;
    return growthOf(metric, a.value, b.value, from.year, to.year, method, basis);
  }
  throw missingEndpoints(metric, from.year, to.year, choice);
}

function growthOf(
  metric: MetricId,
  a: number,
  b: number,
  fromYear: number,
  toYear: number,
  method: Exclude<GrowthMethod, "reported">,
  basis: "report" | "filings",
): number {
  const unit = basis === "report" ? { en: "B$", fr: "Mds$" } : { en: "M$", fr: "M$" };
  if (METRICS[metric].kind === "ratio") return ratioChange(metric, a, b, method);
  if (a === 0) {
    throw malformed(
      `no growth from zero: ${metric} is 0 in ${yearLabel(fromYear)}`,
      `pas de croissance depuis zéro : ${q(metric, "fr")} vaut 0 en ${yearLabel(fromYear)}`,
    );
  }
  if (a < 0) {
    throw malformed(
      `growth from a negative base is not meaningful: ${metric} is ${formatNumber(a, "en")} ${unit.en} in ${yearLabel(fromYear)} (${basisName(basis, "en")})`,
      `une croissance depuis une base négative n'a pas de sens : ${q(metric, "fr")} vaut ${formatNumber(a, "fr")} ${unit.fr} en ${yearLabel(fromYear)} (${basisName(basis, "fr")})`,
    );
  }
  const ratio = b / a;
  let result: number;
  if (method === "total") result = ratio - 1;
  else if (method === "multiple") result = ratio;
  else {
    if (ratio < 0) {
      throw malformed(
        `no CAGR across a change of sign: ${metric} goes from ${formatNumber(a, "en")} to ${formatNumber(b, "en")}`,
        `pas de TCAM à travers un changement de signe : ${q(metric, "fr")} passe de ${formatNumber(a, "fr")} à ${formatNumber(b, "fr")}`,
      );
    }
    const years = toYear - fromYear;
    result = years === 1 ? ratio - 1 : years === 2 ? Math.sqrt(ratio) - 1 : ratio ** (1 / years) - 1;
  }
  if (!Number.isFinite(result)) {
    throw malformed(
      `growth of ${metric} is not a finite number`,
      `la croissance de ${q(metric, "fr")} n'est pas un nombre fini`,
    );
  }
  return result;
}

/**
 * GROWTH of a ratio (a margin): "total" is the change in points, to − from, as a fraction
 * (0.38 − 0.30 = 0.08, shown 8.0% in a percent cell): analysts read a margin's change in points,
 * and a relative change of a margin (+27%) is routinely misread as one. "multiple" stays to / from.
 * A compound annual rate of a margin means nothing: refused, saying how to get the change.
 */
function ratioChange(metric: MetricId, a: number, b: number, method: Exclude<GrowthMethod, "reported">): number {
  if (method === "total") return b - a;
  if (method === "multiple") {
    if (a === 0) {
      throw malformed(
        `no multiple from zero: ${metric} is 0 at the start`,
        `pas de multiple depuis zéro : ${q(metric, "fr")} vaut 0 au début`,
      );
    }
    return b / a;
  }
  throw malformed(
    `a compound annual growth rate of a ratio (${metric}) is not meaningful; method "total" gives its change in points (to − from, as a fraction)`,
    `un taux de croissance annuel moyen d'un ratio (${q(metric, "fr")}) n'a pas de sens ; la méthode « total » donne sa variation en points (fin − début, en fraction)`,
  );
}

function reportedGrowth(metric: MetricId, from: Period, to: Period, choice: BasisChoice): number {
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
      return claim.value;
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

function missingEndpoints(metric: MetricId, fromYear: number, toYear: number, choice: BasisChoice): AmznError {
  const [en, fr] = both((lang) => {
    const f = yearLabel(fromYear);
    const t = yearLabel(toYear);
    if (choice.named) {
      const basis = choice.basis;
      const years = yearsOf(basis, metric);
      const missing = years.includes(fromYear) ? t : f;
      const other = otherBasis(basis);
      const otherYears = yearsOf(other, metric);
      const otherHasBoth = otherYears.includes(fromYear) && otherYears.includes(toYear);
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
