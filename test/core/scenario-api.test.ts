import { AmznError, type CellArg } from "../../src/core/errors";
import { LINE_ITEMS, SCENARIO_PRESETS, runScenario } from "../../src/core/scenario";
import { capexScenario, depreciation } from "../../src/core/scenario-api";
import { thrown } from "./helpers";

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

  it("output 'payback' gives the payback year, or #N/A when none within the horizon", () => {
    expect(
      call({ capex: 100, usefulLife: 1, revenueYield: 2, ebitdaMargin: 1, taxRate: 0, output: "payback" }),
    ).toEqual([[2027]]);
    const none = thrown(() => call({ output: "payback" }));
    expect(none.kind).toBe("na");
    expect(none.messages.en).toMatch(/no payback within the horizon 2026–2030/);
    expect(none.messages.fr).toMatch(/FCF cumulé reste négatif/);
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
  const cases: [string, Parameters<typeof call>[0], "value" | "num", RegExp, RegExp][] = [
    [
      "case unknown",
      { case: "bul" },
      "value",
      /unknown case 'bul'; did you mean 'bull'\?/,
      /scénario inconnu 'bul' ; vouliez-vous dire « bull » \?/,
    ],
    ["case a number", { case: 3 }, "value", /case must be text/, /case doit être un texte/],
    [
      "capex negative",
      { capex: -1 },
      "num",
      /capex must be ≥ 0 \(B\$\); got -1/,
      /capex doit être ≥ 0 \(Mds\$\) ; reçu -1/,
    ],
    [
      "capex text",
      { capex: "lots" },
      "value",
      /capex must be a number; got 'lots'/,
      /capex doit être un nombre ; reçu 'lots'/,
    ],
    ["capex percent", { capex: "10%" }, "value", /capex must be a number/, /capex doit être un nombre/],
    [
      "capex boolean",
      { capex: true },
      "value",
      /capex must be a number, not TRUE/,
      /capex doit être un nombre, pas VRAI/,
    ],
    [
      "capex range",
      { capex: [[1, 2]] },
      "value",
      /capex expects a single value, not a 1×2 range/,
      /capex attend une seule valeur/,
    ],
    [
      "capex_growth −100%",
      { capexGrowth: -1 },
      "num",
      /capex_growth must be greater than −100%/,
      /capex_growth doit être supérieur à −100 %/,
    ],
    [
      "capex_growth text",
      { capexGrowth: "ten" },
      "value",
      /capex_growth must be a number \(e\.g\. 0\.1 or "10%"\)/,
      /capex_growth doit être un nombre \(par exemple 0,1/,
    ],
    [
      "years 0",
      { years: 0 },
      "num",
      /years must be at least 1 year; got 0/,
      /years doit valoir au moins 1 an ; reçu 0/,
    ],
    [
      "years 31",
      { years: 31 },
      "value",
      /years must be a whole number of years from 1 to 30; got 31/,
      /years doit être un nombre entier d'années de 1 à 30 ; reçu 31/,
    ],
    ["years 2.5", { years: 2.5 }, "value", /whole number.*got 2\.5/, /nombre entier.*reçu 2,5/],
    [
      "useful_life 0",
      { usefulLife: 0 },
      "num",
      /useful_life must be at least 1 year; got 0/,
      /useful_life doit valoir au moins 1 an/,
    ],
    [
      "useful_life 51",
      { usefulLife: 51 },
      "value",
      /useful_life must be a whole number of years from 1 to 50/,
      /de 1 à 50/,
    ],
    [
      "revenue_yield negative",
      { revenueYield: -0.1 },
      "value",
      /revenue_yield must be ≥ 0/,
      /revenue_yield doit être ≥ 0/,
    ],
    [
      "ebitda_margin 55",
      { ebitdaMargin: 55 },
      "value",
      /ebitda_margin must be a fraction from −1 to 1 \(55% = 0\.55\) \(did you mean 55%\?\); got 55/,
      /ebitda_margin doit être une fraction de −1 à 1.*vouliez-vous dire 55 % \?/,
    ],
    [
      "ebitda_margin −2",
      { ebitdaMargin: -2 },
      "value",
      /ebitda_margin must be a fraction from −1 to 1/,
      /fraction de −1 à 1/,
    ],
    [
      "tax_rate 21",
      { taxRate: 21 },
      "value",
      /tax_rate must be a fraction from 0 to 1 \(21% = 0\.21\) \(did you mean 21%\?\)/,
      /tax_rate doit être une fraction de 0 à 1/,
    ],
    ["tax_rate 150%", { taxRate: "150%" }, "value", /tax_rate must be a fraction from 0 to 1.*got 1\.5/, /reçu 1,5/],
    [
      "start_year 1800",
      { startYear: 1800 },
      "value",
      /start_year must be a whole year from 1900 to 2200; got 1800/,
      /start_year doit être une année entière de 1900 à 2200/,
    ],
    [
      "start_year FY2026",
      { startYear: "FY2026" },
      "value",
      /start_year must be a number; got 'FY2026'/,
      /start_year doit être un nombre/,
    ],
    [
      "output unknown",
      { output: "fcff" },
      "value",
      /unknown output 'fcff'; did you mean 'fcf'\?/,
      /résultat inconnu 'fcff' ; vouliez-vous dire « fcf » \?/,
    ],
    [
      "output far off",
      { output: "qqqqqqqq" },
      "value",
      /^unknown output 'qqqqqqqq'; valid: capex, depreciation/,
      / ; valeurs possibles : capex/,
    ],
    ["lang unknown", { lang: "de" }, "value", /unknown language 'de'; valid: 'en' or 'fr'/, /langue inconnue 'de'/],
    ["non-finite", { capex: Infinity }, "num", /capex must be a finite number/, /capex doit être un nombre fini/],
    ["overflow", { capex: 1e306, capexGrowth: 1e9, years: 30 }, "num", /overflow/, /débordent/],
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
