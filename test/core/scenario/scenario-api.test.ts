import { AmznError, type CellArg } from "../../../src/core/runtime";
import { LINE_ITEMS, SCENARIO_PRESETS, runScenario } from "../../../src/core/scenario";
import { capexScenario, depreciation } from "../../../src/core/scenario";
import { thrown } from "../helpers";

/** CAPEX_SCENARIO with named arguments. */
const call = (args: {
  case?: CellArg;
  capex?: CellArg;
  capexGrowth?: CellArg;
  years?: CellArg;
  usefulLife?: CellArg;
  revenueYield?: CellArg;
  ebitdaMargin?: CellArg;
  taxRate?: CellArg;
  startYear?: CellArg;
  output?: CellArg;
  discountRate?: CellArg;
  lang?: CellArg;
}) =>
  capexScenario(
    args.case,
    args.capex,
    args.capexGrowth,
    args.years,
    args.usefulLife,
    args.revenueYield,
    args.ebitdaMargin,
    args.taxRate,
    args.startYear,
    args.output,
    args.discountRate,
    args.lang,
  );

describe("CAPEX_SCENARIO layout", () => {
  it("defaults to the base case: header row, then the ten line items with labels", () => {
    const spill = capexScenario();
    expect(spill).toHaveLength(11);
    expect(spill[0]).toEqual(["Base case", 2026, 2027, 2028, 2029, 2030]);
    expect(spill.slice(1).map((row) => row[0])).toEqual([
      "Capex (B$)",
      "Depreciation (B$)",
      "Net PP&E (B$)",
      "Revenue (B$)",
      "EBITDA (B$)",
      "EBIT (B$)",
      "NOPAT (B$)",
      "Free cash flow (B$)",
      "Cumulative FCF (B$)",
      "ROIC (fraction)",
    ]);
    const base = runScenario(SCENARIO_PRESETS.base);
    LINE_ITEMS.forEach((item, i) => expect(spill[i + 1]?.slice(1)).toEqual(base.rows[item]));
    const fcf2026 = spill[8]?.[1];
    expect(typeof fcf2026 === "number" && fcf2026).toBeCloseTo(-193, 2);
  });

  it("labels in French, with the French case name", () => {
    const spill = call({ case: "Optimiste", lang: "fr" });
    expect(spill[0]?.[0]).toBe("Scénario optimiste");
    expect(spill[1]?.[0]).toBe("Investissements (Mds$)");
    expect(spill[4]?.[0]).toBe("Chiffre d'affaires (Mds$)");
    expect(call({ case: "bull", lang: "FR-fr" })[0]?.[0]).toBe("Scénario optimiste");
  });

  it("says when assumptions are overridden", () => {
    expect(call({ capex: 150 })[0]?.[0]).toBe("Base case, with overrides");
    expect(call({ capex: 150, lang: "fr" })[0]?.[0]).toBe("Scénario central, hypothèses modifiées");
  });

  it("output returns one row without its label, 1×years", () => {
    const fcf = call({ case: "bull", years: 8, output: "fcf" });
    expect(fcf).toHaveLength(1);
    expect(fcf[0]).toHaveLength(8);
    expect(fcf[0]).toEqual(runScenario({ ...SCENARIO_PRESETS.bull, years: 8 }).rows.fcf);
    expect(call({ output: "Amortissements" })).toEqual([runScenario(SCENARIO_PRESETS.base).rows.depreciation]);
    expect(call({ output: [["roic"]] })[0]).toHaveLength(5);
  });

  it("output 'payback' gives the payback year, or the sheet's 'beyond horizon' text when none", () => {
    // Cumulative FCF −100, 0, +200: 0 is not yet paid back (compared to 1e-9 of the scale), 2028 is.
    expect(
      call({ capex: 100, usefulLife: 1, revenueYield: 2, ebitdaMargin: 1, taxRate: 0, output: "payback" }),
    ).toEqual([[2028]]);
    expect(call({ output: "payback" })).toEqual([["beyond horizon"]]);
    expect(call({ output: "payback", lang: "fr" })).toEqual([["au-delà de l'horizon"]]);
    // 100% tax: cumulative FCF is −net PP&E, exactly 0 with a one-year life: no spurious payback.
    expect(call({ taxRate: 1, usefulLife: 1, years: 30, output: "payback" })).toEqual([["beyond horizon"]]);
    expect(call({ case: "bull", taxRate: "100%", years: 30, output: "payback" })).toEqual([["beyond horizon"]]);
  });

  it("reads omitted, empty cells and empty text as the case's value", () => {
    const base = capexScenario();
    expect(call({ case: null, capex: null, capexGrowth: "", years: [[null]], taxRate: undefined })).toEqual(base);
    expect(call({ case: "" })).toEqual(base);
  });

  it("accepts numbers as numeric text and rates as percent text", () => {
    const expected = call({ capex: 150, capexGrowth: 0.1, years: 7, taxRate: 0.25 });
    expect(call({ capex: "150", capexGrowth: "10%", years: " 7 ", taxRate: "25 %" })).toEqual(expected);
    expect(call({ capex: [[150]], capexGrowth: [["0.1"]], years: "7.0", taxRate: ".25" })).toEqual(expected);
    expect(call({ capexGrowth: "−10%", output: "capex" })).toEqual(call({ capexGrowth: -0.1, output: "capex" }));
  });
});

describe("CAPEX_SCENARIO validation: kind and both languages", () => {
  // Only #VALUE! and #N/A (Excel shows a message only with these); names as English and French Excel show them.
  const cases: [string, Parameters<typeof call>[0], "value", RegExp, RegExp][] = [
    [
      "case unknown",
      { case: "bul" },
      "value",
      /unknown case 'bul'; did you mean 'bull'\?/,
      /scénario inconnu « bul » ; vouliez-vous dire « bull » \?/,
    ],
    ["case a number", { case: 3 }, "value", /case_name must be text/, /scenario doit être un texte/],
    [
      "capex negative",
      { capex: -1 },
      "value",
      /capex: −1 is out of range; the first-year capex must be from 0 to 2,000 B\$/,
      /investissement : −1 est hors limites ; l'investissement de la 1re année doit être de 0 à 2\s000 Mds\$/,
    ],
    ["capex 2,001", { capex: 2001 }, "value", /from 0 to 2,000 B\$/, /de 0 à 2\s000 Mds\$/],
    [
      "capex text",
      { capex: "lots" },
      "value",
      /capex: 'lots' is not a number/,
      /investissement : « lots » n'est pas un nombre/,
    ],
    ["capex percent", { capex: "10%" }, "value", /'10%' is a percentage, but capex is not a rate/, /n'est pas un taux/],
    ["capex 1,000 (ambiguous)", { capex: "1,000" }, "value", /could be read two ways/, /se lit de deux façons/],
    [
      "capex 1.000 (ambiguous, as in the pane)",
      { capex: "1.000" },
      "value",
      /capex: '1\.000' could be read two ways \(1 or 1000/,
      /investissement : « 1\.000 » se lit de deux façons \(1 ou 1\s?000/,
    ],
    [
      "useful life 1.000 (ambiguous)",
      { usefulLife: "1.000" },
      "value",
      /could be read two ways/,
      /se lit de deux façons/,
    ],
    [
      "capex boolean",
      { capex: true },
      "value",
      /capex: TRUE is not a number/,
      /investissement : VRAI n'est pas un nombre/,
    ],
    [
      "capex range",
      { capex: [[1, 2]] },
      "value",
      /capex expects a single value, not a 1×2 range/,
      /investissement attend une seule valeur/,
    ],
    [
      "capex_growth −100%",
      { capexGrowth: -1 },
      "value",
      /capex_growth: −1 is out of range; the yearly capex growth must be above −100% and at most \+100%/,
      /croissance_invest : −1 est hors limites ; la croissance annuelle des investissements doit être supérieure à −100 %/,
    ],
    [
      "capex_growth 10 (meant 10%)",
      { capexGrowth: 10 },
      "value",
      /capex_growth: 10 is out of range;.*did you mean 10%\? write 0\.1 or "10%"/,
      /croissance_invest : 10 est hors limites ;.*vouliez-vous dire 10 % \? écrivez 0,1 ou « 10% »/,
    ],
    [
      "capex_growth text",
      { capexGrowth: "ten" },
      "value",
      /capex_growth: 'ten' is not a number; write 0\.1 or "10%"/,
      /croissance_invest : « ten » n'est pas un nombre ; écrivez 0,1/,
    ],
    [
      "years 0",
      { years: 0 },
      "value",
      /years: 0 is out of range; the horizon must be a whole number of years from 1 to 30/,
      /annees : 0 est hors limites ; l'horizon doit être un nombre entier d'années de 1 à 30/,
    ],
    ["years 31", { years: 31 }, "value", /years: 31 is out of range/, /annees : 31 est hors limites/],
    [
      "years 2.5",
      { years: 2.5 },
      "value",
      /years: 2\.5 is out of range; .*whole number/,
      /annees : 2,5 est hors limites ; .*nombre entier/,
    ],
    [
      "useful_life 0",
      { usefulLife: 0 },
      "value",
      /useful_life: 0 is out of range; the useful life must be a whole number of years from 1 to 50/,
      /duree_vie : 0 est hors limites/,
    ],
    ["useful_life 51", { usefulLife: 51 }, "value", /from 1 to 50/, /de 1 à 50/],
    [
      "revenue_yield negative",
      { revenueYield: -0.1 },
      "value",
      /revenue_yield: −0\.1 is out of range; the revenue yield .* must be from 0 to 5/,
      /rendement_ca : −0,1 est hors limites/,
    ],
    [
      "revenue_yield 45 (meant 45%)",
      { revenueYield: 45 },
      "value",
      /revenue_yield: 45 is out of range;.*did you mean 45%\? write 0\.45 or "45%"/,
      /vouliez-vous dire 45 % \? écrivez 0,45 ou « 45% »/,
    ],
    [
      "ebitda_margin 55",
      { ebitdaMargin: 55 },
      "value",
      /ebitda_margin: 55 is out of range; the EBITDA margin must be from −100% to 100% \(−1 to 1 as a fraction\); did you mean 55%\? write 0\.55 or "55%"/,
      /marge_ebitda : 55 est hors limites ; la marge d'EBITDA doit être de −100 % à 100 %.*vouliez-vous dire 55 % \?/,
    ],
    ["ebitda_margin −2", { ebitdaMargin: -2 }, "value", /from −100% to 100%/, /de −100 % à 100 %/],
    [
      "tax_rate 21",
      { taxRate: 21 },
      "value",
      /tax_rate: 21 is out of range; the tax rate must be from 0% to 100% \(0 to 1 as a fraction\); did you mean 21%\? write 0\.21 or "21%"/,
      /taux_impot : 21 est hors limites ; le taux d'imposition doit être de 0 % à 100 %/,
    ],
    [
      "tax_rate 150%",
      { taxRate: "150%" },
      "value",
      /tax_rate: 150% is out of range; the tax rate must be from 0% to 100%/,
      /taux_impot : 150 % est hors limites/,
    ],
    [
      "start_year 1800",
      { startYear: 1800 },
      "value",
      /start_year: 1800 is out of range; the first year must be a whole year from 1990 to 2100/,
      /annee_debut : 1800 est hors limites ; la première année doit être une année entière de 1990 à 2100/,
    ],
    [
      "start_year FY2026",
      { startYear: "FY2026" },
      "value",
      /start_year: 'FY2026' is not a number/,
      /annee_debut : « FY2026 » n'est pas un nombre/,
    ],
    [
      "output unknown",
      { output: "fcff" },
      "value",
      /unknown output 'fcff'; did you mean 'fcf'\?/,
      /résultat inconnu « fcff » ; vouliez-vous dire « fcf » \?/,
    ],
    [
      "output far off",
      { output: "qqqqqqqq" },
      "value",
      /^unknown output 'qqqqqqqq'; valid: capex, depreciation/,
      / ; valeurs possibles : capex/,
    ],
    ["lang unknown", { lang: "de" }, "value", /unknown language 'de'; valid: 'en' or 'fr'/, /langue inconnue « de »/],
    [
      "non-finite",
      { capex: Infinity },
      "value",
      /capex: this is not a number/,
      /investissement : ce n'est pas un nombre/,
    ],
  ];

  it.each(cases)("%s", (_, args, kind, en, fr) => {
    const error = thrown(() => call(args));
    expect(error.kind).toBe(kind);
    expect(error.messages.en).toMatch(en);
    expect(error.messages.fr).toMatch(fr);
  });

  it("quotes long text shortened", () => {
    const error = thrown(() => call({ case: "x".repeat(10_000) }));
    expect(error.messages.en.length).toBeLessThan(300);
  });

  it("wraps unexpected failures in AmznError", () => {
    const hostile = { toString: () => "boom" } as unknown as CellArg;
    const error = thrown(() => call({ capex: hostile }));
    expect(error.kind).toBe("value");
  });
});

describe("names that are Object.prototype properties", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("rejects %s as an unknown name", (name) => {
    for (const call of [
      () => capexScenario(name),
      () =>
        capexScenario(
          "base",
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          name,
        ),
      () => depreciation([[100]], 5, name),
    ]) {
      expect(call).toThrow(AmznError);
      try {
        call();
      } catch (error) {
        expect((error as AmznError).kind).toBe("value");
        expect((error as AmznError).messages.en).toContain(name);
      }
    }
  });
});
