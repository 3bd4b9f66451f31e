/**
 * What the formula builder offers: each AMZN function's arguments, the choices it proposes, and how
 * to compute its value with core (the same code the custom function runs), so the preview equals
 * what Excel will show.
 */
import * as api from "../core/api";
import type { Lang } from "../core/errors";

export interface ArgChoice {
  readonly value: string | number;
  readonly label: Readonly<Record<Lang, string>>;
}

export interface ArgSpec {
  readonly name: string;
  readonly label: Readonly<Record<Lang, string>>;
  readonly choices: readonly ArgChoice[];
  /** Optional arguments left at their first choice are omitted from the formula. */
  readonly optional: boolean;
}

export interface FunctionSpec {
  readonly id: string;
  readonly description: Readonly<Record<Lang, string>>;
  readonly args: readonly ArgSpec[];
  readonly evaluate: (args: readonly (string | number)[], lang: Lang) => number | string | (number | string)[][];
}

const both = (text: string): Record<Lang, string> => ({ en: text, fr: text });

const PERIOD: ArgSpec = {
  name: "period",
  label: { en: "Period", fr: "Période" },
  choices: [2023, 2024, 2025, "FY0", "FY-1"].map((value) => ({ value, label: both(String(value)) })),
  optional: false,
};

const UNIT: ArgSpec = {
  name: "unit",
  label: { en: "Unit", fr: "Unité" },
  choices: [
    { value: "B", label: { en: "B — billions of US$", fr: "B — milliards de $" } },
    { value: "M", label: { en: "M — millions of US$", fr: "M — millions de $" } },
    { value: "K", label: { en: "K — thousands of US$", fr: "K — milliers de $" } },
    { value: "U", label: { en: "U — US$", fr: "U — $" } },
  ],
  optional: true,
};

const BASIS: ArgSpec = {
  name: "basis",
  label: { en: "Basis", fr: "Base" },
  choices: [
    {
      value: "report",
      label: { en: "report — as the report prints it", fr: "report — tel que publié par le rapport" },
    },
    {
      value: "filings",
      label: { en: "filings — Amazon's filed figures", fr: "filings — chiffres déposés par Amazon" },
    },
  ],
  optional: true,
};

export const FUNCTION_CATALOGUE: readonly FunctionSpec[] = [
  {
    id: "REVENUE",
    description: { en: "Total net sales for a fiscal year.", fr: "Chiffre d'affaires total d'un exercice." },
    args: [PERIOD, UNIT, BASIS],
    evaluate: ([period, unit, basis]) => api.revenue(period, unit, basis),
  },
];

/** `=AMZN.ID(arg1, "arg2")`, dropping trailing optional arguments left at their default. */
export function buildFormula(spec: FunctionSpec, values: readonly (string | number)[]): string {
  let last = values.length - 1;
  while (last >= 0 && spec.args[last]?.optional && values[last] === spec.args[last]?.choices[0]?.value) last--;
  const literal = (value: string | number): string =>
    typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
  return `=AMZN.${spec.id}(${values
    .slice(0, last + 1)
    .map(literal)
    .join(", ")})`;
}
