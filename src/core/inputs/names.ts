/**
 * Metric and KPI names: ids, French and English aliases, case- and accent-insensitive, with a
 * "did you mean" suggestion in the error.
 */
import { placeholder, typedFormula } from "../formula";
import { type KpiId, type MetricId, KPI_IDS, METRICS, METRIC_IDS, REPORT_KPIS } from "../../data/index";
import { describe, isBlank, scalarArg } from "./args";
import { type Bilingual, malformed } from "../runtime";
import { lazy } from "../runtime";
import { normalize, quoteInput, suggestKey } from "../wording";

function aliasMap<T extends string>(entries: readonly { id: T; aliases: readonly string[] }[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { id, aliases } of entries) {
    for (const name of [id, ...aliases]) {
      const k = normalize(name);
      if (!map.has(k)) map.set(k, id);
    }
  }
  return map;
}

// Built on first use (lazy.ts): normalising every alias is work a name lookup needs, registration not.
const metricAliases = lazy((): ReadonlyMap<string, MetricId> => aliasMap(METRIC_IDS.map((id) => METRICS[id])));
const kpiAliases = lazy((): ReadonlyMap<string, KpiId> => aliasMap(REPORT_KPIS));

/** Each normalised key's spelling as written in the dataset ("benefice net" -> "bénéfice net"). */
const spellings = lazy(
  (): ReadonlyMap<string, string> =>
    new Map(
      [...METRIC_IDS.map((id) => METRICS[id]), ...REPORT_KPIS].flatMap(({ id, aliases }) =>
        [id, ...aliases].map((name) => [normalize(name), name] as const),
      ),
    ),
);

/**
 * The suggestion for a typo in each language: the id in English; in French the alias the user was
 * probably typing, as the dataset spells it (« bénéfice net » for "bénéfise net"), else the id.
 */
function suggestion<T extends string>(input: string, aliases: ReadonlyMap<string, T>): Bilingual | undefined {
  const key = suggestKey(input, aliases);
  const id = key === undefined ? undefined : aliases.get(key);
  if (key === undefined || id === undefined) return undefined;
  return { en: id, fr: spellings().get(key) ?? id };
}

/** Read a required text name from an argument, or throw #VALUE! naming the argument. */
export function nameArg(arg: unknown, what: Bilingual, example: string): string {
  const value = scalarArg(arg, what);
  if (isBlank(value)) {
    throw malformed(`${what.en} is required, e.g. '${example}'`, `${what.fr} obligatoire, p. ex. « ${example} »`);
  }
  if (typeof value !== "string") {
    throw malformed(
      `${what.en} must be a text id such as '${example}', not ${describe(value, "en")}`,
      `${what.fr} doit être un identifiant texte comme « ${example} », pas ${describe(value, "fr")}`,
    );
  }
  return value;
}

function unknownName(
  input: string,
  unknown: Bilingual,
  guess: Bilingual | string | undefined,
  valid: readonly string[] | { readonly en: readonly string[]; readonly fr: readonly string[] },
  extra?: Bilingual,
): never {
  const validEn = "en" in valid ? valid.en : valid;
  const validFr = "fr" in valid ? valid.fr : valid;
  const hint: Bilingual | undefined = typeof guess === "string" ? { en: guess, fr: guess } : guess;
  const hintEn = hint === undefined ? "" : ` did you mean '${hint.en}'?`;
  const hintFr = hint === undefined ? "" : ` vouliez-vous dire « ${hint.fr} » ?`;
  throw malformed(
    `${unknown.en} ${quoteInput(input, "en")};${hintEn} Valid: ${validEn.join(", ")}${extra === undefined ? "" : `. ${extra.en}`}`,
    `${unknown.fr} ${quoteInput(input, "fr")} ;${hintFr} Valides : ${validFr.join(", ")}${extra === undefined ? "" : `. ${extra.fr}`}`,
  );
}

/** Every metric and KPI id, normalised ("aws revenue"), for the ambiguity check. */
const SUBJECT_IDS: readonly (MetricId | KpiId)[] = [...METRIC_IDS, ...KPI_IDS];

/**
 * A name that is the first word(s) of several ids ("aws": aws_revenue, aws_operating_income,
 * aws_operating_margin; "rufus": rufus_users, rufus_purchase_uplift) could mean any of them:
 * refused with the list rather than silently read as one, even where an alias once picked one.
 * An exact id or an alias that starts no other id is never ambiguous.
 */
function refuseAmbiguous(input: string, key: string): void {
  if (SUBJECT_IDS.some((id) => normalize(id) === key)) return;
  const matches = SUBJECT_IDS.filter((id) => normalize(id).startsWith(`${key} `));
  if (matches.length < 2) return;
  throw malformed(
    `${quoteInput(input, "en")} could mean several metrics: ${matches.join(", ")}; name one of them`,
    `${quoteInput(input, "fr")} peut désigner plusieurs indicateurs : ${matches.join(", ")} ; précisez lequel`,
  );
}

const METRIC_WORD: Bilingual = { en: "metric", fr: "indicateur" };
const KPI_WORD: Bilingual = { en: "KPI", fr: "KPI" };
const UNKNOWN_METRIC: Bilingual = { en: "unknown metric", fr: "indicateur inconnu" };
const UNKNOWN_KPI: Bilingual = { en: "unknown KPI", fr: "KPI inconnu" };

/** Resolve a metric id or alias ("Bénéfice net", "chiffre_affaires", "CA") to its id. */
export function resolveMetric(arg: unknown): MetricId {
  const input = nameArg(arg, METRIC_WORD, "revenue");
  const key = normalize(input);
  refuseAmbiguous(input, key);
  const id = metricAliases().get(key);
  if (id !== undefined) return id;
  const kpi = kpiAliases().get(key);
  if (kpi !== undefined) {
    throw malformed(
      `'${kpi}' is a KPI, not a yearly metric: use ${typedFormula("KPI", [kpi], "en")}`,
      `« ${kpi} » est un KPI, pas un indicateur annuel : utilisez ${typedFormula("KPI", [kpi], "fr")}`,
    );
  }
  return unknownName(input, UNKNOWN_METRIC, suggestion(input, metricAliases()), METRIC_IDS, {
    en: "French names are accepted too (chiffre d'affaires, bénéfice net, revenus AWS...)",
    fr: "les noms français sont acceptés (chiffre d'affaires, bénéfice net, revenus AWS...)",
  });
}

/** Resolve a KPI id or alias ("utilisateurs Rufus", "robots") to its id. */
export function resolveKpi(arg: unknown): KpiId {
  const input = nameArg(arg, KPI_WORD, "rufus_users");
  const key = normalize(input);
  refuseAmbiguous(input, key);
  const id = kpiAliases().get(key);
  if (id !== undefined) return id;
  const metric = metricAliases().get(key);
  if (metric !== undefined) {
    throw malformed(
      `'${metric}' is a yearly metric, not a KPI: use ${typedFormula("METRIC", [metric, placeholder("year")], "en")}`,
      `« ${metric} » est un indicateur annuel, pas un KPI : utilisez ${typedFormula("METRIC", [metric, placeholder("année")], "fr")}`,
    );
  }
  return unknownName(input, UNKNOWN_KPI, suggestion(input, kpiAliases()), KPI_IDS);
}

/**
 * Resolve any of a fixed set of names (tables, methods) with suggestions. `spellings` maps each
 * normalised alias to its written form, so a French typo gets a French suggestion (« rapporté »);
 * without it, an alias key that is not an id is shown as it is keyed.
 */
export function resolveChoice<T extends string>(
  arg: unknown,
  what: Bilingual,
  unknown: Bilingual,
  aliases: ReadonlyMap<string, T>,
  valid: readonly T[],
  extra?: Bilingual,
  spellings?: ReadonlyMap<string, string>,
  validFr?: readonly string[],
): T {
  const input = nameArg(arg, what, valid[0] ?? "");
  const id = aliases.get(normalize(input));
  if (id !== undefined) return id;
  const key = suggestKey(input, aliases);
  const target = key === undefined ? undefined : aliases.get(key);
  const guess = key === undefined || target === undefined ? undefined : { en: target, fr: spellings?.get(key) ?? key };
  return unknownName(input, unknown, guess, { en: valid, fr: validFr ?? valid }, extra);
}

export type Subject = { readonly kind: "metric"; readonly id: MetricId } | { readonly kind: "kpi"; readonly id: KpiId };

const subjectAliases = lazy(
  (): ReadonlyMap<string, MetricId | KpiId> => new Map<string, MetricId | KpiId>([...metricAliases(), ...kpiAliases()]),
);

/** A metric or a KPI (SOURCE accepts both). */
export function resolveSubject(arg: unknown): Subject {
  const input = nameArg(arg, METRIC_WORD, "revenue");
  const key = normalize(input);
  refuseAmbiguous(input, key);
  const metric = metricAliases().get(key);
  if (metric !== undefined) return { kind: "metric", id: metric };
  const kpi = kpiAliases().get(key);
  if (kpi !== undefined) return { kind: "kpi", id: kpi };
  return unknownName(input, UNKNOWN_METRIC, suggestion(input, subjectAliases()), [...METRIC_IDS, ...KPI_IDS]);
}
