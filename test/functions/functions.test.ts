/**
 * The custom functions as Excel calls them (answers.ts: functions.ts forwards each call there,
 * test/functions/registration.test.ts), with the CustomFunctions stub of test/setup: values on
 * good input, a CustomFunctions.Error with the right code and a helpful message on bad input.
 */
import * as functions from "../../src/functions/answers";
import { thrownExcelError as thrown } from "../helpers/errors";

describe("AMZN.REVENUE", () => {
  it("returns the report's three years in B$", () => {
    expect(functions.revenue(2023)).toBe(575);
    expect(functions.revenue(2024)).toBe(638);
    expect(functions.revenue(2025)).toBe(717);
    expect(functions.revenue("FY2024")).toBe(638);
  });

  it("converts units and reads the filings", () => {
    expect(functions.revenue(2024, "M", "filings")).toBe(637959);
  });

  it.each([
    [2021, "#N/A"],
    [2030, "#N/A"],
    ["next year", "#VALUE!"],
    [2024.5, "#VALUE!"],
    [true, "#VALUE!"],
  ])("rejects %p with %s and names the valid years", (period, code) => {
    const error = thrown(() => functions.revenue(period as number));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/2023/);
    expect(error.message).toMatch(/2025/);
  });

  it("rejects an empty cell with #VALUE!", () => {
    const error = thrown(() => functions.revenue(null as unknown as number));
    expect(error.code).toBe("#VALUE!");
    expect(error.message.length).toBeGreaterThan(10);
  });
});

describe("every AMZN function through its wrapper", () => {
  it("returns the contract's figures", () => {
    expect(functions.netIncome(2025)).toBe(77.7);
    expect(functions.awsRevenue("FY-1")).toBe(107.6);
    expect(functions.metric("Bénéfice net", 2023)).toBe(30);
    expect(functions.growth("net_income", 2023, 2025, "cagr")).toBeCloseTo(Math.sqrt(77.7 / 30) - 1, 12);
    expect(functions.growth("net_income", 2024, 2025, "reported")).toBe(0.312);
    expect(functions.kpi("rufus_users")).toBe(250_000_000);
    expect(functions.source("revenue", 2024)).toContain("638");
    const series = functions.series([["revenue"], ["net_income"]]);
    expect(series[0]).toEqual(expect.arrayContaining([2023, 2024, 2025]));
    expect(functions.table("results")[0]?.length).toBeGreaterThan(1);
    expect(functions.metrics().length).toBeGreaterThan(10);
    expect(functions.reconcile("net_income").length).toBeGreaterThan(1);
    expect(functions.depreciation([[100, 100]], 2)).toEqual([[50, 100]]);
    const base = functions.capexScenario();
    expect(base).toHaveLength(11);
    expect(base[0]?.slice(1)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(
      functions.capexScenario(
        "base",
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "fcf",
      )[0]?.[0],
    ).toBeCloseTo(-193, 10);
  });

  it.each([
    ["METRIC", () => functions.metric("revenu", 2024), "#VALUE!", /did you mean 'revenue'/],
    ["METRIC", () => functions.metric("revenue", 2022, "B", "report"), "#N/A", /2023/],
    ["GROWTH", () => functions.growth("revenue", 2025, 2023), "#VALUE!", /before/],
    ["KPI", () => functions.kpi("nope"), "#VALUE!", /rufus_users/],
    ["TABLE", () => functions.table("nope"), "#VALUE!", /results/],
    ["DEPRECIATION", () => functions.depreciation([[100]], 0), "#VALUE!", /useful_life/],
    ["CAPEX_SCENARIO", () => functions.capexScenario("bull", null as never, 10), "#VALUE!", /did you mean 10%/],
    [
      "CAPEX_SCENARIO",
      () => functions.capexScenario("base", null as never, null as never, null as never, null as never, 45),
      "#VALUE!",
      /did you mean 45%/,
    ],
    ["CAPEX_SCENARIO", () => functions.capexScenario("bulll"), "#VALUE!", /bull/],
    ["RECONCILE", () => functions.reconcile("free_cash_flow"), "#N/A", /net_income/],
  ])("%s reports bad input as %s with a useful message", (_name, call, code, message) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("answers in French when Office's display language is French", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "fr-FR" } } });
    try {
      expect(thrown(() => functions.metric("revenu", 2024)).message).toMatch(/indicateur inconnu|vouliez-vous dire/);
      expect(functions.table("results")[1]?.[0]).toMatch(/Chiffre d'affaires/);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});

describe("CAPEX_SCENARIO's npv and irr, and SENSITIVITY, as Excel calls them", () => {
  const u = undefined;
  /** Excel's NPV and the IRR by bisection, from the FCF row: independent of valuation.ts. */
  const fcf30 = (): number[] => functions.capexScenario("base", u, u, 30, u, u, u, u, u, "fcf")[0] as number[];

  it('CAPEX_SCENARIO("base",,,30,,,,,,"npv") and "irr" are Excel\'s NPV and IRR of the 30-year FCF row at 9%', () => {
    const flows = fcf30();
    const npv = flows.reduce((sum, flow, t) => sum + flow / Math.pow(1.09, t + 1), 0);
    expect(functions.capexScenario("base", u, u, 30, u, u, u, u, u, "npv")[0]?.[0]).toBeCloseTo(npv, 9);
    const pv = (r: number): number => flows.reduce((sum, flow, t) => sum + flow / Math.pow(1 + r, t), 0);
    let low = 0;
    let high = 1;
    for (let i = 0; i < 100; i++) {
      const mid = (low + high) / 2;
      if (pv(mid) > 0) low = mid;
      else high = mid;
    }
    expect(functions.capexScenario("base", u, u, 30, u, u, u, u, u, "irr")[0]?.[0]).toBeCloseTo(low, 9);
  });

  it.each([
    [() => functions.capexScenario("base", u, u, 30, u, u, u, u, u, "npv", 9), "#VALUE!", /did you mean 9%\?/],
    [() => functions.capexScenario("base", u, u, u, u, u, u, u, u, "irr"), "#N/A", /never changes sign/],
    [() => functions.sensitivity("npv", "useful_life", [[4]], "useful_life", [[5]]), "#VALUE!", /two different/],
  ])("refuses: %#", (call, code, message) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('SENSITIVITY("npv", "useful_life", {4;5;6}, "revenue_yield", {0.3,0.45,0.6}, "base") spills 4 × 4 of CAPEX_SCENARIO', () => {
    const grid = functions.sensitivity(
      "npv",
      "useful_life",
      [[4], [5], [6]],
      "revenue_yield",
      [[0.3, 0.45, 0.6]],
      "base",
    );
    expect(grid.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    [4, 5, 6].forEach((life, i) =>
      [0.3, 0.45, 0.6].forEach((yld, j) =>
        expect(grid[i + 1]?.[j + 1]).toBe(functions.capexScenario("base", u, u, u, life, yld, u, u, u, "npv")[0]?.[0]),
      ),
    );
  });
});
