/**
 * AMZN.BRIDGE: the walk from one period's profit to another's, from the filed components. The
 * expected numbers are the reference's (amazon-filings-extended.md §2.1; PRODUCT.md, "What drove
 * the profit"), written out here rather than read back from the dataset.
 */
import { bridge, buildBridge, parseBridgeMetric } from "../../../src/core/figures";
import { parsePeriod } from "../../../src/core/dataset";
import { failure } from "../helpers";

const year = (y: number | string) => parsePeriod(y, "filings");

function values(spill: (number | string)[][]): number[] {
  return spill.map((row) => row[1] as number);
}

/** Start + every step = end, exactly (whole millions). */
function expectIdentity(spill: (number | string)[][]): void {
  const v = values(spill);
  const start = v[0] ?? NaN;
  const end = v[v.length - 1] ?? NaN;
  const steps = v.slice(1, -1);
  expect(steps.reduce((s, x) => s + x, start)).toBe(end);
}

describe("BRIDGE net income, years (M$)", () => {
  it("2023 → 2025: 30,425 to 77,670, AWS +20,975, steps sum to the difference exactly", () => {
    const spill = bridge("net_income", 2023, 2025, "M", "en");
    expect(spill).toEqual([
      ["Net income 2023", 30_425],
      ["North America operating income", 14_742],
      ["International operating income", 7_406],
      ["AWS operating income", 20_975],
      ["Non-operating income (expense)", 16_631],
      ["Provision for income taxes", -11_967],
      ["Equity-method investment activity", -542],
      ["Net income 2025", 77_670],
    ]);
    expectIdentity(spill);
  });

  it("2022 → 2025 and 2024 → 2025", () => {
    expect(values(bridge("net_income", 2022, 2025, "M", "en"))).toEqual([
      -2_722, 32_466, 12_496, 22_765, 35_520, -22_304, -551, 77_670,
    ]);
    expect(values(bridge("net_income", 2024, 2025, "M", "en"))).toEqual([
      59_248, 4_652, 958, 5_772, 17_315, -9_822, -453, 77_670,
    ]);
    expectIdentity(bridge("net_income", 2022, 2025, "M", "en"));
    expectIdentity(bridge("net_income", 2024, 2025, "M", "en"));
  });

  it("B$ by default, French labels, the same walk", () => {
    const spill = bridge("résultat net", "FY2023", "FY0", undefined, "fr");
    expect(spill[0]).toEqual(["Résultat net 2023", 30.425]);
    expect(spill[3]).toEqual(["Résultat opérationnel AWS", 20.975]);
    expect(spill[spill.length - 1]).toEqual(["Résultat net 2025", 77.67]);
    const v = values(spill);
    expect(v.slice(0, -1).reduce((s, x) => s + x, 0)).toBeCloseTo(77.67, 9);
  });

  it("no rounding step where the filed components add up (every year)", () => {
    for (const [a, b] of [
      [2022, 2023],
      [2023, 2024],
      [2024, 2025],
      [2022, 2025],
    ]) {
      const steps = buildBridge("net_income", year(a ?? 0), year(b ?? 0)).steps.map((s) => s.id);
      expect(steps).not.toContain("rounding");
    }
  });
});

describe("BRIDGE operating income", () => {
  it("years: 2023 → 2025 is the three segments", () => {
    expect(bridge("operating_income", 2023, 2025, "M", "en")).toEqual([
      ["Operating income 2023", 36_852],
      ["North America operating income", 14_742],
      ["International operating income", 7_406],
      ["AWS operating income", 20_975],
      ["Operating income 2025", 79_975],
    ]);
  });

  it("two quarters: release-rounded segments need a rounding step, and the identity holds", () => {
    // Operating income Q1 18,405 and Q2 19,171 (exact); segments as the releases print them:
    // NA 5.8 → 7.5, International 1.0 → 1.5, AWS 11.5 → 10.2 (B$): +900 against +766.
    const spill = bridge("operating_income", "2025Q1", "2025Q2", "M", "en");
    expect(spill).toEqual([
      ["Operating income 2025Q1", 18_405],
      ["North America operating income", 1_700],
      ["International operating income", 500],
      ["AWS operating income", -1_300],
      ["Rounding in the published figures", -134],
      ["Operating income 2025Q2", 19_171],
    ]);
    expectIdentity(spill);
    expect(bridge("operating_income", "T1 2025", "T2 2025", "M", "fr")[4]).toEqual([
      "Arrondi des chiffres publiés",
      -134,
    ]);
  });

  it("LTM periods where all four quarters of every component exist", () => {
    const spill = bridge("operating_income", "LTM 2025Q4", "LTM 2026Q1", "M", "en");
    expectIdentity(spill);
    expect(spill[0]).toEqual(["Operating income LTM 2025Q4", 79_975]);
  });
});

describe("BRIDGE refuses what it cannot walk", () => {
  it("net income by quarter: #N/A saying the lines are annual only", () => {
    const error = failure(() => buildBridge("net_income", year("2025Q1"), year("2025Q2")), "na");
    expect(error.messages.en).toMatch(/annual only/);
    expect(error.messages.fr).toMatch(/exercice/);
  });

  it("years without components: #N/A", () => {
    const error = failure(() => buildBridge("net_income", year(2021), year(2023)), "na");
    expect(error.messages.en).toMatch(/2021/);
    failure(() => buildBridge("operating_income", year("2025Q1"), year("2026Q2")), "na");
  });

  it("from must be before to, both of one kind", () => {
    expect(failure(() => buildBridge("net_income", year(2025), year(2023)), "value").messages.en).toMatch(
      /must be before/,
    );
    failure(() => buildBridge("net_income", year(2024), year(2024)), "value");
    failure(() => buildBridge("operating_income", year(2024), year("2025Q1")), "value");
  });

  it("only net_income and operating_income; a bad unit or lang is #VALUE!", () => {
    expect(failure(() => parseBridgeMetric("revenue"), "value").messages.fr).toMatch(/PONT_RESULTAT/);
    failure(() => parseBridgeMetric(""), "value");
    failure(() => parseBridgeMetric("bogus"), "value");
    failure(() => bridge("net_income", 2023, 2025, "Z"), "value");
    failure(() => bridge("net_income", 2023, 2025, "M", "de"), "value");
    failure(() => bridge("net_income", "", 2025), "value");
  });
});
