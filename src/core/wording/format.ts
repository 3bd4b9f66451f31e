/** Formatting for messages and source text, in English or French. */
import type { Basis } from "../../data/index";
import type { Lang } from "../runtime";

/** The latest year with actual figures; later years are plan years ("2026E"). */
export const LATEST_ACTUAL_YEAR = 2025;

export function isPlanYear(year: number): boolean {
  return year > LATEST_ACTUAL_YEAR;
}

/** 2024 -> "2024", 2026 -> "2026E". */
export function yearLabel(year: number): string {
  return isPlanYear(year) ? `${year}E` : String(year);
}

/** [2022, 2023, 2024, 2026] -> "2022–2024, 2026E"; runs never join an actual and a plan year. */
export function formatYears(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return lang === "fr" ? "aucune" : "none";
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0] ?? 0;
  let previous = start;
  const flush = (): void => {
    runs.push(start === previous ? yearLabel(start) : `${yearLabel(start)}–${yearLabel(previous)}`);
  };
  for (const year of sorted.slice(1)) {
    if (year === previous + 1 && isPlanYear(year) === isPlanYear(previous)) {
      previous = year;
    } else {
      flush();
      start = year;
      previous = year;
    }
  }
  flush();
  return runs.join(", ");
}

/** "the report" / "le rapport", capitalised on demand. */
export function basisName(basis: Basis, lang: Lang): string {
  if (lang === "fr") return basis === "report" ? "le rapport" : "les dépôts";
  return basis === "report" ? "the report" : "the filings";
}

/** "has" / "have", "n'a pas" / "n'ont pas": the verb agreeing with the basis name. */
export function basisHas(basis: Basis, lang: Lang, negative: boolean): string {
  if (lang === "fr") {
    if (basis === "report") return negative ? "n'a pas" : "a";
    return negative ? "n'ont pas" : "ont";
  }
  if (basis === "report") return negative ? "has no" : "has";
  return negative ? "have no" : "have";
}

export function otherBasis(basis: Basis): Basis {
  return basis === "report" ? "filings" : "report";
}

/** ": " / " : " (French puts a space before the colon). */
export function colon(lang: Lang): string {
  return lang === "fr" ? " : " : ": ";
}

/** "; " / " ; " (French puts a space before the semicolon). */
export function sep(lang: Lang): string {
  return lang === "fr" ? " ; " : "; ";
}

/**
 * The one way the add-in quotes a word in a message or a note: 'filings' / « filings »; quoteInput
 * (text.ts) cuts long user input first.
 */
export function q(text: string, lang: Lang): string {
  return lang === "fr" ? `« ${text} »` : `'${text}'`;
}

/**
 * French groups thousands with a narrow no-break space (U+202F), as Intl's fr-FR does: the pane's
 * counts and field messages are written by Intl, and every number in one language reads alike.
 */
const FRENCH_THOUSANDS = "\u202f";

/** A number with thousands separators: 637,959 / 637 959 (U+202F); minus sign U+2212. */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  const negative = value < 0;
  const fixed = decimals === undefined ? trimFixed(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? FRENCH_THOUSANDS : ",");
  const body = fraction === undefined ? groups : `${groups}${lang === "fr" ? "," : "."}${fraction}`;
  return negative ? `\u2212${body}` : body;
}

/**
 * A number without thousands separators, as a user types it: 12 significant digits, "." in English
 * and "," in French, minus sign U+2212. For messages that must not group ("'1,000' could be read
 * two ways (1 or 1000)") and for bounds and values typed in a field.
 */
export function formatPlain(value: number, lang: Lang): string {
  const text = String(Number(value.toPrecision(12))).replace("-", "\u2212");
  return lang === "fr" ? text.replace(".", ",") : text;
}

function trimFixed(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  return Number(value.toPrecision(12)).toString().includes("e")
    ? value.toFixed(6)
    : String(Number(value.toPrecision(12)));
}

/**
 * A fraction as a percentage in prose (messages, notes, cards): 0.37 -> "37.0%" / "37,0 %", with
 * French typography's space before "%". What a cell shows under a percent format is Excel's
 * rendering of the format code, which puts none: formatForDisplay (number-formats.ts).
 */
export function formatPercent(value: number, lang: Lang, decimals = 1): string {
  const text = formatNumber(value * 100, lang, decimals);
  return lang === "fr" ? `${text}\u00a0%` : `${text}%`;
}
