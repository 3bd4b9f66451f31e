import { STRINGS, translate, type StringKey } from "../../src/taskpane/i18n";

/** Strings that are the same word in both languages, on purpose. */
const SAME_IN_BOTH: readonly StringKey[] = ["tabAudit"];

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();

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
