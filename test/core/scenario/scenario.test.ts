import { AmznError } from "../../../src/core/runtime";
import {
  LINE_ITEMS,
  SCENARIO_PRESETS,
  PAYBACK_TOLERANCE,
  checkScenarioParam,
  lineItemLabel,
  parseCaseName,
  parseOutputName,
  resolveScenarioParams,
  runScenario,
  type ScenarioParams,
} from "../../../src/core/scenario";
import { normalizeName, resolveAlias } from "../../../src/core/scenario";

const at = (values: readonly number[], t: number): number => {
  const value = values[t];
  if (value === undefined) throw new Error(`no value at ${t}`);
  return value;
};

describe("runScenario: PRODUCT.md's equations, hand-computed", () => {
  const base = runScenario(SCENARIO_PRESETS.base);
  const bull = runScenario(SCENARIO_PRESETS.bull);
  const bear = runScenario(SCENARIO_PRESETS.bear);

  it("presets are the contract's table", () => {
    expect(SCENARIO_PRESETS).toEqual({
      bear: expect.objectContaining({ capex: 200, capexGrowth: -0.1, years: 5, usefulLife: 4, revenueYield: 0.3 }),
      base: expect.objectContaining({ capex: 200, capexGrowth: 0, years: 5, usefulLife: 6, revenueYield: 0.45 }),
      bull: expect.objectContaining({ capex: 200, capexGrowth: 0.1, years: 5, usefulLife: 7, revenueYield: 0.6 }),
    });
    expect([
      SCENARIO_PRESETS.bear.ebitdaMargin,
      SCENARIO_PRESETS.base.ebitdaMargin,
      SCENARIO_PRESETS.bull.ebitdaMargin,
    ]).toEqual([0.4, 0.55, 0.6]);
    for (const preset of Object.values(SCENARIO_PRESETS)) {
      expect(preset.taxRate).toBe(0.21);
      expect(preset.startYear).toBe(2026);
    }
  });

  it("base 2026: capex 200, depreciation 33.33, revenue 0, EBIT −33.33, NOPAT −26.33, FCF −193.00", () => {
    expect(base.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(at(base.rows.capex, 0)).toBe(200);
    expect(at(base.rows.depreciation, 0)).toBeCloseTo(33.33, 2);
    expect(at(base.rows.revenue, 0)).toBe(0);
    expect(at(base.rows.ebitda, 0)).toBe(0);
    expect(at(base.rows.ebit, 0)).toBeCloseTo(-33.33, 2);
    expect(at(base.rows.nopat, 0)).toBeCloseTo(-26.33, 2);
    expect(at(base.rows.fcf, 0)).toBeCloseTo(-193.0, 2);
    expect(at(base.rows.net_ppe, 0)).toBeCloseTo(200 - 200 / 6, 10);
    // ROIC on the average of opening (0) and closing net PP&E.
    expect(at(base.rows.roic, 0)).toBeCloseTo(((-200 / 6) * 0.79) / ((200 - 200 / 6) / 2), 10);
  });

  it("base 2027 (t = 1): two vintages depreciate, the first earns revenue", () => {
    const dep = 400 / 6; // 66.67
    const revenue = 0.45 * 200; // 90
    const ebit = 0.55 * revenue - dep; // 49.5 − 66.67 = −17.17
    const nopat = ebit * 0.79; // −13.56
    expect(at(base.rows.capex, 1)).toBe(200);
    expect(at(base.rows.depreciation, 1)).toBeCloseTo(dep, 10);
    expect(at(base.rows.net_ppe, 1)).toBeCloseTo(300, 10); // 400 − 100
    expect(at(base.rows.revenue, 1)).toBeCloseTo(90, 10);
    expect(at(base.rows.ebitda, 1)).toBeCloseTo(49.5, 10);
    expect(at(base.rows.ebit, 1)).toBeCloseTo(ebit, 10);
    expect(at(base.rows.nopat, 1)).toBeCloseTo(nopat, 10);
    expect(at(base.rows.fcf, 1)).toBeCloseTo(nopat + dep - 200, 10); // −146.90
    expect(at(base.rows.cumulative_fcf, 1)).toBeCloseTo(-193 + (nopat + dep - 200), 10);
    expect(at(base.rows.roic, 1)).toBeCloseTo(nopat / ((200 - 200 / 6 + 300) / 2), 10); // −5.8%
    expect(at(base.rows.roic, 1)).toBeCloseTo(-0.05812, 5);
  });

  it("bull 2028 (t = 2): capex grows 10% a year, life 7, revenue from the two earlier vintages", () => {
    const capex = [200, 220, 242];
    const dep = (200 + 220 + 242) / 7; // 94.57
    const revenue = 0.6 * (200 + 220); // 252
    const ebitda = 0.6 * revenue; // 151.2
    const nopat = (ebitda - dep) * 0.79; // 44.74
    const ppe1 = 200 - 200 / 7;
    const ppe2 = ppe1 + 220 - 420 / 7;
    const ppe3 = ppe2 + 242 - dep;
    expect(bull.rows.capex.slice(0, 3).map((v) => Number(v.toFixed(9)))).toEqual(capex);
    expect(at(bull.rows.depreciation, 2)).toBeCloseTo(dep, 10);
    expect(at(bull.rows.revenue, 2)).toBeCloseTo(252, 10);
    expect(at(bull.rows.ebitda, 2)).toBeCloseTo(151.2, 10);
    expect(at(bull.rows.ebit, 2)).toBeCloseTo(ebitda - dep, 10);
    expect(at(bull.rows.nopat, 2)).toBeCloseTo(nopat, 10);
    expect(at(bull.rows.fcf, 2)).toBeCloseTo(nopat + dep - 242, 10); // −102.69
    expect(at(bull.rows.fcf, 2)).toBeCloseTo(-102.692, 3);
    expect(at(bull.rows.net_ppe, 2)).toBeCloseTo(ppe3, 10);
    expect(at(bull.rows.roic, 2)).toBeCloseTo(nopat / ((ppe2 + ppe3) / 2), 10); // 11.0%
  });

  it("bear 2030 (t = 4): the first vintage is fully depreciated (life 4) but still earns its last year", () => {
    const capex = [200, 180, 162, 145.8, 131.22];
    const dep = (180 + 162 + 145.8 + 131.22) / 4; // 154.755: vintage 2026 no longer charged
    const revenue = 0.3 * (200 + 180 + 162 + 145.8); // 206.34: 1 ≤ t − v ≤ 4 includes 2026
    expect(at(bear.rows.capex, 4)).toBeCloseTo(at(capex, 4), 10);
    expect(at(bear.rows.depreciation, 4)).toBeCloseTo(dep, 10);
    expect(at(bear.rows.revenue, 4)).toBeCloseTo(revenue, 10);
    expect(at(bear.rows.fcf, 4)).toBeCloseTo((0.4 * revenue - dep) * 0.79 + dep - 131.22, 10);
    const sumCapex = capex.reduce((a, b) => a + b, 0);
    const sumDep = bear.rows.depreciation.reduce((a, b) => a + b, 0);
    expect(at(bear.rows.net_ppe, 4)).toBeCloseTo(sumCapex - sumDep, 10);
  });

  it("identities hold for every case and year", () => {
    for (const result of [base, bull, bear]) {
      const { params, rows } = result;
      let cumulative = 0;
      result.years.forEach((_, t) => {
        expect(at(rows.ebitda, t)).toBeCloseTo(params.ebitdaMargin * at(rows.revenue, t), 10);
        expect(at(rows.ebit, t)).toBeCloseTo(at(rows.ebitda, t) - at(rows.depreciation, t), 10);
        expect(at(rows.nopat, t)).toBeCloseTo(at(rows.ebit, t) * (1 - params.taxRate), 10);
        expect(at(rows.fcf, t)).toBeCloseTo(at(rows.nopat, t) + at(rows.depreciation, t) - at(rows.capex, t), 10);
        cumulative += at(rows.fcf, t);
        expect(at(rows.cumulative_fcf, t)).toBeCloseTo(cumulative, 10);
      });
      expect(Object.keys(rows)).toEqual([...LINE_ITEMS]);
      // Over 5 years of heavy capex nothing pays back.
      expect(result.paybackYear).toBeNull();
    }
  });

  it("payback: the first year cumulative FCF is positive beyond 1e-9 of the scale (0 is not yet paid back)", () => {
    // Life 1: each vintage is expensed in its year; revenue 2× the previous year's capex, margin 100%, no tax.
    const result = runScenario(
      resolveScenarioParams("base", { capex: 100, usefulLife: 1, revenueYield: 2, ebitdaMargin: 1, taxRate: 0 }),
    );
    expect(result.rows.fcf.slice(0, 2)).toEqual([-100, 100]);
    expect(result.rows.cumulative_fcf.slice(0, 3)).toEqual([-100, 0, 100]);
    expect(result.paybackYear).toBe(2028);
  });

  it("payback with 100% tax: cumulative FCF is −net PP&E, never a spurious payback year", () => {
    for (const caseName of ["bear", "base", "bull"] as const) {
      for (const usefulLife of [1, 2, 5, 7]) {
        const result = runScenario(resolveScenarioParams(caseName, { taxRate: 1, usefulLife, years: 30 }));
        result.rows.cumulative_fcf.forEach((cumulative, t) =>
          expect(cumulative).toBeCloseTo(-(result.rows.net_ppe[t] ?? NaN), 9),
        );
        expect(result.paybackYear).toBeNull();
      }
    }
    // Rounding noise of +4.5e-15 (left-to-right sums) is within the tolerance: still no payback.
    expect(PAYBACK_TOLERANCE * 200).toBeGreaterThan(4.5e-15);
  });

  it("ROIC is 0 (shown '–'), not NaN or Infinity, when no capital is employed", () => {
    const lifeOne = runScenario(resolveScenarioParams("bull", { usefulLife: 1 }));
    expect(lifeOne.rows.net_ppe.every((v) => v === 0)).toBe(true);
    expect(lifeOne.rows.roic.every((v) => v === 0)).toBe(true);
    const noCapex = runScenario(resolveScenarioParams("base", { capex: 0 }));
    for (const item of LINE_ITEMS) expect(noCapex.rows[item].every((v) => v === 0)).toBe(true);
    expect(noCapex.paybackYear).toBeNull();
  });

  it("half-year convention is available to the engine (the contract's functions use full)", () => {
    const half = runScenario(resolveScenarioParams("base", { years: 8, usefulLife: 2, capexGrowth: 0 }), "half");
    // Vintages of 200, life 2: 50 in year 0, then 50 + 100 = 150, then 50 + 100 + 50 = 200 from year 2.
    expect(half.rows.depreciation.slice(0, 4)).toEqual([50, 150, 200, 200]);
  });

  it("numbers beyond the valid ranges are #VALUE!, never Infinity", () => {
    const params: ScenarioParams = { ...SCENARIO_PRESETS.base, capex: 1e307, capexGrowth: 1e10, years: 30 };
    expect(() => runScenario(params)).toThrow(expect.objectContaining({ kind: "value" }));
  });
});

describe("checkScenarioParam: ranges and kinds", () => {
  const kindOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(AmznError);
      const amzn = error as AmznError;
      expect(amzn.messages.en.length).toBeGreaterThan(10);
      expect(amzn.messages.fr.length).toBeGreaterThan(10);
      return amzn.kind;
    }
  };
  it.each([
    ["years", 0, "value"],
    ["years", 31, "value"],
    ["years", 2.5, "value"],
    ["years", 30, undefined],
    ["usefulLife", 0, "value"],
    ["usefulLife", -3, "value"],
    ["usefulLife", 51, "value"],
    ["usefulLife", 1, undefined],
    ["usefulLife", 50, undefined],
    ["capex", -1, "value"],
    ["capex", 0, undefined],
    ["capex", 2000, undefined],
    ["capex", 2000.5, "value"],
    ["capexGrowth", -1, "value"],
    ["capexGrowth", -0.99, undefined],
    ["capexGrowth", 1, undefined],
    ["capexGrowth", 1.01, "value"],
    ["taxRate", 1.01, "value"],
    ["taxRate", -0.01, "value"],
    ["taxRate", 1, undefined],
    ["ebitdaMargin", -1, undefined],
    ["ebitdaMargin", 1.5, "value"],
    ["revenueYield", -0.1, "value"],
    ["revenueYield", 0, undefined],
    ["startYear", 1989, "value"],
    ["startYear", 2100, undefined],
    ["startYear", 2101, "value"],
    ["revenueYield", 5, undefined],
    ["revenueYield", 5.01, "value"],
    ["startYear", 2026.5, "value"],
    ["capex", NaN, "value"],
    ["taxRate", Infinity, "value"],
  ] as const)("%s = %p -> %p", (id, value, kind) => {
    expect(kindOf(() => checkScenarioParam(id, value))).toBe(kind);
  });

  it("hints at a percentage typed as a whole number", () => {
    expect(() => checkScenarioParam("taxRate", 21)).toThrow(/did you mean 21%\? write 0\.21 or "21%"/);
    // Percent text is explicit: no hint; a "(%)" field states the range in percent.
    expect(() => checkScenarioParam("taxRate", 1.5, { typed: "percent" })).toThrow(
      /^tax_rate: 150% is out of range; [^?]*$/,
    );
    expect(() =>
      checkScenarioParam("taxRate", 1.5, {
        unit: "percent",
        name: { en: "Tax rate (%)", fr: "Taux d'imposition (%)" },
      }),
    ).toThrow(/^Tax rate \(%\): 150% is out of range; the tax rate must be from 0% to 100%$/);
    // Never NaN in a message.
    expect(() => checkScenarioParam("capexGrowth", NaN)).toThrow(/^capex_growth: this is not a number;/);
  });
});

describe("names: cases, outputs, labels", () => {
  it("accepts French case names, case- and accent-insensitive", () => {
    expect(parseCaseName("Pessimiste")).toBe("bear");
    expect(parseCaseName(" CENTRAL ")).toBe("base");
    expect(parseCaseName("optimiste")).toBe("bull");
    expect(parseCaseName("Bull")).toBe("bull");
  });

  it("suggests the nearest case or output", () => {
    expect(() => parseCaseName("bul")).toThrow(/did you mean 'bull'/);
    expect(() => parseCaseName("optimist")).toThrow(/did you mean 'bull'/);
    expect(() => parseCaseName("zzzzzz")).toThrow(/^unknown case 'zzzzzz'; valid: 'bear'/);
    expect(() => parseOutputName("cumulative_fc")).toThrow(/did you mean 'cumulative_fcf'/);
    try {
      parseOutputName("amortisements");
    } catch (error) {
      expect((error as AmznError).messageIn("fr")).toMatch(/vouliez-vous dire « depreciation »/);
    }
  });

  it("accepts output aliases", () => {
    expect(parseOutputName("Net PP&E")).toBe("net_ppe");
    expect(parseOutputName("FCF cumulé")).toBe("cumulative_fcf");
    expect(parseOutputName("chiffre d'affaires")).toBe("revenue");
    expect(parseOutputName("Résultat d'exploitation")).toBe("ebit");
    expect(parseOutputName("payback")).toBe("payback");
  });

  it("labels carry units", () => {
    for (const item of LINE_ITEMS) {
      expect(lineItemLabel(item, "en")).toMatch(/\((B\$|fraction)\)$/);
      expect(lineItemLabel(item, "fr")).toMatch(/\((Mds\$|fraction)\)$/);
    }
    expect(lineItemLabel("roic", "en", true)).toBe("ROIC (%)");
  });

  it("text helpers", () => {
    expect(normalizeName("  Résultat  net ")).toBe("resultat_net");
    const aliases = { revenue: "revenue", ebit: "ebit" } as const;
    const words = { en: "unknown item", fr: "poste inconnu" };
    // Suggestions and quotes are wording's: a typo gets the closest alias, French quotes « ».
    expect(() => resolveAlias("revenu", aliases, words, words)).toThrow(
      /unknown item 'revenu'; did you mean 'revenue'/,
    );
    expect(() => resolveAlias("", aliases, words, words)).toThrow(/unknown item ''; valid: /);
    expect(() => resolveAlias("zzz", aliases, words, words)).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({ fr: expect.stringMatching(/^poste inconnu « zzz » ;/) }),
      }),
    );
  });
});
