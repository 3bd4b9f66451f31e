/**
 * Small text helpers for the scenario and depreciation arguments: name normalisation (case-,
 * accent- and separator-insensitive), did-you-mean suggestions, and number formatting for
 * messages. Pure, no Office globals.
 */
import { type Bilingual, type Lang, malformed } from "../runtime";

/** Longest user text quoted back in a message or compared for a suggestion. */
const MAX_QUOTED = 40;

/** "Résultat net" -> "resultat_net"; "D&A" -> "d&a"; "  Base " -> "base". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-.'’/]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Quote user text in a message, shortened so a 10,000-character string cannot flood the cell. */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `'${short}'`;
}

/** Levenshtein distance, O(a·b) time, O(b) memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest candidate key (already normalised) to `text`, if it is close enough to be a
 * plausible typo: at most 1 edit for short names, up to a third of the name's length otherwise.
 */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  const probe = normalizeName(text.slice(0, 64));
  if (probe === "") return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(probe, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(Math.max(probe.length, (best ?? "").length) / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** A number as a user reads it in messages: "0.21" in English, "0,21" in French. */
export function formatNumber(value: number, lang: Lang): string {
  const text = Number.isFinite(value) ? String(Number(value.toPrecision(12))) : String(value);
  return lang === "fr" ? text.replace(".", ",") : text;
}

/**
 * The bridge between "unknown X 'y'" and the list of valid values: with a suggestion
 * "; did you mean 'z'? Valid: ", without "; valid: " (French: « vouliez-vous dire », « valeurs possibles »).
 */
export function didYouMean(suggestion: string | undefined, lang: Lang): string {
  if (lang === "en") return suggestion === undefined ? "; valid: " : `; did you mean '${suggestion}'? Valid: `;
  return suggestion === undefined
    ? " ; valeurs possibles : "
    : ` ; vouliez-vous dire « ${suggestion} » ? Valeurs possibles : `;
}

/**
 * The value `text` names in `aliases` (keyed by normalizeName), or an AmznError "value":
 * "<unknown> '<text>'", did-you-mean the closest alias's value, then the valid values.
 */
export function resolveAlias<T extends string>(
  text: string,
  aliases: Readonly<Record<string, T>>,
  unknown: Bilingual,
  valid: Bilingual,
): T {
  // Own keys only: "constructor" or "toString" must be unknown names, not Object.prototype's.
  const key = normalizeName(text);
  const found = Object.prototype.hasOwnProperty.call(aliases, key) ? aliases[key] : undefined;
  if (found !== undefined) return found;
  const guess = closest(text, Object.keys(aliases));
  const hint = guess === undefined ? undefined : aliases[guess];
  throw malformed(
    `${unknown.en} ${quote(text)}${didYouMean(hint, "en")}${valid.en}`,
    `${unknown.fr} ${quote(text)}${didYouMean(hint, "fr")}${valid.fr}`,
  );
}
