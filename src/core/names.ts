/**
 * Metric and KPI names: ids, French and English aliases, case- and accent-insensitive, with a
 * "did you mean" suggestion in the error.
 */
import { typedFormula } from "./formula-text";
import { type KpiId, type MetricId, KPI_IDS, METRICS, METRIC_IDS, REPORT_KPIS } from "../data";
import { describe, isBlank, scalarArg } from "./args";
import { type Bilingual, malformed } from "./errors";
import { normalize, quoteInput, suggest } from "./text";

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

export const METRIC_ALIASES: ReadonlyMap<string, MetricId> = aliasMap(METRIC_IDS.map((id) => METRICS[id]));
export const KPI_ALIASES: ReadonlyMap<string, KpiId> = aliasMap(REPORT_KPIS);

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
  guess: string | undefined,
  valid: readonly string[],
  extra?: Bilingual,
): never {
  const hintEn = guess === undefined ? "" : ` did you mean '${guess}'?`;
  const hintFr = guess === undefined ? "" : ` vouliez-vous dire « ${guess} » ?`;
  throw malformed(
    `${unknown.en} ${quoteInput(input, "en")};${hintEn} Valid: ${valid.join(", ")}${extra === undefined ? "" : `. ${extra.en}`}`,
    `${unknown.fr} ${quoteInput(input, "fr")} ;${hintFr} Valides : ${valid.join(", ")}${extra === undefined ? "" : `. ${extra.fr}`}`,
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
  const id = METRIC_ALIASES.get(key);
  if (id !== undefined) return id;
  const kpi = KPI_ALIASES.get(key);
  if (kpi !== undefined) {
    throw malformed(
      `'${kpi}' is a KPI, not a yearly metric: use ${typedFormula("KPI", [`"${kpi}"`], "en")}`,
      `« ${kpi} » est un KPI, pas un indicateur annuel : utilisez ${typedFormula("KPI", [`"${kpi}"`], "fr")}`,
    );
  }
  return unknownName(input, UNKNOWN_METRIC, suggest(input, METRIC_ALIASES), METRIC_IDS, {
    en: "French names are accepted too (chiffre d'affaires, bénéfice net, revenus AWS...)",
    fr: "les noms français sont acceptés (chiffre d'affaires, bénéfice net, revenus AWS...)",
  });
}

/** Resolve a KPI id or alias ("utilisateurs Rufus", "robots") to its id. */
export function resolveKpi(arg: unknown): KpiId {
  const input = nameArg(arg, KPI_WORD, "rufus_users");
  const key = normalize(input);
  const id = KPI_ALIASES.get(key);
  if (id !== undefined) return id;
  const metric = METRIC_ALIASES.get(key);
  if (metric !== undefined) {
    throw malformed(
      `'${metric}' is a yearly metric, not a KPI: use ${typedFormula("METRIC", [`"${metric}"`, "year"], "en")}`,
      `« ${metric} » est un indicateur annuel, pas un KPI : utilisez ${typedFormula("METRIC", [`"${metric}"`, "année"], "fr")}`,
    );
  }
  return unknownName(input, UNKNOWN_KPI, suggest(input, KPI_ALIASES), KPI_IDS);
}

/** Resolve any of a fixed set of names (tables, methods) with suggestions. */
export function resolveChoice<T extends string>(
  arg: unknown,
  what: Bilingual,
  unknown: Bilingual,
  aliases: ReadonlyMap<string, T>,
  valid: readonly T[],
  extra?: Bilingual,
): T {
  const input = nameArg(arg, what, valid[0] ?? "");
  const id = aliases.get(normalize(input));
  if (id !== undefined) return id;
  return unknownName(input, unknown, suggest(input, aliases), valid, extra);
}

export type Subject = { readonly kind: "metric"; readonly id: MetricId } | { readonly kind: "kpi"; readonly id: KpiId };

const SUBJECT_ALIASES: ReadonlyMap<string, MetricId | KpiId> = new Map<string, MetricId | KpiId>([
  ...METRIC_ALIASES,
  ...KPI_ALIASES,
]);

/** A metric or a KPI (SOURCE accepts both). */
export function resolveSubject(arg: unknown): Subject {
  const input = nameArg(arg, METRIC_WORD, "revenue");
  const key = normalize(input);
  const metric = METRIC_ALIASES.get(key);
  if (metric !== undefined) return { kind: "metric", id: metric };
  const kpi = KPI_ALIASES.get(key);
  if (kpi !== undefined) return { kind: "kpi", id: kpi };
  return unknownName(input, UNKNOWN_METRIC, suggest(input, SUBJECT_ALIASES), [...METRIC_IDS, ...KPI_IDS]);
}
