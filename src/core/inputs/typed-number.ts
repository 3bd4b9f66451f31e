/**
 * Numbers typed in the task pane, read with the display language's separators (PRODUCT.md
 * "Numbers typed in the task pane"): English "1,000.5", French "1 000,5" (a space, U+00A0 or the
 * narrow U+202F as thousands separator). A text that two habits read as two different numbers is
 * refused with both readings rather than guessed:
 *   - "1.000" in English: 1 (decimal point) or 1000 (European thousands point);
 *   - "1,000" or "1.000" in French: 1 (decimal comma / point) or 1000 (English grouping).
 * A separator followed by anything but exactly three digits can only be a decimal separator, so
 * "0,21" reads 0.21 in English and "0.21" reads 0.21 in French: a foreign habit, one meaning.
 * A trailing "%" is reported, not applied: the field decides what a percent means.
 *
 * Pure: no DOM, no Office. The task pane turns the outcome into a message naming the field.
 */
import type { Lang } from "../runtime";
import { q } from "../wording";

export type TypedNumber =
  | { readonly kind: "empty" }
  /** `value` as typed, before any percent scaling; `percent` when the text ended with "%". */
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean }
  /** Two habits read the text as two numbers: `readings` in the order [decimal, thousands]. */
  | { readonly kind: "ambiguous"; readonly readings: readonly [number, number]; readonly percent: boolean }
  | { readonly kind: "malformed" };

const SPACES = /[\s\u00a0\u202f]+/g;

/** "1" "234" "567" with a first group of 1–3 digits and then groups of exactly 3. */
function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return false;
  return rest.every((group) => /^\d{3}$/.test(group));
}

/** Integer digits from a text using `grouping` (or none) as its thousands separator. */
function integerDigits(text: string, grouping: string | undefined): string | undefined {
  if (text === "") return "0";
  if (grouping === undefined) return /^\d+$/.test(text) ? text : undefined;
  const groups = text.split(grouping);
  if (groups.length === 1) return /^\d+$/.test(text) ? text : undefined;
  return validGroups(groups) ? groups.join("") : undefined;
}

function toNumber(sign: number, integer: string, fraction: string): number {
  return sign * Number(fraction === "" ? integer : `${integer}.${fraction}`);
}

export function parseTypedNumber(text: string, lang: Lang): TypedNumber {
  let body = text.trim().replace(/\u2212/g, "-");
  if (body === "") return { kind: "empty" };
  // "_" stands for a typed space below; typed itself it is not a separator.
  if (body.includes("_")) return { kind: "malformed" };
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("+")) {
    sign = body.startsWith("-") ? -1 : 1;
    body = body.slice(1).trimStart();
  }
  // Spaces of any kind are one thousands separator, written "_" from here on.
  body = body.replace(SPACES, "_");
  if (!/^[\d.,_]+$/.test(body) || !/\d/.test(body) || /^_|_$/.test(body)) return { kind: "malformed" };

  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  const spaced = body.includes("_");
  const number = (value: number): TypedNumber =>
    Number.isFinite(value) ? { kind: "number", value, percent } : { kind: "malformed" };

  // No decimal separator at all: digits, maybe grouped by spaces.
  if (dots === 0 && commas === 0) {
    const digits = integerDigits(body, spaced ? "_" : undefined);
    return digits === undefined ? { kind: "malformed" } : number(toNumber(sign, digits, ""));
  }

  // Both marks: the last one is the decimal separator and occurs once; the other groups.
  if (dots > 0 && commas > 0) {
    if (spaced) return { kind: "malformed" };
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    if ((decimal === "." ? dots : commas) !== 1) return { kind: "malformed" };
    const [whole = "", fraction = ""] = body.split(decimal);
    const digits = integerDigits(whole, grouping);
    if (digits === undefined || !/^\d*$/.test(fraction) || whole.split(grouping).length < 2) {
      return { kind: "malformed" };
    }
    return number(toNumber(sign, digits, fraction));
  }

  const mark = dots > 0 ? "." : ",";
  const count = dots + commas;
  // The same mark several times can only group thousands ("1,234,567", "1.234.567").
  if (count > 1) {
    if (spaced) return { kind: "malformed" };
    const digits = integerDigits(body, mark);
    return digits === undefined ? { kind: "malformed" } : number(toNumber(sign, digits, ""));
  }

  const [whole = "", fraction = ""] = body.split(mark);
  if (!/^\d*$/.test(fraction) || (whole === "" && fraction === "")) return { kind: "malformed" };
  // Spaces group thousands, so the one mark is the decimal separator ("1 000,5", "1 000.5").
  if (spaced) {
    const digits = integerDigits(whole, "_");
    return digits === undefined ? { kind: "malformed" } : number(toNumber(sign, digits, fraction));
  }
  if (!/^\d*$/.test(whole)) return { kind: "malformed" };
  const couldGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (!couldGroup) return number(toNumber(sign, whole === "" ? "0" : whole, fraction));
  // "1,000" in English is the locale's own grouping; every other three-digit case has two readings.
  if (lang === "en" && mark === ",") return number(toNumber(sign, whole + fraction, ""));
  const readings: [number, number] = [toNumber(sign, whole, fraction), toNumber(sign, whole + fraction, "")];
  return { kind: "ambiguous", readings, percent };
}

/**
 * A number written so that `parseTypedNumber` reads it back as exactly that number in `lang`:
 * the locale's separators, and a decimal part of exactly three digits padded to four ("1.5000"
 * would be silly, but "12.3450" is the only unambiguous way to type 12.345 after "1.000" was
 * refused). Used for the examples in messages.
 */
export function typedForm(value: number, lang: Lang): string {
  const locale = lang === "fr" ? "fr-FR" : "en-US";
  let shown = value.toLocaleString(locale, { maximumFractionDigits: 10 });
  const decimal = lang === "fr" ? "," : ".";
  const fraction = shown.includes(decimal) ? (shown.split(decimal)[1] ?? "") : "";
  if (fraction.length === 3 && Math.abs(Math.trunc(value)) > 0) shown += "0";
  // Intl writes a narrow no-break space in French: readable, and the parser accepts it.
  return shown.replace(/\u2212/g, "-");
}

// ---------------------------------------------------------------------------------------------
// A field of the task pane: its visible label, its unit and its valid range, in the field's unit.

export interface NumberField {
  /** The label the user sees next to the field, in `lang`. */
  readonly label: string;
  /**
   * "percent": a field labelled "(%)", typed as a percentage ("10" or "10%" = 0.10);
   * "whole": a whole number (years); "number": any number, "%" refused; "free": the formula
   * builder's fields, where the function itself judges the value ("10%" = 0.10, no range here).
   */
  readonly unit: "percent" | "whole" | "number" | "free";
  /** The valid range, in the unit the user types (percent fields: 0–100, not 0–1). */
  readonly min: number;
  readonly max: number;
  /** The minimum itself is excluded (capex growth must stay above −100%). */
  readonly minExclusive?: boolean;
  /** A valid value, in the unit the user types, shown in messages. */
  readonly example: number;
}

/** `value` in the model's unit (percent fields divided by 100); undefined for an empty field. */
export type FieldReading =
  { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string };

function colon(label: string, lang: Lang): string {
  return lang === "fr" ? `${label} : ` : `${label}: `;
}

/** Reads one field's text; every refusal names the field and says what to type instead. */
export function readNumberField(text: string, field: NumberField, lang: Lang): FieldReading {
  const typed = parseTypedNumber(text, lang);
  const shown = (value: number): string => typedForm(value, lang);
  const example = shown(field.example) + (field.unit === "percent" ? (lang === "fr" ? " %" : "%") : "");
  const trimmed = text.trim();
  if (typed.kind === "empty") return { ok: true, value: undefined };
  if (typed.kind === "malformed") {
    return {
      ok: false,
      message:
        lang === "fr"
          ? `${colon(field.label, lang)}${q(trimmed, lang)} n’est pas un nombre ; tapez par exemple ${example}.`
          : `${colon(field.label, lang)}${q(trimmed, lang)} is not a number; type for example ${example}.`,
    };
  }
  if (typed.kind === "ambiguous") {
    const [a, b] = typed.readings.map(shown);
    return {
      ok: false,
      message:
        lang === "fr"
          ? `${colon(field.label, lang)}${q(trimmed, lang)} peut se lire ${a} ou ${b} ; tapez ${a} ou ${b}.`
          : `${colon(field.label, lang)}${q(trimmed, lang)} could mean ${a} or ${b}; type ${a} or ${b}.`,
    };
  }
  if (field.unit === "free") return { ok: true, value: typed.percent ? typed.value / 100 : typed.value };
  if (typed.percent && field.unit !== "percent") {
    return {
      ok: false,
      message:
        lang === "fr"
          ? `${field.label} ne se tape pas en pourcentage ; tapez un nombre comme ${example}, sans « % ».`
          : `${field.label} is not a percentage; type a number such as ${example}, without “%”.`,
    };
  }
  const value = typed.value;
  const { min, max } = field;
  const below = field.minExclusive ? value <= min : value < min;
  const got = shown(value);
  if (field.unit === "whole" && (!Number.isInteger(value) || below || value > max)) {
    return {
      ok: false,
      message:
        lang === "fr"
          ? `${field.label} doit être un nombre entier de ${shown(min)} à ${shown(max)} ; reçu ${got}.`
          : `${field.label} must be a whole number from ${shown(min)} to ${shown(max)}; got ${got}.`,
    };
  }
  if (below || value > max) {
    const range = field.minExclusive
      ? lang === "fr"
        ? `doit être supérieur à ${shown(min)} et au plus ${shown(max)}`
        : `must be above ${shown(min)} and at most ${shown(max)}`
      : lang === "fr"
        ? `doit être compris entre ${shown(min)} et ${shown(max)}`
        : `must be from ${shown(min)} to ${shown(max)}`;
    return {
      ok: false,
      message: lang === "fr" ? `${field.label} ${range} ; reçu ${got}.` : `${field.label} ${range}; got ${got}.`,
    };
  }
  // 10 / 100 is exactly the double nearest 0.1, like the literal 0.1 Excel would store.
  return { ok: true, value: field.unit === "percent" ? value / 100 : value };
}
