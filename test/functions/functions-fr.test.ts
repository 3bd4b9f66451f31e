/**
 * The hand-written French functions metadata (src/functions/functions.fr.json), which the manifest
 * serves to fr-FR Excel instead of the generated functions.json. Excel matches the two files by id:
 * a French entry that drifts from the English one (a parameter added, an optional one made
 * required, a matrix read as a scalar) breaks the function for French users only, so the shapes are
 * compared here, parameter by parameter, with the generated English metadata.
 */
import {
  DEV_BASE_URL,
  ENGLISH_BUILT,
  ENGLISH_GOLDEN,
  FRENCH_BUILT,
  FRENCH_SOURCE,
  type FunctionMetadata,
  englishFunctions,
  parameterShape,
  readIfPresent,
  readMetadata,
  resultShape,
} from "../help/functions-metadata";
import { EXCEL_BUILTIN_FUNCTIONS, foldName, isExcelReservedName, looksLikeCellReference } from "./excel-builtin-names";

const french = readMetadata(FRENCH_SOURCE);
const golden = readMetadata(ENGLISH_GOLDEN);
const built = readIfPresent(ENGLISH_BUILT);

/** English ids whose name is also an Excel function, accepted because AMZN. always prefixes them. */
const ACCEPTED_ENGLISH_COLLISIONS: Readonly<Record<string, string>> = {
  GROWTH: "Excel's GROWTH (exponential trend); AMZN.GROWTH is the product's contract name",
  TABLE: "the what-if data-table formula {=TABLE(...)}, which no one types; AMZN.TABLE is the contract name",
  SERIES: "a chart's series formula =SERIES(...), not a worksheet function; AMZN.SERIES is the contract name",
};

function byId(functions: readonly FunctionMetadata[]): Map<string, FunctionMetadata> {
  return new Map(functions.map((fn) => [fn.id, fn]));
}

/** Everything Excel reads of a function except the words: ids, shapes, options. */
function signature(fn: FunctionMetadata): unknown {
  return {
    id: fn.id,
    parameters: fn.parameters.map(parameterShape),
    result: resultShape(fn.result),
    options: fn.options ?? {},
  };
}

function expectSameShapes(english: readonly FunctionMetadata[], frenchFunctions: readonly FunctionMetadata[]): void {
  const frenchById = byId(frenchFunctions);
  expect([...frenchById.keys()].sort()).toEqual(english.map((fn) => fn.id).sort());
  for (const fn of english) expect(signature(frenchById.get(fn.id) ?? fn)).toEqual(signature(fn));
}

/** The text between the parentheses of each =AMZN.NAME(...) example in a description. */
function exampleCalls(description: string): { name: string; args: string }[] {
  return [...description.matchAll(/=AMZN\.([A-Z_.]+)\(((?:"[^"]*"|[^")])*)\)/g)].map((match) => ({
    name: match[1] ?? "",
    args: match[2] ?? "",
  }));
}

describe("functions.fr.json, the French functions metadata", () => {
  it("has the top-level settings of the generated file (the enums come from the build)", () => {
    const { functions: _english, enums: _englishEnums, ...englishSettings } = golden;
    const { functions: _french, ...frenchSettings } = french;
    expect(frenchSettings).toEqual(englishSettings);
    expect(french.enums).toBeUndefined();
  });

  it("is published with the same enums as the English file, names and tooltips in French", () => {
    const published = readMetadata(FRENCH_BUILT);
    const englishEnums = golden.enums ?? [];
    const frenchEnums = published.enums ?? [];
    expect(englishEnums.length).toBeGreaterThan(0);
    // Same ids, types and values (Microsoft: localize name and tooltip, never the value).
    const shape = (enums: typeof englishEnums): unknown =>
      enums.map((e) => ({ id: e.id, type: e.type, values: e.values.map((v) => v.stringValue ?? v.numberValue) }));
    expect(shape(frenchEnums)).toEqual(shape(englishEnums));
    for (const [index, frenchEnum] of frenchEnums.entries()) {
      const englishEnum = englishEnums[index];
      frenchEnum.values.forEach((value, i) => {
        expect(value.name.trim()).not.toBe("");
        expect(value.tooltip).not.toBe(englishEnum?.values[i]?.tooltip);
      });
    }
    // Every enum a French parameter references is declared in the published French file.
    const ids = new Set(frenchEnums.map((e) => e.id));
    for (const fn of published.functions)
      for (const parameter of fn.parameters)
        if (parameter.customEnumId) expect(ids.has(parameter.customEnumId)).toBe(true);
  });

  it("declares exactly the functions, parameters and results of the generated English metadata", () => {
    expectSameShapes(englishFunctions(golden), french.functions);
  });

  // `npm test` builds before it tests: dist/ is always there, and a missing file is a failure.
  it("matches the freshly built dist/functions.json too", () => {
    if (!built) throw new Error("dist/functions.json is missing: `npm test` builds it first (npm run build).");
    expectSameShapes(englishFunctions(built), french.functions);
  });

  it("writes every name, description and parameter description in French", () => {
    const english = byId(englishFunctions(golden));
    for (const fn of french.functions) {
      const en = english.get(fn.id);
      if (!en) throw new Error(`no English ${fn.id}`);
      expect(fn.name.trim()).not.toBe("");
      expect(fn.description.trim().length).toBeGreaterThan(20);
      expect(fn.description).not.toBe(en.description);
      fn.parameters.forEach((parameter, index) => {
        expect(parameter.description?.trim().length ?? 0).toBeGreaterThan(5);
        expect(parameter.description).not.toBe(en.parameters[index]?.description);
        expect(parameter.name).toMatch(/^[a-z][a-z0-9_]*$/);
      });
      expect(new Set(fn.parameters.map((p) => p.name)).size).toBe(fn.parameters.length);
    }
  });

  it("uses the French name, semicolons and decimal commas in the examples of its descriptions", () => {
    const names = new Map(french.functions.map((fn) => [fn.id, fn.name]));
    for (const fn of french.functions) {
      const calls = exampleCalls(fn.description);
      const englishCalls = exampleCalls(englishFunctions(golden).find((en) => en.id === fn.id)?.description ?? "");
      expect(calls.length).toBe(englishCalls.length);
      for (const call of calls) {
        expect(call.name).toBe(names.get(fn.id));
        // French Excel separates arguments with ";": a comma outside quotes would be a decimal comma.
        expect(call.args.replace(/"[^"]*"/g, "")).not.toMatch(/,/);
      }
      // "renvoie 77,7", never "returns 77.7".
      expect(fn.description).not.toMatch(/renvoie -?\d+\.\d/);
      expect(fn.description).toMatch(/Exemple : =AMZN\./);
    }
  });

  it("points every function at its French help page", () => {
    for (const fn of french.functions) {
      expect(fn.helpUrl).toBe(`https://localhost:3000/assets/help/fr/${fn.id.toLowerCase()}.html`);
    }
  });

  it("follows Microsoft's rules for names: a letter first, letters, '_' and '.', 3 characters or more", () => {
    for (const { name } of french.functions) {
      expect(name).toMatch(/^\p{L}[\p{L}_.]{2,}$/u);
      // House style: upper case like Excel's own names, no accents to type.
      expect(name).toMatch(/^[A-Z][A-Z_.]{2,}$/);
      expect(looksLikeCellReference(name)).toBe(false);
    }
  });

  it("gives each function its own French name, clear of the English names of the other functions", () => {
    const names = french.functions.map((fn) => foldName(fn.name));
    expect(new Set(names).size).toBe(names.length);
    const englishById = new Map(englishFunctions(golden).map((fn) => [foldName(fn.name), fn.id]));
    for (const fn of french.functions) {
      const sameAsEnglish = englishById.get(foldName(fn.name));
      if (sameAsEnglish !== undefined) expect(sameAsEnglish).toBe(fn.id);
    }
  });

  it("names no French function like an Excel built-in, in English or French", () => {
    const clashes = french.functions.filter((fn) => isExcelReservedName(fn.name)).map((fn) => fn.name);
    expect(clashes).toEqual([]);
  });

  it("knows Excel's names in both languages, including the ones close to this add-in's", () => {
    expect(EXCEL_BUILTIN_FUNCTIONS.length).toBeGreaterThan(450);
    for (const name of [
      "SOMME",
      "MOYENNE",
      "SI",
      "RECHERCHEV",
      "AMORLIN",
      "AMORDEGRC",
      "VAN",
      "TRI",
      "TAUX",
      "ANNEE",
      "SERIE.JOUR.OUVRE",
      "CROISSANCE",
      "TENDANCE",
      "GROWTH",
      "SLN",
      "serie",
      "Année",
      "GET.CELL",
      "RUN",
    ]) {
      expect(isExcelReservedName(name)).toBe(true);
    }
    for (const name of ["CHIFFRE_AFFAIRES", "TAUX_CROISSANCE", "AMORTISSEMENT", "SOURCE", "INDICATEUR"]) {
      expect(isExcelReservedName(name)).toBe(false);
    }
    expect(looksLikeCellReference("XFD1048576")).toBe(true);
    expect(looksLikeCellReference("R1C1")).toBe(true);
    expect(looksLikeCellReference("XFE1")).toBe(false);
    expect(looksLikeCellReference("KPI")).toBe(false);
  });

  it("lists the English ids that match an Excel name, each with the reason it is kept", () => {
    const clashes = englishFunctions(golden)
      .filter((fn) => isExcelReservedName(fn.name))
      .map((fn) => fn.name);
    for (const name of clashes) expect(ACCEPTED_ENGLISH_COLLISIONS[name]).toBeDefined();
  });

  it("is published by the build as written (dist/functions.fr.json)", () => {
    // The build may rewrite the base URL (ADDIN_BASE_URL); everything else must arrive untouched.
    // The enums are the build's addition (EnumValuesPlugin), checked above.
    const { enums: _enums, ...published } = readMetadata(FRENCH_BUILT);
    for (const fn of published.functions) {
      fn.helpUrl = fn.helpUrl?.replace(/^https:\/\/.*?(?=assets\/help\/)/, DEV_BASE_URL);
    }
    expect(published).toEqual(french);
  });
});
