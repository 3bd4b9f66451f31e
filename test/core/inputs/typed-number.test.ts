/**
 * Numbers typed in the task pane (PRODUCT.md "Numbers typed in the task pane"): each language's
 * own forms, foreign habits that have one meaning, and the ambiguous ones refused with both
 * readings. The table is the contract: every row states the value read or the error expected,
 * and a last test checks that no refusal says NaN and every one names the field.
 */
import type { Lang } from "../../../src/core/runtime";
import { parseTypedNumber, readNumberField, typedForm, type NumberField } from "../../../src/core/inputs";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

const TAX: Record<Lang, NumberField> = {
  en: { label: "Tax rate (%)", unit: "percent", min: 0, max: 100, example: 21 },
  fr: { label: "Taux d'imposition (%)", unit: "percent", min: 0, max: 100, example: 21 },
};
const CAPEX: Record<Lang, NumberField> = {
  en: { label: "First-year capex (B$)", unit: "number", min: 0, max: 2000, example: 200 },
  fr: { label: "Investissements de la 1re année (Mds$)", unit: "number", min: 0, max: 2000, example: 200 },
};
const GROWTH: Record<Lang, NumberField> = {
  en: { label: "Capex growth per year (%)", unit: "percent", min: -100, max: 100, minExclusive: true, example: 10 },
  fr: {
    label: "Croissance annuelle des investissements (%)",
    unit: "percent",
    min: -100,
    max: 100,
    minExclusive: true,
    example: 10,
  },
};
const HORIZON: Record<Lang, NumberField> = {
  en: { label: "Horizon (years, 1–30)", unit: "whole", min: 1, max: 30, example: 10 },
  fr: { label: "Horizon (années, 1 à 30)", unit: "whole", min: 1, max: 30, example: 10 },
};
const FIELDS = { tax: TAX, capex: CAPEX, growth: GROWTH, horizon: HORIZON } as const;
type FieldName = keyof typeof FIELDS;

/** [language, field, typed, value read (in the model's unit) or the error expected (a pattern)]. */
type Row = readonly [Lang, FieldName, string, number | undefined | RegExp];

const TABLE: readonly Row[] = [
  // English forms.
  ["en", "capex", "1,000", 1000],
  ["en", "capex", "1,000.5", 1000.5],
  ["en", "capex", "1000.5", 1000.5],
  ["en", "capex", "1 000.5", 1000.5],
  ["en", "capex", "0.125", 0.125],
  ["en", "capex", ".5", 0.5],
  ["en", "capex", "12.5", 12.5],
  ["en", "capex", "  150  ", 150],
  ["en", "capex", "", undefined],
  ["en", "capex", "   ", undefined],
  // A foreign habit with one meaning: a comma before anything but three digits is decimal.
  ["en", "capex", "12,5", 12.5],
  ["en", "capex", "0,125", 0.125],
  // Ambiguous in English: European thousands point or decimal point.
  ["en", "capex", "1.000", /^First-year capex \(B\$\): '1\.000' could mean 1 or 1,000; type 1 or 1,000\.$/],
  ["en", "capex", "1.500", /could mean 1\.5 or 1,500/],
  ["en", "capex", "12.345", /could mean 12\.3450 or 12,345/],
  // European grouping with a decimal comma: one meaning.
  ["en", "capex", "1.000,5", 1000.5],
  ["en", "capex", "1,234,567", /must be from 0 to 2,000; got 1,234,567/],
  // Malformed.
  ["en", "capex", "abc", /^First-year capex \(B\$\): 'abc' is not a number; type for example 200\.$/],
  ["en", "capex", "1,00,000", /is not a number/],
  ["en", "capex", "1 00", /is not a number/],
  ["en", "capex", "1e3", /is not a number/],
  ["en", "capex", "1.2.3,4", /is not a number/],
  ["en", "capex", "12_000", /is not a number/],
  ["en", "capex", "--5", /is not a number/],
  ["en", "capex", "10%", /^First-year capex \(B\$\) is not a percentage; type a number such as 200, without “%”\.$/],
  ["en", "capex", "-5", /^First-year capex \(B\$\) must be from 0 to 2,000; got -5\.$/],
  // Percent fields: "10" and "10%" both mean 10%.
  ["en", "tax", "21", 0.21],
  ["en", "tax", "21%", 0.21],
  ["en", "tax", "21 %", 0.21],
  ["en", "tax", "0", 0],
  ["en", "tax", "100", 1],
  ["en", "tax", "150", /^Tax rate \(%\) must be from 0 to 100; got 150\.$/],
  ["en", "tax", "0.21", 0.0021],
  ["en", "growth", "-10", -0.1],
  ["en", "growth", "\u221210%", -0.1],
  ["en", "growth", "-100", /^Capex growth per year \(%\) must be above -100 and at most 100; got -100\.$/],
  ["en", "horizon", "12", 12],
  ["en", "horizon", "0", /^Horizon \(years, 1–30\) must be a whole number from 1 to 30; got 0\.$/],
  ["en", "horizon", "2.5", /must be a whole number from 1 to 30; got 2\.5\./],
  // French forms, with every kind of space as thousands separator.
  ["fr", "capex", "1 000,5", 1000.5],
  ["fr", "capex", `1${NBSP}000,5`, 1000.5],
  ["fr", "capex", `1${NNBSP}000,5`, 1000.5],
  ["fr", "capex", "1 000", 1000],
  ["fr", "capex", "12,5", 12.5],
  ["fr", "capex", "0,125", 0.125],
  ["fr", "capex", "12.5", 12.5],
  ["fr", "capex", "1 000.5", 1000.5],
  ["fr", "capex", "1.000,5", 1000.5],
  ["fr", "capex", "1,000.5", 1000.5],
  // Ambiguous in French: decimal comma or English thousands comma; a point likewise.
  [
    "fr",
    "capex",
    "1,000",
    /^Investissements de la 1re année \(Mds\$\) : « 1,000 » peut se lire 1 ou 1\u202f000 ; tapez 1 ou 1\u202f000\.$/,
  ],
  ["fr", "capex", "1.000", /peut se lire 1 ou 1\u202f000/],
  ["fr", "capex", "2,500", /peut se lire 2,5 ou 2\u202f500/],
  [
    "fr",
    "capex",
    "abc",
    /^Investissements de la 1re année \(Mds\$\) : « abc » n’est pas un nombre ; tapez par exemple 200\.$/,
  ],
  ["fr", "capex", "1 0", /n’est pas un nombre/],
  ["fr", "capex", "3 000", /doit être compris entre 0 et 2\u202f000 ; reçu 3\u202f000\./],
  ["fr", "tax", "21", 0.21],
  ["fr", "tax", "21 %", 0.21],
  ["fr", "tax", `21${NNBSP}%`, 0.21],
  ["fr", "tax", "12,5", 0.125],
  ["fr", "tax", "150", /^Taux d'imposition \(%\) doit être compris entre 0 et 100 ; reçu 150\.$/],
  ["fr", "growth", "-100 %", /doit être supérieur à -100 et au plus 100 ; reçu -100\./],
  ["fr", "horizon", "0", /^Horizon \(années, 1 à 30\) doit être un nombre entier de 1 à 30 ; reçu 0\.$/],
  ["fr", "horizon", "7,5", /doit être un nombre entier de 1 à 30 ; reçu 7,5\./],
  ["fr", "capex", "10 %", /ne se tape pas en pourcentage ; tapez un nombre comme 200, sans « % »/],
];

describe("numbers typed in the pane", () => {
  it("has at least 40 rows in both languages", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter(([lang]) => lang === "fr").length).toBeGreaterThanOrEqual(15);
  });

  it.each(TABLE)("%s %s %j", (lang, field, typed, expected) => {
    const reading = readNumberField(typed, FIELDS[field][lang], lang);
    if (expected instanceof RegExp) {
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.message).toMatch(expected);
    } else {
      expect(reading).toEqual({ ok: true, value: expected });
    }
  });

  it("never says NaN and names the field in every refusal", () => {
    for (const [lang, field, typed, expected] of TABLE) {
      if (!(expected instanceof RegExp)) continue;
      const reading = readNumberField(typed, FIELDS[field][lang], lang);
      if (reading.ok) throw new Error(`${typed} was read`);
      expect(reading.message).not.toMatch(/NaN|Infinity|undefined/);
      expect(reading.message).toContain(FIELDS[field][lang].label);
    }
  });

  it("suggests forms that read back as the number they stand for", () => {
    for (const lang of ["en", "fr"] as const) {
      for (const value of [1, 1000, 1.5, 12.345, 0.125, -2500.25, 1234567]) {
        const typed = parseTypedNumber(typedForm(value, lang), lang);
        expect({ lang, value, typed }).toEqual({ lang, value, typed: { kind: "number", value, percent: false } });
      }
    }
  });
});
