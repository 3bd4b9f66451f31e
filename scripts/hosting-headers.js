/**
 * The HTTP headers a host should send for dist/ (README, "Hosting"); `npm run serve:dist` sends
 * exactly these, and test/hardening/serve-dist.test.ts checks them.
 *
 * - Hashed files (name.<8 hex>.js and their source maps) never change: cached for a year.
 * - Everything else keeps its name across releases (manifests, functions.json, the task pane page,
 *   its stylesheet, icons, help pages): `no-cache`, so a browser revalidates each time and an
 *   update reaches users at once (Excel's own cache of functions.json is separate: bump the version).
 * - The Content-Security-Policy header repeats the page's <meta> policy (dist/taskpane.html).
 */
const path = require("path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
};

const HASHED = /\.[0-9a-f]{8}\.js(\.map)?$/;
const LONG_CACHE = "public, max-age=31536000, immutable";
const NO_CACHE = "no-cache";

/** The task pane page's own policy, from its <meta http-equiv="Content-Security-Policy">. */
function cspOfPage(html) {
  const match = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return match[1];
}

/** Headers for one file of dist/ (its path relative to dist, with forward slashes). */
function headersFor(file, csp) {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return {
    "Content-Type": type,
    "Cache-Control": HASHED.test(file) ? LONG_CACHE : NO_CACHE,
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": csp,
  };
}

module.exports = { headersFor, cspOfPage, CONTENT_TYPES, LONG_CACHE, NO_CACHE, HASHED };
