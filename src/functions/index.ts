/**
 * Entry of the functions chunk. Microsoft's metadata plugin appends
 * `CustomFunctions.associate(...)` calls to functions.ts; outside Excel the CustomFunctions global
 * does not exist (or, with office.js loaded in a plain browser, is an empty shell), so the module
 * is evaluated only inside Excel's runtime (the page then still
 * loads cleanly in a plain browser). "eager" keeps it in this chunk: no extra request.
 */
if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  void import(/* webpackMode: "eager" */ "./functions");
}
