/**
 * `npm run serve:dist` serves the production build with the README's hosting headers: content
 * types, a year's cache for hashed chunks only, no-cache for manifests, functions.json and the
 * task pane page, HSTS, nosniff and the page's own CSP. HTTP without a development certificate,
 * HTTPS with one (each run in a fresh HOME).
 */
import { spawn, type ChildProcess } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { request as httpRequest, type IncomingHttpHeaders } from "http";
import { request as httpsRequest } from "https";
import { tmpdir } from "os";
import path from "path";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
const pageCsp = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html)?.[1];
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1] ?? "");
const localScripts = scripts.filter((src) => !src.startsWith("https://"));

interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly banner: string;
}

function serve(home: string): Promise<Served> {
  const child = spawn(process.execPath, [path.join(root, "scripts/serve-dist.mjs")], {
    cwd: root,
    env: { ...process.env, HOME: home, PORT: "0" },
  });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /(https?:\/\/localhost:\d+)\/taskpane\.html/.exec(text);
      if (match?.[1]) resolve({ child, url: match[1], banner: text.split("\n")[0] ?? "" });
    });
    child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`serve-dist exited (${code}): ${text}`)));
  });
}

function get(url: string, ca?: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith("https:") ? httpsRequest : httpRequest)(url, ca ? { ca } : {}, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const homes: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((child) => child.kill("SIGTERM"));
  homes.forEach((home) => rmSync(home, { recursive: true, force: true }));
});
function freshHome(): string {
  const home = mkdtempSync(path.join(tmpdir(), "amzn-serve-home-"));
  homes.push(home);
  return home;
}

const SECURITY = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
};

describe("the built page references its hashed chunks", () => {
  it("loads office.js from Microsoft's CDN, blocking, and four hashed chunks deferred in order", () => {
    const tags = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? "");
    const office = tags.filter((attributes) => attributes.includes("https://"));
    // The URL Microsoft's docs give since September 2026.
    expect(scripts.filter((src) => src.startsWith("https://"))).toEqual([
      "https://officeapis.public.onecdn.static.microsoft/1/office.js",
    ]);
    // office.js stays a classic blocking script in <head> (Microsoft's rule); the chunks precede it
    // only to be fetched early, and "defer" runs them after it.
    expect(office).toHaveLength(1);
    expect(office[0]).not.toMatch(/\b(defer|async)\b/);
    expect(html.indexOf("/1/office.js")).toBeLessThan(html.indexOf("</head>"));
    const local = tags.filter((attributes) => !attributes.includes("https://"));
    expect(local).toHaveLength(localScripts.length);
    for (const attributes of local) expect(attributes).toMatch(/\bdefer\b/);
    // The functions register before core runs: core (fetched with the others) is evaluated at the
    // first call (src/functions/functions.ts).
    expect(localScripts.map((src) => src.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual([
      "runtime",
      "functions",
      "taskpane",
      "core",
    ]);
    const files = readdirSync(dist);
    for (const src of localScripts) expect(files).toContain(src);
    expect(files).not.toContain("functions.js");
    for (const fixed of ["manifest.xml", "manifest.json", "functions.json", "taskpane.html", "app-package.zip"])
      expect(files).toContain(fixed);
  });
});

describe("npm run serve:dist", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(freshHome());
    children.push(served.child);
  });

  it("says it serves HTTP when there is no development certificate", () => {
    expect(served.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(served.banner).toMatch(/over HTTP .*no development certificate/);
  });

  it.each([
    ["taskpane.html", "text/html; charset=utf-8"],
    ["manifest.xml", "application/xml; charset=utf-8"],
    ["manifest.json", "application/json; charset=utf-8"],
    ["functions.json", "application/json; charset=utf-8"],
    ["functions.fr.json", "application/json; charset=utf-8"],
    ["fr-CA.json", "application/json; charset=utf-8"],
    ["taskpane.css", "text/css; charset=utf-8"],
    ["assets/icon-32.png", "image/png"],
    ["app-package.zip", "application/zip"],
  ])("sends %s with its type, no-cache and the security headers", async (file, type) => {
    const response = await get(`${served.url}/${file}`);
    expect(response.status).toBe(200);
    expect(response.body.equals(readFileSync(path.join(dist, file)))).toBe(true);
    expect(response.headers).toMatchObject({
      "content-type": type,
      "cache-control": "no-cache",
      ...SECURITY,
      "content-security-policy": pageCsp,
    });
  });

  it("caches the hashed chunks for a year, immutable", async () => {
    for (const src of localScripts) {
      const response = await get(`${served.url}/${src}`);
      expect(response.status).toBe(200);
      expect(response.headers).toMatchObject({
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "public, max-age=31536000, immutable",
        ...SECURITY,
      });
    }
  });

  it("answers 404 for a missing file and never serves outside dist/", async () => {
    expect((await get(`${served.url}/nothing.js`)).status).toBe(404);
    // URL parsing folds "/../"; an encoded slash survives it and must still be refused.
    expect((await get(`${served.url}/..%2fpackage.json`)).status).toBe(403);
    expect((await get(`${served.url}/%2e%2e/package.json`)).status).toBe(404);
  });
});

describe("npm run serve:dist with the development certificate", () => {
  it("serves HTTPS with it, and says so", async () => {
    const home = freshHome();
    const directory = path.join(home, ".office-addin-dev-certs");
    // office-addin-dev-certs' own generator, as scripts/start.mjs uses it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate") as {
      generateCertificates: (ca: string, cert: string, key: string, days: number, domains: string[]) => Promise<void>;
    };
    await generateCertificates(
      path.join(directory, "ca.crt"),
      path.join(directory, "localhost.crt"),
      path.join(directory, "localhost.key"),
      1,
      ["localhost"],
    );
    const served = await serve(home);
    children.push(served.child);
    expect(served.url).toMatch(/^https:\/\/localhost:\d+$/);
    expect(served.banner).toMatch(/over HTTPS .*development certificate/);
    const response = await get(`${served.url}/manifest.json`, readFileSync(path.join(directory, "ca.crt")));
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ "cache-control": "no-cache", ...SECURITY });
  });
});
