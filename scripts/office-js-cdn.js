/**
 * Where the page loads office.js from. Microsoft's docs give the first CDN since September 2026
 * (office.js moved to Microsoft 365's unified domain; README, "Hosting"); the former CDN serves the
 * same files during the changeover, so the page's Content-Security-Policy allows both hosts, and the
 * tests' and the bench's stand-ins answer for both. office.js loads its other files (the host's
 * script, locale strings) from the folder its own URL names, so each entry is a folder.
 */
const OFFICE_JS_CDNS = Object.freeze([
  "https://officeapis.public.onecdn.static.microsoft/1/",
  "https://appsforoffice.microsoft.com/lib/1/hosted/",
]);

/** The URL the page's script tag names: the current CDN. */
const OFFICE_JS_URL = `${OFFICE_JS_CDNS[0]}office.js`;

/** The origins the CSP lists for office.js (script-src, frame-src). */
const OFFICE_JS_ORIGINS = Object.freeze(OFFICE_JS_CDNS.map((folder) => new URL(folder).origin));

module.exports = { OFFICE_JS_CDNS, OFFICE_JS_URL, OFFICE_JS_ORIGINS };
