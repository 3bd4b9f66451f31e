import { FUNCTION_CATALOGUE } from "../../src/taskpane/formula-catalogue";
import { STRINGS, translate, type StringKey } from "../../src/taskpane/i18n";

/** Strings that are the same word in both languages, on purpose. */
const SAME_IN_BOTH: readonly StringKey[] = ["tabAudit"];

/** "{name}" and plural "{name:one|other}" placeholders. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((match) => match[1] ?? "").sort();

describe("task pane strings", () => {
  const keys = Object.keys(STRINGS.en) as StringKey[];

  it("has every English key in French, non-empty", () => {
    expect(Object.keys(STRINGS.fr).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(STRINGS.fr[key].trim().length).toBeGreaterThan(0);
  });

  it("has no French string left in English outside the allowlist", () => {
    const untranslated = keys.filter((key) => STRINGS.fr[key] === STRINGS.en[key] && !SAME_IN_BOTH.includes(key));
    expect(untranslated).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of keys)
      expect({ key, fr: placeholders(STRINGS.fr[key]) }).toEqual({ key, fr: placeholders(STRINGS.en[key]) });
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "inserted", { formula: "=AMZN.REVENUE(2024)", address: "A1" })).toBe(
      "=AMZN.REVENUE(2024) inséré en A1.",
    );
    expect(translate("en", "inserted", {})).toBe("Inserted {formula} in {address}.");
  });
});

describe("plurals", () => {
  it("agree with the count through Intl.PluralRules, French 0 and 1 singular", () => {
    expect(translate("en", "convertDone", { cells: 1, formulas: 1, scope: "active sheet" })).toBe(
      "1 cell changed (1 AMZN formula converted) in the active sheet.",
    );
    expect(translate("en", "convertDone", { cells: 1200, formulas: 3, scope: "selection" })).toBe(
      "1,200 cells changed (3 AMZN formulas converted) in the selection.",
    );
    expect(translate("fr", "convertDone", { cells: 1, formulas: 1, scope: "sélection" })).toBe(
      "1 cellule modifiée (1 formule AMZN convertie) dans la zone « sélection ».",
    );
    expect(translate("fr", "convertDone", { cells: 0, formulas: 2, scope: "sélection" })).toBe(
      "0 cellule modifiée (2 formules AMZN converties) dans la zone « sélection ».",
    );
    expect(translate("fr", "occupied", { address: "A1", count: 1200 })).toBe(
      "A1 n’est pas vide (1\u202f200 cellules remplies). Rien n’a été écrit.",
    );
    expect(translate("en", "occupied", { address: "A1", count: 1 })).toBe(
      "A1 is not empty (1 filled cell). Nothing was written.",
    );
  });

  it("has both forms in every plural placeholder", () => {
    for (const lang of ["en", "fr"] as const) {
      for (const text of Object.values(STRINGS[lang])) {
        for (const match of text.matchAll(/\{\w+:([^}]*)\}/g)) expect(match[1]?.split("|")).toHaveLength(2);
      }
    }
  });
});

describe("French strings of the pane", () => {
  // The deny-list: English words a French user must never read.
  const DENY = /\b(ok|mismatch|rounding|reported|years|useful_life|NaN)\b|(^|[^A-Za-z])B\$/i;

  it("use none of the deny-listed English words", () => {
    const keys = Object.keys(STRINGS.fr) as StringKey[];
    expect(keys.filter((key) => DENY.test(STRINGS.fr[key]))).toEqual([]);
  });

  it("in the formula builder's labels, help, choices and descriptions", () => {
    const texts = FUNCTION_CATALOGUE.flatMap((spec) => [
      spec.description.fr,
      ...spec.args.flatMap((arg) => [
        arg.label.fr,
        arg.help.fr,
        ...(arg.kind === "choice" ? [arg.omitted?.fr ?? "", ...arg.choices.map((choice) => choice.label.fr)] : []),
      ]),
    ]);
    expect(texts.filter((text) => DENY.test(text))).toEqual([]);
  });
});
