/** The About tab's version and the text a user copies after a self-check. */
import { readFileSync } from "fs";
import path from "path";
import { ADDIN_VERSION, reportText } from "../../src/taskpane/views/about";

// The tab's buttons are Fluent's: their definitions are browser ES modules, which this Node test
// neither loads nor needs (the browser tests run the real ones).
jest.mock("../../src/taskpane/ui/fluent", () => ({ defineLazily: () => Promise.resolve() }));

it("shows package.json's version", () => {
  const packageJson = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
    version: string;
  };
  expect(ADDIN_VERSION).toBe(packageJson.version);
});

it("writes one line per check and per finding, PASS or FAIL first", () => {
  const text = reportText(
    {
      host: "Excel",
      platform: "PC",
      version: "16.0.17928",
      displayLanguage: "fr-FR",
      sets: [
        { name: "ExcelApi", highest: "1.17" },
        { name: "CustomFunctionsRuntime", highest: undefined },
      ],
    },
    [
      { id: "sheet-report-table", passed: true, details: ["40 cells read back as written"] },
      { id: "calc-REVENUE", passed: false, details: ["=AMZN.REVENUE(2024) at A1:", 'Excel shows text "#NAME?"'] },
    ],
  );
  expect(text.split("\n")).toEqual([
    `Amazon AI Report add-in ${ADDIN_VERSION}`,
    "Host: Excel; platform: PC; Office 16.0.17928; language fr-FR",
    "Requirement sets: ExcelApi 1.17, CustomFunctionsRuntime none",
    "",
    "PASS sheet-report-table",
    "  40 cells read back as written",
    "FAIL calc-REVENUE",
    "  =AMZN.REVENUE(2024) at A1:",
    '  Excel shows text "#NAME?"',
  ]);
});
