/**
 * One rule for rates and bounded numeric inputs (PRODUCT.md "Argument conventions": rates and
 * percentages; "The capex scenario model": valid inputs), used by the functions (scenario-api.ts),
 * the scenario sheet and the task pane's builder and form.
 *
 * - A rate is a fraction (0.21) or a percent text ("21%", "21 %"). A bare number where a fraction
 *   is expected that can only be a percentage typed as a whole number (a tax rate of 21, a capex
 *   growth of 10, a revenue yield of 45) is refused with "did you mean 21%? write 0.21 or "21%"",
 *   never silently used.
 * - Every bounded input outside its range is refused (#VALUE!) with the range, stated in the unit
 *   the user typed in: fractions for function arguments, percent for a task-pane field labelled
 *   "(%)".
 * - Messages never show NaN or Infinity: a value that is not a finite number is "not a number".
 */
import { type Bilingual, type Lang, malformed } from "../runtime";
import { formatNumber, formatPlain } from "../wording";
import { parseTypedNumber } from "./typed-number";

/** How an input is written and read. */
export type BoundedKind =
  /** A fraction (0.21) or percent text ("21%"). */
  | "rate"
  /** A multiple such as a revenue yield (0.45 $ per $); percent text is accepted too. */
  | "multiple"
  /** An amount of money in B$. */
  | "money"
  /** A whole number of years. */
  | "years"
  /** A calendar year. */
  | "year";

export interface Bounds {
  readonly kind: BoundedKind;
  readonly min: number;
  readonly max: number;
  /** True when `min` itself is excluded (capex growth must be above −100%). */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
}

/** What the input is, for "the tax rate goes from …": a noun phrase with its article. */
export interface BoundedInput {
  /** The argument's name as the user sees it (English and French function metadata). */
  readonly name: Bilingual;
  /** "the tax rate" / "le taux d'imposition". */
  readonly noun: Bilingual;
  readonly bounds: Bounds;
}

/** The unit a value was typed in: a fraction (function arguments) or percent (a "(%)" field). */
export type TypedUnit = "fraction" | "percent";

/** How the value reached us: a bare number, or percent text ("21%"). */
export type TypedForm = "number" | "percent";

export interface CheckOptions {
  /** The name to show instead of the argument's (the task pane passes the field's visible label). */
  readonly name?: Bilingual;
  /** The unit of the field the user typed in (default "fraction"). */
  readonly unit?: TypedUnit;
  /** How the value was typed (default "number"): percent text gets no "did you mean". */
  readonly typed?: TypedForm;
}

/** True for a kind that takes percent text and gets the "did you mean 21%?" hint. */
export function takesPercent(kind: BoundedKind): boolean {
  return kind === "rate" || kind === "multiple";
}

/** 0.21 -> "21%" / "21 %". */
export function formatPercentOf(fraction: number, lang: Lang, signed = false): string {
  const points = Number((fraction * 100).toPrecision(12));
  const sign = signed && points > 0 ? "+" : "";
  return `${sign}${formatPlain(points, lang)}${lang === "fr" ? " %" : "%"}`;
}

/** The valid range in words, in the unit the user types in. */
export function rangeText(bounds: Bounds, lang: Lang, unit: TypedUnit = "fraction"): string {
  const fr = lang === "fr";
  const { min, max } = bounds;
  switch (bounds.kind) {
    case "rate": {
      const pct = `${formatPercentOf(min, lang, bounds.minExclusive)} ${fr ? "à" : "to"} ${formatPercentOf(max, lang, bounds.minExclusive)}`;
      const frac = `${formatPlain(min, lang)} ${fr ? "à" : "to"} ${formatPlain(max, lang)}`;
      if (bounds.minExclusive) {
        const above = fr
          ? `supérieure à ${formatPercentOf(min, lang)} et au plus ${formatPercentOf(max, lang, true)}`
          : `above ${formatPercentOf(min, lang)} and at most ${formatPercentOf(max, lang, true)}`;
        return unit === "percent"
          ? above
          : `${above} (${fr ? "en fraction" : "as a fraction"}, ${formatPlain(min, lang)} < x ≤ ${formatPlain(max, lang)})`;
      }
      const from = fr ? "de" : "from";
      return unit === "percent" ? `${from} ${pct}` : `${from} ${pct} (${frac} ${fr ? "en fraction" : "as a fraction"})`;
    }
    case "multiple":
      return fr
        ? `de ${formatPlain(min, lang)} à ${formatPlain(max, lang)}`
        : `from ${formatPlain(min, lang)} to ${formatPlain(max, lang)}`;
    case "money":
      return fr
        ? `de ${formatNumber(min, lang)} à ${formatNumber(max, lang)} Mds$`
        : `from ${formatNumber(min, lang)} to ${formatNumber(max, lang)} B$`;
    case "years":
      return fr ? `un nombre entier d'années de ${min} à ${max}` : `a whole number of years from ${min} to ${max}`;
    case "year":
      return fr ? `une année entière de ${min} à ${max}` : `a whole year from ${min} to ${max}`;
  }
}

/** True when `value` lies in the bounds (integers where required). */
export function inBounds(bounds: Bounds, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (bounds.integer === true && !Number.isInteger(value)) return false;
  const aboveMin = bounds.minExclusive === true ? value > bounds.min : value >= bounds.min;
  return aboveMin && value <= bounds.max;
}

/** The value as the user typed it, in the field's unit. */
function shownValue(value: number, lang: Lang, unit: TypedUnit, typed: TypedForm): string {
  return unit === "percent" || typed === "percent" ? formatPercentOf(value, lang) : formatPlain(value, lang);
}

/**
 * `value` if it lies in the input's bounds; otherwise #VALUE! with the range and, where a
 * percentage was clearly typed as a whole number, "did you mean 21%? write 0.21 or "21%"".
 */
export function checkBounded(input: BoundedInput, value: number, options: CheckOptions = {}): number {
  const { bounds } = input;
  if (inBounds(bounds, value)) return value;
  const unit = options.unit ?? "fraction";
  const typed = options.typed ?? "number";
  const name = options.name ?? input.name;
  const range = (lang: Lang): string => rangeText(bounds, lang, unit);
  if (!Number.isFinite(value)) {
    throw malformed(
      `${name.en}: this is not a number; ${input.noun.en} must be ${range("en")}`,
      `${name.fr} : ce n'est pas un nombre ; ${input.noun.fr} doit être ${range("fr")}`,
    );
  }
  // A bare number where a fraction is expected that would be in range as a percentage.
  const hinted =
    takesPercent(bounds.kind) && unit === "fraction" && typed === "number" && Math.abs(value) > 1
      ? inBounds(bounds, value / 100)
      : false;
  const hint = (lang: Lang): string => {
    if (!hinted) return "";
    const asPercent = `${formatPlain(value, lang)}${lang === "fr" ? " %" : "%"}`;
    const fraction = formatPlain(value / 100, lang);
    const text = `"${formatPlain(value, "en")}%"`;
    return lang === "fr"
      ? ` ; vouliez-vous dire ${asPercent} ? écrivez ${fraction} ou « ${formatPlain(value, "fr")}% »`
      : `; did you mean ${asPercent}? write ${fraction} or ${text}`;
  };
  const shown = (lang: Lang): string => shownValue(value, lang, unit, typed);
  throw malformed(
    `${name.en}: ${shown("en")} is out of range; ${input.noun.en} must be ${range("en")}${hint("en")}`,
    `${name.fr} : ${shown("fr")} est hors limites ; ${input.noun.fr} doit être ${range("fr")}${hint("fr")}`,
  );
}

/** Scientific notation ("1e3", "2.5E-2"): read as Excel reads it, with "." the only separator. */
const SCIENTIFIC_TEXT = /^[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)e[+\-−]?\d+$/i;
const PERCENT_TEXT = /^(.*?)[\s\u00a0\u202f]*%$/;

/** A number typed as text, and how it was typed. */
export interface TextNumber {
  readonly value: number;
  readonly typed: TypedForm;
}

/**
 * Why numeric text was refused: not a number at all, a percentage where none is allowed, or a
 * text that the English and French habits read as two numbers (`readings`: [decimal, thousands]).
 */
export type TextNumberProblem =
  "not-a-number" | "percent-not-allowed" | { readonly kind: "ambiguous"; readonly readings: readonly [number, number] };

/**
 * Numeric text typed in quotes, read by the task pane's number rule (typed-number.ts) so that a
 * text means one number or is refused, in a function exactly as in the pane: "0.1", "2026",
 * "−5", French "0,21", "1 000,5", "1,000.5" are read; "1.000" and "1,000" are refused as
 * ambiguous. A formula's text does not change with the display language, so a text is read only
 * when the English and the French habits agree on it. "1e3" is read as Excel reads it; where
 * `allowPercent`, percent text ("10%", "10 %", "12,5 %") too.
 */
export function numberFromText(text: string, allowPercent: boolean): TextNumber | TextNumberProblem {
  let body = text.trim();
  let typed: TypedForm = "number";
  const percent = PERCENT_TEXT.exec(body);
  if (percent) {
    if (!allowPercent) return "percent-not-allowed";
    body = (percent[1] ?? "").trim();
    typed = "percent";
  }
  let value: number;
  if (SCIENTIFIC_TEXT.test(body)) {
    value = Number(body.replace(/−/g, "-"));
  } else {
    const english = parseTypedNumber(body, "en");
    const french = parseTypedNumber(body, "fr");
    if (english.kind === "ambiguous") return { kind: "ambiguous", readings: english.readings };
    if (french.kind === "ambiguous") return { kind: "ambiguous", readings: french.readings };
    if (english.kind !== "number" || french.kind !== "number" || english.percent || french.percent)
      return "not-a-number";
    if (english.value !== french.value) return { kind: "ambiguous", readings: [english.value, french.value] };
    value = english.value;
  }
  if (!Number.isFinite(value)) return "not-a-number";
  return { value: typed === "percent" ? Number((value / 100).toPrecision(15)) : value, typed };
}
