/**
 * The figure functions with and without Excel's data types: with a host that reports
 * CustomFunctionsRuntime 1.4+ and ExcelApi 1.19+, REVENUE(2024) is a number value (an
 * Excel.DoubleCellValue) whose basic value is 638 and whose properties hold the source, the basis,
 * the evidence class and the filed figure; a formula on it calculates with 638. Without those sets,
 * or with the cards turned off in the task pane, the plain 638. Spills stay plain.
 *
 * Each test loads the functions' answers (answers.ts, where functions.ts forwards) afresh (jest.isolateModules): the host's answer and the caches are
 * per runtime, as in Excel.
 */
import type * as FunctionsModule from "../../src/functions/answers";
import type * as NumberValuesModule from "../../src/functions/number-values";
import { evidenceOf } from "../../src/core/figures";
import { lookupFigure, type Figure } from "../../src/core/dataset";
import { DATA_TYPE_HOST, PLAIN_HOST, type RequirementSets, evaluate, storage, useHost } from "./office-host";

interface Loaded {
  functions: typeof FunctionsModule;
  numberValues: typeof NumberValuesModule;
}

function load(): Loaded {
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    loaded = {
      functions: jest.requireActual<typeof FunctionsModule>("../../src/functions/answers"),
      numberValues: jest.requireActual<typeof NumberValuesModule>("../../src/functions/number-values"),
    };
  });
  if (loaded === undefined) throw new Error("modules did not load");
  return loaded;
}

let removeHost: (() => void) | undefined;
function host(sets: RequirementSets, lang = "en-US"): Loaded {
  removeHost?.();
  removeHost = useHost(sets, lang);
  return load();
}

afterEach(() => {
  removeHost?.();
  removeHost = undefined;
  storage.clear();
});

type Value = Excel.DoubleCellValue;

function asValue(result: unknown): Value {
  expect(typeof result).toBe("object");
  const value = result as Value;
  expect(value.type).toBe("Double");
  return value;
}

function property(value: Value, name: string): unknown {
  const p = value.properties?.[name] as { basicValue?: unknown } | undefined;
  if (p === undefined) throw new Error(`no property ${name}: ${Object.keys(value.properties ?? {}).join(", ")}`);
  return p.basicValue;
}

describe("REVENUE(2024) in a host with data types from custom functions", () => {
  it("is a number value: basic value 638, with source, basis, evidence class and filed figure", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const value = asValue(functions.revenue(2024));
    expect(value.basicValue).toBe(638);
    expect(value.basicType).toBe("Double");
    expect(property(value, "Label")).toBe("Total revenue");
    expect(property(value, "Period")).toBe("2024");
    expect(property(value, "Basis")).toBe("report (the report's figures)");
    expect(property(value, "Evidence")).toBe("the report, as printed");
    expect(property(value, "Source")).toMatch(/^How Amazon benefited from artificial intelligence .*§1/);
    expect(property(value, "Section")).toBe("§1 Overall financial results");
    expect(property(value, "Filed figure")).toBe(637.959);
    expect(property(value, "Gap (report − filed)")).toBe(0.041);
    expect(property(value, "Unit")).toBe("B$");
  });

  it("calculates as 638: =A1*2 is 1276 (Excel uses the basic value; the result has no properties)", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const cells = { A1: functions.revenue(2024), B1: functions.revenue(2024, "M", "filings") };
    expect(evaluate("=A1*2", cells)).toBe(1276);
    expect(evaluate("=B1/1000", cells)).toBe(637.959);
  });

  it("has a card: a title, the properties in sections, the source's attribution and the add-in as provider", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const value = asValue(functions.revenue(2024));
    expect(value.layouts?.card?.title).toBe("Total revenue, 2024");
    const sections = value.layouts?.card?.sections ?? [];
    const listed = sections.flatMap((s) => s.properties);
    // Every property is on the card (Excel shows only what a layout lists) and exists.
    expect([...listed].sort()).toEqual(Object.keys(value.properties ?? {}).sort());
    expect(sections[1]?.title).toBe("Against the filings");
    const source = value.properties?.Source as Excel.CellValueAndPropertyMetadata;
    expect(source.propertyMetadata?.attribution?.[0]?.sourceText).toMatch(/How Amazon benefited/);
    expect(value.provider?.description).toMatch(/AMZN/);
    // Nothing in the card is undefined, NaN or empty: Excel would refuse the value (#VALUE!).
    for (const p of Object.values(value.properties ?? {})) {
      const basic = (p as { basicValue: unknown }).basicValue;
      expect(typeof basic === "string" ? basic.length > 0 : Number.isFinite(basic)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it("speaks Excel's display language, each language cached apart", () => {
    const { functions } = host(DATA_TYPE_HOST, "fr-FR");
    const french = asValue(functions.revenue(2024));
    expect(property(french, "Libellé")).toBe("Chiffre d'affaires total");
    expect(property(french, "Base")).toBe("rapport (chiffres du rapport)");
    expect(property(french, "Preuve")).toBe("le rapport, tel qu'imprimé");
    expect(property(french, "Chiffre déposé")).toBe(637.959);
    (Office.context as { displayLanguage: string }).displayLanguage = "en-US";
    const english = asValue(functions.revenue(2024));
    expect(property(english, "Label")).toBe("Total revenue");
    (Office.context as { displayLanguage: string }).displayLanguage = "fr-FR";
    expect(functions.revenue(2024)).toBe(french); // the same cached value, not a rebuilt one
  });

  it("for the filings basis: evidence filed, the sources as attribution, no gap to itself", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const value = asValue(functions.revenue(2024, "M", "filings"));
    expect(value.basicValue).toBe(637959);
    expect(property(value, "Evidence")).toBe("filed (10-K / 10-Q)");
    expect(property(value, "Basis")).toBe("filings (Amazon's filed figures)");
    expect(property(value, "Unit")).toBe("M$");
    expect(value.properties?.["Filed figure"]).toBeUndefined();
  });

  it("says when the filings answer for a figure the report lacks", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const plain = lookupFigure("operating_cash_flow", 2024);
    expect(plain.fallback).toBe(true);
    const value = asValue(functions.metric("operating_cash_flow", 2024));
    expect(property(value, "Fallback")).toMatch(/filings answer/);
    expect(property(value, "Evidence")).toBe("derived (computed from other figures)");
  });

  it("METRIC, NET_INCOME, AWS_REVENUE, KPI and GROWTH return number values equal to their plain answers", () => {
    const calls = (f: typeof FunctionsModule): unknown[] => [
      f.netIncome(2025),
      f.awsRevenue(2024, "M"),
      f.metric("bénéfice net", 2024),
      f.metric("aws_operating_margin", 2024),
      f.metric("capex", "2026E"),
      f.kpi("rufus_users"),
      f.kpi("rufus_purchase_uplift"),
      f.growth("net_income", 2023, 2025, "cagr"),
      f.growth("revenue", 2024, 2025, "reported"),
      f.growth("aws_revenue", 2023, 2025, "multiple", "filings"),
    ];
    const plain = calls(load().functions); // no Office: plain numbers
    const cards = calls(host(DATA_TYPE_HOST).functions);
    plain.forEach((number, index) => {
      expect(typeof number).toBe("number");
      expect(asValue(cards[index]).basicValue).toBe(number);
    });
  });

  it("GROWTH's card gives the figures it uses and the growth on filed figures", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const value = asValue(functions.growth("net_income", 2023, 2025, "cagr"));
    expect(property(value, "Period")).toBe("2023→2025");
    expect(property(value, "Method")).toBe("CAGR");
    expect(property(value, "Evidence")).toBe("derived (computed from other figures)");
    expect(asValue(functions.growth("revenue", 2024, 2025, "reported")).properties?.Evidence).toMatchObject({
      basicValue: "the report, as printed",
    });
    expect(typeof property(value, "Start value")).toBe("number");
    expect(typeof property(value, "Growth on filed figures")).toBe("number");
  });

  it("KPI's card gives what Amazon said where the filings reference has it", () => {
    const { functions } = host(DATA_TYPE_HOST);
    const value = asValue(functions.kpi("rufus_users"));
    expect(property(value, "Evidence")).toBe("the report, as printed");
    expect(String(property(value, "What Amazon said"))).toMatch(/300,000,000/);
  });

  it("keeps spills plain: SERIES, TABLE and METRICS return rows of numbers and text", () => {
    const { functions } = host(DATA_TYPE_HOST);
    for (const spill of [functions.series([["revenue"]]), functions.table("results"), functions.metrics()]) {
      for (const row of spill) for (const cell of row) expect(["number", "string"]).toContain(typeof cell);
    }
  });

  it("still throws a CustomFunctions.Error for bad input", () => {
    const { functions } = host(DATA_TYPE_HOST);
    expect(() => functions.revenue(2021)).toThrow(CustomFunctions.Error);
    expect(() => functions.metric("nope", 2024)).toThrow(CustomFunctions.Error);
  });
});

describe("REVENUE(2024) elsewhere: plain numbers", () => {
  it.each([
    ["no Office (the default of the other tests)", undefined],
    ["CustomFunctionsRuntime 1.3", PLAIN_HOST],
    ["CustomFunctionsRuntime 1.4 without ExcelApi 1.19", { CustomFunctionsRuntime: "1.4", ExcelApi: "1.18" }],
    ["ExcelApi 1.19 without CustomFunctionsRuntime 1.4", { CustomFunctionsRuntime: "1.3", ExcelApi: "1.19" }],
  ])("%s: 638", (_name, sets) => {
    const { functions } = sets === undefined ? load() : host(sets);
    expect(functions.revenue(2024)).toBe(638);
    expect(functions.kpi("rufus_users")).toBe(250_000_000);
    expect(evaluate("=A1*2", { A1: functions.revenue(2024) })).toBe(1276);
  });

  it("when the user turned the cards off in the task pane, persisted across runtimes", () => {
    const first = host(DATA_TYPE_HOST);
    expect(typeof first.functions.revenue(2024)).toBe("object");
    first.numberValues.setNumberValuesWanted(false);
    expect(first.functions.revenue(2024)).toBe(638);
    expect(storage.getItem(first.numberValues.CARDS_SETTING_KEY)).toBe("off");
    const next = load(); // a new session: the choice is read back from storage
    expect(next.numberValues.numberValuesWanted()).toBe(false);
    expect(next.functions.revenue(2024)).toBe(638);
    next.numberValues.setNumberValuesWanted(true);
    expect(asValue(next.functions.revenue(2024)).basicValue).toBe(638);
  });

  it("when Office has not answered yet, plain, and asks again at the next call", () => {
    const globals = globalThis as Record<string, unknown>;
    globals.Office = { context: {} };
    const { functions } = load();
    expect(functions.revenue(2024)).toBe(638);
    removeHost = useHost(DATA_TYPE_HOST);
    expect(asValue(functions.revenue(2024)).basicValue).toBe(638);
  });
});

describe("evidence class", () => {
  it("is the dataset's when it gives one, else derived from the provenance", () => {
    const report = lookupFigure("revenue", 2024, "report").figure;
    const filed = lookupFigure("revenue", 2024, "filings").figure;
    const computed = lookupFigure("free_cash_flow", 2024, "filings").figure;
    expect(evidenceOf(report)).toBe("report");
    expect(evidenceOf(filed)).toMatch(/^(filed|release|secondary)$/);
    expect(evidenceOf(computed)).toBe(
      computed.provenance.basis === "filings" && computed.provenance.computation ? "derived" : evidenceOf(computed),
    );
    const tagged = { ...filed, provenance: { ...filed.provenance, evidence: "release" } };
    expect(evidenceOf(tagged as unknown as Figure)).toBe("release");
    const unknown = { ...filed, provenance: { ...filed.provenance, evidence: "rumour" } };
    expect(evidenceOf(unknown as unknown as Figure)).toBe("filed");
  });
});
