/**
 * Lets plain Node `require()` the project's TypeScript (benchmarks, one-off scripts) by
 * transpiling each file on load with the project's TypeScript. No type checking here: `npm test`
 * type-checks.
 */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};
