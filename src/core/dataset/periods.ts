/**
 * Periods: a year (2024 or "2024"), "FY2024" / "fy2024" / "FY24", relative "FY0" (the latest
 * actual year of the basis, 2025), "FY-1", "FY-2", "FY+1", and plan years (2026 or "2026E");
 * a quarter "2025Q3", "Q3 2025", "Q3-25", "2025-Q3", French "T3 2025" (PRODUCT.md, "Quarters");
 * and the trailing twelve months ending at a quarter, "LTM 2025Q3" / "TTM 2025Q3" (French "DDM"
 * is not a convention; "LTM"/"TTM" are what French analysts type too).
 * Anything else (fractions, Excel date serials, NaN, ±Infinity, booleans, empty) is #VALUE!.
 */
import type { Basis, Quarter } from "../../data/index";
import { describe, isBlank, scalarArg, shown } from "../inputs";
import { type Bilingual, type Lang, malformed } from "../runtime";
import { LATEST_ACTUAL_YEAR, isPlanYear } from "../wording";
import { latestActualYear, quarterIndex } from "./dataset";

export interface Period {
  readonly year: number;
  /** A plan year (after the latest actual year, 2025): an estimate, shown "2026E". Never for a quarter. */
  readonly plan: boolean;
  /** Set for a quarter of `year` (and for the quarter an LTM period ends at). */
  readonly quarter?: Quarter;
  /** The trailing twelve months ending at `quarter` of `year`. */
  readonly ltm?: boolean;
}

/** The quarter forms, as messages list them. */
export const QUARTER_FORMS = {
  en: `a quarter ("2025Q3", "Q3 2025", "Q3-25", "2025-Q3", "T3 2025") or twelve months to a quarter ("LTM 2025Q3", "TTM 2025Q3")`,
  fr: `un trimestre (« 2025Q3 », « Q3 2025 », « Q3-25 », « 2025-Q3 », « T3 2025 ») ou douze mois glissants (« LTM 2025Q3 », « TTM 2025Q3 »)`,
} as const;

/** "2025Q3", "LTM 2025Q3", or the year label ("2024", "2026E"). */
export function periodLabel(period: Period): string {
  if (period.quarter === undefined) return period.plan ? `${period.year}E` : String(period.year);
  const q = `${period.year}Q${period.quarter}`;
  return period.ltm === true ? `LTM ${q}` : q;
}

/** The three kinds of period: a fiscal year, a quarter, or the twelve months ending at a quarter. */
export type PeriodKind = "year" | "quarter" | "ltm";

export function periodKind(period: Period): PeriodKind {
  if (period.quarter === undefined) return "year";
  return period.ltm === true ? "ltm" : "quarter";
}

/**
 * A period's place on its own kind's time line: the year for a fiscal year, the quarter's index
 * (quarterIndex) for a quarter or an LTM period. Only periods of one kind compare.
 */
export function periodOrdinal(period: Period): number {
  return period.quarter === undefined ? period.year : quarterIndex(period.year, period.quarter);
}

const KIND_NAMES: Readonly<Record<PeriodKind, Bilingual>> = {
  year: { en: "a fiscal year", fr: "un exercice" },
  quarter: { en: "a quarter", fr: "un trimestre" },
  ltm: { en: "twelve trailing months", fr: "douze mois glissants" },
};

/** Throws #VALUE! unless both periods are of one kind (year, quarter or LTM). */
export function checkSameKind(from: Period, to: Period): void {
  const [kindFrom, kindTo] = [periodKind(from), periodKind(to)];
  if (kindFrom === kindTo) return;
  const [a, b] = [periodLabel(from), periodLabel(to)];
  throw malformed(
    `from (${a}) is ${KIND_NAMES[kindFrom].en} and to (${b}) ${KIND_NAMES[kindTo].en}: compare two periods of the same kind (two years, two quarters, such as "2025Q1" and "2026Q1", or two LTM periods)`,
    `le début (${a}) est ${KIND_NAMES[kindFrom].fr} et la fin (${b}) ${KIND_NAMES[kindTo].fr} : comparez deux périodes de même nature (deux années, deux trimestres comme « 2025Q1 » et « 2026Q1 », ou deux périodes LTM)`,
  );
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const PERIOD: Bilingual = { en: "period", fr: "période" };

function validForms(lang: Lang, basis: Basis): string {
  const latest = latestActualYear(basis);
  return lang === "fr"
    ? `utilisez une année (2024), « FY2024 », « FY0 » (dernier exercice, ${latest}), « FY-1 » ou une année de plan (2026 ou « 2026E »), ${QUARTER_FORMS.fr}`
    : `use a year (2024), "FY2024", "FY0" (latest actual year, ${latest}), "FY-1", or a plan year (2026 or "2026E"), ${QUARTER_FORMS.en}`;
}

/**
 * "24 is not a period" for the period argument; "from: 2023.5 is not a period" for the others, so
 * the sentence names the argument without reading "2023.5 is not a from".
 */
function notAPeriod(value: unknown, name: Bilingual, lang: Lang): string {
  const own = name.en === PERIOD.en;
  if (lang === "fr") return `${own ? "" : `${name.fr} : `}${shown(value, "fr")} n'est pas valable comme période`;
  return `${own ? "" : `${name.en}: `}${shown(value, "en")} is not a period`;
}

function invalid(value: unknown, basis: Basis, name: Bilingual, why?: Bilingual): never {
  const reasonEn = why === undefined ? notAPeriod(value, name, "en") : why.en;
  const reasonFr = why === undefined ? notAPeriod(value, name, "fr") : why.fr;
  throw malformed(`${reasonEn}; ${validForms("en", basis)}`, `${reasonFr} ; ${validForms("fr", basis)}`);
}

/** An Excel date serial (1900 system) as yyyy-mm-dd. */
function serialDate(serial: number): string {
  const days = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Largest Excel date serial (9999-12-31). */
const MAX_SERIAL = 2_958_465;

function checkYear(year: number, value: unknown, basis: Basis, name: Bilingual): number {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    invalid(value, basis, name, {
      en: `${notAPeriod(value, name, "en")}: years run from ${MIN_YEAR} to ${MAX_YEAR}`,
      fr: `${notAPeriod(value, name, "fr")} : les années vont de ${MIN_YEAR} à ${MAX_YEAR}`,
    });
  }
  return year;
}

export function parsePeriod(arg: unknown, basis: Basis, name: Bilingual = PERIOD): Period {
  const value = scalarArg(arg, name);
  if (isBlank(value)) {
    invalid(value, basis, name, { en: `the ${name.en} is required`, fr: `${name.fr} obligatoire` });
  }
  if (typeof value === "number") return fromNumber(value, basis, name);
  if (typeof value === "string") return fromText(value, basis, name);
  return invalid(value, basis, name);
}

function fromNumber(value: number, basis: Basis, name: Bilingual): Period {
  if (!Number.isFinite(value)) invalid(value, basis, name);
  if (value > MAX_YEAR && value <= MAX_SERIAL + 1) {
    const date = serialDate(value);
    const year = date.slice(0, 4);
    invalid(value, basis, name, {
      en: `${notAPeriod(value, name, "en")}: it looks like an Excel date (${date}); pass ${year} or "FY${year}"`,
      fr: `${notAPeriod(value, name, "fr")} : cela ressemble à une date Excel (${date}) ; passez ${year} ou « FY${year} »`,
    });
  }
  if (!Number.isInteger(value)) {
    invalid(value, basis, name, {
      en: `${notAPeriod(value, name, "en")}: a year is a whole number`,
      fr: `${notAPeriod(value, name, "fr")} : une année est un nombre entier`,
    });
  }
  const year = checkYear(value, value, basis, name);
  return { year, plan: isPlanYear(year) };
}

function fromText(value: string, basis: Basis, name: Bilingual): Period {
  const text = value
    .trim()
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s_]+/g, "");
  const ltm = /^(?:LTM|TTM)-?(.*)$/.exec(text);
  if (ltm !== null) {
    const quarter = quarterOf(ltm[1] ?? "", value, basis, name);
    if (quarter === undefined) {
      invalid(value, basis, name, {
        en: `${name.en} ${describe(value, "en")}: LTM / TTM needs a quarter, e.g. "LTM 2025Q3"`,
        fr: `${name.fr} ${describe(value, "fr")} : LTM / TTM demande un trimestre, p. ex. « LTM 2025Q3 »`,
      });
    }
    return { ...quarter, ltm: true };
  }
  const quarter = quarterOf(text, value, basis, name);
  if (quarter !== undefined) return quarter;
  const absolute = /^(?:FY|EXERCICE)?(\d{4})(E?)$/.exec(text) ?? /^(?:FY)(\d{2})(E?)$/.exec(text);
  if (absolute !== null) {
    const digits = absolute[1] ?? "";
    const year = checkYear(digits.length === 2 ? 2000 + Number(digits) : Number(digits), value, basis, name);
    const estimate = absolute[2] === "E";
    if (estimate && !isPlanYear(year)) {
      invalid(value, basis, name, {
        en: `${notAPeriod(value, name, "en")}: ${year} is an actual year, and "E" marks plan years after ${LATEST_ACTUAL_YEAR}`,
        fr: `${notAPeriod(value, name, "fr")} : ${year} est un exercice réel, et « E » marque les années de plan après ${LATEST_ACTUAL_YEAR}`,
      });
    }
    return { year, plan: isPlanYear(year) };
  }
  const relative = /^FY([+-]\d{1,3}|0)$/.exec(text);
  if (relative !== null) {
    const year = checkYear(latestActualYear(basis) + Number(relative[1]), value, basis, name);
    return { year, plan: isPlanYear(year) };
  }
  return invalid(value, basis, name);
}

/** A quarter in compact text ("2025Q3", "2025-Q3", "Q32025", "Q3-25", "T32025"), or undefined. */
function quarterOf(text: string, value: string, basis: Basis, name: Bilingual): Period | undefined {
  const yearFirst = /^(\d{4})-?[QT](\d)$/.exec(text);
  const quarterFirst = /^[QT](\d)-?(\d{4}|\d{2})$/.exec(text);
  let digits: string | undefined;
  let q: string | undefined;
  if (yearFirst !== null) [digits, q] = [yearFirst[1], yearFirst[2]];
  else if (quarterFirst !== null) [q, digits] = [quarterFirst[1], quarterFirst[2]];
  if (digits === undefined || q === undefined) return undefined;
  const n = Number(q);
  if (n < 1 || n > 4) {
    invalid(value, basis, name, {
      en: `${name.en} ${describe(value, "en")}: a quarter is Q1 to Q4`,
      fr: `${name.fr} ${describe(value, "fr")} : un trimestre va de T1 à T4`,
    });
  }
  const year = checkYear(digits.length === 2 ? 2000 + Number(digits) : Number(digits), value, basis, name);
  return { year, plan: false, quarter: n as Quarter };
}
