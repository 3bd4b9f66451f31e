/**
 * The help pages served with the add-in (assets/help/{en,fr}/<id>.html and an index per language),
 * generated from the two functions metadata files and the examples of help-examples.ts, whose
 * results come from core. Pure: metadata in, a map of file path -> page text out; the test
 * (help-pages.test.ts) compares it with the committed files and rewrites them on UPDATE_GOLDEN=1.
 *
 * Pages are polyglot XHTML (well-formed XML, served as HTML) under a Content-Security-Policy of
 * default-src 'self': one shared stylesheet (assets/help/help.css), no script, no style attribute,
 * relative links only, so they work from any base URL the build publishes to.
 */
import { answerArgs } from "../../src/core/audit";
import { isFunctionId } from "../../src/core/formula";
import { AmznError, type CellArg, type Lang, type Spill } from "../../src/core/runtime";
import type { FunctionMetadata, ParameterMetadata } from "./functions-metadata";
import type { Arg, Bilingual, Example, FunctionHelp, Result } from "./help-examples";
import type { Card } from "../../src/core/figures";

export const HELP_DIR = "assets/help";
export const LANGS: readonly Lang[] = ["en", "fr"];
const DEFAULT_SPILL_ROWS = 6;

// ---------------------------------------------------------------------------------------------
// Text

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text or attribute value as HTML: &, <, >, " and ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const other = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");

const T = {
  siteTitle: { en: "Amazon AI Report: Excel functions", fr: "Rapport IA d'Amazon : fonctions Excel" },
  helpOf: { en: "Amazon AI Report help", fr: "Aide du Rapport IA d'Amazon" },
  allFunctions: { en: "All functions", fr: "Toutes les fonctions" },
  otherLanguage: { en: "Français", fr: "English" },
  otherName: { en: "French name", fr: "Nom anglais" },
  syntax: { en: "Syntax", fr: "Syntaxe" },
  arguments: { en: "Arguments", fr: "Arguments" },
  argument: { en: "Argument", fr: "Argument" },
  use: { en: "Required?", fr: "Obligatoire ?" },
  description: { en: "Description", fr: "Description" },
  required: { en: "Required", fr: "Obligatoire" },
  optional: { en: "Optional", fr: "Facultatif" },
  range: { en: "range or array", fr: "plage ou matrice" },
  noArguments: { en: "This function takes no argument.", fr: "Cette fonction n'a pas d'argument." },
  result: { en: "Result", fr: "Résultat" },
  examples: { en: "Examples", fr: "Exemples" },
  errors: { en: "Errors", fr: "Erreurs" },
  formula: { en: "Formula", fr: "Formule" },
  error: { en: "Error", fr: "Erreur" },
  message: { en: "Message", fr: "Message" },
  returns: { en: "Returns", fr: "Renvoie" },
  returnsText: { en: "Returns the text", fr: "Renvoie le texte" },
  functions: { en: "Functions", fr: "Fonctions" },
  function: { en: "Function", fr: "Fonction" },
  summary: { en: "What it returns", fr: "Ce qu'elle renvoie" },
  card: { en: "Example card", fr: "Exemple de carte" },
  cardIntro: {
    en: "In Excel with data types from custom functions (CustomFunctionsRuntime 1.4 and ExcelApi 1.19: Microsoft 365 on the web, Windows 2208+ or Mac 16.64+), the cell holds the number with its source: it calculates as the plain number (=A1*2 works), and its card, opened from the cell's icon, shows the following. The card speaks Excel's display language. Elsewhere, or with \"Figures carry their source\" turned off in the task pane, the plain number.",
    fr: "Dans un Excel qui accepte les types de données des fonctions personnalisées (CustomFunctionsRuntime 1.4 et ExcelApi 1.19 : Microsoft 365 sur le web, Windows 2208+ ou Mac 16.64+), la cellule contient le nombre avec sa source : il se calcule comme le nombre seul (=A1*2 fonctionne), et sa carte, ouverte depuis l'icône de la cellule, montre ce qui suit. La carte parle la langue d'affichage d'Excel. Ailleurs, ou si « Les chiffres portent leur source » est désactivé dans le volet, le nombre seul.",
  },
  property: { en: "Property", fr: "Propriété" },
  value: { en: "Value", fr: "Valeur" },
} as const satisfies Record<string, Bilingual>;

const RESULT_TEXT: Readonly<Record<string, Bilingual>> = {
  number: { en: "A number.", fr: "Un nombre." },
  string: { en: "A text.", fr: "Un texte." },
  matrix: {
    en: "A dynamic array: it spills into the cells below and to the right, which must be empty (#SPILL! otherwise).",
    fr: "Une matrice dynamique : elle se déverse dans les cellules en dessous et à droite, qui doivent être vides (sinon #EPARS!).",
  },
};

const ERROR_CODES: Readonly<Record<AmznError["kind"], Bilingual>> = {
  value: { en: "#VALUE!", fr: "#VALEUR!" },
  na: { en: "#N/A", fr: "#N/A" },
};

const ERROR_MEANINGS: Readonly<Record<AmznError["kind"], Bilingual>> = {
  value: {
    en: "malformed or impossible input: an unknown metric, unit or basis, a period that is not a year, text where a number is expected, a number outside its valid range (a useful life of 0, a tax rate of 21 meant as 21%). Excel shows the message only with #VALUE! and #N/A, so these are the only two codes.",
    fr: "saisie incorrecte ou impossible : indicateur, unité ou base inconnus, période qui n'est pas une année, texte à la place d'un nombre, nombre hors de ses limites (durée d'utilité de 0, taux d'imposition de 21 pour 21 %). Excel n'affiche le message qu'avec #VALEUR! et #N/A : ce sont les deux seuls codes.",
  },
  na: {
    en: "the dataset lacks the figure: a year or a metric the chosen basis does not have.",
    fr: "le chiffre manque au jeu de données : année ou indicateur absents de la base choisie.",
  },
};

/** French puts a space before a colon. */
const colon = (lang: Lang): string => (lang === "fr" ? " : " : ": ");

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A number as Excel's General format shows it in a standard column: at most 6 significant digits. */
export function formatNumber(value: number, lang: Lang): string {
  let text: string;
  if (Number.isInteger(value)) text = String(value);
  else if (Math.abs(value) < 1e-4) {
    // Too long for a column in fixed notation: Excel switches to scientific, 9.10775E-05.
    const [mantissa = "", exponent = "0"] = value.toExponential(5).split("e");
    const digits = String(Math.abs(Number(exponent))).padStart(2, "0");
    text = `${Number(mantissa)}E${Number(exponent) < 0 ? "-" : "+"}${digits}`;
  } else text = String(Number(value.toPrecision(6)));
  return lang === "fr" ? text.replace(".", ",") : text;
}

function formatPercent(value: number, lang: Lang): string {
  const text = formatNumber(Number((value * 100).toFixed(1)), lang);
  return lang === "fr" ? `${text} %` : `${text}%`;
}

/** The formula as the user types it: "," and "." in English Excel, ";" and "," in French Excel. */
export function formulaText(name: string, args: readonly Arg[], lang: Lang): string {
  let count = args.length;
  while (count > 0 && args[count - 1] === null) count -= 1;
  const parts = args.slice(0, count).map((arg) => {
    if (arg === null) return "";
    if (typeof arg === "number") return formatNumber(arg, lang);
    if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
    return arg.ref;
  });
  return `=AMZN.${name}(${parts.join(lang === "fr" ? ";" : ",")})`;
}

function cellText(value: number | string, lang: Lang): string {
  return typeof value === "number" ? formatNumber(value, lang) : value;
}

function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "fr" ? "et" : "and"} ${items[items.length - 1] ?? ""}`;
}

// ---------------------------------------------------------------------------------------------
// Running the examples

type Outcome = { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: AmznError };

function argsFor(example: Example, lang: Lang): readonly Arg[] {
  return lang === "fr" ? (example.argsFr ?? example.args) : example.args;
}

/** Excel's raw arguments: ranges as matrices, a single value for a range parameter as a 1×1 matrix. */
function excelArgs(args: readonly Arg[], parameters: readonly ParameterMetadata[]): (Result | undefined)[] {
  return args.map((arg, index) => {
    if (arg === null) return undefined;
    if (typeof arg === "object") return arg.values.map((row) => [...row]);
    return parameters[index]?.dimensionality === "matrix" ? [[arg]] : arg;
  });
}

function run(help: FunctionHelp, fn: FunctionMetadata, args: readonly Arg[], lang: Lang): Outcome {
  try {
    if (!isFunctionId(fn.id)) throw new Error(`no AMZN function ${fn.id}`);
    return { ok: true, value: answerArgs(fn.id, excelArgs(args, fn.parameters) as CellArg[], lang) };
  } catch (error) {
    if (error instanceof AmznError) return { ok: false, error };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Markup

function page(lang: Lang, title: string, alternate: string, body: readonly string[]): string {
  return [
    "<!DOCTYPE html>",
    `<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}" xml:lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"/>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="../help.css"/>',
    `<link rel="alternate" hreflang="${other(lang)}" href="${escapeHtml(alternate)}"/>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function nav(lang: Lang, alternate: string, withIndex: boolean): string {
  const index = withIndex ? `<a href="index.html">${escapeHtml(T.allFunctions[lang])}</a> ` : "";
  const otherLang = other(lang);
  return (
    `<nav>${index}<a href="${escapeHtml(alternate)}" hreflang="${otherLang}" lang="${otherLang}" xml:lang="${otherLang}">` +
    `${escapeHtml(T.otherLanguage[lang])}</a></nav>`
  );
}

function spillTable(spill: Spill, rows: number, lang: Lang): string[] {
  const shown = spill.slice(0, rows);
  const width = spill[0]?.length ?? 0;
  const size =
    lang === "fr"
      ? `Se déverse sur ${plural(spill.length, "ligne", "lignes")} × ${plural(width, "colonne", "colonnes")}`
      : `Spills into ${plural(spill.length, "row", "rows")} × ${plural(width, "column", "columns")}`;
  const part =
    shown.length < spill.length
      ? lang === "fr"
        ? ` ; les ${shown.length} premières :`
        : `; the first ${shown.length}:`
      : lang === "fr"
        ? " :"
        : ":";
  return [
    `<p class="result">${escapeHtml(size + part)}</p>`,
    '<div class="spill">',
    "<table>",
    "<tbody>",
    ...shown.map(
      (row) =>
        `<tr>${row
          .map(
            (cell) => `<td${typeof cell === "number" ? ' class="num"' : ""}>${escapeHtml(cellText(cell, lang))}</td>`,
          )
          .join("")}</tr>`,
    ),
    "</tbody>",
    "</table>",
    "</div>",
  ];
}

function resultMarkup(value: Result, example: Example, lang: Lang): string[] {
  const single = Array.isArray(value) && value.length === 1 && value[0]?.length === 1 ? value[0][0] : value;
  if (typeof single === "number") {
    const percent = example.percent ? ` (${formatPercent(single, lang)})` : "";
    return [
      `<p class="result">${escapeHtml(T.returns[lang])} <samp>${escapeHtml(formatNumber(single, lang))}</samp>${escapeHtml(percent)}</p>`,
    ];
  }
  if (typeof single === "string") {
    return [`<p class="result">${escapeHtml(T.returnsText[lang])} <samp>${escapeHtml(single)}</samp></p>`];
  }
  return spillTable(single as Spill, example.rows ?? DEFAULT_SPILL_ROWS, lang);
}

function setupMarkup(args: readonly Arg[], lang: Lang): string[] {
  return args.flatMap((arg) => {
    if (arg === null || typeof arg !== "object") return [];
    const values = listText(
      arg.values.flat().map((v) => cellText(v, lang)),
      lang,
    );
    const text = lang === "fr" ? `Avec ${values} dans ${arg.ref} :` : `With ${values} in ${arg.ref}:`;
    return [`<p class="setup">${escapeHtml(text)}</p>`];
  });
}

function exampleMarkup(fn: FunctionMetadata, help: FunctionHelp, example: Example, name: string, lang: Lang): string[] {
  const args = argsFor(example, lang);
  const outcome = run(help, fn, args, lang);
  const formula = formulaText(name, args, lang);
  if (!outcome.ok) {
    throw new Error(`help example ${formula} fails: ${outcome.error.kind} ${outcome.error.messages.en}`);
  }
  return [
    '<div class="example">',
    ...setupMarkup(args, lang),
    `<p class="formula"><code>${escapeHtml(formula)}</code></p>`,
    ...resultMarkup(outcome.value, example, lang),
    ...(example.note ? [`<p class="note">${escapeHtml(example.note[lang])}</p>`] : []),
    "</div>",
  ];
}

function errorsMarkup(fn: FunctionMetadata, help: FunctionHelp, name: string, lang: Lang): string[] {
  const rows = help.errors.map((example) => {
    const args = argsFor(example, lang);
    const formula = formulaText(name, args, lang);
    const outcome = run(help, fn, args, lang);
    if (outcome.ok || outcome.error.kind !== example.kind) {
      const got = outcome.ok ? `the value ${JSON.stringify(outcome.value)}` : outcome.error.kind;
      throw new Error(`help error example ${formula} should give ${example.kind}, gives ${got}`);
    }
    const setup = setupMarkup(args, lang).map((line) => line.replace(/^<p class="setup">|<\/p>$/g, ""));
    return (
      `<tr><td>${setup.map((s) => `${s}<br/>`).join("")}<code>${escapeHtml(formula)}</code></td>` +
      `<td><samp>${escapeHtml(ERROR_CODES[example.kind][lang])}</samp></td>` +
      `<td>${escapeHtml(outcome.error.messageIn(lang))}</td></tr>`
    );
  });
  return [
    "<table>",
    `<thead><tr><th>${T.formula[lang]}</th><th>${T.error[lang]}</th><th>${T.message[lang]}</th></tr></thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
  ];
}

/** The card of the page's first example, as Excel's card shows it: a title, then its sections. */
function cardMarkup(fn: FunctionMetadata, help: FunctionHelp, name: string, lang: Lang): string[] {
  const example = help.examples[0];
  if (help.card === undefined || example === undefined) return [];
  const args = argsFor(example, lang);
  const card: Card = help.card(excelArgs(args, fn.parameters) as CellArg[], lang);
  const values = new Map(card.properties.map((p) => [p.name, p.value]));
  return [
    `<h2>${escapeHtml(T.card[lang])}</h2>`,
    `<p>${escapeHtml(T.cardIntro[lang])}</p>`,
    '<div class="card">',
    `<p class="formula"><code>${escapeHtml(formulaText(name, args, lang))}</code></p>`,
    `<p class="card-title"><strong>${escapeHtml(card.title)}</strong> <samp>${escapeHtml(formatNumber(card.value, lang))}</samp></p>`,
    ...card.sections.flatMap((section) => [
      ...(section.title === undefined ? [] : [`<h3>${escapeHtml(section.title)}</h3>`]),
      "<table>",
      `<thead><tr><th>${T.property[lang]}</th><th>${T.value[lang]}</th></tr></thead>`,
      "<tbody>",
      ...section.properties.map((property) => {
        const value = values.get(property) ?? "";
        const cell = typeof value === "number" ? formatNumber(value, lang) : value;
        return `<tr><td>${escapeHtml(property)}</td><td${typeof value === "number" ? ' class="num"' : ""}>${escapeHtml(cell)}</td></tr>`;
      }),
      "</tbody>",
      "</table>",
    ]),
    "</div>",
  ];
}

function argumentsMarkup(fn: FunctionMetadata, lang: Lang): string[] {
  if (fn.parameters.length === 0) return [`<p>${escapeHtml(T.noArguments[lang])}</p>`];
  return [
    "<table>",
    `<thead><tr><th>${T.argument[lang]}</th><th>${escapeHtml(T.use[lang])}</th><th>${T.description[lang]}</th></tr></thead>`,
    "<tbody>",
    ...fn.parameters.map((p) => {
      const use =
        (p.optional ? T.optional : T.required)[lang] + (p.dimensionality === "matrix" ? `, ${T.range[lang]}` : "");
      return `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(use)}</td><td>${escapeHtml(p.description ?? "")}</td></tr>`;
    }),
    "</tbody>",
    "</table>",
  ];
}

function signature(fn: FunctionMetadata, lang: Lang): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=AMZN.${fn.name}(${params.join(lang === "fr" ? "; " : ", ")})`;
}

function resultKind(fn: FunctionMetadata): string {
  return fn.result.dimensionality === "matrix" ? "matrix" : (fn.result.type ?? "number");
}

function functionPage(fn: FunctionMetadata, counterpart: FunctionMetadata, help: FunctionHelp, lang: Lang): string {
  const file = `${fn.id.toLowerCase()}.html`;
  const alternate = `../${other(lang)}/${file}`;
  const result = RESULT_TEXT[resultKind(fn)];
  return page(lang, `AMZN.${fn.name}${colon(lang)}${T.helpOf[lang]}`, alternate, [
    `<header>${nav(lang, alternate, true)}</header>`,
    "<main>",
    `<h1><code>AMZN.${escapeHtml(fn.name)}</code></h1>`,
    `<p class="alias">${escapeHtml(T.otherName[lang] + colon(lang))}<code>AMZN.${escapeHtml(counterpart.name)}</code></p>`,
    `<p class="lead">${escapeHtml(fn.description)}</p>`,
    `<h2>${T.syntax[lang]}</h2>`,
    `<pre><code>${escapeHtml(signature(fn, lang))}</code></pre>`,
    `<h2>${T.arguments[lang]}</h2>`,
    ...argumentsMarkup(fn, lang),
    `<h2>${escapeHtml(T.result[lang])}</h2>`,
    `<p>${escapeHtml(result?.[lang] ?? "")}</p>`,
    `<h2>${T.examples[lang]}</h2>`,
    ...help.examples.flatMap((example) => exampleMarkup(fn, help, example, fn.name, lang)),
    ...cardMarkup(fn, help, fn.name, lang),
    `<h2>${T.errors[lang]}</h2>`,
    ...errorsMarkup(fn, help, fn.name, lang),
    "</main>",
  ]);
}

/** The description without its trailing "Example: ..." sentence. */
function summary(description: string): string {
  return description.replace(/\s*(Example|Exemple)\s?:.*$/s, "");
}

const INDEX_INTRO: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'The Amazon AI Report add-in adds these functions to Excel, under the AMZN namespace. They read a dataset embedded in the add-in, with no network access: the figures of a French report on Amazon\'s AI strategy exactly as it prints them (basis "report"), and Amazon\'s filed figures (basis "filings"). Where the two differ, the add-in shows both.',
  ],
  fr: [
    "Le complément Rapport IA d'Amazon ajoute ces fonctions à Excel, dans l'espace de noms AMZN. Elles lisent un jeu de données intégré au complément, sans accès au réseau : les chiffres d'un rapport français sur la stratégie IA d'Amazon tels qu'il les imprime (base \"rapport\"), et les chiffres déposés par Amazon (base \"publié\"). Quand les deux diffèrent, le complément montre les deux.",
  ],
};

const CONVENTIONS: Readonly<Record<Lang, readonly [string, string][]>> = {
  en: [
    [
      "period",
      'A fiscal year: 2024, "FY2024", "FY0" (the latest actual year, 2025), "FY-1"; plan year 2026 or "2026E".',
    ],
    ["unit", '"B" billions of US$ (default), "M", "K" or "U" (dollars). Ratios come back as fractions (0.12 = 12%).'],
    [
      "basis",
      '"report" (default: the report\'s figures as printed) or "filings" (Amazon\'s filed figures). With no basis named, a figure the report lacks comes from the filings.',
    ],
    [
      "metric",
      "An English id (revenue, net_income, aws_revenue ...) or a French name (chiffre d'affaires, bénéfice net ...), in any case, with or without accents.",
    ],
  ],
  fr: [
    [
      "periode",
      'Un exercice : 2024, "FY2024", "FY0" (le dernier exercice réel, 2025), "FY-1" ; année de plan 2026 ou "2026E".',
    ],
    [
      "unite",
      '"B" milliards de dollars US (par défaut, aussi "Mds"), "M", "K" ou "U" (dollars). Les ratios sont renvoyés en fraction (0,12 = 12 %).',
    ],
    [
      "base",
      '"rapport" (par défaut : les chiffres du rapport tels qu\'imprimés) ou "publié" (les chiffres déposés par Amazon). Sans base précisée, un chiffre absent du rapport vient des comptes publiés.',
    ],
    [
      "indicateur",
      "Un identifiant anglais (revenue, net_income, aws_revenue...) ou un nom français (chiffre d'affaires, bénéfice net...), majuscules et accents indifférents.",
    ],
  ],
};

const CONVENTIONS_TITLE: Bilingual = { en: "Arguments every function shares", fr: "Arguments communs" };
const ERRORS_INTRO: Bilingual = {
  en: "A function never shows a bare error: each one comes with a message that says what was wrong and what is valid, in Excel's display language.",
  fr: "Une fonction ne renvoie jamais d'erreur muette : chacune porte un message qui dit ce qui ne va pas et ce qui est valide, dans la langue d'affichage d'Excel.",
};

function indexPage(
  functions: readonly FunctionMetadata[],
  counterparts: ReadonlyMap<string, FunctionMetadata>,
  lang: Lang,
): string {
  const alternate = `../${other(lang)}/index.html`;
  return page(lang, T.siteTitle[lang], alternate, [
    `<header>${nav(lang, alternate, false)}</header>`,
    "<main>",
    `<h1>${escapeHtml(T.siteTitle[lang])}</h1>`,
    ...INDEX_INTRO[lang].map((text) => `<p class="lead">${escapeHtml(text)}</p>`),
    `<h2>${T.functions[lang]}</h2>`,
    "<table>",
    `<thead><tr><th>${T.function[lang]}</th><th>${escapeHtml(T.otherName[lang])}</th><th>${escapeHtml(T.summary[lang])}</th></tr></thead>`,
    "<tbody>",
    ...functions.map(
      (fn) =>
        `<tr><td><a href="${fn.id.toLowerCase()}.html"><code>AMZN.${escapeHtml(fn.name)}</code></a></td>` +
        `<td><code>AMZN.${escapeHtml(counterparts.get(fn.id)?.name ?? fn.id)}</code></td>` +
        `<td>${escapeHtml(summary(fn.description))}</td></tr>`,
    ),
    "</tbody>",
    "</table>",
    `<h2>${escapeHtml(CONVENTIONS_TITLE[lang])}</h2>`,
    "<dl>",
    ...CONVENTIONS[lang].map(([term, text]) => `<dt><code>${term}</code></dt><dd>${escapeHtml(text)}</dd>`),
    "</dl>",
    `<h2>${T.errors[lang]}</h2>`,
    `<p>${escapeHtml(ERRORS_INTRO[lang])}</p>`,
    "<dl>",
    ...(["value", "na"] as const).map(
      (kind) => `<dt><samp>${ERROR_CODES[kind][lang]}</samp></dt><dd>${escapeHtml(ERROR_MEANINGS[kind][lang])}</dd>`,
    ),
    "</dl>",
    "</main>",
  ]);
}

export interface HelpSources {
  readonly english: readonly FunctionMetadata[];
  readonly french: readonly FunctionMetadata[];
  readonly help: Readonly<Record<string, FunctionHelp>>;
}

/** Every help page, keyed by its path in the repository (assets/help/en/revenue.html ...). */
export function renderHelpPages({ english, french, help }: HelpSources): Map<string, string> {
  const byLang: Record<Lang, readonly FunctionMetadata[]> = { en: english, fr: french };
  const pages = new Map<string, string>();
  for (const lang of LANGS) {
    const counterparts = new Map(byLang[other(lang)].map((fn) => [fn.id, fn]));
    for (const fn of byLang[lang]) {
      const counterpart = counterparts.get(fn.id);
      const content = help[fn.id];
      if (!counterpart) throw new Error(`${fn.id} has no ${other(lang)} metadata`);
      if (!content) throw new Error(`${fn.id} has no examples in help-examples.ts`);
      pages.set(`${HELP_DIR}/${lang}/${fn.id.toLowerCase()}.html`, functionPage(fn, counterpart, content, lang));
    }
    pages.set(`${HELP_DIR}/${lang}/index.html`, indexPage(byLang[lang], counterparts, lang));
  }
  return pages;
}
