/**
 * Entry of the functions chunk. Microsoft's metadata plugin appends
 * `CustomFunctions.associate(...)` calls to functions.ts; outside Excel the CustomFunctions global
 * does not exist, so the module is evaluated only inside Excel's runtime (the page then still
 * loads cleanly in a plain browser). "eager" keeps it in this chunk: no extra request.
 */
if (typeof CustomFunctions !== "undefined") {
  void import(/* webpackMode: "eager" */ "./functions");
}
