/**
 * Entry of the functions chunk. Microsoft's metadata plugin appends `CustomFunctions.associate(...)`
 * calls to functions.ts, which registers the AMZN functions at once and loads their answers (core
 * and the dataset) at the first call. Without office.js (blocked, offline) there is no
 * CustomFunctions global and nothing to register. In a plain browser office.js defines
 * CustomFunctions.associate too (measured: office.js 1.1.110), so the functions register there
 * as well, harmlessly: nothing calls them, and core is never evaluated. "eager" keeps functions.ts
 * in this chunk: no extra request.
 */
if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  void import(/* webpackMode: "eager" */ "./functions");
}
