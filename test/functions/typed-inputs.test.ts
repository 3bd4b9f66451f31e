/**
 * Typed function arguments, both languages, through the custom functions' answers exactly as Excel
 * calls them (answers.ts, where functions.ts forwards): each input with the value it reads or the error it gets. None is silently
 * read as another number. And every French message (and French spill text) is free of the English
 * words a French user must never read.
 */
import * as functions from "../../src/functions/answers";
import { toExcelError } from "../../src/functions/excel-errors";
import type { Lang } from "../../src/core/runtime";
import * as api from "../../src/core/figures";
import * as reconciliation from "../../src/core/reconcile";
import * as scenario from "../../src/core/scenario";

type Call = () => unknown;
type Expected = { value: unknown } | { code: "#VALUE!" | "#N/A"; en: RegExp; fr: RegExp };

/** The value, or the error's code and its message in each language. */
function outcome(call: Call, lang: Lang): { value: unknown } | { code: string; message: string } {
  try {
    return { value: call() };
  } catch (error) {
    const excel = toExcelError(
      error instanceof CustomFunctions.Error ? error : ((error as { cause?: unknown }).cause ?? error),
      lang,
    );
    return { code: excel.code, message: excel.message ?? "" };
  }
}

/** Core's call for each language (the wrapper speaks the display language; core carries both). */
function messages(call: Call): Record<Lang, { value: unknown } | { code: string; message: string }> {
  return { en: outcome(call, "en"), fr: outcome(call, "fr") };
}

const capex =
  (...args: unknown[]): Call =>
  () =>
    (scenario.capexScenario as (...a: unknown[]) => unknown)(...args);
const out = (arg: number, value: unknown, output = "capex"): unknown[] => {
  const args: unknown[] = ["base", null, null, null, null, null, null, null, null, output];
  args[arg] = value;
  return args;
};

/** 200 B$ growing 10% a year. */
const GROWING_10 = [[200, 220, 242, 266.2, 292.82].map((v) => expect.closeTo(v, 9) as unknown)];

// [typed input, the call, what it reads]
const TABLE: [string, Call, Expected][] = [
  // Periods.
  ["REVENUE(2024)", () => api.revenue(2024), { value: 638 }],
  ['REVENUE("2024")', () => api.revenue("2024"), { value: 638 }],
  ['REVENUE("FY2024")', () => api.revenue("FY2024"), { value: 638 }],
  ['REVENUE("fy24")', () => api.revenue("fy24"), { value: 638 }],
  ['REVENUE("FY-1")', () => api.revenue("FY-1"), { value: 638 }],
  [
    "REVENUE(24)",
    () => api.revenue(24),
    { code: "#VALUE!", en: /^24 is not a period/, fr: /^24 n'est pas valable comme période/ },
  ],
  ["REVENUE(2024.5)", () => api.revenue(2024.5), { code: "#VALUE!", en: /whole number/, fr: /nombre entier/ }],
  [
    "REVENUE(45292) (a date)",
    () => api.revenue(45292),
    { code: "#VALUE!", en: /Excel date \(2024-01-01\)/, fr: /date Excel/ },
  ],
  ["REVENUE(2021)", () => api.revenue(2021), { code: "#N/A", en: /2023/, fr: /2023/ }],
  ['REVENUE("2024E")', () => api.revenue("2024E"), { code: "#VALUE!", en: /actual year/, fr: /exercice réel/ }],
  ["REVENUE(TRUE)", () => api.revenue(true), { code: "#VALUE!", en: /^TRUE is not a period/, fr: /^VRAI/ }],
  // Units.
  ['REVENUE(2024,"M")', () => api.revenue(2024, "M"), { value: 638_000 }],
  ['REVENUE(2024,"Mds")', () => api.revenue(2024, "Mds"), { value: 638 }],
  ['REVENUE(2024,"milliards")', () => api.revenue(2024, "milliards"), { value: 638 }],
  [
    "REVENUE(2024,1)",
    () => api.revenue(2024, 1),
    { code: "#VALUE!", en: /^1 is not a unit/, fr: /^1 n'est pas une unité/ },
  ],
  [
    'REVENUE(2024,"%") (money)',
    () => api.revenue(2024, "%"),
    { code: "#VALUE!", en: /is not a unit/, fr: /n'est pas une unité/ },
  ],
  ['METRIC("aws_operating_margin",2024,"%")', () => api.metric("aws_operating_margin", 2024, "%"), { value: 0.38 }],
  // Bases.
  ['REVENUE(2024,,"publié")', () => api.revenue(2024, undefined, "publié"), { value: 637.959 }],
  ['REVENUE(2024,,"rapport")', () => api.revenue(2024, undefined, "rapport"), { value: 638 }],
  [
    'REVENUE(2024,,"filngs")',
    () => api.revenue(2024, undefined, "filngs"),
    { code: "#VALUE!", en: /did you mean 'filings'/, fr: /vouliez-vous dire « publié »/ },
  ],
  // Names.
  ['METRIC("bénéfice net",2024)', () => api.metric("bénéfice net", 2024), { value: 59 }],
  ['METRIC("Résultat Net",2025)', () => api.metric("Résultat Net", 2025), { value: 77.7 }],
  [
    'METRIC("aws",2024)',
    () => api.metric("aws", 2024),
    {
      code: "#VALUE!",
      en: /could mean several metrics: aws_revenue, aws_operating_income, aws_operating_margin/,
      fr: /peut désigner plusieurs indicateurs/,
    },
  ],
  [
    'KPI("rufus")',
    () => api.kpi("rufus"),
    { code: "#VALUE!", en: /rufus_users, rufus_purchase_uplift/, fr: /précisez lequel/ },
  ],
  ['KPI("rufus_users")', () => api.kpi("rufus_users"), { value: 250_000_000 }],
  [
    'METRIC("bénéfise net",2024)',
    () => api.metric("bénéfise net", 2024),
    { code: "#VALUE!", en: /did you mean 'net_income'/, fr: /vouliez-vous dire « bénéfice net »/ },
  ],
  // GROWTH.
  [
    'GROWTH("revenue",2023,2024)',
    () => api.growth("revenue", 2023, 2024),
    { value: expect.closeTo(638 / 575 - 1, 12) },
  ],
  [
    'GROWTH("net_income",2023,2025,"tcam")',
    () => api.growth("net_income", 2023, 2025, "tcam"),
    { value: expect.closeTo(Math.sqrt(77.7 / 30) - 1, 12) },
  ],
  [
    'GROWTH("aws_operating_margin",2023,2025,,"filings") (points)',
    () => api.growth("aws_operating_margin", 2023, 2025, undefined, "filings"),
    { value: expect.closeTo(0.356 - 0.2682, 2) },
  ],
  [
    'GROWTH("aws_operating_margin",2023,2025,"cagr","filings")',
    () => api.growth("aws_operating_margin", 2023, 2025, "cagr", "filings"),
    { code: "#VALUE!", en: /"total" gives its change in points/, fr: /variation en points/ },
  ],
  [
    'GROWTH("revenue",2023,2024,"raporté")',
    () => api.growth("revenue", 2023, 2024, "raporté"),
    { code: "#VALUE!", en: /did you mean 'reported'/, fr: /vouliez-vous dire « rapporté »/ },
  ],
  // CAPEX_SCENARIO: rates and bounded inputs, one rule.
  [
    'CAPEX_SCENARIO("bull",,10)',
    capex("bull", null, 10),
    {
      code: "#VALUE!",
      en: /did you mean 10%\? write 0\.1 or "10%"/,
      fr: /vouliez-vous dire 10 % \? écrivez 0,1 ou « 10% »/,
    },
  ],
  [
    'CAPEX_SCENARIO("base",,,,,45)',
    capex("base", null, null, null, null, 45),
    {
      code: "#VALUE!",
      en: /revenue_yield: 45 is out of range.*did you mean 45%/,
      fr: /rendement_ca : 45 est hors limites/,
    },
  ],
  [
    "CAPEX_SCENARIO(,,,,,,,21)",
    capex(null, null, null, null, null, null, null, 21),
    { code: "#VALUE!", en: /tax_rate: 21 .*did you mean 21%\? write 0\.21 or "21%"/, fr: /taux_impot : 21/ },
  ],
  [
    "CAPEX_SCENARIO(,,,,,,55)",
    capex(null, null, null, null, null, null, 55),
    { code: "#VALUE!", en: /ebitda_margin: 55 .*from −100% to 100%/, fr: /marge_ebitda : 55/ },
  ],
  ['tax_rate "21%"', capex(...out(7, "21%")), { value: [[200, 200, 200, 200, 200]] }],
  ['capex_growth "10%"', capex(...out(2, "10%")), { value: GROWING_10 }],
  ['capex_growth "10 %"', capex(...out(2, "10 %")), { value: GROWING_10 }],
  ["capex_growth 0.1", capex(...out(2, 0.1)), { value: GROWING_10 }],
  ['capex_growth "0,1" (French text)', capex(...out(2, "0,1")), { value: GROWING_10 }],
  [
    'capex "1,000" (ambiguous)',
    capex(...out(1, "1,000")),
    { code: "#VALUE!", en: /could be read two ways/, fr: /se lit de deux façons/ },
  ],
  [
    'capex "1.000" (ambiguous, as in the pane)',
    capex(...out(1, "1.000")),
    { code: "#VALUE!", en: /'1\.000' could be read two ways \(1 or 1000/, fr: /« 1\.000 » se lit de deux façons/ },
  ],
  [
    'capex "1 000" (grouped by a space, as in the pane)',
    capex(...out(1, "1 000")),
    { value: [[1000, 1000, 1000, 1000, 1000]] },
  ],
  ['capex "1000"', capex(...out(1, "1000")), { value: [[1000, 1000, 1000, 1000, 1000]] }],
  ["capex 2001", capex(...out(1, 2001)), { code: "#VALUE!", en: /from 0 to 2,000 B\$/, fr: /de 0 à 2\s000 Mds\$/ }],
  [
    "capex -1",
    capex(...out(1, -1)),
    { code: "#VALUE!", en: /capex: −1 is out of range/, fr: /investissement : −1 est hors limites/ },
  ],
  [
    'capex "abc"',
    capex(...out(1, "abc")),
    { code: "#VALUE!", en: /capex: 'abc' is not a number/, fr: /investissement : « abc » n'est pas un nombre/ },
  ],
  [
    'capex "10%"',
    capex(...out(1, "10%")),
    { code: "#VALUE!", en: /is a percentage, but capex is not a rate/, fr: /n'est pas un taux/ },
  ],
  ["capex_growth 1 (+100%)", capex(...out(2, 1)), { value: [[200, 400, 800, 1600, 3200]] }],
  ["capex_growth 1.5", capex(...out(2, 1.5)), { code: "#VALUE!", en: /at most \+100%/, fr: /au plus \+100 %/ }],
  [
    'tax_rate "150%"',
    capex(...out(7, "150%")),
    { code: "#VALUE!", en: /tax_rate: 150% is out of range; [^?]*$/, fr: /taux_impot : 150 % est hors limites/ },
  ],
  [
    "years 0",
    capex(...out(3, 0)),
    {
      code: "#VALUE!",
      en: /years: 0 is out of range; the horizon must be a whole number of years from 1 to 30/,
      fr: /annees : 0 est hors limites/,
    },
  ],
  ['years "7"', capex(...out(3, "7")), { value: [[200, 200, 200, 200, 200, 200, 200]] }],
  [
    "useful_life 0",
    capex(...out(4, 0)),
    { code: "#VALUE!", en: /useful_life: 0 is out of range/, fr: /duree_vie : 0 est hors limites/ },
  ],
  ["start_year 1989", capex(...out(8, 1989)), { code: "#VALUE!", en: /from 1990 to 2100/, fr: /de 1990 à 2100/ }],
  [
    'start_year "FY2026"',
    capex(...out(8, "FY2026")),
    { code: "#VALUE!", en: /start_year: 'FY2026' is not a number/, fr: /annee_debut : « FY2026 »/ },
  ],
  ['output "payback" (none)', capex(...out(0, "base", "payback")), { value: [["beyond horizon"]] }],
  [
    "DEPRECIATION({100,200},0)",
    () => scenario.depreciation([[100, 200]], 0),
    { code: "#VALUE!", en: /useful_life: 0 is out of range/, fr: /duree_vie : 0/ },
  ],
  ['DEPRECIATION({100,200},"5")', () => scenario.depreciation([[100, 200]], "5"), { value: [[20, 60]] }],
  [
    "DEPRECIATION({100,-5},3)",
    () => scenario.depreciation([[100, -5]], 3),
    { code: "#VALUE!", en: /capex: cell 2/, fr: /investissements : la cellule 2/ },
  ],
];

describe("typed function arguments: each read as meant, or refused with a message in the user's words", () => {
  it("lists at least 40 inputs", () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

  it.each(TABLE)("%s", (_input, call, expected) => {
    const got = messages(call);
    if ("value" in expected) {
      expect(got.en).toEqual({ value: expected.value });
      return;
    }
    expect(got.en).toMatchObject({ code: expected.code });
    expect(got.fr).toMatchObject({ code: expected.code });
    const en = (got.en as { message: string }).message;
    const fr = (got.fr as { message: string }).message;
    expect(en).toMatch(expected.en);
    expect(fr).toMatch(expected.fr);
  });
});

/** English words a French user must never read. */
const DENY =
  /\b(ok|mismatch|rounding|inconsistent|not testable|outdated|unverified|reported|years|useful_life|NaN)\b|B\$/;

/** A French text with the user's own input (quoted back) removed, checked against the deny-list. */
function frenchWords(text: string): string[] {
  return (text.match(new RegExp(DENY.source, "g")) ?? []) as string[];
}

describe("French messages and French spills speak French", () => {
  const frenchErrors: [string, Call][] = [
    ...TABLE.filter(([, , expected]) => !("value" in expected)).map(([input, call]): [string, Call] => [input, call]),
    ["useful_life omitted", () => scenario.depreciation([[100]], undefined)],
    ["years 31", capex(...out(3, 31))],
    ["years 2.5", capex(...out(3, 2.5))],
    ["useful_life 51", capex(...out(4, 51))],
    ["GROWTH reported on filings", () => api.growth("revenue", 2023, 2024, "rapporté", "publié")],
    ["GROWTH reported 2 years", () => api.growth("revenue", 2023, 2025, "rapporté")],
    ["GROWTH unknown method", () => api.growth("revenue", 2023, 2024, "zzz")],
    ["GROWTH publié as method", () => api.growth("revenue", 2023, 2024, "publié")],
    ["SERIES unknown metric", () => api.series("zzz")],
    ["SOURCE unknown", () => api.source("zzz")],
    ["TABLE unknown", () => api.table("zzz")],
    ["RECONCILE no claim", () => reconciliation.reconcile("capex_net")],
    ["lang unknown", () => api.metricsCatalogue("de")],
  ];

  it.each(frenchErrors)("%s: the French message has no English word of the deny-list", (_input, call) => {
    const fr = outcome(call, "fr");
    expect("message" in fr).toBe(true);
    expect(frenchWords((fr as { message: string }).message)).toEqual([]);
  });

  it("French spills: RECONCILE statuses, TABLE, METRICS, SOURCE", () => {
    const texts: string[] = [];
    const collect = (spill: unknown): void => {
      for (const row of spill as unknown[][]) for (const cell of row) if (typeof cell === "string") texts.push(cell);
    };
    collect(functions.reconcile(undefined, "fr"));
    for (const id of ["results", "aws", "kpis"]) collect(functions.table(id, "fr"));
    collect(functions.metrics("fr"));
    for (const metric of ["revenue", "net_income", "aws_revenue", "aws_operating_margin", "capex"]) {
      texts.push(functions.source(metric, undefined, undefined, "fr"));
    }
    texts.push(
      functions.source("revenue", 2024, undefined, "fr"),
      functions.source("rufus_users", undefined, undefined, "fr"),
    );
    const statuses = (functions.reconcile(undefined, "fr") as unknown[][]).slice(1).map((row) => row[7]);
    // Claims: conforme / arrondi / écart; the report's KPIs: conforme / dépassé / non vérifié.
    // The report judged whole: incohérent / non vérifiable par les chiffres.
    const frenchStatuses = [
      "conforme",
      "arrondi",
      "écart",
      "dépassé",
      "non vérifié",
      "incohérent",
      "non vérifiable par les chiffres",
    ];
    expect(new Set(statuses)).toEqual(new Set(frenchStatuses.filter((s) => statuses.includes(s))));
    expect(statuses.length).toBeGreaterThan(5);
    const offending = texts.filter((text) => frenchWords(text).length > 0);
    expect(offending).toEqual([]);
  });
});
