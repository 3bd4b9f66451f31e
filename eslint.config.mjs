// ESLint flat config: typescript-eslint's strict rules, Microsoft's Office add-in rules (load
// before read, sync after load, no sync in loops), Prettier for formatting, and a ban on the DOM
// APIs that parse strings as HTML (figures and messages must never become markup).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const noHtmlInjection = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: "innerHTML is forbidden: build nodes with dom.ts.",
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: "outerHTML is forbidden: build nodes with dom.ts.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "insertAdjacentHTML is forbidden.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: "document.write is forbidden.",
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: "createContextualFragment parses HTML: forbidden.",
  },
];

// The arrows of the architecture (README, "Layout"): data <- core <- {functions, sheets} <- taskpane,
// and inside core, each concept folder imports only the folders below it, through their entry
// (index.ts), never a file inside another folder. A wrong import fails lint, so the plan cannot
// drift silently (test/architecture/arrows.test.ts proves the rules bite).
const CORE_LAYERS = {
  runtime: [],
  wording: ["runtime"],
  formula: ["runtime", "wording"],
  inputs: ["runtime", "wording", "formula"],
  dataset: ["runtime", "wording", "formula", "inputs"],
  figures: ["runtime", "wording", "formula", "inputs", "dataset"],
  reconcile: ["runtime", "wording", "formula", "inputs", "dataset", "figures"],
  scenario: ["runtime", "wording", "inputs"],
  audit: ["runtime", "wording", "formula", "inputs", "dataset", "figures", "reconcile", "scenario"],
};
const CORE_FOLDERS = Object.keys(CORE_LAYERS);
const intoCoreFile = {
  regex: "(^|/)core/[a-z-]+/[^/]+$",
  message: "Import a core folder through its entry (core/<folder>), not a file inside it.",
};
function restrictedImports(...patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}
function forbidTopFolders(folders, why) {
  return { regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message: why };
}
const arrows = [
  {
    files: ["src/data/**/*.ts"],
    rules: restrictedImports(
      forbidTopFolders(["core", "sheets", "functions", "taskpane"], "data imports nothing of the add-in: it is data."),
    ),
  },
  ...CORE_FOLDERS.map((folder) => {
    const below = new Set(CORE_LAYERS[folder]);
    const forbidden = CORE_FOLDERS.filter((other) => other !== folder && !below.has(other));
    const patterns = [
      forbidTopFolders(
        ["sheets", "functions", "taskpane"],
        "core is pure domain logic: it imports data and core only.",
      ),
      {
        regex: "^\\.\\./[a-z-]+/",
        message: "Import another core folder through its entry (../<folder>), not a file inside it.",
      },
    ];
    if (forbidden.length > 0)
      patterns.push({
        regex: `^\\.\\./(${forbidden.join("|")})(/|$)`,
        message: `core/${folder} may import only ${[...below].join(", ") || "data"}: the arrows run one way.`,
      });
    return { files: [`src/core/${folder}/**/*.ts`], rules: restrictedImports(...patterns) };
  }),
  {
    files: ["src/sheets/**/*.ts"],
    rules: restrictedImports(
      intoCoreFile,
      forbidTopFolders(["functions", "taskpane"], "sheets are pure specs: they import data and core only."),
    ),
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: restrictedImports(
      intoCoreFile,
      forbidTopFolders(["sheets", "taskpane"], "functions wrap core: they import data and core only."),
    ),
  },
  { files: ["src/taskpane/**/*.ts", "test/**/*.ts"], rules: restrictedImports(intoCoreFile) },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-syntax": ["error", ...noHtmlInjection],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...arrows,
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node }, sourceType: "module" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
