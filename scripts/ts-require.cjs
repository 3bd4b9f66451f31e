/**
 * Lets plain Node `require()` the project's TypeScript (benchmarks, one-off scripts) by
 * transpiling each file on load with the project's TypeScript. No type checking here: `npm test`
 * type-checks. `release()` lets the TypeScript compiler be garbage-collected once every module is
 * loaded, so memory measurements see the add-in, not the compiler.
 */
const fs = require("fs");

let ts = null;

require.extensions[".ts"] = (module, filename) => {
  ts ??= require("typescript");
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

const path = require("path");
const compilerDir = `${path.sep}typescript${path.sep}`;

function release() {
  ts = null;
  for (const id of Object.keys(require.cache).filter((file) => file.includes(compilerDir))) {
    Reflect.deleteProperty(require.cache, id);
  }
}

module.exports = { release };
