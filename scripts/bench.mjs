/**
 * `npm run bench`: speed, memory, bundle and round-trip budgets, each against a baseline measured
 * in the same run and printed with its target and PASS/FAIL. Nothing here is asserted by tests:
 * timings depend on the machine; tests assert behaviour (including sync counts).
 *
 * Runs the project's TypeScript directly (scripts/ts-require.cjs) and the production build in
 * dist/ (built first). Node is started with --expose-gc by the npm script.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
require("./ts-require.cjs");
require("../test/setup/custom-functions-stub.ts");

const functions = require("../src/functions/functions.ts");
// The functions as Excel calls them once their answers have loaded (the first call loads them; the
// rows below measure the steady state, the forwarder included).
await functions.loadAnswers();
const fake = require("../test/fakes/fake-excel.ts");
const writer = require("../src/taskpane/excel/writer.ts");
const amznWrite = require("../src/taskpane/excel/amzn-write.ts");
const { ENGLISH_HOST: benchHost } = require("../test/helpers/excel.ts");
const reportSheets = require("../src/sheets/report-sheets.ts");
const reconcileSheet = require("../src/sheets/reconcile-sheet.ts");
const scenarioSheet = require("../src/sheets/scenario-sheet.ts");

const rows = [];
const row = (name, measured, baseline, target, pass) => rows.push({ name, measured, baseline, target, pass });

// ---------------------------------------------------------------------------------------------
// Timing helpers: median of several rounds, each a tight loop over the same callback shape, so the
// baseline and the function run under the same harness cost.
//
// Every measurement gets its own copy of the loop. One loop shared by every row would see a dozen
// callbacks at its call site, and V8 inlines a callback only while its call site has seen a few: the
// rows measured first (the baselines) would run inlined and the later ones not. A copy needs its own
// source text: V8 caches what `new Function` compiles by source, type feedback included.
const LOOP_SOURCE = `return (callback, iterations) => {
  let sink = 0;
  const start = hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const result = callback(i);
    sink += typeof result === "number" ? result : 1;
  }
  const elapsed = Number(hrtime.bigint() - start) / iterations;
  return sink === -1 ? -1 : elapsed;
};`;
let loopCopies = 0;
function timingLoop(callback, iterations) {
  const loop = new Function("hrtime", `${LOOP_SOURCE}\n// copy ${++loopCopies}`)(process.hrtime);
  loop(callback, Math.min(iterations, 20_000)); // warm-up
  return () => loop(callback, iterations);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ROUNDS = 7;

function nsPerCall(callback, iterations) {
  const round = timingLoop(callback, iterations);
  return median(Array.from({ length: ROUNDS }, round));
}

/**
 * A measurement and its baseline, their rounds interleaved: whatever slows the machine for a moment
 * slows both, and the ratio the target is written on stays a ratio.
 */
function nsPerCallAgainst(baselineCallback, callback, iterations) {
  const baselineRound = timingLoop(baselineCallback, iterations);
  const round = timingLoop(callback, iterations);
  const baselines = [];
  const measured = [];
  for (let k = 0; k < ROUNDS; k++) {
    baselines.push(baselineRound());
    measured.push(round());
  }
  return [median(baselines), median(measured)];
}

const fmtNs = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const fmtKb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// 1. Custom-function call cost against a bare Map.get.

const years = [2023, 2024, 2025];
const lookup = new Map([
  [2023, 575],
  [2024, 638],
  [2025, 717],
]);
// As Excel calls it: an omitted optional argument arrives as null ("When no value is specified for
// an optional parameter, Excel assigns it the value null", custom-functions-parameter-options).
const [baseline, revenue] = nsPerCallAgainst(
  (i) => lookup.get(years[i % 3]),
  (i) => functions.revenue(years[i % 3], null, null),
  2_000_000,
);
row("bare Map.get (baseline)", fmtNs(baseline), "—", "—", null);
row(
  "REVENUE(year) as Excel calls it (omitted arguments null)",
  fmtNs(revenue),
  `${(revenue / baseline).toFixed(1)}×`,
  "≤ 5× baseline",
  revenue <= 5 * baseline,
);

// Every call below passes what Excel passes: null for each omitted optional argument.
const growth = nsPerCall(() => functions.growth("net_income", 2023, 2025, "cagr", null), 1_000_000);
row('GROWTH("net_income",2023,2025,"cagr")', fmtNs(growth), `${(growth / baseline).toFixed(1)}×`, "—", null);

// Excel passes SERIES's metrics as a range (a matrix): that path is not cached.
const series = nsPerCall(() => functions.series([["revenue"], ["net_income"]]), 50_000);
row(
  'SERIES({"revenue";"net_income"}) (range: uncached)',
  fmtNs(series),
  `${(series / baseline).toFixed(0)}×`,
  "—",
  null,
);

const capex5 = nsPerCall(
  () => functions.capexScenario("base", null, null, null, null, null, null, null, null, null, null),
  1_000_000,
);
row("CAPEX_SCENARIO 5 years (recalculation)", fmtNs(capex5), `${(capex5 / baseline).toFixed(1)}×`, "—", null);
const capex30 = nsPerCall(
  () => functions.capexScenario("base", null, null, 30, null, null, null, null, null, null, null),
  1_000_000,
);
row(
  "CAPEX_SCENARIO 30 years (recalculation)",
  fmtNs(capex30),
  `${(capex30 / baseline).toFixed(1)}×`,
  "≤ 20 µs",
  capex30 <= 20_000,
);
// capex passed as a one-cell range, as from a cell reference =AMZN.CAPEX_SCENARIO("base",B2,,30):
// range arguments bypass the cache, so this is the engine's own cost on every call.
const capex30Cold = nsPerCall(
  (i) => functions.capexScenario("base", [[100 + (i % 1000)]], null, 30, null, null, null, null, null, null, null),
  20_000,
);
row(
  "CAPEX_SCENARIO 30 years (first call, engine)",
  fmtNs(capex30Cold),
  `${(capex30Cold / baseline).toFixed(0)}×`,
  "≤ 20 µs",
  capex30Cold <= 20_000,
);

// A column of long texts where an id belongs (a pasted paragraph, 16,400 characters each): V8 hashes
// such strings by length alone, so a cache storing them answers each call after comparing them all.
// The cache does not store long text (memo.ts): per call, 1,500 distinct long texts must cost about
// what 1,500 distinct short ones do (both: a memoized call that answers the text's length).
{
  const { memoize } = require("../src/core/runtime/index.ts");
  const longTexts = Array.from({ length: 1_500 }, (_, i) => `${"x".repeat(16_400)}${i}`);
  const shortTexts = Array.from({ length: 1_500 }, (_, i) => `id${i}`);
  const onLong = memoize((text) => text.length);
  const onShort = memoize((text) => text.length);
  const [short, long] = nsPerCallAgainst(
    (i) => onShort(shortTexts[i % 1_500]),
    (i) => onLong(longTexts[i % 1_500]),
    30_000,
  );
  row(
    "long text arguments: 1,500 distinct 16,400-character texts (per call)",
    fmtNs(long),
    `${(long / short).toFixed(1)}× short texts`,
    "≤ 3× 1,500 short texts",
    long <= 3 * short,
  );
}
// SENSITIVITY: a 25 × 25 NPV grid of 30-year models (useful life 1–25 × revenue yield 0.1–2.5)
// against the 625 CAPEX_SCENARIO npv calls it stands for, in this run. Life and yield go in as
// one-cell ranges, as from the cells of a hand-built grid: uncached, the engine's cost every time.
const sensitivityLives = Array.from({ length: 25 }, (_, k) => [1 + k]);
const sensitivityYields = [Array.from({ length: 25 }, (_, j) => Number((0.1 * (j + 1)).toFixed(1)))];
const [sensitivityCalls, sensitivityGrid] = nsPerCallAgainst(
  () => {
    let cells = 0;
    for (const [life] of sensitivityLives)
      for (const yieldValue of sensitivityYields[0])
        cells += functions.capexScenario(
          "base",
          undefined,
          undefined,
          30,
          [[life]],
          [[yieldValue]],
          undefined,
          undefined,
          undefined,
          "npv",
        ).length;
    return cells;
  },
  () =>
    functions.sensitivity(
      "npv",
      "useful_life",
      sensitivityLives,
      "revenue_yield",
      sensitivityYields,
      "base",
      undefined,
      undefined,
      30,
    ).length,
  30,
);
row(
  "625 CAPEX_SCENARIO npv calls, 30 years (baseline of the grid)",
  `${(sensitivityCalls / 1e6).toFixed(1)} ms`,
  "—",
  "—",
  null,
);
row(
  "SENSITIVITY 25 × 25 npv grid, 30 years",
  `${(sensitivityGrid / 1e6).toFixed(1)} ms`,
  `${(sensitivityGrid / sensitivityCalls).toFixed(2)}× the 625 calls`,
  "≤ 1× the 625 calls",
  sensitivityGrid <= sensitivityCalls,
);

// ---------------------------------------------------------------------------------------------
// 2. A workbook-sized recalculation: 10,000 mixed calls.

const metrics = ["revenue", "net_income", "aws_revenue", "capex", "free_cash_flow", "operating_income"];
const mixed = [
  (i) => functions.revenue(years[i % 3]),
  (i) => functions.netIncome(years[i % 3], "M", "filings"),
  (i) => functions.awsRevenue(years[i % 3]),
  (i) => functions.metric(metrics[i % metrics.length], 2024, "B", "filings"),
  (i) => functions.growth(metrics[i % 3], 2023, 2025, i % 2 ? "cagr" : "total"),
  () => functions.kpi("rufus_users"),
  (i) => functions.source(metrics[i % 3], years[i % 3]),
  (i) => functions.capexScenario(["bear", "base", "bull"][i % 3]),
];
const workbook = (i) => mixed[i % mixed.length](i);
const recalcStart = process.hrtime.bigint();
for (let i = 0; i < 10_000; i++) workbook(i);
const firstRecalc = Number(process.hrtime.bigint() - recalcStart) / 10_000;
const [recalcBaseline, recalc] = nsPerCallAgainst((i) => lookup.get(years[i % 3]), workbook, 10_000);
row(
  "10,000 mixed AMZN calls, first calculation (per call)",
  fmtNs(firstRecalc),
  `${(firstRecalc / recalcBaseline).toFixed(0)}×`,
  "—",
  null,
);
row(
  "10,000 mixed AMZN calls, recalculation (per call)",
  fmtNs(recalc),
  `${(recalc / recalcBaseline).toFixed(1)}×`,
  "—",
  null,
);

// ---------------------------------------------------------------------------------------------
// 3. Memory: heap after 1,000,000 calls against after 10,000.

// In a separate process holding only the add-in compiled by tsc (no compiler in the heap), from a
// folder of its own: a shared one kept the files of an earlier layout (core/dataset.js beside
// core/dataset/index.js, which require() then found first) and was shared by every checkout.
const compiled = mkdtempSync(path.join(os.tmpdir(), "amzn-addin-bench-build-"));
execFileSync(
  process.execPath,
  [
    require.resolve("typescript/bin/tsc"),
    "-p",
    "tsconfig.json",
    "--noEmit",
    "false",
    "--module",
    "commonjs",
    "--moduleResolution",
    "node",
    "--outDir",
    compiled,
    "--sourceMap",
    "false",
  ],
  { cwd: root, stdio: "ignore" },
);
const memory = JSON.parse(
  execFileSync(process.execPath, ["--expose-gc", path.join(root, "scripts/bench-memory.cjs"), compiled], {
    encoding: "utf8",
  }),
);
rmSync(compiled, { recursive: true, force: true });
const growthPct = ((memory.after1m - memory.after10k) / memory.after10k) * 100;
row(
  "heap after 1,000,000 calls vs after 10,000 (own process)",
  `${fmtKb(memory.after1m)} vs ${fmtKb(memory.after10k)}`,
  `${growthPct >= 0 ? "+" : ""}${growthPct.toFixed(1)}%`,
  "≤ +10%",
  growthPct <= 10,
);

// ---------------------------------------------------------------------------------------------
// 4. Bundle sizes (production build, office.js excluded: it comes from Microsoft's CDN).

execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
  cwd: root,
  stdio: "ignore",
});
/** A chunk of the production build by name: its file carries a content hash (core.1a2b3c4d.js). */
const chunkFile = (name) => {
  const file = readdirSync(path.join(root, "dist")).find((candidate) =>
    new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`).test(candidate),
  );
  if (!file) throw new Error(`dist/ has no ${name}.<hash>.js`);
  return file;
};
const size = (name) => {
  const bytes = readFileSync(path.join(root, "dist", chunkFile(name)));
  return { min: bytes.length, gz: gzipSync(bytes).length };
};
const fnChunk = size("functions");
const paneChunk = size("taskpane");
const coreChunk = size("core");
const fluentChunk = size("fluent");
const runtimeChunk = size("runtime");
// The chunks the built page loads: its deferred scripts in their order (the functions register once
// runtime and functions have run), then what it preloads (core, which runs at the first call).
const builtPage = readFileSync(path.join(root, "dist", "taskpane.html"), "utf8");
const chunkName = (src) => src.replace(/\.[0-9a-f]{8}\.js$/, "");
const pageScripts = [...builtPage.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
  .map((match) => match[1])
  .filter((src) => !src.startsWith("https://"))
  .map(chunkName);
const pagePreloads = [...builtPage.matchAll(/<link[^>]*\brel="?preload"?[^>]*\bhref="?([^"\s>]+)"?/g)]
  .map((match) => match[1])
  .map(chunkName);
const pageChunks = [...pageScripts, ...pagePreloads];
const sum = (names) =>
  names
    .map(size)
    .reduce((total, chunk) => ({ min: total.min + chunk.min, gz: total.gz + chunk.gz }), { min: 0, gz: 0 });
const functionsNeed = pageScripts.slice(0, pageScripts.indexOf("functions") + 1);
const firstScreen = sum(pageChunks);
const functionsTotal = sum([...functionsNeed, "core"]);
row(
  "functions chunk (functions.js), min / gzip",
  `${fmtKb(fnChunk.min)} / ${fmtKb(fnChunk.gz)}`,
  "—",
  "≤ 40 KB min",
  fnChunk.min <= 40 * 1024,
);
row(
  "task pane chunk (taskpane.js), min / gzip",
  `${fmtKb(paneChunk.min)} / ${fmtKb(paneChunk.gz)}`,
  "—",
  "≤ 150 KB min",
  paneChunk.min <= 150 * 1024,
);
row(
  "Fluent 2 components chunk (fluent.js: FAST and 11 components; loaded with the app), min / gzip",
  `${fmtKb(fluentChunk.min)} / ${fmtKb(fluentChunk.gz)}`,
  "—",
  "—",
  null,
);
row(
  "shared core chunk (core.js: dataset + the core the functions use), min / gzip",
  `${fmtKb(coreChunk.min)} / ${fmtKb(coreChunk.gz)}`,
  "—",
  "—",
  null,
);
row(
  "webpack runtime chunk (runtime.js: one module registry for the page), min / gzip",
  `${fmtKb(runtimeChunk.min)} / ${fmtKb(runtimeChunk.gz)}`,
  "—",
  "—",
  null,
);
const appChunk = size("app");
row(
  "task pane app chunk (app.js: shell, views, sheet specs, writer; loaded inside Excel), min / gzip",
  `${fmtKb(appChunk.min)} / ${fmtKb(appChunk.gz)}`,
  "—",
  "—",
  null,
);
row(
  `JS the page loads (${pageChunks.join(" + ")}), min / gzip`,
  `${fmtKb(firstScreen.min)} / ${fmtKb(firstScreen.gz)}`,
  "—",
  "—",
  null,
);
// Inside Excel the pane's first screen also needs the app and Fluent's components, fetched once
// Office.onReady says the host is Excel.
row(
  `JS of the first screen inside Excel (${pageChunks.join(" + ")} + app + fluent), min / gzip`,
  `${fmtKb(firstScreen.min + appChunk.min + fluentChunk.min)} / ${fmtKb(firstScreen.gz + appChunk.gz + fluentChunk.gz)}`,
  "—",
  "—",
  null,
);
// What the functions need, gzipped as any static host or CDN serves them (office.js excluded:
// Microsoft's CDN, shared): to register, the chunks the page runs up to the functions' own; to
// answer, those and core (the dataset and the core the answers use), which the first call loads.
const functionsRegister = sum(functionsNeed);
row(
  `what the functions need to register (${functionsNeed.join(" + ")}), gzip`,
  fmtKb(functionsRegister.gz),
  "—",
  "—",
  null,
);
row(
  `what the functions need to answer (${[...functionsNeed, "core"].join(" + ")}), gzip`,
  fmtKb(functionsTotal.gz),
  "—",
  "—",
  null,
);

// ---------------------------------------------------------------------------------------------
// 5. context.sync() calls per writer operation, on the typed fake Excel.

Object.assign(globalThis, { Excel: fake.fakeExcelEnums });
async function syncs(operation, setup) {
  const state = fake.createWorkbookState(() => 638);
  setup?.(state);
  await operation(new fake.FakeRequestContext(state));
  return state.syncCount;
}
const syncRow = async (name, operation, limit, setup) => {
  const count = await syncs(operation, setup);
  row(
    `syncs: ${name}`,
    String(count),
    "—",
    limit === undefined ? "—" : `≤ ${limit}`,
    limit === undefined ? null : count <= limit,
  );
};
const results = (chart) =>
  reportSheets.buildReportSheet({ table: "results", lang: "en", live: false, chart, basis: "report" });
await syncRow(
  "insert results table at selection",
  (c) => writer.writeSpec(c, results(false), { target: "selection" }),
  2,
);
await syncRow("insert results table + chart", (c) => writer.writeSpec(c, results(true), { target: "selection" }), 3);
await syncRow(
  "insert AWS table + combo chart on a new sheet",
  (c) =>
    writer.writeSpec(
      c,
      reportSheets.buildReportSheet({ table: "aws", lang: "fr", live: true, chart: true, basis: "report" }),
      { target: "newSheet" },
    ),
  3,
);
await syncRow(
  "insert KPI table",
  (c) =>
    writer.writeSpec(
      c,
      reportSheets.buildReportSheet({ table: "kpis", lang: "en", live: false, chart: false, basis: "report" }),
      { target: "selection" },
    ),
  2,
);
await syncRow(
  "insert reconciliation table",
  (c) => writer.writeSpec(c, reconcileSheet.buildReconciliationSheet("en"), { target: "selection" }),
  2,
);
await syncRow(
  "scenario sheet, 5 years",
  (c) => writer.writeSpec(c, scenarioSheet.buildScenarioSheet({ lang: "en", years: 5 }), { target: "newSheet" }),
  3,
);
await syncRow(
  "scenario sheet, 30 years",
  (c) => writer.writeSpec(c, scenarioSheet.buildScenarioSheet({ lang: "en", years: 30 }), { target: "newSheet" }),
  3,
);
await syncRow(
  "occupied target (refused, nothing written)",
  (c) => writer.writeSpec(c, results(true), { target: "selection" }),
  1,
  (state) => fake.fillCells(state, "Sheet1", "A1", [["keep"]]),
);
await syncRow(
  "insert formula in active cell (the one write path, English Excel)",
  (c) => amznWrite.insertAmznFormula(c, "=AMZN.REVENUE(2024)", { shape: { rows: 1, cols: 1 }, host: benchHost }),
  2,
);
await syncRow(
  "convert to values: sheet",
  (c) => writer.convertAmznToValues(c, "sheet", true),
  4, // measure (used range), scan, read values, write: bounded chunks for any size
  (state) => fake.fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)"]]),
);
await syncRow(
  "convert to values: workbook",
  (c) => writer.convertAmznToValues(c, "workbook", true),
  5,
  (state) => fake.fillCells(state, "Sheet1", "A1", [["=AMZN.REVENUE(2024)"]]),
);
await syncRow("audit: read active cell", (c) => writer.readActiveCell(c), 1);

// ---------------------------------------------------------------------------------------------
// 6. Page loads in headless Chromium against a blank page that loads office.js: on the loopback
// (the page's own work), then under an emulated network where bytes count.

const harness = require("../test/browser/harness.ts");
const { OFFICE_JS_URL } = require("./office-js-cdn.js");
// The blank page loads office.js from the same URL as the built page.
const BLANK_HTML =
  `<!doctype html><html><head><script src="${OFFICE_JS_URL}"></script>` +
  '<script src="blank-ready.js"></script></head><body></body></html>';
// Both servers send gzip, as a static host and Microsoft's CDN do (harness.serveDist, timingBrowser).
const server = await harness.serveDist(
  {
    "/blank.html": { contentType: "text/html; charset=utf-8", body: BLANK_HTML },
    "/blank-ready.js": {
      contentType: "text/javascript; charset=utf-8",
      body: "Office.onReady(function () { performance.mark('amzn:ready'); });",
    },
  },
  { gzip: true },
);
// No request interception (harness.timingBrowser): every page fetches at the loopback's speed,
// or at the emulated network's.
const lab = await harness.timingBrowser();

/**
 * The network of the throttled loads: Lighthouse's "slow 4G" (1.6 Mbps down, 750 kbps up, 150 ms
 * round trip), through Chromium's own network emulation (DevTools protocol,
 * Network.emulateNetworkConditions), which every request of the page passes, office.js's stand-in
 * included. Throughputs in bytes per second.
 */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const NETWORK_TEXT = "1.6 Mbps down, 750 kbps up, 150 ms round trip";

// Cold start: from navigation to the last CustomFunctions.associate call of the built page (the
// moment every AMZN function is registered), against the blank page's Office.onReady. Outside
// Excel, office.js's CustomFunctions has an associate of its own that maps nothing to Excel, so an
// init script wraps it to record the time of each call and the functions registered (and forwards
// to whatever office.js puts there). With `ask`, once the last function is registered the script
// calls one, as Excel does at its first calculation, and records when its answer arrives.
const functionCount = JSON.parse(readFileSync(path.join(root, "dist", "functions.json"), "utf8")).functions.length;
const RECORD_ASSOCIATE = ({ count, ask }) => {
  const calls = [];
  const registered = new Map();
  let answer;
  let stored = {};
  const askOnce = () => {
    // Excel's first calculation, right after registration: a task of its own, after the call
    // that registered the last function.
    setTimeout(() => {
      Promise.resolve()
        .then(() => registered.get(ask.id)(...ask.args))
        .then(
          (value) => {
            answer = {
              at: performance.now(),
              value: value !== null && typeof value === "object" ? value.basicValue : value,
            };
          },
          (error) => {
            answer = { at: performance.now(), error: String(error) };
          },
        );
    }, 0);
  };
  // office.js assigns its own CustomFunctions.associate after creating the object: keep the
  // wrapper in place with an accessor, and forward to whatever office.js installs.
  const record = (target) => {
    let original = typeof target.associate === "function" ? target.associate : undefined;
    const wrapper = (...args) => {
      calls.push(performance.now());
      if (typeof args[0] === "string") registered.set(args[0], args[1]);
      else if (args[0] && typeof args[0] === "object")
        for (const [id, f] of Object.entries(args[0])) registered.set(id, f);
      if (ask && calls.length === count) askOnce();
      return original?.apply(target, args);
    };
    Object.defineProperty(target, "associate", {
      configurable: true,
      enumerable: true,
      get: () => wrapper,
      set: (value) => {
        original = value;
      },
    });
    return target;
  };
  Object.defineProperty(globalThis, "__associateCalls", { get: () => calls });
  Object.defineProperty(globalThis, "__firstAnswer", { get: () => answer });
  Object.defineProperty(globalThis, "CustomFunctions", {
    configurable: true,
    get: () => stored,
    set: (value) => {
      stored = record(value ?? {});
    },
  });
  record(stored);
};

/**
 * One load in a fresh browser context. Every page marks the moment it is ready
 * (performance.mark "amzn:ready"), read from the page's own clock, from navigation start. A load
 * that records also gives the last associate call and, when it asks, the first answer. Throttled:
 * the page's every request passes the emulated network, and office.js's own timing says so.
 */
async function load(pathname, host, { records = false, ask = false, throttled = false } = {}) {
  lab.serve(host === "excel" ? "excel" : "office");
  const context = await lab.browser.newContext({ viewport: { width: 500, height: 900 }, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  if (throttled) {
    const devtools = await context.newCDPSession(page);
    await devtools.send("Network.enable");
    await devtools.send("Network.emulateNetworkConditions", NETWORK);
  }
  if (host === "excel") await harness.configureScriptedHost(page, {});
  if (records) {
    await page.addInitScript(RECORD_ASSOCIATE, {
      count: functionCount,
      // As Excel asks: its two optional arguments omitted, so null.
      ask: ask ? { id: "REVENUE", args: [2024, null, null] } : undefined,
    });
  }
  await page.goto(`${server.origin}${pathname}`);
  const value = (handle) => handle.jsonValue();
  const ready = await page
    .waitForFunction(() => performance.getEntriesByName("amzn:ready")[0]?.startTime ?? false)
    .then(value);
  const registered = records
    ? await page
        .waitForFunction(
          (count) => (globalThis.__associateCalls.length >= count ? globalThis.__associateCalls[count - 1] : false),
          functionCount,
        )
        .then(value)
    : undefined;
  const answer = ask ? await page.waitForFunction(() => globalThis.__firstAnswer ?? false).then(value) : undefined;
  // How long office.js took to arrive, from the page's resource timing (the stand-in's share of the network).
  const officeJs = await page.evaluate(
    (url) => performance.getEntriesByName(url)[0]?.duration ?? Number.NaN,
    OFFICE_JS_URL,
  );
  await context.close();
  return { ready, registered, answer, officeJs };
}

/**
 * Interleaved rounds: each round runs every load once, in an order that rotates from round to
 * round, so that a drift of the machine's load over the run weighs on every page alike.
 */
async function interleave(loads, rounds) {
  const results = Object.fromEntries(loads.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (let i = 0; i < loads.length; i++) {
      const [name, pathname, host, options] = loads[(i + round) % loads.length];
      results[name].push(await load(pathname, host, options));
    }
  return results;
}

// On the loopback: the pane's ready time outside Office is read without the associate recorder;
// the cold start loads the same page with it. Median of 11.
const local = await interleave(
  [
    ["blank", "/blank.html", "none"],
    ["pane", "/taskpane.html", "none"],
    ["coldStart", "/taskpane.html", "none", { records: true }],
    ["blankInExcel", "/blank.html", "excel"],
    ["paneInExcel", "/taskpane.html", "excel"],
  ],
  11,
);
const blank = median(local.blank.map((r) => r.ready));
// Outside Office the pane's first screen is the notice that says how to open it in Excel.
const pane = median(local.pane.map((r) => r.ready));
// Inside (scripted) Excel the pane paints its first screen, the gallery with its Fluent components,
// before it marks ready; the blank page loads the same scripted host in place of office.js.
const blankInExcel = median(local.blankInExcel.map((r) => r.ready));
const paneInExcel = median(local.paneInExcel.map((r) => r.ready));
const coldStart = median(local.coldStart.map((r) => r.registered));

// Where bytes count: the blank page, the pane (ready outside Office) and the pane with the recorder
// asking for =AMZN.REVENUE(2024) once registered. Median of 11.
const slow = await interleave(
  [
    ["blank", "/blank.html", "none", { throttled: true }],
    ["pane", "/taskpane.html", "none", { throttled: true }],
    ["functions", "/taskpane.html", "none", { throttled: true, records: true, ask: true }],
  ],
  11,
);
await lab.close();
await server.close();

row(
  `cold start: last of ${functionCount} CustomFunctions.associate vs blank page + office.js ready`,
  `${coldStart.toFixed(0)} ms vs ${blank.toFixed(0)} ms`,
  `${(coldStart / blank).toFixed(2)}×`,
  "≤ 1.3×",
  coldStart <= 1.3 * blank,
);
row(
  "task pane ready (outside Office) vs blank page + office.js",
  `${pane.toFixed(0)} ms vs ${blank.toFixed(0)} ms`,
  `${(pane / blank).toFixed(2)}×`,
  "≤ 1.5×",
  pane <= 1.5 * blank,
);
// The scripted host is far lighter than office.js, so the first ratio shows the pane's own work
// (its chunks, Fluent's definitions, the gallery's cards); the second, against the real office.js,
// understates it. Neither is the budget: the row above is (as the issue measured it).
row(
  "task pane ready in scripted Excel (gallery painted) vs blank page + scripted host",
  `${paneInExcel.toFixed(0)} ms vs ${blankInExcel.toFixed(0)} ms`,
  `${(paneInExcel / blankInExcel).toFixed(2)}×`,
  "—",
  null,
);
row(
  "task pane ready in scripted Excel vs blank page + office.js",
  `${paneInExcel.toFixed(0)} ms vs ${blank.toFixed(0)} ms`,
  `${(paneInExcel / blank).toFixed(2)}×`,
  "—",
  null,
);

const slowBlank = median(slow.blank.map((r) => r.ready));
const slowRegistered = median(slow.functions.map((r) => r.registered));
const answers = slow.functions.map((r) => r.answer);
const wrongAnswers = answers.filter((a) => a.error !== undefined || a.value !== 638);
const slowAnswer = median(answers.map((a) => a.at));
const slowPane = median(slow.pane.map((r) => r.ready));
const slowRow = (name, measured, target) =>
  row(
    `${name} vs blank page + office.js ready (${NETWORK_TEXT})`,
    `${measured.toFixed(0)} ms vs ${slowBlank.toFixed(0)} ms`,
    `${(measured / slowBlank).toFixed(2)}×`,
    `≤ ${target}×`,
    measured <= target * slowBlank,
  );
slowRow("throttled: functions registered (last associate)", slowRegistered, 1.3);
if (wrongAnswers.length > 0) {
  row(
    "throttled: first answer of =AMZN.REVENUE(2024) right after registration",
    `${wrongAnswers.length} of ${answers.length} wrong: ${JSON.stringify(wrongAnswers[0])}`,
    "—",
    "638",
    false,
  );
} else {
  slowRow("throttled: first answer of =AMZN.REVENUE(2024) (638) right after registration", slowAnswer, 1.3);
}
slowRow("throttled: task pane ready (outside Office)", slowPane, 1.5);
// The emulation reaches the stand-in of Microsoft's CDN too: office.js takes at least a round trip.
const officeJsSlow = median([...slow.blank, ...slow.pane, ...slow.functions].map((r) => r.officeJs));
const officeJsLocal = median([...local.blank, ...local.pane, ...local.coldStart].map((r) => r.officeJs));
row(
  "throttled: office.js from the CDN stand-in, fetch time (network check: ≥ 150 ms)",
  `${officeJsSlow.toFixed(0)} ms (loopback: ${officeJsLocal.toFixed(0)} ms)`,
  "—",
  "≥ 150 ms",
  officeJsSlow >= NETWORK.latency,
);

// ---------------------------------------------------------------------------------------------

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(
  `\nAMZN add-in benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
);
const header = ["measure", "value", "ratio", "target", "result"];
const table = [
  header,
  ...rows.map((r) => [r.name, r.measured, r.baseline, r.target, r.pass === null ? "—" : r.pass ? "PASS" : "FAIL"]),
];
const widths = header.map((_, col) => Math.max(...table.map((line) => line[col].length)));
const line = (cells) => `| ${cells.map((cell, col) => cell.padEnd(widths[col])).join(" | ")} |`;
console.log(line(table[0]));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const cells of table.slice(1)) console.log(line(cells));
const failed = rows.filter((r) => r.pass === false).length;
console.log(`\n${rows.filter((r) => r.pass === true).length} targets met, ${failed} missed`);
