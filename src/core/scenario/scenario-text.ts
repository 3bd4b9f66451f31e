/**
 * Small text helpers for the scenario and depreciation arguments: name normalisation (case-,
 * accent- and separator-insensitive), the did-you-mean phrase over wording's suggestions
 * and quoting (numbers in messages: wording's formatPlain). Pure, no Office globals.
 */
import { type Bilingual, type Lang, malformed } from "../runtime";
import { normalize, quoteInput, suggestKey } from "../wording";

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

/**
 * The alias key closest to `text`, if it is close enough to be a plausible typo: wording's one
 * suggestion rule (suggestKey), over the keys as wording normalises them.
 */
function closest(text: string, keys: readonly string[]): string | undefined {
  const byWordingKey = new Map(keys.map((key) => [normalize(key), key]));
  const found = suggestKey(text.slice(0, 64), byWordingKey);
  return found === undefined ? undefined : byWordingKey.get(found);
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
    `${unknown.en} ${quoteInput(text, "en")}${didYouMean(hint, "en")}${valid.en}`,
    `${unknown.fr} ${quoteInput(text, "fr")}${didYouMean(hint, "fr")}${valid.fr}`,
  );
}
