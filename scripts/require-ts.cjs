/**
 * Lets the build (webpack.config.js, a CommonJS file) require the project's pure TypeScript
 * modules (src/functions/enum-values.ts and the core it imports): each .ts file under src/ is
 * transpiled to CommonJS with TypeScript's own transpileModule, in memory, without type checking
 * (`npm run typecheck` and ts-loader check the same files). Nothing is written to disk.
 */
const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");

const SRC = path.resolve(__dirname, "..", "src") + path.sep;

if (!Module._extensions[".ts"]) {
  Module._extensions[".ts"] = (module, filename) => {
    if (!filename.startsWith(SRC)) throw new Error(`require-ts: only files under src/ are transpiled: ${filename}`);
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
}

/** require() for a TypeScript module of the project. */
module.exports = function requireTs(file) {
  return require(path.resolve(file));
};
