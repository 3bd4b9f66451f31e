/**
 * NPV and IRR of the capex plan (PRODUCT.md "Valuing the capex plan"), checked against an
 * independent computation from the FCF row: NPV summed with Math.pow, IRR by bisection on the
 * present value, both written here from Excel's documented definitions, not from valuation.ts.
 */
import { AmznError } from "../../../src/core/runtime";
import {
  NO_IRR,
  SCENARIO_CASES,
  capexScenario,
  excelIrr,
  excelNpv,
  resolveScenarioParams,
  runScenario,
  scenarioIrr,
  type ScenarioCase,
} from "../../../src/core/scenario";
import { thrown } from "../helpers";

/** Excel's NPV: the value of year index t discounted by (1 + r)^(t+1). */
function npvByDefinition(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, t) => sum + flow / Math.pow(1 + rate, t + 1), 0);
}

/** Σ flows_t / (1 + r)^t: Excel's IRR is the r that makes it 0. */
function presentValue(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, t) => sum + flow / Math.pow(1 + rate, t), 0);
}

/** The IRR by bisection over [−0.99, 10], for rows with one sign change (one root). */
function irrByBisection(flows: readonly number[]): number {
  let low = -0.99;
  let high = 10;
  const lowSign = Math.sign(presentValue(low, flows));
  expect(Math.sign(presentValue(high, flows))).not.toBe(lowSign);
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (Math.sign(presentValue(middle, flows)) === lowSign) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

const fcfOf = (caseName: ScenarioCase, years: number): number[] =>
  (capexScenario(caseName, null, null, years, null, null, null, null, null, "fcf")[0] ?? []) as number[];

const one = (spill: readonly (readonly unknown[])[]): unknown => spill[0]?.[0];

describe("CAPEX_SCENARIO npv and irr: Excel's conventions at 9%", () => {
  const closing: string[] = [];

  it.each(SCENARIO_CASES.flatMap((c) => [5, 30].map((years) => [c, years] as const)))(
    "%s case, %i years",
    (caseName, years) => {
      const fcf = fcfOf(caseName, years);
      const npv = one(capexScenario(caseName, null, null, years, null, null, null, null, null, "npv"));
      expect(npv).toBeCloseTo(npvByDefinition(0.09, fcf), 9);
      let irrText: string;
      try {
        const irr = one(capexScenario(caseName, null, null, years, null, null, null, null, null, "irr")) as number;
        const expected = irrByBisection(fcf);
        expect(Math.abs(irr - expected)).toBeLessThan(1e-9);
        irrText = `${(irr * 100).toFixed(4)}%`;
      } catch (error) {
        if (!(error instanceof AmznError)) throw error;
        expect(error.kind).toBe("na");
        // No IRR only where FCF never turns positive.
        expect(Math.max(...fcf)).toBeLessThanOrEqual(0);
        irrText = "#N/A";
      }
      closing.push(`${caseName} ${years}y: NPV ${(npv as number).toFixed(4)} B$, IRR ${irrText}`);
    },
  );

  it("the 30-year base case has an IRR, the 5-year base case none (#N/A saying why, both languages)", () => {
    expect(typeof one(capexScenario("base", null, null, 30, null, null, null, null, null, "irr"))).toBe("number");
    const error = thrown(() => capexScenario("base", null, null, 5, null, null, null, null, null, "irr"));
    expect(error.kind).toBe("na");
    expect(error.messages.en).toMatch(/no IRR: the free cash flow never changes sign/);
    expect(error.messages.fr).toMatch(/pas de TRI/);
  });

  it("discount_rate: default 9%, percent text, the one rate rule ('did you mean 9%?'), 0 to 50%", () => {
    const at = (rate: unknown): unknown =>
      one(capexScenario("base", null, null, 30, null, null, null, null, null, "npv", rate as never));
    expect(at(0.09)).toBe(at(undefined));
    expect(at("9%")).toBe(at(0.09));
    expect(at(0)).toBeCloseTo(
      fcfOf("base", 30).reduce((a, b) => a + b, 0),
      9,
    );
    const nine = thrown(() => at(9));
    expect(nine.kind).toBe("value");
    expect(nine.messages.en).toMatch(/did you mean 9%\? write 0\.09 or "9%"/);
    expect(nine.messages.fr).toMatch(/vouliez-vous dire 9 %/);
    expect(thrown(() => at(0.51)).messages.en).toMatch(/discount rate must be from 0% to 50%/);
    expect(thrown(() => at(-0.01)).kind).toBe("value");
    expect(thrown(() => at("abc")).messages.en).toMatch(/discount_rate: 'abc' is not a number/);
    expect(thrown(() => at(true)).kind).toBe("value");
  });

  it("'van' and 'tri' are the French outputs", () => {
    expect(one(capexScenario("bull", null, null, 10, null, null, null, null, null, "VAN"))).toBe(
      one(capexScenario("bull", null, null, 10, null, null, null, null, null, "npv")),
    );
    expect(one(capexScenario("bull", null, null, 10, null, null, null, null, null, "tri"))).toBe(
      one(capexScenario("bull", null, null, 10, null, null, null, null, null, "irr")),
    );
  });

  it("labels and messages follow lang, and a cached English answer never serves French", () => {
    const en = capexScenario("bull", null, null, null, null, null, null, null, null, null, null, "en");
    const fr = capexScenario("bull", null, null, null, null, null, null, null, null, null, null, "fr");
    expect(en[0]?.[0]).toBe("Bull case");
    expect(fr[0]?.[0]).toBe("Scénario optimiste");
    expect(capexScenario("base", null, null, null, null, null, null, null, null, "payback", null, "fr")).toEqual([
      ["au-delà de l'horizon"],
    ]);
  });

  afterAll(() => console.log(`closing note, at 9%:\n${closing.join("\n")}`));
});

describe("excelNpv and excelIrr", () => {
  it("NPV discounts the first value by one period, as Excel's NPV", () => {
    expect(excelNpv(0.1, [110])).toBeCloseTo(100, 12);
    expect(excelNpv(0.1, [-100, 121])).toBeCloseTo(-100 / 1.1 + 100, 12);
    expect(excelNpv(0.1, [])).toBe(0);
  });

  it("IRR of textbook rows, undiscounted first value", () => {
    expect("rate" in excelIrr([-100, 110]) && excelIrr([-100, 110])).toEqual({ rate: expect.closeTo(0.1, 12) });
    // Excel's documentation example: -70,000, 12,000, 15,000, 18,000, 21,000, 26,000 -> 8.66%.
    const irr = excelIrr([-70000, 12000, 15000, 18000, 21000, 26000]);
    expect("rate" in irr && irr.rate).toBeCloseTo(0.086630948, 8);
  });

  it("no sign change, or changes within the tolerance: no IRR", () => {
    expect(excelIrr([-1, -2, -3])).toEqual({ none: "no-sign-change" });
    expect(excelIrr([1, 2, 3])).toEqual({ none: "no-sign-change" });
    expect(excelIrr([0, 0, 0])).toEqual({ none: "no-sign-change" });
    expect(excelIrr([-100, 1e-10], 1e-7)).toEqual({ none: "no-sign-change" });
  });

  it("a row that changes sign but has no real rate: none, 'no-rate'", () => {
    // 1 − 3x + 3x² has no real root (x = 1/(1+r)): the PV never reaches zero.
    expect(excelIrr([1, -3, 3])).toEqual({ none: "no-rate" });
  });

  it("rows with two rates: the one Newton finds from Excel's 10% guess", () => {
    // −100 + 230x − 132x² = 0: rates 10% and 20%.
    const irr = excelIrr([-100, 230, -132]);
    expect("rate" in irr && irr.rate).toBeCloseTo(0.1, 10);
  });

  it("a grid's word for no IRR is 'none' / 'aucun'", () => {
    expect(NO_IRR).toEqual({ en: "none", fr: "aucun" });
    const noIrr = scenarioIrr(runScenario(resolveScenarioParams("base")));
    expect(noIrr).toEqual({ none: "no-sign-change" });
  });
});
