import { editDistance, normalize, quoteInput, suggest } from "../../../src/core/wording";

describe("normalize", () => {
  it.each([
    ["Bénéfice net", "benefice net"],
    ["BENEFICE_NET", "benefice net"],
    ["bénéfice-net", "benefice net"],
    ["  Chiffre d’affaires  ", "chiffre d affaires"],
    ["chiffre d'affaires", "chiffre d affaires"],
    ["Résultat   opérationnel", "resultat operationnel"],
    ["MARGE OPÉRATIONNELLE AWS", "marge operationnelle aws"],
    ["cœur", "coeur"],
    ["net\u2011income", "net income"],
  ])("%s -> %s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe("editDistance and suggest", () => {
  it("counts edits", () => {
    expect(editDistance("revenu", "revenue")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("cgar", "cagr")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abcdef", "a", 2)).toBe(3);
  });

  it("suggests the closest name within a plausible typo distance", () => {
    const names = new Map([
      ["revenue", "revenue"],
      ["net income", "net_income"],
    ]);
    expect(suggest("revenu", names)).toBe("revenue");
    expect(suggest("net_incme", names)).toBe("net_income");
    expect(suggest("zzzzzz", names)).toBeUndefined();
    expect(suggest("", names)).toBeUndefined();
    expect(suggest("r".repeat(10_000), names)).toBeUndefined();
  });

  it("quotes and cuts long input", () => {
    expect(quoteInput("abc", "en")).toBe("'abc'");
    expect(quoteInput("abc", "fr")).toBe("« abc »");
    expect(quoteInput("x".repeat(100), "en")).toBe(`'${"x".repeat(40)}…'`);
    expect(quoteInput("😀".repeat(50), "en")).toBe(`'${"😀".repeat(40)}…'`);
  });
});
