/**
 * The scenario sheet written through Office.js (the double): its sensitivity grid gets Excel's
 * three-colour scale as a conditional format, in the same two syncs as the rest of the sheet.
 */
import { buildScenarioSheet, scenarioSheetLayout } from "../../src/sheets/scenario-sheet";
import { writeSpec } from "../../src/taskpane/excel/writer";
import {
  FakeOfficeError,
  FakeRequestContext,
  createWorkbookState,
  fakeExcelEnums,
  getSheet,
} from "../fakes/fake-excel";

beforeAll(() => {
  Object.assign(globalThis, { Excel: fakeExcelEnums });
});

const context = (state: ReturnType<typeof createWorkbookState>): Excel.RequestContext =>
  new FakeRequestContext(state) as unknown as Excel.RequestContext;

describe("the scenario sheet's colour scale", () => {
  it.each([1, 5, 30])("covers the 5 × 5 NPV grid, red–yellow–green, %i years, in two syncs", async (years) => {
    const state = createWorkbookState();
    const result = await writeSpec(context(state), buildScenarioSheet({ lang: "fr", years }), {
      target: "newSheet",
    });
    expect(result.status).toBe("written");
    expect(state.syncCount).toBe(2);
    const sheet = getSheet(state, "Scénario capex");
    const grid = scenarioSheetLayout(years).sensitivity.cells;
    const first = grid[0]?.[0];
    expect(sheet.conditionalFormats).toEqual([
      {
        row: first?.row,
        col: first?.col,
        rows: 5,
        cols: 5,
        type: "ColorScale",
        threeColorScale: true,
        criteria: {
          minimum: { type: "LowestValue", color: "#F8696B" },
          midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        },
      },
    ]);
  });

  it("the double refuses what Excel refuses: a colour scale of another type, a criterion without its formula", async () => {
    const state = createWorkbookState();
    const fake = new FakeRequestContext(state);
    const range = fake.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    // colorScale is a navigation property (nothing to load); the double refuses it on another type.
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(() => range.conditionalFormats.add("Custom").colorScale).toThrow(FakeOfficeError);
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "Number" },
      maximum: { type: "HighestValue" },
    };
    await expect(fake.sync()).rejects.toThrow(/Number criterion needs a formula/);
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", formula: "3" },
      maximum: { type: "HighestValue" },
    };
    await expect(fake.sync()).rejects.toThrow(/takes no formula/);
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue" },
      midpoint: { type: "Percentile", formula: "150" },
      maximum: { type: "HighestValue" },
    };
    await expect(fake.sync()).rejects.toThrow(/not 0–100/);
  });
});
