/**
 * The memory row of `npm run bench`, in a process of its own that holds only the add-in (compiled
 * by tsc beforehand, no TypeScript compiler in the heap): the heap after 1,000,000 custom-function
 * calls against after 10,000. Prints one JSON line.
 */
const path = require("path");

const build = process.argv[2];
require(path.join(build, "test/setup/custom-functions-stub.js"));
const functions = require(path.join(build, "src/functions/functions.js"));

const years = [2023, 2024, 2025];
const metrics = ["revenue", "net_income", "aws_revenue", "capex", "free_cash_flow", "operating_income"];
const mixed = [
  (i) => functions.revenue(years[i % 3]),
  (i) => functions.netIncome(years[i % 3], "M", "filings"),
  (i) => functions.growth(metrics[i % 3], 2023, 2025, i % 2 ? "cagr" : "total"),
  (i) => functions.metric(metrics[i % metrics.length], 2024, "B", "filings"),
  (i) => functions.source(metrics[i % 3], years[i % 3]),
  // A column of distinct capex values: the cache must stay bounded.
  // (100 000 distinct values inside the valid 0–2,000 B$ range.)
  (i) => functions.capexScenario("base", 100 + (i % 100_000) / 100, undefined, 10),
  (i) => functions.series([[metrics[i % metrics.length]]]),
];

function heapAfter(calls, from) {
  for (let i = from; i < from + calls; i++) mixed[i % mixed.length](i);
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
}

// As Excel calls them once their answers have loaded (the first call loads them).
functions.loadAnswers().then(() => {
  const after10k = heapAfter(10_000, 0);
  const after1m = heapAfter(990_000, 10_000);
  console.log(JSON.stringify({ after10k, after1m }));
});
