/**
 * Why one file of over 400 lines: CAPEX_SCENARIO's and DEPRECIATION's argument reading (cells,
 * ranges, the one rate rule) and their outputs are one contract; its messages are in scenario-
 * text.ts.
 *
 * Raw-argument API of CAPEX_SCENARIO and DEPRECIATION: the custom-functions layer wraps these
 * one-to-one. Arguments arrive exactly as Excel passes them (CellArg); every failure is an
 * AmznError (never a raw exception), and every returned cell is a finite number or a text.
 *
 * Argument reading, decided where PRODUCT.md is silent:
 * - Omitted (undefined), an empty cell (null) and empty text ("") all mean "use the default"
 *   (the chosen case's value for CAPEX_SCENARIO's parameters).
 * - A single-cell range (1×1 matrix) is read as its one value; a larger range where one value is
 *   expected is #VALUE!.
 * - Numbers may also arrive as numeric text typed in quotes ("0.1", "2026", "1e3", a leading
 *   "−"), read by the task pane's number rule ("1.000" and "1,000" are ambiguous); rates (capex_growth, revenue_yield, ebitda_margin,
 *   tax_rate) also accept percent text ("10%", "10 %"). Booleans are not numbers (#VALUE!).
 * - DEPRECIATION's capex is a row, a column or a single number of yearly amounts: empty cells are
 *   0 capex that year; text (even numeric text, which is usually a mistyped cell) and booleans
 *   are #VALUE! naming the cell; negative or non-finite amounts are #NUM! naming the cell. The
 *   schedule has the input's shape, so charges falling after the last input year are truncated,
 *   except that it stops at the end of the last amount's depreciation tail: the blank cells of a
 *   whole column after it are not years (DEPRECIATION(A:A, 5) with A1:A3 filled: 7 rows).
 */
import {
  AmznError,
  checkFitsGrid,
  malformed,
  type Bilingual,
  type CellArg,
  type Lang,
  type Spill,
  type SpillCell,
} from "../runtime";
import { numberFromText, type TypedForm } from "../inputs";
import { depreciationTail, parseConvention, straightLineSchedule } from "./depreciation";
import {
  LINE_ITEMS,
  PAYBACK_BEYOND_HORIZON,
  SCENARIO_PARAM_IDS,
  SCENARIO_PARAM_INFO,
  caseLabel,
  checkScenarioParam,
  lineItemLabel,
  scenarioParamRange,
  parseCaseName,
  parseOutputName,
  resolveScenarioParams,
  runScenario,
  type ScenarioCase,
  type ScenarioParamId,
  type ScenarioParams,
} from "./scenario";
import { normalizeName } from "./scenario-text";
import { formatPlain, quoteInput } from "../wording";
import { noIrrMessage, scenarioIrr, scenarioNpv } from "./valuation";
import { memoize, notAvailable } from "../runtime";

type Scalar = number | string | boolean | null | undefined;

// ---------------------------------------------------------------------------------------------
// Reading raw arguments.

export function describe(value: unknown, lang: Lang): string {
  if (typeof value === "boolean") return lang === "en" ? (value ? "TRUE" : "FALSE") : value ? "VRAI" : "FAUX";
  if (typeof value === "string") return quoteInput(value, lang);
  if (typeof value === "number") return formatPlain(value, lang);
  if (Array.isArray(value)) return lang === "en" ? "a nested array" : "un tableau imbriqué";
  return lang === "en" ? `a value of type ${typeof value}` : `une valeur de type ${typeof value}`;
}

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    value === undefined ||
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  );
}

/** A matrix's size, or throws when it is not a non-empty rectangular 2-D array of values. */
export function matrixShape(arg: readonly unknown[], name: Bilingual): { rows: number; cols: number } {
  const rows = arg.length;
  const first: unknown = arg[0];
  if (!arg.every((row) => Array.isArray(row))) {
    throw malformed(
      `${name.en} must be a value or a range of cells, not a one-dimensional array`,
      `${name.fr} doit être une valeur ou une plage de cellules, pas un tableau à une dimension`,
    );
  }
  if (rows === 0 || !Array.isArray(first) || first.length === 0) {
    throw malformed(`${name.en} is an empty range`, `${name.fr} est une plage vide`);
  }
  const cols = first.length;
  for (const row of arg as unknown[][]) {
    if (row.length !== cols) {
      throw malformed(
        `${name.en} must be a rectangular range (every row the same length)`,
        `${name.fr} doit être une plage rectangulaire (toutes les lignes de même longueur)`,
      );
    }
    if (!row.every(isScalar)) {
      throw malformed(
        `${name.en}: a range cell holds a nested array, which Excel never passes`,
        `${name.fr} : une cellule de la plage contient un tableau imbriqué, ce qu'Excel ne transmet jamais`,
      );
    }
  }
  return { rows, cols };
}

/** The one value of a scalar argument: a 1×1 range is its cell; a larger range is #VALUE!. */
export function single(arg: unknown, name: Bilingual): Scalar {
  if (Array.isArray(arg)) {
    const { rows, cols } = matrixShape(arg, name);
    if (rows !== 1 || cols !== 1) {
      throw malformed(
        `${name.en} expects a single value, not a ${rows}×${cols} range`,
        `${name.fr} attend une seule valeur, pas une plage de ${rows}×${cols}`,
      );
    }
    return (arg as Scalar[][])[0]?.[0];
  }
  if (!isScalar(arg)) {
    throw malformed(
      `${name.en}: ${describe(arg, "en")} is not supported`,
      `${name.fr} : ${describe(arg, "fr")} n'est pas prise en charge`,
    );
  }
  return arg;
}

/** A number argument as read: its value and how it was typed (percent text or a bare number). */
export interface ReadNumber {
  readonly value: number;
  readonly typed: TypedForm;
}

/**
 * A number argument, or undefined when omitted / empty. Numbers pass as they are; numeric text
 * ("0.1", "2026", French "0,21") and, for rates, percent text ("10%") are read by the task pane's
 * number rule (numberFromText); "1,000" and "1.000" are refused as ambiguous; booleans and other text are #VALUE! naming the argument in the user's language.
 */
export function readNumber(arg: unknown, name: Bilingual, allowPercent: boolean): ReadNumber | undefined {
  const value = single(arg, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return { value, typed: "number" };
  const exampleEn = allowPercent ? 'write 0.1 or "10%"' : "write a number such as 5";
  const exampleFr = allowPercent ? "écrivez 0,1 ou « 10% »" : "écrivez un nombre comme 5";
  if (typeof value === "boolean") {
    throw malformed(
      `${name.en}: ${describe(value, "en")} is not a number; ${exampleEn}`,
      `${name.fr} : ${describe(value, "fr")} n'est pas un nombre ; ${exampleFr}`,
    );
  }
  if (value.trim() === "") return undefined;
  const parsed = numberFromText(value, allowPercent);
  if (typeof parsed === "string" || "kind" in parsed) {
    const why: Bilingual =
      typeof parsed === "object"
        ? {
            en: `${describe(value, "en")} could be read two ways (${parsed.readings.map((n) => formatPlain(n, "en")).join(" or ")}: English and French separate thousands and decimals the other way round)`,
            fr: `${describe(value, "fr")} se lit de deux façons (${parsed.readings.map((n) => formatPlain(n, "fr")).join(" ou ")} : l'anglais et le français séparent milliers et décimales à l'inverse)`,
          }
        : parsed === "percent-not-allowed"
          ? {
              en: `${describe(value, "en")} is a percentage, but ${name.en} is not a rate`,
              fr: `${describe(value, "fr")} est un pourcentage, mais ${name.fr} n'est pas un taux`,
            }
          : {
              en: `${describe(value, "en")} is not a number`,
              fr: `${describe(value, "fr")} n'est pas un nombre`,
            };
    throw malformed(`${name.en}: ${why.en}; ${exampleEn}`, `${name.fr} : ${why.fr} ; ${exampleFr}`);
  }
  return parsed;
}

/** A text argument, or undefined when omitted / empty. Numbers and booleans: #VALUE!. */
export function readText(arg: unknown, name: Bilingual, validEn: string, validFr: string): string | undefined {
  const value = single(arg, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw malformed(
      `${name.en} must be text (${validEn}), not ${describe(value, "en")}`,
      `${name.fr} doit être un texte (${validFr}), pas ${describe(value, "fr")}`,
    );
  }
  return value.trim() === "" ? undefined : value;
}

const LANG_ALIASES: Readonly<Record<string, Lang>> = {
  en: "en",
  english: "en",
  anglais: "en",
  fr: "fr",
  french: "fr",
  francais: "fr",
};

export function readLang(arg: unknown): Lang {
  const text = readText(arg, { en: "lang", fr: "langue" }, "'en' or 'fr'", "« en » ou « fr »");
  if (text === undefined) return "en";
  const normalized = normalizeName(text);
  // "en", "fr", "English", "français", or a language tag such as "fr-FR".
  const tag = /^([a-z]{2})_[a-z]{2}$/.exec(normalized)?.[1] ?? "";
  const own = (key: string): Lang | undefined =>
    Object.prototype.hasOwnProperty.call(LANG_ALIASES, key) ? LANG_ALIASES[key] : undefined;
  const found = own(normalized) ?? own(tag);
  if (found !== undefined) return found;
  throw malformed(
    `unknown language ${quoteInput(text, "en")}; valid: 'en' or 'fr'`,
    `langue inconnue ${quoteInput(text, "fr")} ; valeurs possibles : « en » ou « fr »`,
  );
}

/** A case name argument: the case, "base" when omitted. */
export function readCase(arg: unknown): ScenarioCase {
  const caseText = readText(
    arg,
    { en: "case_name", fr: "scenario" },
    "'bear', 'base' or 'bull'",
    "« pessimiste », « central » ou « optimiste »",
  );
  return caseText === undefined ? "base" : parseCaseName(caseText);
}

/**
 * CAPEX_SCENARIO's parameter arguments as given (omitted ones absent), each read and checked by
 * the one bounded-input rule (checkScenarioParam): SENSITIVITY's trailing arguments too.
 */
export function readScenarioOverrides(raw: Readonly<Record<ScenarioParamId, unknown>>): Partial<ScenarioParams> {
  const overrides: Partial<Record<ScenarioParamId, number>> = {};
  for (const id of SCENARIO_PARAM_IDS) {
    const info = SCENARIO_PARAM_INFO[id];
    const read = readNumber(raw[id], info.name, info.rate);
    if (read !== undefined) overrides[id] = checkScenarioParam(id, read.value, { typed: read.typed });
  }
  return overrides;
}

/** Anything unexpected becomes an AmznError, so Excel never shows a bare #VALUE!. */
export function asAmznError(error: unknown, fn: string): AmznError {
  if (error instanceof AmznError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return malformed(
    `${fn}: unexpected error (${detail.slice(0, 200)}); please report it`,
    `${fn} : erreur inattendue (${detail.slice(0, 200)}) ; merci de la signaler`,
  );
}

/**
 * A label, then the values: a loop, not `[label, ...values]`, on which V8's profiler put two
 * thirds of CAPEX_SCENARIO's cost for 30 years (npm run bench, "first call, engine").
 */
function labelledRow(label: string, values: readonly number[]): SpillCell[] {
  const row: SpillCell[] = [label];
  for (const value of values) row.push(value);
  return row;
}

export function assertFiniteSpill(spill: Spill, fn: string): Spill {
  for (const row of spill) {
    for (const cell of row) {
      if (typeof cell === "number" && !Number.isFinite(cell)) {
        throw malformed(`${fn}: a result is not a finite number`, `${fn} : un résultat n'est pas un nombre fini`);
      }
    }
  }
  return spill;
}

// ---------------------------------------------------------------------------------------------
// CAPEX_SCENARIO

/**
 * CAPEX_SCENARIO([case], [capex], [capex_growth], [years], [useful_life], [revenue_yield],
 * [ebitda_margin], [tax_rate], [start_year], [output], [discount_rate], [lang]).
 *
 * Without `output`: a header row (the case, then the years) and one labelled row per line item
 * (capex, depreciation, net_ppe, revenue, ebitda, ebit, nopat, fcf, cumulative_fcf, roic), labels
 * in `lang` ("en" default, or "fr"). With `output` naming a line item: that row alone, 1×years,
 * no label. `output` "payback" (an extension) gives the payback year as 1×1, or the text "beyond
 * horizon" ("au-delà de l'horizon") when cumulative FCF does not turn positive within the horizon:
 * the same answer as the scenario sheet's payback cell. `output` "npv" and "irr" give the plan's
 * NPV at `discount_rate` (default 9%) and its IRR as 1×1 (valuation.ts: Excel's conventions); no
 * IRR is #N/A saying why. Money in B$, ROIC as a fraction.
 *
 * Made once per language, so that the function of the 11 arguments is what the cache holds
 * (memoize's slots follow a function's `length`; the language would be a 12th).
 */
const capexScenarioUncachedIn = (language: Lang) =>
  function capexScenarioUncached(
    caseName?: CellArg,
    capex?: CellArg,
    capexGrowth?: CellArg,
    years?: CellArg,
    usefulLife?: CellArg,
    revenueYield?: CellArg,
    ebitdaMargin?: CellArg,
    taxRate?: CellArg,
    startYear?: CellArg,
    output?: CellArg,
    discountRate?: CellArg,
  ): Spill {
    try {
      const chosen = readCase(caseName);
      const overrides = readScenarioOverrides({
        capex,
        capexGrowth,
        years,
        usefulLife,
        revenueYield,
        ebitdaMargin,
        taxRate,
        startYear,
        discountRate,
      });
      const outputText = readText(
        output,
        { en: "output", fr: "sortie" },
        "a line item such as 'fcf'",
        "un poste comme « fcf »",
      );
      const wanted = outputText === undefined ? undefined : parseOutputName(outputText);

      const params: ScenarioParams = resolveScenarioParams(chosen, overrides);
      const result = runScenario(params);

      // No payback within the horizon is an answer, not an error: the same text as the scenario
      // sheet's payback cell (PAYBACK_BEYOND_HORIZON), in the user's language.
      if (wanted === "payback") return [[result.paybackYear ?? PAYBACK_BEYOND_HORIZON[language]]];
      if (wanted === "npv") return assertFiniteSpill([[scenarioNpv(result)]], "CAPEX_SCENARIO");
      if (wanted === "irr") {
        const irr = scenarioIrr(result);
        if ("none" in irr) throw notAvailable(noIrrMessage(irr.none, "en"), noIrrMessage(irr.none, "fr"));
        return assertFiniteSpill([[irr.rate]], "CAPEX_SCENARIO");
      }
      if (wanted !== undefined) return assertFiniteSpill([[...result.rows[wanted]]], "CAPEX_SCENARIO");

      const overridden = Object.keys(overrides).length > 0;
      const title =
        caseLabel(chosen, language) +
        (overridden ? (language === "en" ? ", with overrides" : ", hypothèses modifiées") : "");
      const spill: Spill = [labelledRow(title, result.years)];
      for (const item of LINE_ITEMS) spill.push(labelledRow(lineItemLabel(item, language), result.rows[item]));
      return assertFiniteSpill(spill, "CAPEX_SCENARIO");
    } catch (error) {
      throw asAmznError(error, "CAPEX_SCENARIO");
    }
  };

// ---------------------------------------------------------------------------------------------
// DEPRECIATION

/** DEPRECIATION's first argument, named as English and French Excel show it. */
const CAPEX_CELLS: Bilingual = { en: "capex", fr: "investissements" };

const isBlankCell = (cell: unknown): boolean => cell === null || cell === undefined || cell === "";

/** One capex cell as an amount: empty = 0; text, booleans: #VALUE!; negative, non-finite: #NUM!. */
function capexAmount(cell: unknown, index: number, row: number, col: number): number {
  if (isBlankCell(cell)) return 0;
  const whereEn = `capex: cell ${index + 1} (row ${row + 1}, column ${col + 1} of the range)`;
  const whereFr = `investissements : la cellule ${index + 1} (ligne ${row + 1}, colonne ${col + 1} de la plage)`;
  if (typeof cell !== "number") {
    throw malformed(
      `${whereEn} is ${describe(cell, "en")}; expected a number ≥ 0 (B$) or an empty cell`,
      `${whereFr} vaut ${describe(cell, "fr")} ; attendu un nombre ≥ 0 (Mds$) ou une cellule vide`,
    );
  }
  if (!Number.isFinite(cell) || cell < 0) {
    throw malformed(
      `${whereEn} is ${describe(cell, "en")}; a capex amount is a number ≥ 0`,
      `${whereFr} vaut ${describe(cell, "fr")} ; un investissement est un nombre ≥ 0`,
    );
  }
  return cell;
}

/**
 * DEPRECIATION(capex, useful_life, [convention]): straight-line D&A per year over the horizon of
 * `capex` (a row, a column or a single number of yearly amounts), oriented like it. Convention
 * "full" (default) or "half" (French "plein" / "demi"). Charges after the last input year are
 * truncated; the schedule ends with the last amount's tail (no amount at all: one year of 0).
 */
function depreciationUncached(capex: CellArg, usefulLife: CellArg, convention?: CellArg): Spill {
  try {
    const input: unknown = capex;
    if (input === undefined) {
      throw malformed(
        "capex is required: a row or column of yearly amounts (B$)",
        "investissements est obligatoire : une ligne ou une colonne de montants annuels (Mds$)",
      );
    }
    let matrix: readonly (readonly unknown[])[];
    if (Array.isArray(input)) {
      const { rows, cols } = matrixShape(input, CAPEX_CELLS);
      if (rows > 1 && cols > 1) {
        throw malformed(
          `capex must be a single row or column of yearly amounts, not a ${rows}×${cols} range`,
          `investissements doit être une seule ligne ou colonne de montants annuels, pas une plage de ${rows}×${cols}`,
        );
      }
      matrix = input as unknown[][];
    } else {
      matrix = [[input]];
    }
    const byRow = matrix.length === 1;
    const cells: readonly unknown[] = byRow ? (matrix[0] ?? []) : matrix.map((row) => row[0]);
    const amounts = cells.map((cell, index) => capexAmount(cell, index, byRow ? 0 : index, byRow ? index : 0));

    const lifeName = SCENARIO_PARAM_INFO.usefulLife.name;
    const lifeValue = readNumber(usefulLife, lifeName, false);
    if (lifeValue === undefined) {
      throw malformed(
        `${lifeName.en} is required: ${scenarioParamRange("usefulLife", "en")}`,
        `${lifeName.fr} est obligatoire : ${scenarioParamRange("usefulLife", "fr")}`,
      );
    }
    const life = checkScenarioParam("usefulLife", lifeValue.value);
    const conventionText = readText(
      convention,
      { en: "convention", fr: "convention" },
      "'full' or 'half'",
      "« plein » ou « demi »",
    );
    const chosen = parseConvention(conventionText);
    // Blank cells after the last amount's depreciation tail are not years (DEPRECIATION(A:A, 5)).
    let lastAmount = -1;
    for (let index = cells.length - 1; index >= 0 && lastAmount < 0; index--)
      if (!isBlankCell(cells[index])) lastAmount = index;
    const horizon = Math.max(1, Math.min(amounts.length, lastAmount + 1 + depreciationTail(life, chosen)));
    checkFitsGrid(byRow ? 1 : horizon, byRow ? horizon : 1);
    const schedule = straightLineSchedule(amounts.slice(0, horizon), life, chosen);
    const spill: Spill = byRow ? [schedule] : schedule.map((charge) => [charge]);
    return assertFiniteSpill(spill, "DEPRECIATION");
  } catch (error) {
    throw asAmznError(error, "DEPRECIATION");
  }
}

// One cache per language. Repeated calls are answered from it (see memo.ts); range arguments bypass it.
const capexScenarioIn: Readonly<Record<Lang, ReturnType<typeof capexScenarioUncachedIn>>> = {
  en: memoize(capexScenarioUncachedIn("en")),
  fr: memoize(capexScenarioUncachedIn("fr")),
};

/**
 * CAPEX_SCENARIO's raw API: the 11 arguments of the function, then `lang` ("en" default, or "fr")
 * for the labels and messages.
 */
export function capexScenario(
  caseName?: CellArg,
  capex?: CellArg,
  capexGrowth?: CellArg,
  years?: CellArg,
  usefulLife?: CellArg,
  revenueYield?: CellArg,
  ebitdaMargin?: CellArg,
  taxRate?: CellArg,
  startYear?: CellArg,
  output?: CellArg,
  discountRate?: CellArg,
  lang?: CellArg,
): Spill {
  let language: Lang;
  try {
    // The functions pass Office's language as "en" or "fr": no text to normalise on the hot path.
    language = lang === "en" || lang === "fr" ? lang : readLang(lang);
  } catch (error) {
    throw asAmznError(error, "CAPEX_SCENARIO");
  }
  return capexScenarioIn[language](
    caseName,
    capex,
    capexGrowth,
    years,
    usefulLife,
    revenueYield,
    ebitdaMargin,
    taxRate,
    startYear,
    output,
    discountRate,
  );
}
export const depreciation = memoize(depreciationUncached);
