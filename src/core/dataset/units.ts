/**
 * Units of money: "B" (billions of US$, the default), "M", "K", "U" (dollars); French "Mds",
 * "milliards", "millions", "milliers" too. Ratios ignore the unit (fractions), counts are plain.
 */
import type { StoredUnit } from "../../data/index";
import { scalarArg, isBlank, shown } from "../inputs";
import { type Lang, malformed } from "../runtime";
import { normalize } from "../wording";

export type UnitCode = "B" | "M" | "K" | "U";

const EXPONENT: Readonly<Record<UnitCode, number>> = { B: 9, M: 6, K: 3, U: 0 };

const ALIASES: ReadonlyMap<string, UnitCode> = new Map<string, UnitCode>([
  ...[
    "b",
    "bn",
    "b$",
    "bn$",
    "$b",
    "billion",
    "billions",
    "mds",
    "mds$",
    "md",
    "md$",
    "mrd",
    "milliard",
    "milliards",
  ].map((k) => [k, "B"] as const),
  ...["m", "mn", "mm", "m$", "$m", "mio", "million", "millions"].map((k) => [k, "M"] as const),
  ...["k", "k$", "$k", "thousand", "thousands", "millier", "milliers"].map((k) => [k, "K"] as const),
  ...["u", "$", "usd", "unit", "units", "unite", "unites", "dollar", "dollars"].map((k) => [k, "U"] as const),
]);

/** What a ratio also accepts as its (ignored) unit: it comes back as a fraction anyway. */
const RATIO_UNITS: ReadonlySet<string> = new Set([
  "%",
  "pct",
  "percent",
  "pourcent",
  "pourcentage",
  "ratio",
  "fraction",
]);

/**
 * Parse the unit argument; blank means "B". `ratio`: the metric is a ratio (or a count), which
 * ignores the unit, so "%" is accepted too (PRODUCT.md: ratios ignore the unit).
 */
export function parseUnit(arg: unknown, { ratio = false } = {}): UnitCode {
  const value = scalarArg(arg, { en: "unit", fr: "unité" });
  if (isBlank(value)) return "B";
  if (typeof value === "string") {
    const key = normalize(value).replace(/ /g, "");
    const unit = ALIASES.get(key);
    if (unit !== undefined) return unit;
    if (ratio && RATIO_UNITS.has(key)) return "B";
  }
  throw malformed(
    `${shown(value, "en")} is not a unit; use "B" (billions of US$, default), "M" (millions), "K" (thousands) or "U" (dollars)${ratio ? ', or "%" for a ratio' : ""}`,
    `${shown(value, "fr")} n'est pas une unité ; utilisez « B » (milliards de $, par défaut, ou « Mds »), « M » (millions), « K » (milliers) ou « U » (dollars)${ratio ? ", ou « % » pour un ratio" : ""}`,
  );
}

/**
 * Convert a money figure from its stored unit (B$ or M$) to the requested one. Conversions are
 * cleaned to 15 significant digits so 128.7 B$ reads 128700 M$, not 128699.99999999999.
 */
export function convertMoney(value: number, stored: StoredUnit, unit: UnitCode): number {
  const from = stored === "B$" ? 9 : stored === "M$" ? 6 : EXPONENT[unit];
  const shift = from - EXPONENT[unit];
  if (shift === 0) return value;
  const converted = shift > 0 ? value * 10 ** shift : value / 10 ** -shift;
  return Number(converted.toPrecision(15));
}

/** The unit as a header shows it: "B$" / "Mds$". */
export function unitLabel(unit: UnitCode, lang: Lang): string {
  switch (unit) {
    case "B":
      return lang === "fr" ? "Mds$" : "B$";
    case "M":
      return "M$";
    case "K":
      return lang === "fr" ? "k$" : "K$";
    case "U":
      return "$";
  }
}
