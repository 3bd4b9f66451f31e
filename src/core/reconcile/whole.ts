/**
 * The report judged whole (PRODUCT.md, "The report's claims, judged whole"), beside the claims
 * judged one by one (reconcile.ts):
 * - the report against itself: the 2023→2025 change in net income is "quasiment doublé" (summary),
 *   "multiplié par 2,6" (§1) and "quasiment tripler" (conclusion). One change cannot be ×2, ×2.6
 *   and ×3: status `inconsistent`, whatever each statement's own status;
 * - causal claims (AI drove the profit growth; Anthropic "contributed significantly to the
 *   doubling"; DeepFleet cut delivery times): figures can say how much changed and where, never why.
 *   Status `not testable from figures`, with what the figures do show beside it: the profit bridge's
 *   steps, the Anthropic gains by quarter, what the reference says DeepFleet does.
 */
import {
  FILINGS_FACTS,
  type KpiId,
  type Bilingual,
  type MetricId,
  REPORT_CLAIMS,
  REPORT_SECTIONS,
} from "../../data/index";
import { REPORT_WHOLE_CLAIMS, type ReportWholeClaim } from "../../data/index";
import { findFigure, findQuarterFigure, quartersOf } from "../dataset";
import { buildBridge } from "../figures";
import type { Lang } from "../runtime";
import { formatNumber, formatPercent, sep, yearLabel } from "../wording";
import { reconcileClaims } from "./reconcile";
import { type WholeStatus, statusWord } from "./status";

export interface WholeRow {
  readonly id: string;
  readonly kind: ReportWholeClaim["kind"];
  readonly metric: MetricId | KpiId;
  /** "2023→2025". */
  readonly period: string;
  /** The claim, with where the report makes it. */
  readonly claim: Bilingual;
  /** What the report says, as text: the three multiples, or the sentence as printed. */
  readonly reported: Bilingual;
  /** The filings' value where one applies (the multiple for the inconsistency), else null. */
  readonly filings: number | null;
  readonly status: WholeStatus;
  /** What the figures show. */
  readonly note: Bilingual;
}

function both(make: (lang: Lang) => string): Bilingual {
  return { en: make("en"), fr: make("fr") };
}

function sectionRef(id: keyof typeof REPORT_SECTIONS, lang: Lang): string {
  const s = REPORT_SECTIONS[id];
  return s.number === "" ? s.title[lang] : s.number;
}

function inconsistency(claim: Extract<ReportWholeClaim, { kind: "inconsistency" }>): WholeRow {
  const rows = reconcileClaims();
  const statements = claim.statements.map((id) => {
    const data = REPORT_CLAIMS.find((c) => c.id === id);
    const row = rows.find((r) => r.id === id);
    if (data === undefined || row === undefined) throw new Error(`inconsistency ${claim.id}: no claim ${id}`);
    return { data, row };
  });
  const a = findFigure("filings", claim.metric, claim.from);
  const b = findFigure("filings", claim.metric, claim.to);
  const multiple = a === undefined || b === undefined || a.value === 0 ? null : b.value / a.value;
  const quoted = (lang: Lang): string =>
    statements
      .map(({ data }) =>
        lang === "fr"
          ? `« ${data.printed} » (${sectionRef(data.section, "fr")})`
          : `"${data.printed}" (${sectionRef(data.section, "en")})`,
      )
      .join(lang === "fr" ? ", " : ", ");
  const multiples = (lang: Lang): string =>
    statements
      .map(
        ({ data }) => `${data.kind === "wording" ? "≈" : ""}×${formatNumber("value" in data ? data.value : NaN, lang)}`,
      )
      .join(" / ");
  const judged = (lang: Lang): string =>
    statements
      .map(
        ({ data, row }) =>
          `${lang === "fr" ? `« ${data.printed} »` : `"${data.printed}"`} ${statusWord(row.status, lang)}`,
      )
      .join(lang === "fr" ? ", " : ", ");
  const span = `${yearLabel(claim.from)}→${yearLabel(claim.to)}`;
  return {
    id: claim.id,
    kind: "inconsistency",
    metric: claim.metric,
    period: span,
    claim: both((lang) => `${claim.label[lang]}${lang === "fr" ? " : " : ": "}${quoted(lang)}`),
    reported: both(multiples),
    filings: multiple === null ? null : Number(multiple.toPrecision(12)),
    status: "inconsistent",
    note: both((lang) =>
      [
        lang === "fr"
          ? `une seule évolution, trois multiples (${multiples("fr")}) : ils ne peuvent être vrais ensemble`
          : `one change, three multiples (${multiples("en")}): they cannot all hold`,
        multiple === null || a === undefined || b === undefined
          ? ""
          : lang === "fr"
            ? `dépôts : ${formatNumber(b.value, "fr")} / ${formatNumber(a.value, "fr")} = ×${formatNumber(multiple, "fr", 2)}`
            : `filings: ${formatNumber(b.value, "en")} / ${formatNumber(a.value, "en")} = ×${formatNumber(multiple, "en", 2)}`,
        `${lang === "fr" ? "chaque affirmation" : "each statement"}${lang === "fr" ? " : " : ": "}${judged(lang)}`,
      ]
        .filter((part) => part !== "")
        .join(sep(lang)),
    ),
  };
}

function millions(value: number, lang: Lang): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, lang)}`;
}

/** The profit bridge's steps, in words: where the change in net income came from. */
function bridgeShows(from: number, to: number, lang: Lang): string {
  const bridge = buildBridge("net_income", { year: from, plan: false }, { year: to, plan: false });
  const first = bridge.steps[0];
  const last = bridge.steps[bridge.steps.length - 1];
  const steps = bridge.steps
    .slice(1, -1)
    .map((s) => `${s.label[lang]} ${millions(s.value, lang)}`)
    .join(", ");
  const change = (last?.value ?? NaN) - (first?.value ?? NaN);
  return lang === "fr"
    ? `le pont du résultat net ${from}→${to} (M$) : ${formatNumber(first?.value ?? NaN, "fr")} → ${formatNumber(last?.value ?? NaN, "fr")} (${millions(change, "fr")}) ; ${steps}. Les chiffres disent où le bénéfice a changé, pas pourquoi : aucun ne mesure la part de l'IA`
    : `the net income bridge ${from}→${to} (M$): ${formatNumber(first?.value ?? NaN, "en")} → ${formatNumber(last?.value ?? NaN, "en")} (${millions(change, "en")}); ${steps}. Figures say where profit changed, not why: none measures AI's share`;
}

/** The Anthropic gains by quarter, and non-operating income by year. */
function anthropicShows(lang: Lang): string {
  const gains = quartersOf("filings", "anthropic_gain")
    .map(
      (r) =>
        `${r.year}Q${r.quarter} ${formatNumber(findQuarterFigure("filings", "anthropic_gain", r.year, r.quarter)?.value ?? NaN, lang)}`,
    )
    .join(", ");
  const nonOperating = [2023, 2024, 2025]
    .map((y) => `${y} ${formatNumber(findFigure("filings", "non_operating_income", y)?.value ?? NaN, lang)}`)
    .join(", ");
  return lang === "fr"
    ? `gains sur Anthropic par trimestre (M$) : ${gains} ; aucun en 2023 ni en 2024 ; résultat non opérationnel (M$) : ${nonOperating}. Le doublement 2023→2024 ne contient aucun gain Anthropic ; la contribution aux résultats de 2025 se mesure (le pont), son caractère « significatif » est un jugement`
    : `Anthropic gains by quarter (M$): ${gains}; none in 2023 or 2024; non-operating income (M$): ${nonOperating}. The 2023→2024 doubling holds no Anthropic gain; the contribution to 2025 can be measured (the bridge), calling it "significant" is a judgement`;
}

function deepfleetShows(lang: Lang): string {
  const fact = FILINGS_FACTS.find((f) => f.id === "deepfleet_travel_efficiency");
  const value = fact?.value === null || fact?.value === undefined ? "" : ` ${formatPercent(fact.value, lang, 0)}`;
  return lang === "fr"
    ? `la référence (SCI-DEEPFLEET) : DeepFleet coordonne les déplacements des robots et améliore leur efficacité d'environ${value} ; aucun chiffre sur les délais de traitement ou de livraison`
    : `the reference (SCI-DEEPFLEET): DeepFleet coordinates robot travel and improves fleet travel efficiency by about${value}; no figure on order-processing or delivery times`;
}

function causal(claim: Extract<ReportWholeClaim, { kind: "causal" }>): WholeRow {
  const span = claim.from === claim.to ? yearLabel(claim.from) : `${yearLabel(claim.from)}→${yearLabel(claim.to)}`;
  const shows = (lang: Lang): string =>
    claim.shows === "bridge"
      ? bridgeShows(claim.from, claim.to, lang)
      : claim.shows === "anthropic_quarters"
        ? anthropicShows(lang)
        : deepfleetShows(lang);
  return {
    id: claim.id,
    kind: "causal",
    metric: claim.metric,
    period: span,
    claim: {
      en: `${claim.label.en} (${sectionRef(claim.section, "en")}: "${claim.printed}")`,
      fr: `${claim.label.fr} (${sectionRef(claim.section, "fr")} : « ${claim.printed} »)`,
    },
    reported: { en: `"${claim.printed}"`, fr: `« ${claim.printed} »` },
    filings: null,
    status: "not_testable",
    note: both((lang) =>
      lang === "fr"
        ? `affirmation causale : les chiffres ne peuvent la confirmer ni l'infirmer ; ce qu'ils montrent : ${shows("fr")}`
        : `a causal claim: figures can neither confirm nor refute it; what they show: ${shows("en")}`,
    ),
  };
}

let cache: readonly WholeRow[] | undefined;

/** The report judged whole: the inconsistency row, then the causal claims. */
export function wholeRows(): readonly WholeRow[] {
  cache ??= Object.freeze(REPORT_WHOLE_CLAIMS.map((c) => (c.kind === "inconsistency" ? inconsistency(c) : causal(c))));
  return cache;
}
