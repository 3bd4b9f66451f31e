/**
 * The architecture's arrows are lint rules (eslint.config.mjs): these tests lint small files placed
 * where real ones live and check that an import against the arrows fails, and that the allowed
 * shape passes, so a rule that stops matching is noticed.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * ESLint loads its flat config (an ES module) by dynamic import, which Jest's module sandbox does
 * not allow: the files are linted in one child Node process, which prints each file's messages.
 */
function importErrorsOf(cases: readonly (readonly [string, string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const eslint = new ESLint({ cwd: process.cwd() });
    (async () => {
      const out = [];
      for (const [, file, code] of cases) {
        const [result] = await eslint.lintText(code, { filePath: require("node:path").join(process.cwd(), file) });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const output = execFileSync(process.execPath, ["-e", script], { cwd: root, input: JSON.stringify(cases) });
  return JSON.parse(output.toString()) as string[][];
}

const use = (name: string): string => `\nexport const used = ${name};\n`;

const forbidden = [
  [
    "core/runtime imports wording (a higher core folder)",
    "src/core/runtime/x.ts",
    'import { FLAG_TEXT } from "../wording";' + use("FLAG_TEXT"),
  ],
  [
    "core/dataset imports figures",
    "src/core/dataset/x.ts",
    'import { computeGrowth } from "../figures";' + use("computeGrowth"),
  ],
  [
    "core/scenario imports dataset",
    "src/core/scenario/x.ts",
    'import { findFigure } from "../dataset";' + use("findFigure"),
  ],
  [
    "core imports a file inside another core folder",
    "src/core/figures/x.ts",
    'import { parsePeriod } from "../dataset/periods";' + use("parsePeriod"),
  ],
  ["core imports the task pane", "src/core/audit/x.ts", 'import { t } from "../../taskpane/i18n";' + use("t")],
  ["core imports the sheets", "src/core/figures/x.ts", 'import { gridOf } from "../../sheets/grid";' + use("gridOf")],
  ["data imports core", "src/data/x.ts", 'import { AmznError } from "../core/runtime";' + use("AmznError")],
  ["sheets import the task pane", "src/sheets/x.ts", 'import { t } from "../taskpane/i18n";' + use("t")],
  [
    "sheets import a file inside a core folder",
    "src/sheets/x.ts",
    'import { findFigure } from "../core/dataset/dataset";' + use("findFigure"),
  ],
  ["functions import the sheets", "src/functions/x.ts", 'import { gridOf } from "../sheets/grid";' + use("gridOf")],
  [
    "the task pane imports a file inside a core folder",
    "src/taskpane/x.ts",
    'import { AmznError } from "../core/runtime/errors";' + use("AmznError"),
  ],
] as const;

const allowed = [
  [
    "core/figures imports dataset through its entry",
    "src/core/figures/x.ts",
    'import { findFigure } from "../dataset";' + use("findFigure"),
  ],
  [
    "core/figures imports a file of its own folder",
    "src/core/figures/x.ts",
    'import { computeGrowth } from "./growth";' + use("computeGrowth"),
  ],
  ["core imports data", "src/core/dataset/x.ts", 'import { METRICS } from "../../data";' + use("METRICS")],
  [
    "sheets import a core entry",
    "src/sheets/x.ts",
    'import { findFigure } from "../core/dataset";' + use("findFigure"),
  ],
  ["the task pane imports the sheets", "src/taskpane/x.ts", 'import { gridOf } from "../sheets/grid";' + use("gridOf")],
] as const;

describe("the arrows between folders are enforced by lint", () => {
  let errors: string[][] = [];
  beforeAll(() => {
    errors = importErrorsOf([...forbidden, ...allowed]);
  }, 120_000);

  it.each(forbidden.map((c, i) => [c[0], i] as const))("%s: lint fails", (_name, i) => {
    expect(errors[i]).not.toEqual([]);
  });

  it.each(allowed.map((c, i) => [c[0], forbidden.length + i] as const))("%s: lint passes", (_name, i) => {
    expect(errors[i]).toEqual([]);
  });
});
