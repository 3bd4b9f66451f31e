import fc from "fast-check";
import {
  FRENCH_STYLE,
  FUNCTION_NAMES_FR,
  INVARIANT_STYLE,
  callsAmzn,
  literalOf,
  parseAmznCalls,
  parseAmznFormula,
  placeholder,
  printArg,
  printCall,
  printFormula,
  translateFormula,
  typedFormula,
  type ArrayItem,
  type FormulaStyle,
  type FormulaValue,
} from "../../../src/core/formula";

const STYLES: readonly (readonly [string, FormulaStyle])[] = [
  ["invariant", INVARIANT_STYLE],
  ["French", FRENCH_STYLE],
  ["French names, ',' and '.'", { names: "fr", list: ",", decimal: "." }],
  ["English names, ';' and ','", { names: "en", list: ";", decimal: "," }],
];

const item: fc.Arbitrary<ArrayItem> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  // Any text, separators, quotes, parentheses and AMZN calls included.
  fc.oneof(fc.string(), fc.constantFrom("a,b;c", 'x""y', "AMZN.REVENUE(2024)", "'", "{1,2}", "0,5")),
  fc.boolean(),
);
const value: fc.Arbitrary<FormulaValue> = fc.oneof(
  { weight: 4, arbitrary: item },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.array(fc.array(item, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) },
);
const ids = Object.keys(FUNCTION_NAMES_FR);

/** What parsing gives back for a printed value: -0 reads as 0, a row as one row of rows. */
function normal(v: FormulaValue): FormulaValue {
  if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
  if (Array.isArray(v))
    return (v as readonly (readonly ArrayItem[])[]).map((row) => row.map((x) => normal(x) as ArrayItem));
  return v;
}

describe("printing and parsing AMZN formulas", () => {
  it.each(STYLES)("parse(print(x)) is x in the %s style", (_, style) => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(value, { maxLength: 6 }), (id, args) => {
        let end = args.length;
        while (end > 0 && args[end - 1] === undefined) end--;
        const text = printFormula(id, args, style);
        const call = parseAmznFormula(text, { style });
        expect(call?.id).toBe(id);
        expect(call?.args.map(literalOf)).toEqual(args.slice(0, end).map(normal));
      }),
      { numRuns: 300 },
    );
  });

  it("writes the invariant form for cells and the typed form for messages", () => {
    expect(printFormula("GROWTH", ["revenue", 2023, 2024, "reported"])).toBe(
      '=AMZN.GROWTH("revenue",2023,2024,"reported")',
    );
    expect(printFormula("REVENUE", [2024, undefined, "filings", undefined])).toBe('=AMZN.REVENUE(2024,,"filings")');
    expect(printFormula("DEPRECIATION", [[100, 150.5], 5], FRENCH_STYLE)).toBe("=AMZN.AMORTISSEMENT({100.150,5};5)");
    expect(printCall("KPI", [0.5, true], FRENCH_STYLE)).toBe("AMZN.KPI_IA(0,5;VRAI)");
    expect(
      printArg([
        [1, 2],
        [3, 4],
      ]),
    ).toBe("{1,2;3,4}");
    expect(printArg('say "hi"')).toBe('"say ""hi"""');
    expect(printArg(1e21)).toBe("1E+21");
    expect(typedFormula("METRIC", ["revenue", placeholder("année")], "fr")).toBe('AMZN.INDICATEUR("revenue";année)');
    expect(printCall("FUTURE", [1])).toBe("AMZN.FUTURE(1)");
  });

  it("reads French names and separators, and English ids, in any case", () => {
    const [call] = parseAmznCalls('=amzn.chiffre_affaires(2024;"B";"publié")*1,5', { style: FRENCH_STYLE });
    expect(call?.id).toBe("REVENUE");
    expect(call?.args.map(literalOf)).toEqual([2024, "B", "publié"]);
    expect(parseAmznFormula("=AMZN.KPI_IA(-0,5)", { style: FRENCH_STYLE })?.args).toEqual([
      { kind: "number", value: -0.5 },
    ]);
  });

  it("translates a formula between styles and refuses what it cannot spell", () => {
    expect(translateFormula('=AMZN.GROWTH("revenue",2023,2024,"reported")', INVARIANT_STYLE, FRENCH_STYLE)).toBe(
      '=AMZN.TAUX_CROISSANCE("revenue";2023;2024;"reported")',
    );
    expect(translateFormula("=AMZN.DEPRECIATION({100,150.5},5)*2", INVARIANT_STYLE, FRENCH_STYLE)).toBe(
      "=AMZN.AMORTISSEMENT({100.150,5};5)*2",
    );
    expect(translateFormula("=AMZN.AMORTISSEMENT({100.150,5};5)", FRENCH_STYLE, INVARIANT_STYLE)).toBe(
      "=AMZN.DEPRECIATION({100,150.5},5)",
    );
    expect(translateFormula("=AMZN.KPI(TRUE)", INVARIANT_STYLE, FRENCH_STYLE)).toBe("=AMZN.KPI_IA(VRAI)");
    expect(translateFormula("=SUM(AMZN.REVENUE(2024),1)", INVARIANT_STYLE, FRENCH_STYLE)).toBeUndefined();
    expect(translateFormula("=AMZN.REVENUE(A1)", INVARIANT_STYLE, FRENCH_STYLE)).toBeUndefined();
    expect(translateFormula("=AMZN.REVENUE('My sheet'!A1)", INVARIANT_STYLE, FRENCH_STYLE)).toBeUndefined();
    expect(translateFormula("=AMZN.NOPE(1)", INVARIANT_STYLE, FRENCH_STYLE)).toBeUndefined();
  });
});

describe("callsAmzn", () => {
  it.each([
    "=AMZN.REVENUE(2024)",
    '=1+amzn.growth("revenue",2023,2025)',
    "=AMZN.REVENUE (2024)",
    '=IFERROR(AMZN.KPI("rufus_users"),0)',
    "=[AMZN.xlsx]Sheet1!$A$1+AMZN.REVENUE(2024)",
    "=AMZN.CHIFFRE_AFFAIRES(2024)",
  ])("is true for %s", (formula) => {
    expect(callsAmzn(formula)).toBe(true);
  });

  it.each([
    "=[AMZN.xlsx]Sheet1!$A$1",
    "='C:\\data\\[AMZN.Q4.xlsx]Sheet1'!A1",
    "='AMZN.REVENUE(2024)'!A1",
    "=SUM(AMZN.rates)",
    "=AMZN.data!B2*2",
    '="AMZN.REVENUE(2024)"',
    '="say ""AMZN.REVENUE(2024)"""',
    "=XAMZN.REVENUE(1)",
    "=_xldudf_AMZN_REVENUE(2024)",
    "AMZN.REVENUE(2024)",
  ])("is false for %s", (formula) => {
    expect(callsAmzn(formula)).toBe(false);
    expect(parseAmznCalls(formula)).toEqual([]);
  });

  it("is false for what is not a formula", () => {
    expect(callsAmzn(638)).toBe(false);
    expect(callsAmzn(null)).toBe(false);
  });
});
