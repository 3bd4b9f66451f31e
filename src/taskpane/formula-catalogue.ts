/**
 * Why one file of over 400 lines: it declares what the builder offers for each of the 16 functions
 * (arguments, choices, the number format of its result) in functions.json's order; a test
 * checks it against the metadata, which is easiest on one list.
 *
 * What the formula builder offers: every AMZN function with its arguments (in functions.json's
 * order and names) and the choices or free inputs each takes. Its value is computed by core's one
 * dispatch (answerArgs: the same code the custom function runs), so the preview equals what Excel
 * will show.
 *
 * One invariant keeps the preview honest: the values the formula text writes are exactly the
 * values evaluated. A free input that is not a plain number is written as text (core reads numeric
 * text such as "10%", or explains what is wrong), and a list of amounts is written as an array
 * constant {100,150,200}, which Excel passes as the row [[100,150,200]].
 */
import { answerArgs } from "../core/audit";
import { BRIDGE_METRICS, kpiList, metricList } from "../core/figures";
import { metricsWithClaims } from "../core/reconcile";
import type { Bilingual, CellArg, Lang, Spill } from "../core/runtime";
import {
  FORMAT_BILLIONS_PLAIN,
  FORMAT_MULTIPLE,
  FORMAT_PERCENT_PLAIN,
  FORMAT_WHOLE,
  FORMAT_YEAR,
  formatNumber,
} from "../core/wording";
import { quarterLabel, quartersOf } from "../core/dataset";
import { parseTypedNumber, readNumberField } from "../core/inputs";
import { FUNCTION_NAMES_FR, printArg, printFormula, typedStyle, type FunctionId } from "../core/formula";
import {
  LINE_ITEMS,
  SCENARIO_CASES,
  SCENARIO_PRESETS,
  caseLabel,
  lineItemLabel,
  parseCaseName,
  type ScenarioCase,
  type ScenarioParamId,
} from "../core/scenario";
import * as scenario from "../core/scenario";

/** One argument as the formula writes it: a number, a text, or a row of amounts ({100,150,200}). */
export type ArgValue = number | string | readonly (number | string)[];
/** Arguments in order; undefined is an omitted argument (an empty slot, or dropped at the end). */
export type ArgValues = readonly (ArgValue | undefined)[];
export type Preview = number | string | Spill;

export interface ArgChoice {
  readonly value: number | string;
  readonly label: Bilingual;
  /**
   * The French word core also accepts ("rapporté" for "reported"), written in the formula when
   * the pane is French so that the formula reads as the label says.
   */
  readonly frValue?: string;
}

interface ArgBase {
  /** The parameter's name in functions.json. */
  readonly name: string;
  readonly label: Bilingual;
  /** One line shown under the field. */
  readonly help: Bilingual;
  readonly optional: boolean;
  /** Declared as a matrix (a range): Excel passes even a single value as [[value]]. */
  readonly matrix?: boolean;
}

export interface ChoiceArg extends ArgBase {
  readonly kind: "choice";
  readonly choices: readonly ArgChoice[];
  /** A required argument's initial choice (default: the first). Optional ones start omitted. */
  readonly initial?: number | string;
  /** Optional arguments: the label of the entry that omits the argument. */
  readonly omitted?: Bilingual;
}

export interface TextArg extends ArgBase {
  /** "number": one number; "amounts": numbers separated by ";", written as {a,b,c}. */
  readonly kind: "number" | "amounts";
  /** The text the field starts with ("" = omitted). */
  readonly initial: string;
  /** Shown in the empty field: the value omitting it stands for, given the other arguments. */
  readonly placeholder?: (values: ArgValues, lang: Lang) => string;
  /** A valid value shown in messages about what was typed (default 1). */
  readonly example?: number;
}

export type ArgSpec = ChoiceArg | TextArg;

export interface FunctionSpec {
  readonly id: FunctionId;
  /** The function's name in French Excel: core's one list of French names, never restated here. */
  readonly frName: string;
  readonly description: Bilingual;
  readonly args: readonly ArgSpec[];
  /** The number format of a single-number result, given the arguments (absent: General). */
  readonly format?: (values: ArgValues) => string;
}

// ---------------------------------------------------------------------------------------------
// Reading the fields. A field's state is a string: a choice's value (String(value), "" when
// omitted) or the text typed.

/**
 * A number typed in the pane's language (core/inputs/typed-number.ts): "0,21", "0.21", "1 000", "−5";
 * "21%" is 0.21. Text that is not a number, or that reads as two numbers ("1.000"), is kept as
 * typed: `inputProblems` refuses it under the field before anything is inserted.
 */
export function readNumber(text: string, lang: Lang = "en"): number | string | undefined {
  const typed = parseTypedNumber(text, lang);
  if (typed.kind === "empty") return undefined;
  if (typed.kind !== "number") return text.trim();
  return typed.percent ? typed.value / 100 : typed.value;
}

function amountItems(text: string): string[] {
  const items = text.split(";").map((item) => item.trim());
  while (items.length > 0 && items[items.length - 1] === "") items.pop();
  return items;
}

/** "100; 150; 200" -> [100, 150, 200]; an empty item in the middle is 0 (an empty cell). */
export function readAmounts(text: string, lang: Lang = "en"): (number | string)[] | undefined {
  const items = amountItems(text);
  if (items.length === 0) return undefined;
  return items.map((item) => readNumber(item, lang) ?? 0);
}

/**
 * Fields whose text is not a number the pane can read (malformed, or two possible readings), with
 * the message to show: it names the field's visible label and gives an example to type.
 */
export function inputProblems(spec: FunctionSpec, inputs: readonly string[], lang: Lang): Map<number, string> {
  const problems = new Map<number, string>();
  spec.args.forEach((arg, index) => {
    if (arg.kind === "choice") return;
    const field = {
      label: arg.label[lang],
      unit: "free" as const,
      min: -Infinity,
      max: Infinity,
      example: arg.example ?? 1,
    };
    const texts = arg.kind === "number" ? [inputs[index] ?? ""] : amountItems(inputs[index] ?? "");
    for (const text of texts) {
      const reading = readNumberField(text, field, lang);
      if (!reading.ok) {
        problems.set(index, reading.message);
        return;
      }
    }
  });
  return problems;
}

export function initialInput(arg: ArgSpec): string {
  if (arg.kind !== "choice") return arg.initial;
  return arg.optional ? "" : String(arg.initial ?? arg.choices[0]?.value ?? "");
}

export function initialInputs(spec: FunctionSpec): string[] {
  return spec.args.map(initialInput);
}

export function argValue(arg: ArgSpec, input: string, lang: Lang = "en"): ArgValue | undefined {
  if (arg.kind !== "choice") return arg.kind === "number" ? readNumber(input, lang) : readAmounts(input, lang);
  const choice = arg.choices.find((candidate) => String(candidate.value) === input);
  return lang === "fr" && choice?.frValue !== undefined ? choice.frValue : choice?.value;
}

export function argValues(spec: FunctionSpec, inputs: readonly string[], lang: Lang = "en"): ArgValues {
  return spec.args.map((arg, index) => argValue(arg, inputs[index] ?? "", lang));
}

export function defaultValues(spec: FunctionSpec): ArgValues {
  return argValues(spec, initialInputs(spec));
}

// ---------------------------------------------------------------------------------------------
// The formula and its value.

/** An argument in Excel's invariant syntax (what range.formulas takes); "" when omitted. */
export function literal(value: ArgValue | undefined): string {
  return printArg(value);
}

/** `=AMZN.ID(a,"b",,{1,2})`: trailing omitted arguments dropped, middle ones left empty. */
export function buildFormula(spec: FunctionSpec, values: ArgValues): string {
  return printFormula(spec.id, values);
}

/**
 * The formula as the user's Excel shows it (PRODUCT.md "Messages speak the user's words"): in
 * French, the French function name, ";" between arguments, a decimal comma, and "." between the
 * items of an array constant. Shown in the pane only: the cell receives the invariant
 * `buildFormula` text through range.formulas.
 */
export function displayFormula(spec: FunctionSpec, values: ArgValues, lang: Lang): string {
  return printFormula(spec.id, values, typedStyle(lang));
}

/** The value Excel will show for the formula; `lang` stands for Excel's display language. */
export function evaluate(spec: FunctionSpec, values: ArgValues, lang: Lang): Preview {
  const args = spec.args.map((arg, index): CellArg => {
    const value = values[index];
    if (typeof value === "object") return [[...value]];
    return arg.matrix && value !== undefined ? [[value]] : value;
  });
  // Core's one dispatch, with the arguments as Excel would pass them. Throws AmznError.
  return answerArgs(spec.id, args, lang);
}

/**
 * The arguments a failure can be pinned on: those that fail on their own, every other argument at
 * its initial value (which always evaluates). A failure of the combination pins none.
 */
export function offendingArgs(spec: FunctionSpec, values: ArgValues, lang: Lang): number[] {
  const defaults = defaultValues(spec);
  return spec.args.flatMap((_, index) => {
    if (literal(values[index]) === literal(defaults[index])) return [];
    try {
      evaluate(
        spec,
        defaults.map((value, i) => (i === index ? values[i] : value)),
        lang,
      );
      return [];
    } catch {
      return [index];
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Shared arguments.

const text = (en: string, fr: string): Bilingual => ({ en, fr });
const same = (value: string): Bilingual => text(value, value);
const ids = (choices: readonly { readonly id: string; readonly label: Bilingual }[]): ArgChoice[] =>
  choices.map(({ id, label }) => ({ value: id, label: text(`${id} — ${label.en}`, `${id} — ${label.fr}`) }));

/**
 * Years, then the quarters Amazon's filings have (PRODUCT.md "Quarters": every function that takes
 * a period takes a quarter; the report has none, so a quarter reads the filings).
 */
const PERIODS: readonly ArgChoice[] = [
  ...[2022, 2023, 2024, 2025].map((year) => ({ value: year, label: same(String(year)) })),
  { value: "2026E", label: text("2026E — plan year", "2026E — année de plan") },
  { value: "FY0", label: text("FY0 — latest actual year (2025)", "FY0 — dernier exercice réel (2025)") },
  { value: "FY-1", label: text("FY-1 — the year before (2024)", "FY-1 — l’exercice précédent (2024)") },
  ...quartersOf("filings", "revenue").map(({ year, quarter }) => ({
    value: quarterLabel(year, quarter),
    label: text(
      `${quarterLabel(year, quarter)} — Q${quarter} ${year} (filings)`,
      `${quarterLabel(year, quarter)} — T${quarter} ${year} (comptes publiés)`,
    ),
  })),
];

function period(
  name: string,
  label: Bilingual,
  help: Bilingual,
  initial: number,
  optional = false,
  omitted?: Bilingual,
): ChoiceArg {
  return { kind: "choice", name, label, help, optional, choices: PERIODS, initial, omitted };
}

/** BRIDGE's periods: the years of the filed components, and operating income's quarters and LTM periods. */
const BRIDGE_PERIODS: readonly ArgChoice[] = [
  ...[2022, 2023, 2024, 2025].map((year) => ({ value: year, label: same(String(year)) })),
  ...["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "LTM 2025Q4", "LTM 2026Q1"].map((p) => ({
    value: p,
    label: same(p),
  })),
];

function bridgePeriod(name: string, label: Bilingual, help: Bilingual, initial: number): ChoiceArg {
  return { kind: "choice", name, label, help, optional: false, choices: BRIDGE_PERIODS, initial };
}

const PERIOD = period(
  "period",
  text("Period", "Période"),
  text(
    "Fiscal year or quarter; FY0 is the latest actual year, 2026E the plan year.",
    "Exercice ou trimestre ; FY0 est le dernier exercice réel, 2026E l’année de plan.",
  ),
  2024,
);

const UNIT: ChoiceArg = {
  kind: "choice",
  name: "unit",
  label: text("Unit", "Unité"),
  help: text(
    "Money in billions, millions, thousands or dollars; ratios and counts ignore it.",
    "Montants en milliards, millions, milliers ou dollars ; sans effet sur les ratios et effectifs.",
  ),
  optional: true,
  omitted: text("Default — B, billions of US$", "Par défaut — B, milliards de $"),
  choices: [
    { value: "B", label: text("B — billions of US$", "B — milliards de $") },
    { value: "M", label: text("M — millions of US$", "M — millions de $") },
    { value: "K", label: text("K — thousands of US$", "K — milliers de $") },
    { value: "U", label: text("U — US$", "U — $") },
  ],
};

const BASIS: ChoiceArg = {
  kind: "choice",
  name: "basis",
  label: text("Basis", "Base"),
  help: text(
    "The report’s figures as printed, or Amazon’s filed figures (M$ as filed, converted to the unit).",
    "Les chiffres du rapport tels qu’imprimés, ou les chiffres déposés par Amazon (convertis dans l’unité).",
  ),
  optional: true,
  omitted: text(
    "Default — report (filings when the report lacks the figure)",
    "Par défaut — rapport (comptes publiés si le rapport n’a pas le chiffre)",
  ),
  choices: [
    { value: "report", label: text("report — as the report prints it", "report — tel que le rapport l’imprime") },
    { value: "filings", label: text("filings — Amazon’s filed figures", "filings — chiffres déposés par Amazon") },
  ],
};

const LANG: ChoiceArg = {
  kind: "choice",
  name: "lang",
  label: text("Labels", "Libellés"),
  help: text("Language of the labels in the result.", "Langue des libellés du résultat."),
  optional: true,
  omitted: text("Default — Excel’s display language", "Par défaut — langue d’affichage d’Excel"),
  choices: [
    { value: "en", label: text("en — English", "en — anglais") },
    { value: "fr", label: text("fr — French", "fr — français") },
  ],
};

const METRIC_CHOICES = ids(metricList());

function metricArg(name: string, help: Bilingual, choices: readonly ArgChoice[] = METRIC_CHOICES): ChoiceArg {
  return { kind: "choice", name, label: text("Metric", "Indicateur"), help, optional: false, choices };
}

const METRIC = metricArg("metric", text("Any metric of the dataset.", "N’importe quel indicateur du jeu de données."));

// ---------------------------------------------------------------------------------------------
// Number formats of single-number results (core/wording's plain style), written with the formula
// and used by the preview.

/** B$ with one decimal; millions, thousands and dollars as whole numbers. */
function moneyFormat(unit: ArgValue | undefined): string {
  return unit === undefined || (typeof unit === "string" && /^\s*(b|mds?|bn)?\s*$/i.test(unit))
    ? FORMAT_BILLIONS_PLAIN
    : FORMAT_WHOLE;
}

function kindFormat(kind: MetricKindName, unit: ArgValue | undefined): string {
  if (kind === "ratio") return FORMAT_PERCENT_PLAIN;
  if (kind === "count") return FORMAT_WHOLE;
  return moneyFormat(unit);
}

type MetricKindName = ReturnType<typeof metricList>[number]["kind"];

/** A yearly figure function: REVENUE, NET_INCOME, AWS_REVENUE. */
function figure(id: FunctionId, description: Bilingual): FunctionDeclaration {
  return { id, description, args: [PERIOD, UNIT, BASIS], format: (values) => moneyFormat(values[1]) };
}

// ---------------------------------------------------------------------------------------------
// CAPEX_SCENARIO's numeric overrides: empty takes the chosen case's value (the placeholder).

function chosenCase(values: ArgValues): ScenarioCase {
  const value = values[0];
  try {
    return typeof value === "string" ? parseCaseName(value) : "base";
  } catch {
    return "base";
  }
}

function override(name: string, preset: ScenarioParamId, label: Bilingual, help: Bilingual): TextArg {
  return {
    kind: "number",
    name,
    label,
    help,
    optional: true,
    initial: "",
    // The bull case's value: non-zero for every parameter, so the example shows its unit.
    example: SCENARIO_PRESETS.bull[preset],
    placeholder: (values, lang) => {
      const value = SCENARIO_PRESETS[chosenCase(values)][preset];
      return preset === "startYear" ? String(value) : formatNumber(value, lang);
    },
  };
}

const OVERRIDES: readonly TextArg[] = [
  override(
    "capex",
    "capex",
    text("First-year capex (B$)", "Investissements de la 1re année (Mds$)"),
    text("Empty: 200, the report’s 2026 plan.", "Vide : 200, le plan 2026 du rapport."),
  ),
  override(
    "capex_growth",
    "capexGrowth",
    text("Capex growth per year (fraction)", "Croissance annuelle des investissements (fraction)"),
    text("0.1 = +10% a year after the first year.", "0,1 = +10 % par an après la première année."),
  ),
  override(
    "years",
    "years",
    text("Horizon (years)", "Horizon (années)"),
    text("A whole number from 1 to 30.", "Un nombre entier de 1 à 30."),
  ),
  override(
    "useful_life",
    "usefulLife",
    text("Useful life (years)", "Durée d’utilité (années)"),
    text("Straight-line, a whole number from 1 to 50.", "Linéaire, un nombre entier de 1 à 50."),
  ),
  override(
    "revenue_yield",
    "revenueYield",
    text("Revenue yield", "Rendement en chiffre d’affaires"),
    text(
      "Yearly revenue per $ of capex in service, e.g. 0.45.",
      "Chiffre d’affaires annuel par $ investi en service, p. ex. 0,45.",
    ),
  ),
  override(
    "ebitda_margin",
    "ebitdaMargin",
    text("EBITDA margin (fraction)", "Marge d’EBITDA (fraction)"),
    text("From −1 to 1: 0.55 = 55%.", "De −1 à 1 : 0,55 = 55 %."),
  ),
  override(
    "tax_rate",
    "taxRate",
    text("Tax rate (fraction)", "Taux d’imposition (fraction)"),
    text("From 0 to 1: 0.21 = 21%.", "De 0 à 1 : 0,21 = 21 %."),
  ),
  override(
    "start_year",
    "startYear",
    text("First year", "Première année"),
    text("Calendar year of the first column.", "Année civile de la première colonne."),
  ),
];

// ---------------------------------------------------------------------------------------------
// The catalogue, in functions.json's order.

/** A catalogue entry as declared: its French name comes from the one list (FUNCTION_NAMES_FR). */
type FunctionDeclaration = Omit<FunctionSpec, "frName">;

const DECLARATIONS: readonly FunctionDeclaration[] = [
  figure("REVENUE", text("Total net sales for a fiscal year.", "Chiffre d’affaires total d’un exercice.")),
  figure("NET_INCOME", text("Net income for a fiscal year.", "Résultat net d’un exercice.")),
  figure("AWS_REVENUE", text("AWS net sales for a fiscal year.", "Chiffre d’affaires d’AWS pour un exercice.")),
  {
    id: "METRIC",
    description: text("Any metric of the dataset for a fiscal year.", "N’importe quel indicateur pour un exercice."),
    args: [METRIC, PERIOD, UNIT, BASIS],
    format: (values) => kindFormat(metricList().find((info) => info.id === values[0])?.kind ?? "money", values[2]),
  },
  {
    id: "GROWTH",
    description: text(
      "Growth of a metric between two years, as a fraction (0.12 = 12%).",
      "Croissance d’un indicateur entre deux années, en fraction (0,12 = 12 %).",
    ),
    args: [
      METRIC,
      period(
        "from",
        text("From", "Début"),
        text(
          "Start year or quarter, before the end, of the same kind.",
          "Année ou trimestre de départ, avant l’arrivée, de même nature.",
        ),
        2023,
      ),
      period("to", text("To", "Fin"), text("End year or quarter.", "Année ou trimestre d’arrivée."), 2025),
      {
        kind: "choice",
        name: "method",
        label: text("Method", "Méthode"),
        help: text(
          "How the two years compare; “reported” is the rate the report prints (consecutive years).",
          "Comment comparer les deux années ; « rapporté » est le taux imprimé par le rapport (années consécutives).",
        ),
        optional: true,
        omitted: text("Default — total", "Par défaut — total"),
        choices: [
          { value: "total", label: text("total — to/from − 1", "total — fin/début − 1") },
          { value: "cagr", label: text("cagr — compound annual growth", "cagr — taux de croissance annuel moyen") },
          { value: "multiple", label: text("multiple — to/from", "multiple — fin/début") },
          {
            value: "reported",
            frValue: "rapporté",
            label: text("reported — the rate the report prints", "rapporté — le taux imprimé par le rapport"),
          },
        ],
      },
      BASIS,
    ],
    format: (values) => (values[3] === "multiple" ? FORMAT_MULTIPLE : FORMAT_PERCENT_PLAIN),
  },
  {
    id: "SERIES",
    description: text(
      "A metric by year, as a spill: years across.",
      "Un indicateur par année, en plage dynamique : années en colonnes.",
    ),
    args: [
      {
        ...metricArg(
          "metrics",
          text(
            "One row per metric; in Excel, also a range of ids.",
            "Une ligne par indicateur ; dans Excel, aussi une plage d’identifiants.",
          ),
        ),
        matrix: true,
      },
      period(
        "from",
        text("From", "Début"),
        text("First year.", "Première année."),
        2023,
        true,
        text("Default — the first year the metric has", "Par défaut — la première année disponible"),
      ),
      period(
        "to",
        text("To", "Fin"),
        text("Last year.", "Dernière année."),
        2025,
        true,
        text("Default — the last year the metric has", "Par défaut — la dernière année disponible"),
      ),
      UNIT,
      BASIS,
      {
        kind: "choice",
        name: "headers",
        label: text("Headers", "En-têtes"),
        help: text(
          "A year row and a label column, or the values alone.",
          "Une ligne d’années et une colonne de libellés, ou les valeurs seules.",
        ),
        optional: true,
        omitted: text("Default — 1, with headers", "Par défaut — 1, avec en-têtes"),
        choices: [
          { value: 1, label: text("1 — with headers", "1 — avec en-têtes") },
          { value: 0, label: text("0 — values only", "0 — valeurs seules") },
        ],
      },
    ],
  },
  {
    id: "TABLE",
    description: text("One of the report’s tables as printed.", "Un des tableaux du rapport, tel qu’imprimé."),
    args: [
      {
        kind: "choice",
        name: "table",
        label: text("Table", "Tableau"),
        help: text("A section of the report.", "Une section du rapport."),
        optional: false,
        choices: [
          { value: "results", label: text("results — §1 financial results", "results — §1 résultats financiers") },
          { value: "aws", label: text("aws — §2 AWS", "aws — §2 AWS") },
          { value: "kpis", label: text("kpis — §3–§6 AI indicators", "kpis — §3–§6 indicateurs IA") },
        ],
      },
      LANG,
    ],
  },
  {
    id: "KPI",
    description: text("A non-yearly indicator of the report.", "Un indicateur du rapport sans année."),
    args: [
      {
        kind: "choice",
        name: "name",
        label: text("Indicator", "Indicateur"),
        help: text("A count, a fraction or B$.", "Un effectif, une fraction ou des Mds$."),
        optional: false,
        choices: ids(kpiList()),
      },
    ],
    format: (values) => kindFormat(kpiList().find((info) => info.id === values[0])?.kind ?? "count", undefined),
  },
  {
    id: "METRICS",
    description: text(
      "The catalogue of metrics: id, label, unit, years, source.",
      "Le catalogue des indicateurs : identifiant, libellé, unité, années, source.",
    ),
    args: [LANG],
  },
  {
    id: "SOURCE",
    description: text("Where a figure comes from, as text.", "D’où vient un chiffre, en texte."),
    args: [
      metricArg("metric", text("A metric or a KPI.", "Un indicateur ou un KPI."), [
        ...METRIC_CHOICES,
        ...ids(kpiList()),
      ]),
      period(
        "period",
        text("Period", "Période"),
        text("Leave empty for a KPI.", "Laissez vide pour un KPI."),
        2024,
        true,
        text("None — every year", "Aucune — toutes les années"),
      ),
      BASIS,
      LANG,
    ],
  },
  {
    id: "GUIDANCE",
    description: text(
      "Amazon’s guidance for a quarter: low, high, actual, actual − midpoint.",
      "Les prévisions d’Amazon pour un trimestre : bas, haut, réel, réel − milieu.",
    ),
    args: [
      metricArg("metric", text("Net sales or operating income.", "Ventes ou résultat opérationnel."), [
        { value: "revenue", label: text("revenue — net sales", "revenue — ventes nettes") },
        {
          value: "operating_income",
          label: text("operating_income — operating income", "operating_income — résultat opérationnel"),
        },
      ]),
      {
        kind: "choice",
        name: "quarter",
        label: text("Quarter", "Trimestre"),
        help: text("A guided quarter, Q1 2025 to Q2 2026.", "Un trimestre couvert, du T1 2025 au T2 2026."),
        optional: false,
        choices: ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2"].map((q) => ({
          value: q,
          label: same(q),
        })),
        initial: "2025Q4",
      },
      UNIT,
    ],
  },
  {
    id: "RECONCILE",
    description: text(
      "The report’s growth rates, margins and multiples against its figures and the filings.",
      "Les taux, marges et multiples du rapport confrontés à ses chiffres et aux comptes publiés.",
    ),
    args: [
      {
        ...metricArg(
          "metric",
          text("Only the claims about this metric.", "Seulement les affirmations sur cet indicateur."),
          METRIC_CHOICES.filter((choice) => metricsWithClaims().some((id) => id === choice.value)),
        ),
        optional: true,
        omitted: text("All claims", "Toutes les affirmations"),
      },
      LANG,
    ],
  },
  {
    id: "BRIDGE",
    description: text(
      "Where a change in profit came from: the start, one step per filed component, the end.",
      "D’où vient une variation du bénéfice : le début, une étape par composante publiée, la fin.",
    ),
    args: [
      metricArg(
        "metric",
        text("Net income or operating income.", "Résultat net ou résultat opérationnel."),
        METRIC_CHOICES.filter((choice) => BRIDGE_METRICS.some((id) => id === choice.value)),
      ),
      bridgePeriod("from", text("From", "Début"), text("Start period.", "Période de départ."), 2023),
      bridgePeriod(
        "to",
        text("To", "Fin"),
        text("End period, of the same kind as the start.", "Période d’arrivée, de même nature que le début."),
        2025,
      ),
      UNIT,
      LANG,
    ],
  },
  {
    id: "DEPRECIATION",
    description: text(
      "Straight-line depreciation of yearly capex amounts.",
      "Amortissement linéaire de montants d’investissement annuels.",
    ),
    args: [
      {
        kind: "amounts",
        name: "capex",
        label: text("Capex by year", "Investissements par année"),
        help: text(
          "Amounts separated by semicolons: 100; 150; 200.",
          "Montants séparés par des points-virgules : 100; 150; 200.",
        ),
        optional: false,
        matrix: true,
        initial: "100; 150; 200",
        example: 100,
      },
      {
        kind: "number",
        name: "useful_life",
        label: text("Useful life (years)", "Durée d’utilité (années)"),
        help: text("A whole number from 1 to 50.", "Un nombre entier de 1 à 50."),
        optional: false,
        initial: "5",
        example: 5,
      },
      {
        kind: "choice",
        name: "convention",
        label: text("Convention", "Convention"),
        help: text(
          "“half” charges half a year in the first year and after the life ends.",
          "« half » compte une demi-année la première année et après la fin de vie.",
        ),
        optional: true,
        omitted: text("Default — full", "Par défaut — full"),
        choices: [
          {
            value: "full",
            label: text(
              "full — a full year’s charge from the first year",
              "full — une année pleine dès la première année",
            ),
          },
          { value: "half", label: text("half — half-year convention", "half — convention de la demi-année") },
        ],
      },
    ],
  },
  {
    id: "CAPEX_SCENARIO",
    description: text(
      "An illustrative model of the 2026 capex plan; empty fields take the case’s value.",
      "Un modèle illustratif du plan d’investissement 2026 ; les champs vides prennent la valeur du cas.",
    ),
    args: [
      {
        kind: "choice",
        name: "case_name",
        label: text("Case", "Cas"),
        help: text("The preset for every empty field.", "Les valeurs prises par chaque champ vide."),
        optional: true,
        omitted: text("Default — base", "Par défaut — base"),
        choices: SCENARIO_CASES.map((value) => ({
          value,
          label: text(`${value} — ${caseLabel(value, "en")}`, `${value} — ${caseLabel(value, "fr")}`),
        })),
      },
      ...OVERRIDES,
      {
        kind: "choice",
        name: "output",
        label: text("Output", "Sortie"),
        help: text("One line item alone, without label.", "Un seul poste, sans libellé."),
        optional: true,
        omitted: text("Default — every line item", "Par défaut — tous les postes"),
        choices: [
          ...LINE_ITEMS.map((value) => ({
            value,
            label: text(`${value} — ${lineItemLabel(value, "en")}`, `${value} — ${lineItemLabel(value, "fr")}`),
          })),
          { value: "payback", label: text("payback — payback year", "payback — année de retour sur investissement") },
          { value: "npv", label: text("npv — net present value (B$)", "npv — valeur actuelle nette (Mds$)") },
          { value: "irr", label: text("irr — internal rate of return", "irr — taux de rendement interne") },
        ],
      },
      override(
        "discount_rate",
        "discountRate",
        text("Discount rate (fraction)", "Taux d’actualisation (fraction)"),
        text("For NPV, from 0 to 0.5: 0.09 = 9%.", "Pour la VAN, de 0 à 0,5 : 0,09 = 9 %."),
      ),
    ],
    format: (values) =>
      values[9] === "payback" ? FORMAT_YEAR : values[9] === "irr" ? FORMAT_PERCENT_PLAIN : FORMAT_BILLIONS_PLAIN,
  },
  {
    id: "SENSITIVITY",
    description: text(
      "A grid of one scenario output over two inputs; each cell is CAPEX_SCENARIO with those two set.",
      "Une grille d’un résultat du scénario selon deux hypothèses ; chaque cellule vaut SCENARIO_INVESTISSEMENT avec ces deux-là.",
    ),
    args: [
      {
        kind: "choice",
        name: "output",
        label: text("Output", "Sortie"),
        help: text("What each cell shows.", "Ce que montre chaque cellule."),
        optional: false,
        choices: scenario.SENSITIVITY_OUTPUTS.map((value) => ({
          value,
          label: text(
            `${value} — ${scenario.sensitivityOutputLabel(value, "en")}`,
            `${value} — ${scenario.sensitivityOutputLabel(value, "fr")}`,
          ),
        })),
      },
      sensitivityInput("row_input", text("Rows vary", "Les lignes font varier"), "usefulLife"),
      sensitivityValues("row_values", text("Row values", "Valeurs des lignes"), "4; 5; 6", 5),
      sensitivityInput("col_input", text("Columns vary", "Les colonnes font varier"), "revenueYield"),
      sensitivityValues("col_values", text("Column values", "Valeurs des colonnes"), "0.3; 0.45; 0.6", 0.45),
      {
        kind: "choice",
        name: "case_name",
        label: text("Case", "Cas"),
        help: text("The preset for every input not given.", "Les valeurs de chaque hypothèse non donnée."),
        optional: true,
        omitted: text("Default — base", "Par défaut — base"),
        choices: SCENARIO_CASES.map((value) => ({
          value,
          label: text(`${value} — ${caseLabel(value, "en")}`, `${value} — ${caseLabel(value, "fr")}`),
        })),
      },
      ...OVERRIDES,
      override(
        "discount_rate",
        "discountRate",
        text("Discount rate (fraction)", "Taux d’actualisation (fraction)"),
        text("For NPV, from 0 to 0.5: 0.09 = 9%.", "Pour la VAN, de 0 à 0,5 : 0,09 = 9 %."),
      ),
    ],
  },
];

export const FUNCTION_CATALOGUE: readonly FunctionSpec[] = DECLARATIONS.map((spec) => ({
  ...spec,
  frName: FUNCTION_NAMES_FR[spec.id],
}));

/** A SENSITIVITY input: CAPEX_SCENARIO's parameters a grid can vary, by their argument names. */
function sensitivityInput(name: string, label: Bilingual, initial: ScenarioParamId): ChoiceArg {
  return {
    kind: "choice",
    name,
    label,
    help: text("A parameter of CAPEX_SCENARIO.", "Un paramètre de SCENARIO_INVESTISSEMENT."),
    optional: false,
    initial: scenario.SCENARIO_PARAM_INFO[initial].name.en,
    choices: scenario.SENSITIVITY_INPUTS.map((id) => {
      const info = scenario.SCENARIO_PARAM_INFO[id];
      return { value: info.name.en, label: text(info.name.en, info.name.fr), frValue: info.name.fr };
    }),
  };
}

/** A SENSITIVITY list of values, written as a row {a,b,c}. */
function sensitivityValues(name: string, label: Bilingual, initial: string, example: number): TextArg {
  return {
    kind: "amounts",
    name,
    label,
    help: text(
      "1 to 25 values separated by semicolons, each valid for the input.",
      "De 1 à 25 valeurs séparées par des points-virgules, chacune valide pour l’hypothèse.",
    ),
    optional: false,
    matrix: true,
    initial,
    example,
  };
}
