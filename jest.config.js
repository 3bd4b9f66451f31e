/** Every test layer runs in this one Jest run: unit, functions, metadata, manifest, writer and browser. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/test/setup/custom-functions-stub.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
};
