import { checkBounded, numberFromText, rangeText, type BoundedInput } from "../../../src/core/inputs";
import { SCENARIO_PARAM_INFO, scenarioParamRange } from "../../../src/core/scenario";
import {
  FRENCH_STYLE,
  parseAmznCalls,
  parseAmznFormula,
  parseReference,
  referencesOf,
  resolveArgs,
} from "../../../src/core/formula";
import { evaluateCall } from "../../../src/core/audit";
import type { AmznError } from "../../../src/core/runtime";

describe("numberFromText: numbers typed as text, never silently another number", () => {
  it.each([
    ["0.21", { value: 0.21, typed: "number" }],
    ["21%", { value: 0.21, typed: "percent" }],
    ["21 %", { value: 0.21, typed: "percent" }],
    ["12,5 %", { value: 0.125, typed: "percent" }],
    ["0,21", { value: 0.21, typed: "number" }],
    ["−10%", { value: -0.1, typed: "percent" }],
    ["1e3", { value: 1000, typed: "number" }],
    ["1,000", "ambiguous-comma"],
    ["12,345,678", "ambiguous-comma"],
    ["abc", "not-a-number"],
    ["NaN", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["", "not-a-number"],
  ] as const)("%p", (text, expected) => {
    expect(numberFromText(text, true)).toEqual(expected);
  });

  it("refuses percent text where no rate is expected", () => {
    expect(numberFromText("10%", false)).toBe("percent-not-allowed");
  });
});

describe("checkBounded: one rule, the range in the field's own unit", () => {
  const tax: BoundedInput = SCENARIO_PARAM_INFO.taxRate;

  it("states ranges as fractions for functions and in percent for a (%) field", () => {
    expect(rangeText(tax.bounds, "en")).toBe("from 0% to 100% (0 to 1 as a fraction)");
    expect(rangeText(tax.bounds, "en", "percent")).toBe("from 0% to 100%");
    expect(scenarioParamRange("taxRate", "fr", "percent")).toBe("de 0 % à 100 %");
    expect(scenarioParamRange("capexGrowth", "en", "percent")).toBe("above −100% and at most +100%");
    expect(scenarioParamRange("capex", "fr")).toMatch(/^de 0 à 2\s000 Mds\$$/);
    expect(scenarioParamRange("years", "en")).toBe("a whole number of years from 1 to 30");
  });

  it("hints only where a whole-number percentage is the only reading", () => {
    const message = (value: number, typed: "number" | "percent" = "number"): string => {
      try {
        checkBounded(tax, value, { typed });
        return "";
      } catch (error) {
        return (error as AmznError).messages.en;
      }
    };
    expect(message(0.21)).toBe("");
    expect(message(1)).toBe("");
    expect(message(21)).toMatch(/did you mean 21%\? write 0\.21 or "21%"$/);
    expect(message(150)).not.toMatch(/did you mean/);
    expect(message(1.5, "percent")).not.toMatch(/did you mean/);
    expect(message(-5)).not.toMatch(/did you mean/);
  });
});

describe("one grammar of AMZN formulas", () => {
  it("reads references, sheet-qualified or not, and keeps expressions as text", () => {
    expect(parseReference("$B$1")).toEqual({ address: "B1" });
    expect(parseReference("Sheet1!b2")).toEqual({ sheet: "Sheet1", address: "B2" });
    expect(parseReference("'My ''own'' sheet'!$A$1:$C$1")).toEqual({ sheet: "My 'own' sheet", address: "A1:C1" });
    expect(parseReference("A1+1")).toBeUndefined();
    const [call] = parseAmznCalls('=AMZN.METRIC(Inputs!A2, $B$1, , "filings")');
    expect(call?.args.map((arg) => arg.kind)).toEqual(["reference", "reference", "empty", "text"]);
    expect(referencesOf(call ? [call] : [])).toEqual([{ sheet: "Inputs", address: "A2" }, { address: "B1" }]);
  });

  it("resolves references through the caller's values and evaluates with core", () => {
    const call = parseAmznFormula("=AMZN.REVENUE($B$1)");
    expect(call).toBeDefined();
    if (call === undefined) return;
    expect(resolveArgs(call, new Map([["!B1", [[2024]]]]))).toEqual([2024]);
    expect(evaluateCall(call, "en", new Map([["!B1", 2024]]))).toEqual({ ok: true, value: 638 });
    expect(evaluateCall(call, "fr", new Map([["!B1", 2021]]))).toMatchObject({ ok: false, kind: "na" });
    expect(() => resolveArgs(call)).toThrow(/the value of \$B\$1 was not read/);
    expect(parseAmznFormula("=AMZN.REVENUE(2024)+1")).toBeUndefined();
    expect(parseAmznCalls('=AMZN.REVENUE(2024;"M")', { style: FRENCH_STYLE })[0]?.args).toHaveLength(2);
  });
});
