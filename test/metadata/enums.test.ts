/**
 * The custom enums of the built metadata (Excel's AutoComplete lists): every fixed-choice parameter
 * references one, in English and in French, and their values are core's lists, read here from core
 * itself (not from enum-values.ts): an id added in core that the build did not offer fails here.
 */
import { existsSync } from "fs";
import { kpiList, metricList } from "../../src/core/dataset";
import { DEPRECIATION_CONVENTIONS, parseConvention } from "../../src/core/scenario";
import { GROWTH_METHODS, parseMethod } from "../../src/core/figures";
import { parseBasis } from "../../src/core/dataset";
import { parseHeaders, parseLang } from "../../src/core/inputs";
import { LINE_ITEMS, SCENARIO_CASES, parseCaseName, parseOutputName } from "../../src/core/scenario";
import {
  SCENARIO_PARAM_INFO,
  SENSITIVITY_INPUTS,
  SENSITIVITY_OUTPUTS,
  SCENARIO_PRESETS,
  VALUATION_OUTPUTS,
  sensitivity,
} from "../../src/core/scenario";
import { TABLE_IDS, parseTable } from "../../src/core/figures";
import { parseUnit } from "../../src/core/dataset";
import { metadataEnums } from "../../src/functions/enum-values";
import {
  ENGLISH_BUILT,
  ENGLISH_GOLDEN,
  FRENCH_BUILT,
  type MetadataFile,
  type ParameterMetadata,
  readMetadata,
} from "../help/functions-metadata";

function builtFile(file: string): MetadataFile {
  if (!existsSync(file)) throw new Error(`${file} is missing: \`npm test\` builds it first (npm run build).`);
  return readMetadata(file);
}

const english = builtFile(ENGLISH_BUILT);
const french = builtFile(FRENCH_BUILT);

function valuesOf(file: MetadataFile, id: string): (string | number | undefined)[] {
  const found = file.enums?.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no enum ${id}`);
  return found.values.map((v) => v.stringValue ?? v.numberValue);
}

/** Parameters that take a fixed set of values, by function id; the others are free (years, amounts, ranges). */
const FREE_PARAMETERS: Readonly<Record<string, string>> = {
  period: "a year in many forms (2024, FY2024, FY0, 2026E)",
  from: "a year",
  to: "a year",
  capex: "an amount",
  capex_growth: "a rate",
  years: "a horizon, 1–30",
  useful_life: "a number of years",
  revenue_yield: "a rate",
  ebitda_margin: "a rate",
  tax_rate: "a rate",
  start_year: "a year",
  discount_rate: "a rate",
  row_values: "a grid's values of one input",
  col_values: "a grid's values of one input",
  quarter: "a quarter in many forms (2025Q4, Q4 2025, T4 2025)",
};
/**
 * SERIES's `metrics` takes one id or a range of ids (a matrix parameter). Microsoft documents
 * enums on scalar, optional and repeating parameters only, and a metadata file Excel refuses would
 * take every function down: it stays without enum, and its description lists the ids.
 */
const MATRIX_WITHOUT_ENUM = new Set(["SERIES.metrics"]);

describe("custom enums in the built functions metadata", () => {
  it("are the ones enum-values.ts builds from core, in English and in French", () => {
    expect(english.enums).toEqual(metadataEnums("en"));
    expect(french.enums).toEqual(metadataEnums("fr"));
  });

  it("equal the golden file too (regenerate it with UPDATE_GOLDEN=1 when core's lists change)", () => {
    expect(readMetadata(ENGLISH_GOLDEN).enums).toEqual(english.enums);
  });

  it("hold exactly core's lists of ids", () => {
    expect(valuesOf(english, "MetricIds")).toEqual(metricList().map((m) => m.id));
    expect(valuesOf(english, "KpiIds")).toEqual(kpiList().map((k) => k.id));
    expect(valuesOf(english, "SourceSubjects")).toEqual([
      ...metricList().map((m) => m.id),
      ...kpiList().map((k) => k.id),
    ]);
    expect(valuesOf(english, "GrowthMethods")).toEqual([...GROWTH_METHODS]);
    expect(valuesOf(english, "TableIds")).toEqual([...TABLE_IDS]);
    expect(valuesOf(english, "ScenarioCases")).toEqual([...SCENARIO_CASES]);
    expect(valuesOf(english, "ScenarioOutputs")).toEqual([...LINE_ITEMS, "payback", ...VALUATION_OUTPUTS]);
    expect(valuesOf(english, "SensitivityOutputs")).toEqual([...SENSITIVITY_OUTPUTS]);
    expect(valuesOf(english, "ScenarioInputs")).toEqual(
      SENSITIVITY_INPUTS.map((id) => SCENARIO_PARAM_INFO[id].name.en),
    );
    expect(valuesOf(english, "Conventions")).toEqual([...DEPRECIATION_CONVENTIONS]);
  });

  it("offer only values core's parsers read as themselves", () => {
    const same = (id: string, parse: (value: string | number) => unknown): void => {
      for (const value of valuesOf(english, id)) expect(parse(value as string)).toBe(value);
    };
    same("Units", parseUnit);
    same("Bases", (v) => parseBasis(v).basis);
    same("Languages", parseLang);
    same("TableIds", parseTable);
    same("GrowthMethods", parseMethod);
    same("ScenarioCases", (v) => parseCaseName(String(v)));
    same("ScenarioOutputs", (v) => parseOutputName(String(v)));
    same("Conventions", (v) => parseConvention(String(v)));
    // SENSITIVITY takes every offered output and input as it is.
    for (const output of valuesOf(english, "SensitivityOutputs"))
      expect(sensitivity(output as string, "useful_life", 5, "revenue_yield", 0.4)[0]).toHaveLength(2);
    for (const id of SENSITIVITY_INPUTS) {
      const input = SCENARIO_PARAM_INFO[id].name.en;
      const other = input === "years" ? "useful_life" : "years";
      const preset = SCENARIO_PRESETS.base[id];
      expect(sensitivity("npv", input, [[preset]], other, 5)[0]?.[0]).toContain(input);
    }
    expect(valuesOf(english, "HeaderRows").map((v) => parseHeaders(v))).toEqual([true, false]);
    // Every unit core converts to is offered: B, M, K and U.
    expect([...valuesOf(english, "Units")].sort()).toEqual(["B", "K", "M", "U"]);
  });

  it("keep within the unified manifest schema: ids of 3–64 characters, names and tooltips of 1–256", () => {
    for (const file of [english, french]) {
      for (const e of file.enums ?? []) {
        expect(e.id).toMatch(/^[A-Za-z][A-Za-z0-9._]{2,63}$/);
        const values = e.values.map((v) => v.stringValue ?? v.numberValue);
        expect(new Set(values).size).toBe(values.length);
        for (const value of e.values) {
          expect(value.name.length).toBeGreaterThan(0);
          expect(value.name.length).toBeLessThanOrEqual(256);
          expect((value.tooltip ?? "").length).toBeLessThanOrEqual(256);
          expect(e.type === "number" ? typeof value.numberValue : typeof value.stringValue).toBe(e.type);
        }
      }
    }
  });

  it.each([
    ["English", english],
    ["French", french],
  ])("link every fixed-choice parameter to a declared enum (%s)", (_lang, file) => {
    const declared = new Set((file.enums ?? []).map((e) => e.id));
    const unlinked: string[] = [];
    const englishById = new Map(english.functions.map((fn) => [fn.id, fn]));
    for (const fn of file.functions) {
      fn.parameters.forEach((parameter: ParameterMetadata, index) => {
        // French parameter names are French: classify by the English parameter at the same place.
        const englishName = englishById.get(fn.id)?.parameters[index]?.name ?? parameter.name;
        if (parameter.customEnumId !== undefined) expect(declared.has(parameter.customEnumId)).toBe(true);
        else if (FREE_PARAMETERS[englishName] === undefined && !MATRIX_WITHOUT_ENUM.has(`${fn.id}.${englishName}`))
          unlinked.push(`${fn.id}.${englishName}`);
      });
    }
    expect(unlinked).toEqual([]);
  });
});
