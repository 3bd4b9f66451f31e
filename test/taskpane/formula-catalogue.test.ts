/**
 * The formula builder's catalogue: one entry per AMZN function with functions.json's arguments;
 * the formula it writes is what it evaluates (parsed back and run through the custom function
 * itself); omitted arguments, array constants and quoting in Excel's invariant syntax.
 */
import { readFileSync } from "fs";
import path from "path";
import type { AmznError } from "../../src/core/runtime";
import * as scenario from "../../src/core/scenario";
import * as functions from "../../src/functions/answers";
import { FORMAT_BILLIONS_PLAIN, FORMAT_MULTIPLE, FORMAT_PERCENT_PLAIN, FORMAT_WHOLE } from "../../src/core/wording";
import { thrown as thrownError } from "../helpers/errors";
import {
  FUNCTION_CATALOGUE,
  argValue,
  argValues,
  buildFormula,
  displayFormula,
  inputProblems,
  defaultValues,
  evaluate,
  initialInputs,
  literal,
  offendingArgs,
  readAmounts,
  readNumber,
  type ArgValues,
  type FunctionSpec,
} from "../../src/taskpane/formula-catalogue";

interface MetadataFunction {
  id: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
}

const metadata: MetadataFunction[] = (
  JSON.parse(readFileSync(path.join(__dirname, "../metadata/golden/functions.json"), "utf8")) as {
    functions: MetadataFunction[];
  }
).functions;

const frMetadata: { id: string; name: string }[] = (
  JSON.parse(readFileSync(path.join(__dirname, "../../src/functions/functions.fr.json"), "utf8")) as {
    functions: { id: string; name: string }[];
  }
).functions;

function spec(id: string): FunctionSpec {
  const found = FUNCTION_CATALOGUE.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} in the catalogue`);
  return found;
}

/** CAPEX_SCENARIO -> capexScenario: the wrapper's name in functions.ts. */
const wrapperName = (id: string): string =>
  id.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

type Literal = number | string | undefined | Literal[];

/** Splits at top-level commas (outside quotes and braces). */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "{") depth++;
    else if (!quoted && char === "}") depth--;
    else if (!quoted && depth === 0 && char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A literal argument as Excel passes it: "" omitted, numbers, "text", {1,2;3,4} as rows. */
function parseLiteral(text: string): Literal {
  if (text === "") return undefined;
  if (text.startsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  if (text.startsWith("{"))
    return splitTop(text.slice(1, -1), ";").map((row) => splitTop(row, ",").map((cell) => parseLiteral(cell)));
  const number = Number(text);
  if (!Number.isFinite(number)) throw new Error(`not a literal: ${text}`);
  return number;
}

function parseFormula(formula: string): { id: string; args: Literal[] } {
  const match = /^=AMZN\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not an AMZN formula: ${formula}`);
  const body = match[2] ?? "";
  return { id: match[1] ?? "", args: body === "" ? [] : splitTop(body, ",").map(parseLiteral) };
}

/** Runs the formula through the custom function, passing arguments as Excel would. */
function runInExcel(formula: string): unknown {
  const { id, args } = parseFormula(formula);
  const meta = metadata.find((f) => f.id === id);
  const excelArgs = args.map((arg, index) =>
    meta?.parameters[index]?.dimensionality === "matrix" && arg !== undefined && !Array.isArray(arg) ? [[arg]] : arg,
  );
  const wrapper = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[wrapperName(id)];
  if (!wrapper) throw new Error(`no wrapper for ${id}`);
  return wrapper(...excelArgs);
}

function inputsWith(target: FunctionSpec, changes: Record<string, string>): string[] {
  const inputs = initialInputs(target);
  target.args.forEach((arg, index) => {
    if (arg.name in changes) inputs[index] = changes[arg.name] ?? "";
  });
  return inputs;
}

describe("the catalogue against functions.json", () => {
  it("has every function of the metadata, and only those", () => {
    expect(FUNCTION_CATALOGUE.map((f) => f.id).sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it.each(metadata.map((f) => [f.id, f] as const))("%s: same arguments, order, optionality and shape", (id, meta) => {
    const args = spec(id).args;
    expect(args.map((arg) => arg.name)).toEqual(meta.parameters.map((p) => p.name));
    expect(args.map((arg) => arg.optional)).toEqual(meta.parameters.map((p) => p.optional === true));
    expect(args.map((arg) => arg.matrix === true)).toEqual(meta.parameters.map((p) => p.dimensionality === "matrix"));
  });

  it("names each function as French Excel does", () => {
    for (const f of FUNCTION_CATALOGUE)
      expect([f.id, f.frName]).toEqual([f.id, frMetadata.find((m) => m.id === f.id)?.name]);
  });

  it("labels and describes every argument in both languages", () => {
    for (const f of FUNCTION_CATALOGUE) {
      for (const text of [f.description, ...f.args.flatMap((arg) => [arg.label, arg.help])]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.fr.length).toBeGreaterThan(0);
      }
      for (const arg of f.args) if (arg.kind === "choice" && arg.optional) expect(arg.omitted?.fr).toBeTruthy();
    }
  });
});

describe.each(FUNCTION_CATALOGUE.map((f) => [f.id, f] as const))("%s with its default arguments", (id, f) => {
  const formula = buildFormula(f, defaultValues(f));

  it("writes =AMZN.<ID>(...) calling an exported custom function", () => {
    expect(formula).toMatch(new RegExp(`^=AMZN\\.${id}\\(.*\\)$`));
    expect(typeof (functions as unknown as Record<string, unknown>)[wrapperName(id)]).toBe("function");
  });

  it("evaluates without error, to what the custom function returns for the formula's text", () => {
    const value = evaluate(f, defaultValues(f), "en");
    expect(runInExcel(formula)).toEqual(value);
  });
});

describe("buildFormula", () => {
  it("drops trailing omitted arguments and leaves middle ones empty", () => {
    expect(buildFormula(spec("REVENUE"), [2024, undefined, undefined])).toBe("=AMZN.REVENUE(2024)");
    expect(buildFormula(spec("REVENUE"), [2024, undefined, "filings"])).toBe('=AMZN.REVENUE(2024,,"filings")');
    const capex = spec("CAPEX_SCENARIO");
    const values = argValues(capex, inputsWith(capex, { case_name: "bull", years: "10" }));
    expect(buildFormula(capex, values)).toBe('=AMZN.CAPEX_SCENARIO("bull",,,10)');
    expect(buildFormula(spec("METRICS"), [undefined])).toBe("=AMZN.METRICS()");
  });

  it("writes SENSITIVITY's default grid (life × yield), and its value is the function's", () => {
    const grid = spec("SENSITIVITY");
    const values = defaultValues(grid);
    expect(buildFormula(grid, values)).toBe(
      '=AMZN.SENSITIVITY("npv","useful_life",{4,5,6},"revenue_yield",{0.3,0.45,0.6})',
    );
    const withCase = argValues(grid, inputsWith(grid, { case_name: "bull", years: "30", discount_rate: "0.08" }));
    expect(buildFormula(grid, withCase)).toBe(
      '=AMZN.SENSITIVITY("npv","useful_life",{4,5,6},"revenue_yield",{0.3,0.45,0.6},"bull",,,30,,,,,,0.08)',
    );
    expect(evaluate(grid, withCase, "en")).toEqual(
      functions.sensitivity(
        "npv",
        "useful_life",
        [[4, 5, 6]],
        "revenue_yield",
        [[0.3, 0.45, 0.6]],
        "bull",
        undefined,
        undefined,
        30,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        0.08,
      ),
    );
  });

  it("writes GROWTH as the product page spells it, in invariant syntax", () => {
    const growth = spec("GROWTH");
    const values = argValues(growth, inputsWith(growth, { metric: "net_income", method: "cagr" }));
    expect(buildFormula(growth, values)).toBe('=AMZN.GROWTH("net_income",2023,2025,"cagr")');
    expect(evaluate(growth, values, "en")).toBeCloseTo(0.609, 3);
  });

  it("doubles the quotes inside strings", () => {
    expect(literal('say "hi"')).toBe('"say ""hi"""');
    expect(buildFormula(spec("SOURCE"), ['rev"enue'])).toBe('=AMZN.SOURCE("rev""enue")');
    expect(parseFormula('=AMZN.SOURCE("rev""enue")').args).toEqual(['rev"enue']);
  });

  it("writes numbers with a dot whatever the user's locale", () => {
    expect(literal(readNumber("0,21"))).toBe("0.21");
    expect(literal(-0.1)).toBe("-0.1");
    expect(literal(1e21)).toBe("1E+21");
  });
});

describe("the formula as French Excel shows it", () => {
  it("uses the French name, ';', a decimal comma and the French method word", () => {
    const revenue = spec("REVENUE");
    expect(displayFormula(revenue, argValues(revenue, initialInputs(revenue), "fr"), "fr")).toBe(
      "=AMZN.CHIFFRE_AFFAIRES(2024)",
    );
    const capex = spec("CAPEX_SCENARIO");
    const values = argValues(capex, inputsWith(capex, { case_name: "bull", tax_rate: "0,25" }), "fr");
    expect(displayFormula(capex, values, "fr")).toBe('=AMZN.SCENARIO_INVESTISSEMENT("bull";;;;;;;0,25)');
    expect(buildFormula(capex, values)).toBe('=AMZN.CAPEX_SCENARIO("bull",,,,,,,0.25)');
    const growth = spec("GROWTH");
    const reported = argValues(growth, inputsWith(growth, { from: "2024", method: "reported" }), "fr");
    expect(displayFormula(growth, reported, "fr")).toBe('=AMZN.TAUX_CROISSANCE("revenue";2024;2025;"rapporté")');
    expect(evaluate(growth, reported, "fr")).toEqual(
      evaluate(growth, argValues(growth, inputsWith(growth, { from: "2024", method: "reported" }), "en"), "en"),
    );
    const depreciation = spec("DEPRECIATION");
    expect(displayFormula(depreciation, argValues(depreciation, initialInputs(depreciation), "fr"), "fr")).toBe(
      "=AMZN.AMORTISSEMENT({100.150.200};5)",
    );
  });

  it("gives single-number results their natural format", () => {
    const growth = spec("GROWTH");
    expect(growth.format?.(argValues(growth, inputsWith(growth, { method: "cagr" })))).toBe(FORMAT_PERCENT_PLAIN);
    expect(growth.format?.(argValues(growth, inputsWith(growth, { method: "multiple" })))).toBe(FORMAT_MULTIPLE);
    const revenue = spec("REVENUE");
    expect(revenue.format?.(argValues(revenue, initialInputs(revenue)))).toBe(FORMAT_BILLIONS_PLAIN);
    expect(revenue.format?.(argValues(revenue, inputsWith(revenue, { unit: "M" })))).toBe(FORMAT_WHOLE);
  });
});

describe("DEPRECIATION's capex list", () => {
  const depreciation = spec("DEPRECIATION");

  it('reads "100; 150; 200" as an array constant, evaluated as one row', () => {
    const values = argValues(depreciation, inputsWith(depreciation, { capex: "100; 150; 200", useful_life: "5" }));
    expect(values[0]).toEqual([100, 150, 200]);
    expect(buildFormula(depreciation, values)).toBe("=AMZN.DEPRECIATION({100,150,200},5)");
    expect(evaluate(depreciation, values, "en")).toEqual(scenario.depreciation([[100, 150, 200]], 5));
  });

  it("reads decimal commas, an empty middle item as 0, and ignores a trailing semicolon", () => {
    expect(readAmounts("1,5; ; 2;")).toEqual([1.5, 0, 2]);
    expect(readAmounts("  ")).toBeUndefined();
  });

  it("keeps a non-number as text, so the formula and core both say which cell is wrong", () => {
    const values = argValues(depreciation, inputsWith(depreciation, { capex: "100; abc" }));
    expect(buildFormula(depreciation, values)).toBe('=AMZN.DEPRECIATION({100,"abc"},5)');
    expect(() => evaluate(depreciation, values, "en")).toThrow(/capex: cell 2/);
    expect(offendingArgs(depreciation, values, "en")).toEqual([0]);
  });
});

describe("free number inputs", () => {
  it("read numbers with the pane's separators, percent as a fraction, and omit empty fields", () => {
    expect(readNumber(" 0,21 ")).toBe(0.21);
    expect(readNumber("1 000")).toBe(1000);
    expect(readNumber("\u22125")).toBe(-5);
    expect(readNumber("21%")).toBe(0.21);
    expect(readNumber("21 %", "fr")).toBe(0.21);
    expect(readNumber("1 000,5", "fr")).toBe(1000.5);
    expect(readNumber("")).toBeUndefined();
    const capex = spec("CAPEX_SCENARIO");
    const values = argValues(capex, inputsWith(capex, { tax_rate: "21%" }));
    expect(buildFormula(capex, values)).toBe("=AMZN.CAPEX_SCENARIO(,,,,,,,0.21)");
    expect(evaluate(capex, values, "en")).toEqual(runInExcel(buildFormula(capex, values)));
  });

  it("refuse what is not a number or reads as two numbers, under the field's label", () => {
    const capex = spec("CAPEX_SCENARIO");
    const index = capex.args.findIndex((arg) => arg.name === "capex");
    const problems = (typed: string, lang: "en" | "fr"): Map<number, string> =>
      inputProblems(capex, inputsWith(capex, { capex: typed }), lang);
    expect(problems("1e3", "en").get(index)).toBe(
      "First-year capex (B$): '1e3' is not a number; type for example 200.",
    );
    expect(problems("1,000", "fr").get(index)).toMatch(
      /^Investissements de la 1re année \(Mds\$\) : « 1,000 » peut se lire 1 ou 1\u202f000/,
    );
    expect(problems("1.000", "en").get(index)).toMatch(/could mean 1 or 1,000/);
    expect(problems("1,000", "en").size).toBe(0);
    expect(problems("abc", "en").get(index)).not.toMatch(/NaN/);
    const depreciation = spec("DEPRECIATION");
    expect(inputProblems(depreciation, inputsWith(depreciation, { capex: "100; abc" }), "en").get(0)).toMatch(
      /^Capex by year: 'abc' is not a number/,
    );
  });

  it("show the chosen case's value as the placeholder", () => {
    const capex = spec("CAPEX_SCENARIO");
    const life = capex.args.find((arg) => arg.name === "useful_life");
    if (life?.kind !== "number") throw new Error("useful_life is a number field");
    expect(life.placeholder?.(argValues(capex, inputsWith(capex, { case_name: "bull" })), "en")).toBe("7");
    expect(life.placeholder?.(defaultValues(capex), "en")).toBe("6");
    const growth = capex.args.find((arg) => arg.name === "capex_growth");
    if (growth?.kind !== "number") throw new Error("capex_growth is a number field");
    expect(growth.placeholder?.(argValues(capex, inputsWith(capex, { case_name: "bear" })), "fr")).toBe("\u22120,1");
  });
});

describe("errors and the field they are pinned on", () => {
  const thrown = (f: FunctionSpec, values: ArgValues): AmznError => thrownError(() => evaluate(f, values, "en"));

  it("pins an invalid tax rate on tax_rate, with both languages' messages", () => {
    const capex = spec("CAPEX_SCENARIO");
    const values = argValues(capex, inputsWith(capex, { tax_rate: "5" }));
    const error = thrown(capex, values);
    expect(error.messages.en).toMatch(/tax_rate: 5 is out of range; the tax rate must be from 0% to 100%/);
    expect(error.messages.fr).toMatch(
      /taux_impot : 5 est hors limites ; le taux d'imposition doit être de 0 % à 100 %/,
    );
    expect(offendingArgs(capex, values, "en").map((index) => capex.args[index]?.name)).toEqual(["tax_rate"]);
  });

  it("pins a year the dataset lacks on the period", () => {
    const revenue = spec("REVENUE");
    // The filings have 2022: no basis has revenue for the plan year.
    const values = argValues(revenue, inputsWith(revenue, { period: "2026E" }));
    expect(thrown(revenue, values).kind).toBe("na");
    expect(offendingArgs(revenue, values, "en")).toEqual([0]);
  });

  it("pins a reversed growth period on both years", () => {
    const growth = spec("GROWTH");
    const values = argValues(growth, inputsWith(growth, { from: "2025", to: "2023" }));
    thrown(growth, values);
    expect(offendingArgs(growth, values, "en")).toEqual([1, 2]);
  });

  it("pins nothing when only the combination fails", () => {
    const metric = spec("METRIC");
    const values = argValues(metric, inputsWith(metric, { metric: "capex", basis: "report" }));
    expect(thrown(metric, values).kind).toBe("na");
    expect(offendingArgs(metric, values, "en")).toEqual([]);
  });

  it("accepts every choice of a choice field as Excel does (argValue maps back the option)", () => {
    for (const f of FUNCTION_CATALOGUE)
      for (const arg of f.args)
        if (arg.kind === "choice")
          for (const choice of arg.choices) expect(argValue(arg, String(choice.value))).toBe(choice.value);
  });
});

describe("the period choices", () => {
  it("offer the quarters the filings have, after the years, and GROWTH compares two of them", () => {
    const growth = spec("GROWTH");
    const from = growth.args[1];
    if (from?.kind !== "choice") throw new Error("GROWTH's from is a choice");
    const quarters = from.choices.filter((choice) => /^\d{4}Q[1-4]$/.test(String(choice.value)));
    expect(quarters.map((choice) => choice.value)).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"]);
    expect(quarters[2]?.label).toEqual({ en: "2025Q3 — Q3 2025 (filings)", fr: "2025Q3 — T3 2025 (comptes publiés)" });
    const values = argValues(growth, inputsWith(growth, { metric: "aws_revenue", from: "2025Q1", to: "2026Q1" }));
    expect(buildFormula(growth, values)).toBe('=AMZN.GROWTH("aws_revenue","2025Q1","2026Q1")');
    expect(evaluate(growth, values, "en")).toBeCloseTo(
      functions.growth("aws_revenue", "2025Q1", "2026Q1") as number,
      12,
    );
  });

  it("give REVENUE a quarter's figure from the filings", () => {
    const revenue = spec("REVENUE");
    const values = argValues(revenue, inputsWith(revenue, { period: "2025Q4" }));
    expect(evaluate(revenue, values, "en")).toBe(functions.revenue("2025Q4"));
  });
});
