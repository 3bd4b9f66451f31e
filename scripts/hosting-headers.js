/**
 * The HTTP headers a host should send for dist/ (README, "Hosting"); `npm run serve:dist` sends
 * exactly these, and test/hardening/serve-dist.test.ts checks them.
 *
 * - Hashed files (name.<8 hex>.js and their source maps) never change: cached for a year.
 * - Everything else keeps its name across releases (manifests, functions.json, the task pane page,
 *   its stylesheet, icons, help pages): `no-cache`, so a browser revalidates each time and an
 *   update reaches users at once (Excel's own cache of functions.json is separate: bump the version).
 * - The functions' metadata (functions.json and its localized copies, functions.fr.json) is read
 *   cross-origin: Excel on the web fetches it from its own origin, not the add-in's, so it carries
 *   `Access-Control-Allow-Origin: *`, as the dev server of Microsoft's template already sends. It
 *   is public and read without credentials, so `*` gives nothing away.
 * - HSTS only for a host that is not the developer's own machine: a year of HSTS pinned to
 *   `localhost` would force HTTPS on every other local server the developer runs there.
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
const HSTS = "max-age=31536000; includeSubDomains";
/** functions.json and functions.<language>.json, at the root of dist/. */
const FUNCTIONS_METADATA = /^functions(\.[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)?\.json$/;

/** The task pane page's own policy, from its <meta http-equiv="Content-Security-Policy">. */
function cspOfPage(html) {
  const match = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return match[1];
}

/**
 * Whether a request's Host header names the machine itself (localhost, *.localhost, 127.0.0.0/8,
 * [::1]), with or without a port. No header, or one that does not parse, is not local.
 */
function isLocalHost(hostHeader) {
  if (typeof hostHeader !== "string" || hostHeader === "") return false;
  let hostname;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * Headers for one file of dist/ (its path relative to dist, with forward slashes), under the
 * page's CSP; `localhost`: the request named the developer's own machine (no HSTS).
 */
function headersFor(file, csp, { localhost = false } = {}) {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return {
    "Content-Type": type,
    "Cache-Control": HASHED.test(file) ? LONG_CACHE : NO_CACHE,
    ...(localhost ? {} : { "Strict-Transport-Security": HSTS }),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": csp,
    ...(FUNCTIONS_METADATA.test(file) ? { "Access-Control-Allow-Origin": "*" } : {}),
  };
}

module.exports = {
  headersFor,
  cspOfPage,
  isLocalHost,
  CONTENT_TYPES,
  LONG_CACHE,
  NO_CACHE,
  HSTS,
  HASHED,
  FUNCTIONS_METADATA,
};
