/**
 * Quarters, LTM and GUIDANCE at the custom-function boundary (answers.ts, where functions.ts forwards): the "done when" values,
 * every period form PRODUCT.md lists in every function that takes a period, and the bad-input
 * messages (#N/A naming the quarters that exist, #VALUE! naming the accepted forms; never #NUM!).
 */
import * as functions from "../../src/functions/answers";
import { thrownExcelError as thrown } from "../helpers/errors";

describe("the issue's done-when values", () => {
  it('METRIC("advertising_revenue", 2024, "M", "filings") = 56214', () => {
    expect(functions.metric("advertising_revenue", 2024, "M", "filings")).toBe(56_214);
  });
  it('METRIC("north_america_operating_income", 2022, "M", "filings") = −2847', () => {
    expect(functions.metric("north_america_operating_income", 2022, "M", "filings")).toBe(-2_847);
  });
  it('METRIC("revenue", "2025Q4", "M", "filings") = 213386', () => {
    expect(functions.metric("revenue", "2025Q4", "M", "filings")).toBe(213_386);
  });
  it('GROWTH("aws_revenue", "2025Q1", "2026Q1", , "filings") from the reference (37.6B [R] / 29,267 [S])', () => {
    expect(functions.growth("aws_revenue", "2025Q1", "2026Q1", undefined, "filings")).toBe(37_600 / 29_267 - 1);
  });
});

describe("every quarter form, in every function that takes a period", () => {
  const FORMS = ["2025Q3", "Q3 2025", "Q3-25", "2025-Q3", "T3 2025", "q3 2025", "2025q3", "t3-2025"];
  it.each(FORMS)("%s is Q3 2025", (form) => {
    expect(functions.metric("revenue", form, "M", "filings")).toBe(180_169);
    expect(functions.revenue(form, "M", "filings")).toBe(180_169);
    expect(functions.netIncome(form, "M", "filings")).toBe(21_187);
    expect(functions.awsRevenue(form, "M", "filings")).toBe(33_006);
    expect(functions.source("revenue", form, "filings", "en")).toContain("2025Q3: 180,169 M$ [class: secondary]");
    expect(functions.growth("revenue", "2025Q2", form, undefined, "filings")).toBe(180_169 / 167_702 - 1);
  });

  it.each(["LTM 2025Q4", "TTM 2025Q4", "ltm Q4 2025", "TTM T4 2025"])("%s sums four quarters", (form) => {
    expect(functions.metric("revenue", form, "M", "filings")).toBe(716_924);
    expect(functions.metric("operating_income", form, "M", "filings")).toBe(79_975);
    expect(functions.source("revenue", form, "filings", "en")).toContain(
      "sum of the four quarters 2025Q1–2025Q4 = 155,667 + 167,702 + 180,169 + 213,386 = 716,924 M$ [class: derived]",
    );
  });

  it("an LTM ratio is computed from the LTM sums, never summed", () => {
    expect(functions.metric("operating_margin", "LTM 2025Q4", "B", "filings")).toBe(79_975 / 716_924);
    expect(functions.metric("operating_margin", "LTM 2026Q1", "B", "filings")).toBe(
      (19_171 + 17_422 + 24_977 + 23_900) / (167_702 + 180_169 + 213_386 + 181_500),
    );
  });

  it("SERIES takes quarterly ranges", () => {
    expect(functions.series([["aws_revenue"]], "2025Q1", "2026Q1", "M", "filings")).toEqual([
      ["M$", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"],
      ["AWS revenue", 29_267, 30_900, 33_006, 35_579, 37_600],
    ]);
    expect(functions.series([["revenue"]], "LTM 2025Q4", "LTM 2026Q1", "M", "filings", 0)).toEqual([
      [716_924, 716_924 - 155_667 + 181_500],
    ]);
  });

  it("with no basis named, a quarter falls back to the filings and says so", () => {
    expect(functions.revenue("2025Q4")).toBe(213.386);
    expect(functions.source("revenue", "2025Q4", undefined, "en")).toContain(
      "fallback to the filings: the report has no revenue for 2025Q4",
    );
  });

  it("EPS per quarter, unit ignored", () => {
    expect(functions.metric("diluted_eps", "Q1 2026", "M", "filings")).toBe(2.78);
  });
});

describe("bad input", () => {
  it("a quarter the dataset lacks is #N/A saying which quarters exist (they end at Q1 2026)", () => {
    for (const q of ["2026Q2", "2024Q3"]) {
      const error = thrown(() => functions.metric("revenue", q, "M", "filings"));
      expect(error.code).toBe("#N/A");
      expect(error.message).toContain("quarters 2025Q1–2026Q1");
      expect(error.message).toContain("quarters end at 2026Q1");
    }
  });

  it("an LTM with a missing quarter is #N/A saying which", () => {
    const error = thrown(() => functions.metric("revenue", "LTM 2025Q3", "M", "filings"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "LTM 2025Q3 sums 2024Q4–2025Q3; the filings lack revenue for 2024Q4 (quarters 2025Q1–2026Q1)",
    );
    const cash = thrown(() => functions.metric("operating_cash_flow", "LTM 2025Q4", "M", "filings"));
    expect(cash.message).toContain("lack operating_cash_flow for 2025Q4");
  });

  it("a quarter for an annual-only metric is #N/A saying so", () => {
    const error = thrown(() => functions.metric("diluted_shares", "2025Q1", "M", "filings"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("diluted_shares is annual-only in the filings (years 2022–2025): no 2025Q1");
  });

  it("an LTM of a per-share figure is #N/A", () => {
    const error = thrown(() => functions.metric("diluted_eps", "LTM 2025Q4", "M", "filings"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("a per-share figure is not the sum of its quarters");
    // Whatever the basis: asking the report instead would not help.
    for (const basis of ["report", undefined]) {
      expect(thrown(() => functions.metric("diluted_eps", "LTM 2025Q4", "M", basis)).message).toContain(
        "a per-share figure is not the sum of its quarters",
      );
    }
  });

  it.each(["Q5 2025", "2025Q0", "LTM 2025", "TTM", "Q3 202"])(
    "malformed quarter text %p is #VALUE! with the accepted forms",
    (text) => {
      const error = thrown(() => functions.metric("revenue", text, "M", "filings"));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain('"2025Q3", "Q3 2025", "Q3-25", "2025-Q3", "T3 2025"');
    },
  );

  it("GROWTH between a year and a quarter is #VALUE!; a quarter's 'reported' growth too", () => {
    expect(thrown(() => functions.growth("revenue", 2024, "2025Q1", undefined, "filings")).code).toBe("#VALUE!");
    expect(thrown(() => functions.growth("revenue", "2025Q1", "2025Q2", "reported")).code).toBe("#VALUE!");
    expect(thrown(() => functions.growth("revenue", "2025Q2", "2025Q1", undefined, "filings")).code).toBe("#VALUE!");
  });

  it("the report basis has no quarters: #N/A naming the filings' quarters", () => {
    const error = thrown(() => functions.revenue("2025Q1", "B", "report"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("the report has no quarterly figures");
    expect(error.message).toContain("basis 'filings' has revenue for quarters 2025Q1–2026Q1");
  });
});

describe("GROWTH between quarters and LTM periods reads a ratio as between years", () => {
  it("a margin's total growth is its change in points, as between years", () => {
    const margin2025Q1 = functions.metric("operating_margin", "2025Q1", "B", "filings") as number;
    const margin2026Q1 = functions.metric("operating_margin", "2026Q1", "B", "filings") as number;
    expect(margin2025Q1).toBe(18_405 / 155_667);
    const points = functions.growth("operating_margin", "2025Q1", "2026Q1", "total", "filings");
    expect(points).toBe(margin2026Q1 - margin2025Q1);
    expect(points).toBeCloseTo(0.0134, 4);
    const margin = (period: string | number): number =>
      functions.metric("operating_margin", period, "B", "filings") as number;
    expect(functions.growth("operating_margin", "LTM 2025Q4", "LTM 2026Q1", undefined, "filings")).toBe(
      margin("LTM 2026Q1") - margin("LTM 2025Q4"),
    );
    // The yearly path, for comparison: the same rule.
    expect(functions.growth("operating_margin", 2024, 2025, "total", "filings")).toBe(margin(2025) - margin(2024));
  });

  it.each([
    ["2025Q1", "2026Q1"],
    ["LTM 2025Q4", "LTM 2026Q1"],
    [2023, 2025],
  ])("a ratio's CAGR is #VALUE! from %p to %p, saying what to use", (from, to) => {
    const error = thrown(() => functions.growth("operating_margin", from, to, "cagr", "filings"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'a compound annual growth rate of a ratio (operating_margin) is not meaningful; method "total" gives its change in points (to − from, as a fraction)',
    );
  });

  it("a ratio's CAGR is #VALUE! even where the report lacks the quarters", () => {
    expect(thrown(() => functions.growth("aws_operating_margin", "2025Q1", "2026Q1", "tcam", "report")).code).toBe(
      "#VALUE!",
    );
  });

  it("a margin's multiple needs a positive start, as any multiple does", () => {
    const error = thrown(() => functions.growth("north_america_operating_margin", 2022, 2023, "multiple", "filings"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(
      /^multiple from a negative base is not meaningful: north_america_operating_margin is −\d+\.\d% in 2022 \(the filings\)$/,
    );
  });

  it("a negative start between quarters is named with its unit, as between years", () => {
    const error = thrown(() => functions.growth("free_cash_flow", "2025Q1", "2025Q2", "total", "filings"));
    expect(error.message).toBe(
      "growth from a negative base is not meaningful: free_cash_flow is −7,240 M$ in 2025Q1 (the filings)",
    );
  });

  it.each([
    ["2025Q1", "2026Q1"],
    ["LTM 2025Q4", "LTM 2026Q1"],
  ])('"reported" from %p to %p is #VALUE!: the report prints yearly rates only', (from, to) => {
    const error = thrown(() => functions.growth("revenue", from, to, "reported"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'method "reported" reads the yearly rates the report prints; for quarters and LTM periods use "total", "cagr" or "multiple"',
    );
  });

  it("the report has no LTM periods: #N/A saying it prints fiscal years", () => {
    const error = thrown(() => functions.metric("revenue", "LTM 2025Q4", "B", "report"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "the report has no quarterly figures (LTM 2025Q4): it prints fiscal years; basis 'filings' has revenue for quarters 2025Q1–2026Q1",
    );
  });
});

describe("AMZN.GUIDANCE", () => {
  it("spills low, high, actual, actual − midpoint", () => {
    expect(functions.guidance("revenue", "2025Q4")).toEqual(
      [[206, 213, 213.386, 213.386 - 209.5]].map((r) => r.map((v) => Number(v.toPrecision(15)))),
    );
    expect(functions.guidance("operating_income", "Q1 2026", "M")).toEqual([[16_500, 21_500, 23_900, 23_900 - 19_000]]);
    expect(functions.guidance("chiffre d'affaires", "T1 2025", "M")).toEqual([
      [151_000, 155_500, 155_667, 155_667 - 153_250],
    ]);
  });

  it("a guided quarter without an actual shows the dash", () => {
    expect(functions.guidance("revenue", "2026Q2")).toEqual([[194, 199, "—", "—"]]);
  });

  it("bad input: #N/A for an unguided quarter or metric, #VALUE! for a year or malformed text", () => {
    const missing = thrown(() => functions.guidance("revenue", "2024Q4"));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toContain("guided quarters 2025Q1–2026Q2");
    expect(thrown(() => functions.guidance("net_income", "2025Q4")).code).toBe("#N/A");
    expect(thrown(() => functions.guidance("revenue", 2025)).code).toBe("#VALUE!");
    expect(thrown(() => functions.guidance("revenue", "Q5 2025")).code).toBe("#VALUE!");
    expect(thrown(() => functions.guidance("revenue", "LTM 2025Q4")).code).toBe("#VALUE!");
  });
});

describe("AMZN.BRIDGE at the custom-function boundary", () => {
  it("spills the walk; the display language stands in for an omitted lang", () => {
    const spill = functions.bridge("net_income", 2023, 2025, "M");
    expect(spill[0]).toEqual(["Net income 2023", 30_425]);
    expect(spill[3]).toEqual(["AWS operating income", 20_975]);
    expect(spill[spill.length - 1]).toEqual(["Net income 2025", 77_670]);
  });

  it("net income by quarter is #N/A; a metric it does not walk is #VALUE!", () => {
    expect(thrown(() => functions.bridge("net_income", "2025Q1", "2025Q2")).code).toBe("#N/A");
    expect(thrown(() => functions.bridge("revenue", 2023, 2025)).code).toBe("#VALUE!");
    expect(thrown(() => functions.bridge("net_income", 2025, 2023)).code).toBe("#VALUE!");
  });
});
