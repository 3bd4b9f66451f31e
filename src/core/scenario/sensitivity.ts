/**
 * SENSITIVITY(output, row_input, row_values, col_input, col_values, [case_name], [capex],
 * [capex_growth], [years], [useful_life], [revenue_yield], [ebitda_margin], [tax_rate],
 * [start_year], [discount_rate]): PRODUCT.md "Valuing the capex plan".
 *
 * A grid of one scenario output over two varied inputs, around any model: the trailing arguments
 * are CAPEX_SCENARIO's and are read by the same code (readScenarioOverrides: one bounded-input
 * rule), every varied value too (checkScenarioParam). Each cell is exactly CAPEX_SCENARIO's answer
 * for the same case and inputs with the two varied ones set: the grid runs the same engine
 * (runScenario) and the same valuation (valuation.ts), once per cell.
 *
 * Spill of (1 + rows) × (1 + columns): the corner names the output and both inputs, the first row
 * holds the column values, the first column the row values. Where a cell has no number it holds
 * CAPEX_SCENARIO's word for it: "beyond horizon" for payback, "none" ("aucun") for IRR.
 */
import { type CellArg, type Lang, type Spill, type SpillCell, malformed } from "../runtime";
import {
  PAYBACK_BEYOND_HORIZON,
  SCENARIO_PARAM_IDS,
  SCENARIO_PARAM_INFO,
  checkScenarioParam,
  parseOutputName,
  resolveScenarioParams,
  runScenario,
  type ScenarioParamId,
  type ScenarioParams,
} from "./scenario";
import {
  asAmznError,
  assertFiniteSpill,
  matrixShape,
  readCase,
  readLang,
  readNumber,
  readScenarioOverrides,
  readText,
} from "./scenario-api";
import { resolveAlias } from "./scenario-text";
import { colon } from "../wording";
import { NO_IRR, scenarioIrr, scenarioNpv } from "./valuation";

export const SENSITIVITY_OUTPUTS = ["npv", "irr", "payback", "cumulative_fcf", "roic"] as const;
export type SensitivityOutput = (typeof SENSITIVITY_OUTPUTS)[number];

/** The inputs a grid may vary: every CAPEX_SCENARIO parameter but the calendar start year. */
export const SENSITIVITY_INPUTS: readonly ScenarioParamId[] = SCENARIO_PARAM_IDS.filter((id) => id !== "startYear");

/** At most this many values per side: a 25 × 25 grid answers well under a second (npm run bench). */
export const MAX_SENSITIVITY_VALUES = 25;

const OUTPUT_LABELS: Readonly<Record<SensitivityOutput, Readonly<Record<Lang, string>>>> = {
  npv: { en: "NPV (B$)", fr: "VAN (Mds$)" },
  irr: { en: "IRR", fr: "TRI" },
  payback: { en: "Payback year", fr: "Année de retour sur investissement" },
  cumulative_fcf: { en: "Cumulative FCF, last year (B$)", fr: "FCF cumulé, dernière année (Mds$)" },
  roic: { en: "ROIC, last year", fr: "ROIC, dernière année" },
};

/** An output's label in `lang` (the grid's corner, the enum's names). */
export function sensitivityOutputLabel(output: SensitivityOutput, lang: Lang): string {
  return OUTPUT_LABELS[output][lang];
}

function parseSensitivityOutput(text: string): SensitivityOutput {
  const valid = SENSITIVITY_OUTPUTS.join(", ");
  const unknown = { en: "unknown output", fr: "résultat inconnu" };
  let parsed: string;
  try {
    parsed = parseOutputName(text);
  } catch {
    // Suggest among the grid's outputs only.
    return resolveAlias(text, Object.fromEntries(SENSITIVITY_OUTPUTS.map((o) => [o, o])), unknown, {
      en: valid,
      fr: valid,
    });
  }
  const found = SENSITIVITY_OUTPUTS.find((output) => output === parsed);
  if (found !== undefined) return found;
  throw malformed(
    `output '${parsed}' is a yearly row; a sensitivity grid shows one number per cell: ${valid}`,
    `la sortie « ${parsed} » est une ligne annuelle ; une grille de sensibilité montre un nombre par cellule : ${valid}`,
  );
}

/**
 * Input names: the argument's English and French names (useful_life, duree_vie), resolved to the
 * English name so that a suggestion shows a name the user can type, never an internal id.
 */
const INPUT_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  SENSITIVITY_INPUTS.flatMap((id) => {
    const { name } = SCENARIO_PARAM_INFO[id];
    return [
      [name.en, name.en],
      [name.fr, name.en],
    ];
  }),
);

const INPUT_BY_NAME: ReadonlyMap<string, ScenarioParamId> = new Map(
  SENSITIVITY_INPUTS.map((id) => [SCENARIO_PARAM_INFO[id].name.en, id]),
);

function readInput(arg: unknown, which: "row" | "col"): ScenarioParamId {
  const argName = which === "row" ? { en: "row_input", fr: "entree_ligne" } : { en: "col_input", fr: "entree_colonne" };
  const validEn = SENSITIVITY_INPUTS.map((id) => SCENARIO_PARAM_INFO[id].name.en).join(", ");
  const validFr = SENSITIVITY_INPUTS.map((id) => SCENARIO_PARAM_INFO[id].name.fr).join(", ");
  const text = readText(arg, argName, validEn, validFr);
  if (text === undefined) {
    throw malformed(`${argName.en} is required: ${validEn}`, `${argName.fr} est obligatoire : ${validFr}`);
  }
  const name = resolveAlias(
    text,
    INPUT_ALIASES,
    { en: `${argName.en}: unknown input`, fr: `${argName.fr} : entrée inconnue` },
    { en: validEn, fr: validFr },
  );
  const id = INPUT_BY_NAME.get(name);
  if (id === undefined) throw new Error(`no input named ${name}`);
  return id;
}

/** The values of a varied input: a single value, a row or a column of 1–25 values, each checked. */
function readValues(arg: unknown, id: ScenarioParamId, which: "row" | "col"): number[] {
  const argName =
    which === "row" ? { en: "row_values", fr: "valeurs_ligne" } : { en: "col_values", fr: "valeurs_colonne" };
  const info = SCENARIO_PARAM_INFO[id];
  let cells: unknown[];
  if (Array.isArray(arg)) {
    const { rows, cols } = matrixShape(arg, argName);
    if (rows > 1 && cols > 1) {
      throw malformed(
        `${argName.en} must be a row or a column of values, not a ${rows}×${cols} range`,
        `${argName.fr} doit être une ligne ou une colonne de valeurs, pas une plage de ${rows}×${cols}`,
      );
    }
    cells = (arg as unknown[][]).flat();
  } else {
    cells = [arg];
  }
  if (cells.length > MAX_SENSITIVITY_VALUES) {
    throw malformed(
      `${argName.en}: ${cells.length} values; a grid takes 1 to ${MAX_SENSITIVITY_VALUES} per side`,
      `${argName.fr} : ${cells.length} valeurs ; une grille en prend de 1 à ${MAX_SENSITIVITY_VALUES} par côté`,
    );
  }
  return cells.map((cell, i) => {
    const where = { en: `${argName.en} (value ${i + 1})`, fr: `${argName.fr} (valeur ${i + 1})` };
    const read = readNumber(cell, where, info.rate);
    if (read === undefined) {
      throw malformed(
        `${where.en} is empty; every value of ${info.name.en} must be given`,
        `${where.fr} est vide ; chaque valeur de ${info.name.fr} doit être donnée`,
      );
    }
    return checkScenarioParam(id, read.value, { typed: read.typed, name: where });
  });
}

/** One grid cell: CAPEX_SCENARIO's answer for `params` and `output`, as a cell. */
export function sensitivityCell(params: ScenarioParams, output: SensitivityOutput, lang: Lang): SpillCell {
  const result = runScenario(params);
  switch (output) {
    case "npv":
      return scenarioNpv(result);
    case "irr": {
      const irr = scenarioIrr(result);
      return "rate" in irr ? irr.rate : NO_IRR[lang];
    }
    case "payback":
      return result.paybackYear ?? PAYBACK_BEYOND_HORIZON[lang];
    case "cumulative_fcf":
    case "roic": {
      const row = result.rows[output];
      return row[row.length - 1] ?? 0;
    }
  }
}

/** The corner cell: "NPV (B$): useful_life ↓ × revenue_yield →". */
function cornerLabel(output: SensitivityOutput, rowId: ScenarioParamId, colId: ScenarioParamId, lang: Lang): string {
  const row = SCENARIO_PARAM_INFO[rowId].name[lang];
  const col = SCENARIO_PARAM_INFO[colId].name[lang];
  return `${sensitivityOutputLabel(output, lang)}${colon(lang)}${row} ↓ × ${col} →`;
}

/**
 * SENSITIVITY's raw API: the function's 15 arguments, then `lang` ("en" default, or "fr") for the
 * corner and the words in cells.
 */
export function sensitivity(
  output?: CellArg,
  rowInput?: CellArg,
  rowValues?: CellArg,
  colInput?: CellArg,
  colValues?: CellArg,
  caseName?: CellArg,
  capex?: CellArg,
  capexGrowth?: CellArg,
  years?: CellArg,
  usefulLife?: CellArg,
  revenueYield?: CellArg,
  ebitdaMargin?: CellArg,
  taxRate?: CellArg,
  startYear?: CellArg,
  discountRate?: CellArg,
  lang?: CellArg,
): Spill {
  try {
    const language = readLang(lang);
    const outputText = readText(
      output,
      { en: "output", fr: "sortie" },
      SENSITIVITY_OUTPUTS.join(", "),
      SENSITIVITY_OUTPUTS.join(", "),
    );
    if (outputText === undefined) {
      throw malformed(
        `output is required: ${SENSITIVITY_OUTPUTS.join(", ")}`,
        `sortie est obligatoire : ${SENSITIVITY_OUTPUTS.join(", ")}`,
      );
    }
    const wanted = parseSensitivityOutput(outputText);
    const rowId = readInput(rowInput, "row");
    const colId = readInput(colInput, "col");
    if (rowId === colId) {
      const name = SCENARIO_PARAM_INFO[rowId].name;
      throw malformed(
        `row_input and col_input are both ${name.en}: a grid varies two different inputs`,
        `entree_ligne et entree_colonne valent toutes deux ${name.fr} : une grille fait varier deux entrées différentes`,
      );
    }
    const rows = readValues(rowValues, rowId, "row");
    const cols = readValues(colValues, colId, "col");
    const chosen = readCase(caseName);
    const given = readScenarioOverrides({
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
    // A varied input's trailing argument is ignored (the contract).
    const overrides = Object.fromEntries(
      Object.entries(given).filter(([id]) => id !== rowId && id !== colId),
    ) as Partial<ScenarioParams>;
    const around = resolveScenarioParams(chosen, overrides);

    const spill: Spill = [[cornerLabel(wanted, rowId, colId, language), ...cols]];
    for (const rowValue of rows) {
      const line: SpillCell[] = [rowValue];
      for (const colValue of cols) {
        line.push(sensitivityCell({ ...around, [rowId]: rowValue, [colId]: colValue }, wanted, language));
      }
      spill.push(line);
    }
    return assertFiniteSpill(spill, "SENSITIVITY");
  } catch (error) {
    throw asAmznError(error, "SENSITIVITY");
  }
}
