import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { AmznError } from "../../src/core/runtime";
import { capexScenario, sensitivity } from "../../src/core/scenario";
import {
  LINE_ITEMS,
  SCENARIO_CASES,
  SCENARIO_PRESETS,
  runScenario,
  resolveScenarioParams,
  type ScenarioCase,
  type ScenarioParams,
} from "../../src/core/scenario";
import {
  SHEET_PARAM_IDS,
  buildScenarioSheet,
  scenarioSheetLayout,
  type CellRef,
  type ScenarioSheetLayout,
  type SheetParamId,
} from "../../src/sheets/scenario-sheet";
import { FORMAT_BILLIONS, FORMAT_PERCENT, type SheetSpec } from "../../src/sheets/spec";
import { columnLetters } from "../../src/core/formula";
import { expectRectangularSpec } from "./helpers";

/**
 * HyperFormula stands in for Excel. Its default display rounding (`smartRounding`, 10 decimals)
 * and comparison epsilon are switched off so it computes in full double precision, as Excel does.
 */
function evaluate(spec: SheetSpec): { hf: HyperFormula; value: (ref: CellRef) => unknown } {
  const hf = HyperFormula.buildFromArray(
    spec.cells.map((row) => row.map((cell) => cell as RawCellContent)),
    {
      licenseKey: "gpl-v3",
      smartRounding: false,
      precisionEpsilon: 0,
    },
  );
  return { hf, value: (ref) => hf.getCellValue({ sheet: 0, row: ref.row, col: ref.col }) };
}

/** The worst relative error (absolute below 1) of the sheet's outputs against capexScenario's rows. */
function compare(
  layout: ScenarioSheetLayout,
  value: (ref: CellRef) => unknown,
  caseName: ScenarioCase,
  params: ScenarioParams,
): number {
  const spill = capexScenario(
    caseName,
    params.capex,
    params.capexGrowth,
    params.years,
    params.usefulLife,
    params.revenueYield,
    params.ebitdaMargin,
    params.taxRate,
    params.startYear,
  );
  let worst = 0;
  const years = layout.yearCells.map(value);
  expect(years).toEqual(spill[0]?.slice(1));
  LINE_ITEMS.forEach((item, i) => {
    const expected = spill[i + 1]?.slice(1) ?? [];
    const actual = layout.outputs[item].map(value);
    expect(actual).toHaveLength(expected.length);
    actual.forEach((got, t) => {
      const want = expected[t];
      if (typeof got !== "number" || typeof want !== "number") {
        throw new Error(`${item}[${t}]: sheet ${String(got)} vs function ${String(want)}`);
      }
      const error = Math.abs(got - want) / Math.max(1, Math.abs(want));
      if (error > 1e-9) throw new Error(`${item}[${t}]: sheet ${got} vs function ${want} (error ${error})`);
      worst = Math.max(worst, error);
    });
  });
  const payback = runScenario(params).paybackYear;
  const paybackCell = value(layout.payback);
  if (payback === null) expect(paybackCell).toMatch(/horizon/);
  else expect(paybackCell).toBe(payback);
  worst = Math.max(worst, compareValuation(layout, value, caseName, params));
  return worst;
}

/** Relative error, absolute below 1 (as for the rows). */
function relative(got: unknown, want: number, what: string, tolerance: number): number {
  if (typeof got !== "number") throw new Error(`${what}: sheet ${String(got)} vs function ${want}`);
  const error = Math.abs(got - want) / Math.max(1, Math.abs(want));
  if (error > tolerance) throw new Error(`${what}: sheet ${got} vs function ${want} (error ${error})`);
  return error;
}

const valuationStats = { irrs: 0, noIrr: 0, irrNotConverged: 0, tinyScale: 0, gridCells: 0 };

/**
 * The sheet's NPV, IRR and every grid cell against CAPEX_SCENARIO and SENSITIVITY called with the
 * sheet's active inputs (its case, every input as the sheet has it, the grid's own row and column
 * values as the sheet computes them): 1e-9 relative, IRR 1e-7 (Excel's documented accuracy).
 */
function compareValuation(
  layout: ScenarioSheetLayout,
  value: (ref: CellRef) => unknown,
  caseName: ScenarioCase,
  params: ScenarioParams,
): number {
  const args = [
    caseName,
    params.capex,
    params.capexGrowth,
    params.years,
    params.usefulLife,
    params.revenueYield,
    params.ebitdaMargin,
    params.taxRate,
    params.startYear,
  ] as const;
  let worst = 0;
  const npv = capexScenario(...args, "npv", params.discountRate)[0]?.[0] as number;
  worst = Math.max(worst, relative(value(layout.npv), npv, "npv", 1e-9));
  const irrCell = value(layout.irr);
  let irr: number | undefined;
  try {
    irr = capexScenario(...args, "irr", params.discountRate)[0]?.[0] as number;
  } catch (error) {
    if (!(error instanceof AmznError) || error.kind !== "na") throw error;
  }
  if (irr === undefined) {
    expect(["none", "aucun"]).toContain(irrCell);
    valuationStats.noIrr++;
  } else if (Math.max(...layout.outputs.fcf.map((ref) => Math.abs(value(ref) as number))) < 1e-6) {
    // HyperFormula's IRR stops when |NPV| < 1e-10 in absolute terms, so on a model of a few
    // thousandths of a dollar it returns its first guess: not a test of the sheet. Counted.
    valuationStats.tinyScale++;
  } else if (typeof irrCell === "number") {
    relative(irrCell, irr, "irr", 1e-7);
    valuationStats.irrs++;
  } else {
    // The engine found a rate where the spreadsheet's Newton iteration did not (#NUM!): counted.
    expect(String((irrCell as { type?: unknown }).type ?? irrCell)).toMatch(/NUM/);
    console.log(`spreadsheet IRR #NUM! where the engine finds ${irr}: ${JSON.stringify(params)}`);
    valuationStats.irrNotConverged++;
  }
  // The grid: SENSITIVITY with the sheet's own life and yield values.
  const lives = layout.sensitivity.lives.map(value) as number[];
  const yields = layout.sensitivity.yields.map(value) as number[];
  const grid = sensitivity(
    "npv",
    "useful_life",
    lives.map((life) => [life]),
    "revenue_yield",
    [yields],
    ...args,
    params.discountRate,
  );
  layout.sensitivity.cells.forEach((row, k) =>
    row.forEach((ref, j) => {
      worst = Math.max(worst, relative(value(ref), grid[k + 1]?.[j + 1] as number, `grid[${k}][${j}]`, 1e-9));
      valuationStats.gridCells++;
    }),
  );
  return worst;
}

const paramArb = (): fc.Arbitrary<Partial<ScenarioParams>> =>
  fc.record(
    {
      capex: fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(0)),
      discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
      capexGrowth: fc.double({ min: -0.95, max: 0.5, noNaN: true }),
      usefulLife: fc.integer({ min: 1, max: 50 }),
      revenueYield: fc.double({ min: 0, max: 2, noNaN: true }),
      ebitdaMargin: fc.double({ min: -1, max: 1, noNaN: true }),
      taxRate: fc.double({ min: 0, max: 1, noNaN: true }),
      startYear: fc.integer({ min: 1990, max: 2100 }),
    },
    { requiredKeys: [] },
  );

const worstErrors: number[] = [];
let parameterSets = 0;

describe("buildScenarioSheet: spec invariants", () => {
  const specs = [
    buildScenarioSheet({ lang: "en" }),
    buildScenarioSheet({ lang: "fr", caseName: "optimiste", years: 30, overrides: { capex: 150 } }),
    buildScenarioSheet({ lang: "en", caseName: "bear", years: 1 }),
  ];

  it.each(specs.map((spec, i) => [i, spec] as const))("spec %i is rectangular and self-consistent", (_, spec) => {
    const { rows, cols } = expectRectangularSpec(spec);
    for (const chart of spec.charts) {
      expect(chart.categoriesRow).toBeLessThan(rows);
      expect(chart.firstCol).toBeGreaterThanOrEqual(0);
      expect(chart.lastCol).toBeLessThan(cols);
      expect(chart.firstCol).toBeLessThanOrEqual(chart.lastCol);
      for (const series of chart.series) expect(series.row).toBeLessThan(rows);
    }
    for (const validation of spec.validations) {
      expect(validation.row).toBeLessThan(rows);
      expect(validation.col).toBeLessThan(cols);
    }
    expect(spec.columnWidths).toHaveLength(cols);
    expect(spec.formulaAnchor).toEqual({ row: 0, col: 0 });
  });

  it("uses native formulas only: no AMZN.* call, no dynamic-array or LET/LAMBDA function", () => {
    for (const spec of specs) {
      for (const cell of spec.cells.flat()) {
        if (typeof cell === "string" && cell.startsWith("=")) {
          expect(cell.toUpperCase()).not.toContain("AMZN.");
          expect(cell.toUpperCase()).not.toMatch(/\b(LET|LAMBDA|FILTER|SEQUENCE|XLOOKUP|SORT|UNIQUE)\(/);
        }
      }
    }
  });

  it("lays out the inputs: presets side by side, an override column, the active column and a case switch", () => {
    const spec = buildScenarioSheet({ lang: "en", caseName: "bull", overrides: { taxRate: 0.25 } });
    const layout = scenarioSheetLayout(5);
    const cell = (ref: CellRef): unknown => spec.cells[ref.row]?.[ref.col];
    expect(cell(layout.caseSwitch)).toBe("bull");
    expect(spec.validations).toEqual([
      { row: layout.caseSwitch.row, col: layout.caseSwitch.col, options: ["bear", "base", "bull"] },
    ]);
    for (const id of SHEET_PARAM_IDS) {
      for (const c of SCENARIO_CASES) expect(cell(layout.inputs[id].presets[c])).toBe(SCENARIO_PRESETS[c][id]);
      expect(cell(layout.inputs[id].override)).toBe(id === "taxRate" ? 0.25 : null);
      expect(String(cell(layout.inputs[id].active))).toMatch(/^=IF\(.*INDEX\(.*MATCH\(\$B\$8,/);
    }
    const inputRuns = spec.styles.filter((run) => run.style === "input");
    const isInput = (ref: CellRef): boolean =>
      inputRuns.some(
        (run) =>
          ref.row >= run.row && ref.row < run.row + run.rows && ref.col >= run.col && ref.col < run.col + run.cols,
      );
    expect(isInput(layout.caseSwitch)).toBe(true);
    expect(isInput(layout.inputs.capex.override)).toBe(true);
    expect(isInput(layout.inputs.usefulLife.presets.bear)).toBe(true);
    expect(isInput(layout.inputs.capex.active)).toBe(false);
    expect(isInput(layout.outputs.fcf[0] as CellRef)).toBe(false);
    // Number formats: money in parentheses style, percent for rates and ROIC.
    const format = (ref: CellRef): string | undefined => spec.numberFormats[ref.row]?.[ref.col];
    expect(format(layout.outputs.fcf[0] as CellRef)).toBe(FORMAT_BILLIONS);
    expect(format(layout.outputs.roic[0] as CellRef)).toBe(FORMAT_PERCENT);
    expect(format(layout.inputs.taxRate.override)).toBe(FORMAT_PERCENT);
    // Every value cell of the outputs and the waterfall is a formula.
    for (const item of LINE_ITEMS) for (const ref of layout.outputs[item]) expect(String(cell(ref))).toMatch(/^=/);
    for (const ref of layout.waterfall.flat()) expect(String(cell(ref))).toMatch(/^=IF\(AND\(/);
  });

  it("charts capex against FCF by year, in both languages", () => {
    const layout = scenarioSheetLayout(5);
    const en = buildScenarioSheet({ lang: "en" });
    const fr = buildScenarioSheet({ lang: "fr" });
    const chart = en.charts[0];
    expect(chart?.kind).toBe("columnClustered");
    expect(chart?.categoriesRow).toBe(layout.yearCells[0]?.row);
    expect(chart?.series.map((s) => s.row)).toEqual([layout.outputs.capex[0]?.row, layout.outputs.fcf[0]?.row]);
    expect([chart?.firstCol, chart?.lastCol]).toEqual([1, 5]);
    expect(fr.charts[0]?.title).toMatch(/Investissements/);
    expect(fr.cells[0]?.[0]).toMatch(/Mds\$/);
    expect(en.cells[0]?.[0]).toMatch(/B\$/);
  });

  it("gives A1 addresses relative to the anchor", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(30)).toBe("AE");
    const layout = scenarioSheetLayout(5);
    expect(layout.caseSwitch.address).toBe("B8");
    expect(layout.inputs.capex.override.address).toBe("E10");
    expect(layout.yearCells.map((c) => c.address)).toEqual(["B29", "C29", "D29", "E29", "F29"]);
    expect(layout.payback.address).toBe("B41");
    expect(layout.npv.address).toBe("B44");
    expect(layout.irr.address).toBe("B45");
    expect(layout.sensitivity.yields.map((c) => c.address)).toEqual(["B49", "C49", "D49", "E49", "F49"]);
    expect(layout.sensitivity.lives.map((c) => c.address)).toEqual(["A50", "A51", "A52", "A53", "A54"]);
    const moved = scenarioSheetLayout(5, { row: 2, col: 1 });
    expect(moved.caseSwitch.address).toBe("C10");
    expect(moved.caseSwitch.row).toBe(layout.caseSwitch.row);
  });

  it("values the plan: NPV and IRR with Excel's own functions, a 5 × 5 grid in plain formulas, coloured", () => {
    const layout = scenarioSheetLayout(30);
    const spec = buildScenarioSheet({ lang: "en", years: 30 });
    const cell = (ref: CellRef): string => String(spec.cells[ref.row]?.[ref.col]);
    expect(cell(layout.npv)).toBe("=NPV($F$17,$B$62:$AE$62)");
    expect(cell(layout.irr)).toMatch(/^=IF\(OR\(MAX\(\$B\$62:\$AE\$62\)<=.*"none",IFERROR\(IRR\(\$B\$62:\$AE\$62\),/);
    for (const ref of layout.sensitivity.cells.flat()) expect(cell(ref)).toMatch(/^=\$F\$14\*\(1-\$F\$15\)\*.*NPV\(/);
    // The discount rate is a blue input like the others, formatted as a percent.
    const inputRuns = spec.styles.filter((run) => run.style === "input");
    const rate = layout.inputs.discountRate.override;
    expect(inputRuns.some((run) => rate.row >= run.row && rate.row < run.row + run.rows && rate.col === run.col)).toBe(
      true,
    );
    expect(spec.numberFormats[rate.row]?.[rate.col]).toBe(FORMAT_PERCENT);
    // The three-colour scale covers exactly the grid's 25 cells.
    const first = layout.sensitivity.cells[0]?.[0] as CellRef;
    expect(spec.colorScales).toEqual([{ row: first.row, col: first.col, rows: 5, cols: 5 }]);
    // A few thousand formula cells at most at 30 years.
    const formulas = (s: SheetSpec): number =>
      s.cells.flat().filter((c) => typeof c === "string" && c.startsWith("=")).length;
    const total = formulas(spec);
    const valuation = formulas({ ...spec, cells: spec.cells.slice(layout.npv.row) });
    // NPV, IRR, 5 + 5 headers, 25 cells, 10 helper rows of a label and 30 years.
    expect(valuation).toBe(2 + 10 + 25 + 10 * 31);
    expect(total).toBeLessThan(3000);
    console.log(`scenario sheet at 30 years: ${total} formula cells, of which valuation and grid ${valuation}`);
  });

  it("matches its golden files (a 3-year base case in English, a 2-year bull case in French)", () => {
    expect(buildScenarioSheet({ lang: "en", years: 3 })).toMatchSnapshot("base-en-3y");
    expect(
      buildScenarioSheet({ lang: "fr", caseName: "optimiste", years: 2, overrides: { taxRate: 0.25 } }),
    ).toMatchSnapshot("bull-fr-2y");
  });

  it("rejects bad options with AmznError", () => {
    expect(() => buildScenarioSheet({ lang: "en", caseName: "bul" })).toThrow(/did you mean 'bull'/);
    expect(() => buildScenarioSheet({ lang: "en", years: 31 })).toThrow(AmznError);
    expect(() => buildScenarioSheet({ lang: "en", overrides: { usefulLife: 0 } })).toThrow(AmznError);
    expect(() => buildScenarioSheet({ lang: "en", anchor: { row: -1, col: 0 } })).toThrow(AmznError);
  });
});

describe("buildScenarioSheet: evaluated by HyperFormula, equals CAPEX_SCENARIO", () => {
  it.each(
    SCENARIO_CASES.flatMap((c) =>
      [1, 5, 30].flatMap((years) => (["en", "fr"] as const).map((lang) => [c, years, lang] as const)),
    ),
  )("%s case as built, %i years, %s", (caseName, years, lang) => {
    const spec = buildScenarioSheet({ lang, caseName, years });
    const { value } = evaluate(spec);
    worstErrors.push(compare(scenarioSheetLayout(years), value, caseName, resolveScenarioParams(caseName, { years })));
    parameterSets++;
  });

  it("base case first year matches the contract's check (capex 200, D&A 33.33, FCF −193.00)", () => {
    const { value } = evaluate(buildScenarioSheet({ lang: "fr" }));
    const layout = scenarioSheetLayout(5);
    expect(value(layout.outputs.capex[0] as CellRef)).toBe(200);
    expect(value(layout.outputs.depreciation[0] as CellRef)).toBeCloseTo(33.3333333333, 9);
    expect(value(layout.outputs.fcf[0] as CellRef)).toBeCloseTo(-193.0, 9);
    expect(value(layout.payback)).toBe("au-delà de l'horizon");
  });

  it("random parameter sets and horizons 1–30, built with overrides or switched and typed in", () => {
    let viaBuild = 0;
    let viaCells = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_CASES),
        paramArb(),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (caseName, overrides, years, typeIn) => {
          const params = resolveScenarioParams(caseName, { ...overrides, years });
          const layout = scenarioSheetLayout(years);
          let value: (ref: CellRef) => unknown;
          if (!typeIn) {
            viaBuild++;
            value = evaluate(buildScenarioSheet({ lang: "en", caseName, overrides, years })).value;
          } else {
            // Build the base case, then type the case into the switch and the overrides into the sheet.
            viaCells++;
            const { hf, value: read } = evaluate(buildScenarioSheet({ lang: "fr", years }));
            hf.setCellContents({ sheet: 0, row: layout.caseSwitch.row, col: layout.caseSwitch.col }, caseName);
            for (const id of Object.keys(overrides) as SheetParamId[]) {
              const ref = layout.inputs[id].override;
              hf.setCellContents({ sheet: 0, row: ref.row, col: ref.col }, overrides[id] ?? null);
            }
            value = read;
          }
          worstErrors.push(compare(layout, value, caseName, params));
          parameterSets++;
        },
      ),
      { numRuns: 200, seed: 20260205 },
    );
    expect(viaBuild).toBeGreaterThanOrEqual(50);
    expect(viaCells).toBeGreaterThanOrEqual(50);
  });

  it("random plans that earn their capex back (an IRR to compare): 100 parameter sets, horizons 8–30", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_CASES),
        fc.record({
          capex: fc.double({ min: 1, max: 2000, noNaN: true }),
          capexGrowth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
          usefulLife: fc.integer({ min: 2, max: 25 }),
          revenueYield: fc.double({ min: 0.2, max: 3, noNaN: true }),
          ebitdaMargin: fc.double({ min: 0.2, max: 1, noNaN: true }),
          taxRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
          discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
        fc.integer({ min: 8, max: 30 }),
        fc.constantFrom("en", "fr") as fc.Arbitrary<"en" | "fr">,
        (caseName, overrides, years, lang) => {
          const params = resolveScenarioParams(caseName, { ...overrides, years });
          const { value } = evaluate(buildScenarioSheet({ lang, caseName, overrides, years }));
          worstErrors.push(compare(scenarioSheetLayout(years), value, caseName, params));
          parameterSets++;
        },
      ),
      { numRuns: 100, seed: 20261207 },
    );
    expect(valuationStats.irrs).toBeGreaterThanOrEqual(60);
  });

  it("degenerate inputs: zero capex, a one-year life (no capital employed), a 50-year life", () => {
    const cases: [ScenarioCase, Partial<ScenarioParams>][] = [
      ["base", { capex: 0 }],
      ["bull", { usefulLife: 1 }],
      ["bear", { usefulLife: 50, years: 30 }],
      ["base", { revenueYield: 5, ebitdaMargin: 1, taxRate: 0, years: 12 }],
      // 100% tax: cumulative FCF is exactly −net PP&E, 0 with a one-year life: no payback.
      ["bull", { taxRate: 1, usefulLife: 1, years: 30 }],
      ["base", { taxRate: 1, years: 30 }],
    ];
    for (const [caseName, overrides] of cases) {
      const params = resolveScenarioParams(caseName, overrides);
      const { value } = evaluate(buildScenarioSheet({ lang: "en", caseName, overrides, years: params.years }));
      worstErrors.push(compare(scenarioSheetLayout(params.years), value, caseName, params));
      parameterSets++;
    }
  });

  it("recalculates from its inputs: nothing is hard-coded", () => {
    const layout = scenarioSheetLayout(5);
    const { hf, value } = evaluate(buildScenarioSheet({ lang: "en" }));
    const set = (ref: CellRef, content: RawCellContent): void => {
      hf.setCellContents({ sheet: 0, row: ref.row, col: ref.col }, content);
    };
    const fcf = (): unknown[] => layout.outputs.fcf.map(value);
    const base = fcf();

    set(layout.inputs.capex.override, 100);
    const halved = runScenario(resolveScenarioParams("base", { capex: 100 }));
    fcf().forEach((v, t) => expect(v).toBeCloseTo(halved.rows.fcf[t] ?? NaN, 9));
    expect(fcf()).not.toEqual(base);

    set(layout.inputs.capex.override, null);
    expect(fcf()).toEqual(base);

    set(layout.caseSwitch, "bull");
    const bull = runScenario(SCENARIO_PRESETS.bull);
    layout.outputs.roic.map(value).forEach((v, t) => expect(v).toBeCloseTo(bull.rows.roic[t] ?? NaN, 12));

    set(layout.inputs.startYear.presets.bull, 2030);
    expect(layout.yearCells.map(value)).toEqual([2030, 2031, 2032, 2033, 2034]);

    set(layout.inputs.usefulLife.override, 2);
    const life2 = runScenario(resolveScenarioParams("bull", { usefulLife: 2, startYear: 2030 }));
    layout.outputs.depreciation
      .map(value)
      .forEach((v, t) => expect(v).toBeCloseTo(life2.rows.depreciation[t] ?? NaN, 9));
    expect(value(layout.payback)).toBe(life2.paybackYear ?? "beyond horizon");
  });

  afterAll(() => {
    const worst = Math.max(...worstErrors);
    // Reported by the lead's summary: how many parameter sets and the worst relative error.
    console.log(
      `scenario sheet cross-check: ${parameterSets} parameter sets, max relative error ${worst.toExponential(2)}; ` +
        `${valuationStats.gridCells} grid cells; IRR compared ${valuationStats.irrs}, none ${valuationStats.noIrr}, ` +
        `spreadsheet IRR did not converge ${valuationStats.irrNotConverged}, tiny-scale models ${valuationStats.tinyScale}`,
    );
    // The spreadsheet's IRR converges for nearly every row the engine values.
    expect(valuationStats.irrNotConverged).toBeLessThanOrEqual(valuationStats.irrs / 20);
  });
});
