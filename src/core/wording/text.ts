/**
 * Text normalisation and "did you mean" suggestions, shared by every name the functions accept
 * (metric ids and aliases, KPIs, tables, units, bases, methods, languages).
 */
import type { Lang } from "../runtime";
import { q } from "./format";

const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

/**
 * Case- and accent-insensitive key: "Bénéfice_Net" -> "benefice net". Spaces, underscores,
 * hyphens, dots and apostrophes are equivalent separators; runs of them collapse to one space.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\s_\-\u2010-\u2015\u2212.'’‘`´]+/g, " ")
    .trim();
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment: "cgar" is one edit from
 * "cagr"), giving up (returning limit + 1) once every alignment exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? limit + 1;
  return distance > limit ? limit + 1 : distance;
}

/** Inputs longer than this get no suggestion (nothing that long is a typo of a name). */
const MAX_SUGGEST_LENGTH = 64;

/**
 * The closest candidate to `input` (already normalised keys to canonical names), if it is close
 * enough to be a plausible typo: at most 1 edit for short words, up to a third of the length.
 */
export function suggest<T>(input: string, candidates: ReadonlyMap<string, T>): T | undefined {
  const key = suggestKey(input, candidates);
  return key === undefined ? undefined : candidates.get(key);
}

/** The closest candidate key itself (the alias the user was probably typing), as suggest() finds it. */
export function suggestKey(input: string, candidates: ReadonlyMap<string, unknown>): string | undefined {
  const key = normalize(input);
  if (key.length === 0 || key.length > MAX_SUGGEST_LENGTH) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates.keys()) {
    const distance = editDistance(key, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Quote user input for a message (q's quotes), cut to a readable length. */
export function quoteInput(text: string, lang: Lang): string {
  const chars = text.length > 40 ? Array.from(text.slice(0, 200)) : [];
  return q(chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text, lang);
}
