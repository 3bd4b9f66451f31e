/**
 * Browser-test plumbing: serves the production build (dist/) on loopback, starts Debian's
 * Chromium through playwright-core, and routes Microsoft's office.js CDN either to the npm
 * package's copy (outside Office) or to the scripted Excel host.
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "http";
import { createServer as createHttpsServer } from "https";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import ts from "typescript";
import { gzipSync } from "zlib";
import { OFFICE_JS_CDNS, OFFICE_JS_URL } from "../../scripts/office-js-cdn";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** The office.js CDN folder a URL is in (the current one or the former), or undefined. */
function officeCdnOf(url: string): string | undefined {
  return OFFICE_JS_CDNS.find((folder) => url.startsWith(folder));
}

/** The npm package's copy of a file of office.js's CDN (either host), or undefined when it has none. */
function officeFile(url: string): string | undefined {
  const { origin, pathname } = new URL(url);
  const folder = OFFICE_JS_CDNS.map((cdn) => new URL(cdn)).find(
    (cdn) => cdn.origin === origin && pathname.startsWith(cdn.pathname),
  );
  if (!folder) return undefined;
  const file = path.join(OFFICE_DIST, pathname.slice(folder.pathname.length));
  return file.startsWith(OFFICE_DIST + path.sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** A page the server answers in place of a file of dist/ (the bench's blank page). */
export interface ExtraPage {
  readonly contentType: string;
  readonly body: string;
}

export interface ServeOptions {
  /**
   * Send gzip to a browser that accepts it, as any static host or CDN does (the bench: where bytes
   * count, a file's wire size is what a user waits for). Each file is compressed once, ahead of
   * its first request, so compressing costs no request any time.
   */
  readonly gzip?: boolean;
}

/** Gzip of a file's bytes, made once per content. */
const gzipped = new Map<string, Buffer>();
function gzipOnce(key: string, body: Buffer | string): Buffer {
  let zipped = gzipped.get(key);
  if (!zipped) {
    zipped = gzipSync(body, { level: 9 });
    gzipped.set(key, zipped);
  }
  return zipped;
}

/** Answers with the body, gzipped when asked to and the request accepts it. */
function send(
  request: IncomingMessage,
  response: ServerResponse,
  headers: OutgoingHttpHeaders,
  body: Buffer | string,
  gzipKey: string | undefined,
): void {
  if (gzipKey !== undefined && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    response.writeHead(200, { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
    response.end(gzipOnce(gzipKey, body));
    return;
  }
  response.writeHead(200, headers).end(body);
}

export async function serveDist(
  extraPages: Readonly<Record<string, ExtraPage>> = {},
  options: ServeOptions = {},
): Promise<StaticServer> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: `npm test` builds it first (npm run build).");
  }
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const extra = extraPages[url.pathname];
    if (extra) {
      const key = options.gzip ? `extra:${url.pathname}:${extra.body}` : undefined;
      send(request, response, { "Content-Type": extra.contentType }, extra.body, key);
      return;
    }
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const headers = { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" };
    const key = options.gzip ? `${file}:${statSync(file).mtimeMs}` : undefined;
    send(request, response, headers, readFileSync(file), key);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no server address");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** What the stand-in CDN serves as office.js: the npm package's files, or the scripted Excel host. */
export type CdnContent = "office" | "excel";

export interface TimingBrowser {
  readonly browser: Browser;
  /** Switches what the stand-in CDN serves, for the loads that follow. */
  serve(content: CdnContent): void;
  close(): Promise<void>;
}

/**
 * A browser for timing page loads (npm run bench), without request interception. Once a page has
 * any route, Playwright intercepts every request it makes (Fetch.enable with the pattern "*") and
 * each one waits on this Node process: the task pane's six requests then queued behind each other
 * (functions.js, 5 KB, arrived 30 to 70 ms after it was asked for, December 7) while the blank page's
 * two did not, which measured the harness rather than the page. Here office.js's CDN is a local
 * HTTPS server that Chromium resolves office.js's CDN hosts to (--host-resolver-rules), with
 * a throwaway certificate the timing contexts accept (ignoreHTTPSErrors: a timing, not a trust,
 * test; the certificate tests check trust), and the pages come from the loopback server. The
 * stand-in answers for both office.js hosts (scripts/office-js-cdn.js), each under its own folder.
 */
export async function timingBrowser(): Promise<TimingBrowser> {
  // Imported here, not at the top: only the bench needs it, and it pulls node-forge in.
  const { generateCertificates } = await import("office-addin-dev-certs/lib/generate");
  const directory = mkdtempSync(path.join(os.tmpdir(), "amzn-cdn-"));
  const ca = path.join(directory, "ca.crt");
  const cert = path.join(directory, "cdn.crt");
  const key = path.join(directory, "cdn.key");
  const hostnames = OFFICE_JS_CDNS.map((folder) => new URL(folder).hostname);
  await generateCertificates(ca, cert, key, 1, hostnames);
  let content: CdnContent = "office";
  let hostScript: string | undefined;
  const cdn = createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, (request, response) => {
    // As Microsoft's CDN does: office.js loads its other files with CORS, and comes gzipped.
    const headers = { "Content-Type": "text/javascript", "Access-Control-Allow-Origin": "*" };
    if (content === "excel") {
      hostScript ??= scriptedHostScript();
      send(request, response, headers, hostScript, "scripted-host");
      return;
    }
    // The host the page asked for (Chromium sends it though the name resolves to loopback).
    const file = officeFile(new URL(request.url ?? "/", `https://${request.headers.host ?? ""}`).href);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    send(request, response, headers, readFileSync(file), file);
  });
  await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
  const { port } = cdn.address() as AddressInfo;
  const rules = hostnames.map((hostname) => `MAP ${hostname} 127.0.0.1:${port}`).join(", ");
  const browser = await launch([`--host-resolver-rules=${rules}`]);
  return {
    browser,
    serve: (next) => {
      content = next;
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => cdn.close(resolve));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The scripted host as one classic script: the fake Excel and the host, transpiled from TypeScript. */
function scriptedHostScript(): string {
  const transpile = (file: string): string =>
    ts.transpileModule(readFileSync(path.join(ROOT, file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  return `(function () {
  var fakeExcel = {};
  (function (exports) { ${transpile("test/fakes/fake-excel.ts")} })(fakeExcel);
  (function (exports, require) { ${transpile("test/browser/fake-office-host.ts")} })({}, function () { return fakeExcel; });
})();`;
}

export interface PageSession {
  readonly page: Page;
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  /** Requests to anything but the add-in's origin and the office.js route. */
  readonly foreignRequests: string[];
  /** Requests to office.js's CDN (either host), answered by the stand-in. */
  readonly officeRequests: string[];
}

/**
 * Which office.js CDN the page names: the built page's ("current"), or the former host, which
 * Microsoft still serves during the changeover ("former": the stand-in rewrites the page's
 * office.js URL; its CSP, which allows both, is the built one).
 */
export type OfficeJsCdn = "current" | "former";

export interface PageOptions {
  readonly host: "none" | "excel";
  readonly displayLanguage?: string;
  readonly excelApi?: string;
  readonly width?: number;
  /** Only for injecting test tooling (axe-core) into the page; the app itself runs under its CSP. */
  readonly bypassCsp?: boolean;
  /** Office.context.officeTheme at start (the scripted host's default is Office's light theme). */
  readonly officeTheme?: OfficeThemeColors;
  /** false: the host refuses the theme event, as an Excel without it does. */
  readonly themeEvent?: boolean;
  /** Emulates Windows' contrast themes (CSS forced-colors: active). */
  readonly forcedColors?: boolean;
  /** The office.js CDN the page loads from (default: the built page's, "current"). */
  readonly officeJs?: OfficeJsCdn;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

/** Office's light ("White") and dark ("Black") themes as Excel reports them. */
export const OFFICE_LIGHT: OfficeThemeColors = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
  isDarkTheme: false,
};
export const OFFICE_DARK: OfficeThemeColors = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
};

/** Gives the scripted Excel host its configuration (display language, API version, theme), before the page loads. */
export async function configureScriptedHost(page: Page, options: Omit<PageOptions, "host">): Promise<void> {
  await page.addInitScript((config) => Object.assign(window, { __hostConfig: config }), {
    displayLanguage: options.displayLanguage ?? "en-US",
    excelApi: options.excelApi ?? "1.17",
    ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
    ...(options.themeEvent === false ? { themeEvent: false } : {}),
  });
}

/** A page with the office.js route and the error and request recorders, not yet navigated. */
export async function routedPage(browser: Browser, server: StaticServer, options: PageOptions): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 500, height: 900 },
    bypassCSP: options.bypassCsp ?? false,
    ...(options.forcedColors ? { forcedColors: "active" as const } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const officeRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  if (options.host === "excel") await configureScriptedHost(page, options);
  const hostScript = options.host === "excel" ? scriptedHostScript() : undefined;
  const formerUrl = `${OFFICE_JS_CDNS[1]}office.js`;
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (options.officeJs === "former" && new URL(url).pathname === "/taskpane.html" && url.startsWith(server.origin)) {
      const response = await route.fetch();
      const html = await response.text();
      if (!html.includes(OFFICE_JS_URL)) errors.push(`taskpane.html does not name ${OFFICE_JS_URL}`);
      return route.fulfill({ response, body: html.split(OFFICE_JS_URL).join(formerUrl) });
    }
    if (url.startsWith(server.origin)) return route.continue();
    if (officeCdnOf(url)) {
      officeRequests.push(url);
      if (hostScript) return route.fulfill({ contentType: "text/javascript", body: hostScript });
      const file = officeFile(url);
      if (file) return route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") });
      return route.fulfill({ status: 404, body: "" });
    }
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, errors, foreignRequests, officeRequests };
}

export async function openTaskpane(browser: Browser, server: StaticServer, options: PageOptions): Promise<PageSession> {
  const session = await routedPage(browser, server, options);
  await session.page.goto(`${server.origin}/taskpane.html`);
  return session;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await settleAnimations(page);
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
  /** Each failing node's selector and axe's reason, so that a failure in CI says where to look. */
  readonly where: readonly string[];
}

/**
 * Waits until every finite CSS transition and animation on the page has finished, shadow roots
 * included (document.getAnimations() reaches them). Fluent's buttons fade background and colour
 * over 100 ms when they are enabled; read mid-fade, white text sits on a still-grey background
 * and axe reports a contrast failure the user never sees at rest (CI, 2 December: one
 * color-contrast node right after the Insert button was enabled on a loaded machine).
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      // A paused animation would never finish: it is at rest as it stands.
      .filter(
        (animation) => animation.playState !== "paused" && animation.effect?.getComputedTiming().endTime !== Infinity,
      );
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Runs axe-core on the page at rest and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await settleAnimations(page);
  await page.addScriptTag({ content: readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.length,
        where: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
      }));
  });
}

/** What Chromium's accessibility tree says of one element: what a screen reader announces. */
export interface AccessibleNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly invalid: boolean;
}

/**
 * The browser's own accessibility tree (DevTools protocol) for the element `expression` returns,
 * rather than a test library's reimplementation: it follows element references such as
 * `ariaDescribedByElements` across shadow roots, which attribute-based checks cannot see.
 */
export async function accessibleNode(page: Page, expression: string): Promise<AccessibleNode> {
  const devtools = await page.context().newCDPSession(page);
  try {
    const evaluated = (await devtools.send("Runtime.evaluate", { expression })) as {
      result: { objectId?: string };
    };
    const objectId = evaluated.result.objectId;
    if (!objectId) throw new Error(`no element for ${expression}`);
    const tree = (await devtools.send("Accessibility.getPartialAXTree", { objectId, fetchRelatives: false })) as {
      nodes: {
        role?: { value?: string };
        name?: { value?: string };
        description?: { value?: string };
        properties?: { name: string; value: { value?: unknown } }[];
      }[];
    };
    const node = tree.nodes[0];
    return {
      role: String(node?.role?.value ?? ""),
      name: String(node?.name?.value ?? ""),
      description: String(node?.description?.value ?? ""),
      invalid:
        node?.properties?.some((property) => property.name === "invalid" && property.value.value !== "false") ?? false,
    };
  } finally {
    await devtools.detach();
  }
}

/**
 * Picks a value in one of the pane's Fluent dropdowns as a user does: opens it by its control
 * (the `<button role="combobox">` Fluent renders), then clicks the option.
 */
export async function choose(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id} > [slot="control"]`).click();
  await page.locator(`#${id} fluent-option[value="${value}"]`).click();
}

/** The focusable control of a Fluent dropdown, for `accessibleNode`. */
export function dropdownControl(id: string): string {
  return `document.getElementById(${JSON.stringify(id)}).querySelector(":scope > [slot=control]")`;
}

/** The `<input>` inside a Fluent text input, for `accessibleNode`. */
export function innerInput(id: string): string {
  return `document.getElementById(${JSON.stringify(id)}).shadowRoot.querySelector("input")`;
}

export interface BrowserSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** openTaskpane against this suite's browser and server. */
  openTaskpane(options: PageOptions): Promise<PageSession>;
}

/**
 * Registers the suite's beforeAll (serve dist/, launch Chromium) and afterAll (close both) and
 * returns their browser and server, read when a test runs.
 */
export function useBrowser(): BrowserSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const suite: BrowserSuite = {
    get browser(): Browser {
      if (!browser) throw new Error("useBrowser: the browser is launched in beforeAll");
      return browser;
    },
    get server(): StaticServer {
      if (!server) throw new Error("useBrowser: the server is started in beforeAll");
      return server;
    },
    openTaskpane: (options) => openTaskpane(suite.browser, suite.server, options),
  };
  return suite;
}
