import { parseConvention, straightLineSchedule } from "../../../src/core/scenario";
import { depreciation } from "../../../src/core/scenario";
import { thrown } from "../helpers";

describe("straightLineSchedule", () => {
  it("full-year convention: cost / L in each of L years from the purchase year", () => {
    expect(straightLineSchedule([120, 0, 0, 0, 0], 3)).toEqual([40, 40, 40, 0, 0]);
    expect(straightLineSchedule([120, 60, 0, 0], 3)).toEqual([40, 60, 60, 20]);
  });

  it("half-year convention: half a charge in the first and in the (L+1)-th year", () => {
    expect(straightLineSchedule([100, 0, 0, 0, 0, 0], 4, "half")).toEqual([12.5, 25, 25, 25, 12.5, 0]);
    expect(straightLineSchedule([100, 0, 0], 1, "half")).toEqual([50, 50, 0]);
  });

  it("charges the whole cost when the horizon is long enough", () => {
    for (const convention of ["full", "half"] as const) {
      const total = straightLineSchedule([200, 0, 0, 0, 0, 0, 0, 0], 6, convention).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(200, 10);
    }
  });

  it("truncates charges beyond the input horizon", () => {
    expect(straightLineSchedule([0, 0, 90], 3)).toEqual([0, 0, 30]);
    expect(straightLineSchedule([], 3)).toEqual([]);
  });

  it("parses conventions in English and French", () => {
    expect(parseConvention(undefined)).toBe("full");
    expect(parseConvention("")).toBe("full");
    expect(parseConvention("FULL")).toBe("full");
    expect(parseConvention("plein")).toBe("full");
    expect(parseConvention("Demi")).toBe("half");
    expect(parseConvention("demi-année")).toBe("half");
    expect(() => parseConvention("hlf")).toThrow(/did you mean 'half'/);
  });
});

describe("DEPRECIATION raw arguments", () => {
  it("keeps the shape of capex: a row, a column or a single number", () => {
    expect(depreciation([[120, 120, 120, 120]], 3)).toEqual([[40, 80, 120, 120]]);
    expect(depreciation([[120], [120], [120], [120]], 3)).toEqual([[40], [80], [120], [120]]);
    expect(depreciation(120, 3)).toEqual([[40]]);
    expect(depreciation([[120]], [[3]], [["full"]])).toEqual([[40]]);
    expect(depreciation([[100, null, null, null, null]], 4, "half")).toEqual([[12.5, 25, 25, 25, 12.5]]);
  });

  it("reads empty cells as 0 capex that year", () => {
    expect(depreciation([[null, 60, "", undefined]], 2)).toEqual([[0, 30, 30, 0]]);
    expect(depreciation(null, 5)).toEqual([[0]]);
  });

  it("accepts a numeric useful life given as text", () => {
    expect(depreciation([[60, 60]], "3")).toEqual([[20, 40]]);
  });

  it("names the cell holding text, a boolean or a negative amount", () => {
    const text = thrown(() => depreciation([[10, 20, "abc"]], 5));
    expect(text.kind).toBe("value");
    expect(text.messages.en).toMatch(/capex: cell 3 \(row 1, column 3 of the range\) is 'abc'/);
    expect(text.messages.fr).toMatch(/investissements : la cellule 3 \(ligne 1, colonne 3 de la plage\) vaut « abc »/);
    const numericText = thrown(() => depreciation([[10], ["20"]], 5));
    expect(numericText.messages.en).toMatch(/row 2, column 1/);
    const bool = thrown(() => depreciation([[true]], 5));
    expect(bool.kind).toBe("value");
    expect(bool.messages.en).toMatch(/TRUE/);
    expect(bool.messages.fr).toMatch(/VRAI/);
    const negative = thrown(() => depreciation([[10, -5]], 5));
    // #VALUE!, not #NUM!: Excel shows a message only with #VALUE! and #N/A.
    expect(negative.kind).toBe("value");
    expect(negative.messages.en).toMatch(/column 2/);
    expect(thrown(() => depreciation([[NaN]], 5)).kind).toBe("value");
  });

  it("rejects a 2-D block, an empty or ragged range, and a missing capex", () => {
    expect(
      thrown(() =>
        depreciation(
          [
            [1, 2],
            [3, 4],
          ],
          5,
        ),
      ).messages.en,
    ).toMatch(/single row or column.*2×2/);
    expect(thrown(() => depreciation([], 5)).messages.en).toMatch(/empty/);
    expect(thrown(() => depreciation([[]], 5)).messages.en).toMatch(/empty/);
    expect(thrown(() => depreciation([[1, 2], [3]], 5)).messages.en).toMatch(/rectangular/);
    expect(thrown(() => depreciation(undefined, 5)).messages.en).toMatch(/required/);
  });

  it("validates the useful life: 0, 51, 2.5, text and omitted are #VALUE! with the range", () => {
    const zero = thrown(() => depreciation([[100]], 0));
    expect(zero.kind).toBe("value");
    expect(zero.messages.en).toBe(
      "useful_life: 0 is out of range; the useful life must be a whole number of years from 1 to 50",
    );
    expect(zero.messages.fr).toBe(
      "duree_vie : 0 est hors limites ; la durée d'utilité doit être un nombre entier d'années de 1 à 50",
    );
    expect(thrown(() => depreciation([[100]], 51)).kind).toBe("value");
    expect(thrown(() => depreciation([[100]], 2.5)).messages.fr).toMatch(/duree_vie : 2,5 est hors limites/);
    expect(thrown(() => depreciation([[100]], "five")).kind).toBe("value");
    expect(thrown(() => depreciation([[100]], true)).kind).toBe("value");
    expect(thrown(() => depreciation([[100]], undefined)).messages.en).toMatch(/required/);
    expect(thrown(() => depreciation([[100]], [[5, 6]])).messages.en).toMatch(/single value.*1×2/);
  });

  it("validates the convention", () => {
    const bad = thrown(() => depreciation([[100]], 5, "quarter"));
    expect(bad.kind).toBe("value");
    expect(bad.messages.fr).toMatch(/convention d'amortissement inconnue « quarter »/);
    expect(thrown(() => depreciation([[100]], 5, 1)).messages.en).toMatch(/convention must be text/);
  });
});
