/**
 * `npm run serve:dist` serves the production build with the README's hosting headers: content
 * types, a year's cache for hashed chunks only, no-cache for manifests, functions.json and the
 * task pane page, CORS on the functions' metadata, HSTS for any host but localhost, nosniff and the
 * page's own CSP. HTTP without a development certificate, HTTPS with one (each run in a fresh HOME).
 * It never stops: malformed requests, symlinks out of dist/ and a rebuild under it get 400 or 404,
 * and the server answers the next request.
 */
import { spawn, type ChildProcess } from "child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "http";
import { request as httpsRequest } from "https";
import { connect } from "net";
import { tmpdir } from "os";
import path from "path";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
const pageCsp = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html)?.[1];
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1] ?? "");
const localScripts = scripts.filter((src) => !src.startsWith("https://"));
/** The page's <link rel="preload"> tags, each tag's attributes. */
const preloads = [...html.matchAll(/<link([^>]*\brel="?preload"?[^>]*)>/g)].map((match) => match[1] ?? "");
const preloadedScripts = preloads.map((attributes) => /\bhref="?([^"\s>]+)"?/.exec(attributes)?.[1] ?? "");

interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  readonly banner: string;
  /** What the server printed to stderr so far. */
  readonly stderr: () => string;
}

interface ServeOptions {
  readonly home: string;
  /** The dist/ folder to serve (ADDIN_OUT_DIR); the project's by default. */
  readonly outDir?: string;
  /** The serve-dist.mjs to run (a copy in another project folder); the project's by default. */
  readonly script?: string;
}

function serve({ home, outDir, script }: ServeOptions): Promise<Served> {
  const child = spawn(process.execPath, [script ?? path.join(root, "scripts/serve-dist.mjs")], {
    cwd: root,
    env: { ...process.env, HOME: home, PORT: "0", ...(outDir ? { ADDIN_OUT_DIR: outDir } : {}) },
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /(https?:\/\/localhost:(\d+))\/taskpane\.html/.exec(text);
      if (match?.[1] && match[2])
        resolve({
          child,
          url: match[1],
          port: Number(match[2]),
          banner: text.split("\n")[0] ?? "",
          stderr: () => stderr,
        });
    });
    child.on("exit", (code) => reject(new Error(`serve-dist exited (${code}): ${text}${stderr}`)));
  });
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function get(
  url: string,
  options: { ca?: Buffer; headers?: OutgoingHttpHeaders; method?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith("https:") ? httpsRequest : httpRequest)(
      url,
      { ...(options.ca ? { ca: options.ca } : {}), headers: options.headers ?? {}, method: options.method ?? "GET" },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Sends bytes as they are over a socket (no client library to refuse them); the answer's status line. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = connect(port, "localhost", () => socket.write(text));
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => resolve(answer.split("\r\n")[0] ?? ""));
  });
}

/** The server is still up: it answers the page. */
async function stillServes(served: Served): Promise<void> {
  expect(served.child.exitCode).toBeNull();
  expect((await get(`${served.url}/taskpane.html`)).status).toBe(200);
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

/** A small copy of the build (the page, its scripts, the metadata, a manifest) in a folder of its own. */
function distCopy(into: string): string {
  mkdirSync(into, { recursive: true });
  for (const file of ["taskpane.html", "functions.json", "functions.fr.json", "manifest.json", ...localScripts])
    copyFileSync(path.join(dist, file), path.join(into, file));
  return into;
}

/** The page with its CSP meta tag's policy replaced. */
function withCsp(page: string, csp: string): string {
  return page.replace(/(http-equiv="?Content-Security-Policy"?[^>]+content=")[^"]+"/i, `$1${csp}"`);
}

const NOSNIFF = { "x-content-type-options": "nosniff" };
const HSTS = "max-age=31536000; includeSubDomains";

describe("the built page references its hashed chunks", () => {
  it("loads office.js from Microsoft's CDN, blocking, three hashed chunks deferred in order, and preloads core", () => {
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
    // What registering needs is fetched at high priority, the pane's entry at the default.
    expect(local.map((attributes) => /\bfetchpriority="?(\w+)"?/.exec(attributes)?.[1])).toEqual([
      "high",
      "high",
      undefined,
    ]);
    // The functions register before core runs: core is only preloaded, first of all the page's
    // requests and at low priority, and runs at the first call (src/functions/functions.ts).
    expect(localScripts.map((src) => src.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual([
      "runtime",
      "functions",
      "taskpane",
    ]);
    expect(preloadedScripts.map((src) => src.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(["core"]);
    expect(preloads[0]).toMatch(/\bas="?script"?/);
    expect(preloads[0]).toMatch(/\bfetchpriority="?low"?/);
    expect(html.indexOf("rel=preload")).toBeLessThan(html.indexOf("rel=stylesheet"));
    expect(html.indexOf("rel=preload")).toBeLessThan(html.indexOf("<script"));
    const files = readdirSync(dist);
    for (const src of [...localScripts, ...preloadedScripts]) expect(files).toContain(src);
    expect(files).not.toContain("functions.js");
    for (const fixed of ["manifest.xml", "manifest.json", "functions.json", "taskpane.html", "app-package.zip"])
      expect(files).toContain(fixed);
  });
});

describe("npm run serve:dist", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve({ home: freshHome() });
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
      ...NOSNIFF,
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
        ...NOSNIFF,
      });
    }
  });

  it("lets any origin read the functions' metadata (Excel on the web fetches it from its own), nothing else", async () => {
    for (const file of ["functions.json", "functions.fr.json"]) {
      const response = await get(`${served.url}/${file}`, { headers: { Origin: "https://excel.cloud.microsoft" } });
      expect({ file, cors: response.headers["access-control-allow-origin"] }).toEqual({ file, cors: "*" });
    }
    for (const file of ["taskpane.html", "manifest.json", "manifest.xml", ...localScripts]) {
      const response = await get(`${served.url}/${file}`);
      expect({ file, cors: response.headers["access-control-allow-origin"] }).toEqual({ file, cors: undefined });
    }
  });

  it("sends HSTS only when the host is not the machine itself", async () => {
    const hstsFor = async (host: string): Promise<string | undefined> =>
      (await get(`${served.url}/manifest.json`, { headers: { Host: host } })).headers["strict-transport-security"];
    for (const local of [`localhost:${served.port}`, "localhost", "addin.localhost", "127.0.0.1:3000", "[::1]:3000"])
      expect({ local, hsts: await hstsFor(local) }).toEqual({ local, hsts: undefined });
    for (const remote of ["addins.example.com", "localhost.example.com", "addins.example.com:8443", "10.0.0.5"])
      expect({ remote, hsts: await hstsFor(remote) }).toEqual({ remote, hsts: HSTS });
  });

  it("answers 404 for a missing file and never serves outside dist/", async () => {
    expect((await get(`${served.url}/nothing.js`)).status).toBe(404);
    expect((await get(`${served.url}/assets`)).status).toBe(404); // a folder is not a file
    // URL parsing folds "/../"; an encoded slash survives it and must still be refused.
    expect((await get(`${served.url}/..%2fpackage.json`)).status).toBe(404);
    expect((await get(`${served.url}/%2e%2e/package.json`)).status).toBe(404);
    expect((await get(`${served.url}/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it("answers a malformed request 400, a method other than GET and HEAD 405, and goes on serving", async () => {
    // A request line whose URL does not parse (Node's parser passes it on): once, it stopped the server.
    expect(await raw(served.port, "GET http://[ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).toBe(
      "HTTP/1.1 400 Bad Request",
    );
    await stillServes(served);
    // One Node's parser refuses before any handler runs (the clientError handler answers).
    expect(await raw(served.port, "GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n")).toBe("HTTP/1.1 400 Bad Request");
    expect(await raw(served.port, "\x00\x01\x02 garbage\r\n\r\n")).toBe("HTTP/1.1 400 Bad Request");
    // A percent sign that does not decode, and a NUL byte the file system would throw on.
    expect((await get(`${served.url}/%E0%A4%A`)).status).toBe(400);
    expect((await get(`${served.url}/taskpane.html%00.png`)).status).toBe(400);
    const post = await get(`${served.url}/taskpane.html`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    const head = await get(`${served.url}/taskpane.html`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(html));
    await stillServes(served);
    expect(served.stderr()).toBe("");
  });
});

describe("npm run serve:dist on a dist/ that changes under it", () => {
  let folder: string;
  let out: string;
  let served: Served;
  beforeAll(async () => {
    folder = freshHome();
    out = distCopy(path.join(folder, "dist"));
    served = await serve({ home: folder, outDir: out });
  });

  it("refuses a symlink that leads out of dist/ (404), serves one that stays inside", async () => {
    const secret = path.join(folder, "secret.txt");
    writeFileSync(secret, "not part of the build\n");
    symlinkSync(secret, path.join(out, "leak.json"));
    symlinkSync(folder, path.join(out, "up"));
    symlinkSync(path.join(out, "functions.json"), path.join(out, "alias.json"));
    expect((await get(`${served.url}/leak.json`)).status).toBe(404);
    expect((await get(`${served.url}/up/secret.txt`)).status).toBe(404);
    const alias = await get(`${served.url}/alias.json`);
    expect(alias.status).toBe(200);
    expect(alias.body.equals(readFileSync(path.join(out, "functions.json")))).toBe(true);
  });

  it("sends the CSP of the page as it is now, not as it was at start", async () => {
    const page = readFileSync(path.join(out, "taskpane.html"), "utf8");
    const policy = `${pageCsp}; upgrade-insecure-requests`;
    writeFileSync(path.join(out, "taskpane.html"), withCsp(page, policy));
    for (const file of ["taskpane.html", "manifest.json", "functions.json"])
      expect((await get(`${served.url}/${file}`)).headers["content-security-policy"]).toBe(policy);
    writeFileSync(path.join(out, "taskpane.html"), page);
    expect((await get(`${served.url}/manifest.json`)).headers["content-security-policy"]).toBe(pageCsp);
  });

  it("survives a rebuild under it: every request gets 200 or 404, then the new build with its CSP", async () => {
    const files = ["taskpane.html", "functions.json", "functions.fr.json", "manifest.json", ...localScripts];
    const original = new Map(files.map((file) => [file, readFileSync(path.join(out, file))]));
    const statuses = new Map<number, number>();
    let rebuilding = true;
    const hammer = async (): Promise<void> => {
      while (rebuilding) {
        const answers = await Promise.all(files.map((file) => get(`${served.url}/${file}`)));
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answer.status === 200) expect(answer.body.length).toBe(Number(answer.headers["content-length"]));
        }
      }
    };
    const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    const rebuild = async (): Promise<string> => {
      let policy = pageCsp ?? "";
      for (let round = 0; round < 40; round++) {
        policy = `${pageCsp}; report-to round${round}`;
        // As webpack's clean does: empty the folder, then write the new files one by one.
        for (const file of readdirSync(out)) rmSync(path.join(out, file), { recursive: true, force: true });
        await pause();
        for (const file of files) {
          const bytes = original.get(file) ?? Buffer.alloc(0);
          const body = file === "taskpane.html" ? Buffer.from(withCsp(bytes.toString("utf8"), policy)) : bytes;
          // Half the files written in place (a reader can meet them half-written), half renamed in.
          if (round % 2 === 0) writeFileSync(path.join(out, file), body);
          else {
            writeFileSync(path.join(out, `.${file}.tmp`), body);
            renameSync(path.join(out, `.${file}.tmp`), path.join(out, file));
          }
          await pause();
        }
        // Once, dist/ itself is removed and made anew (rm -rf dist && npm run build).
        if (round === 20) {
          rmSync(out, { recursive: true, force: true });
          await pause();
          distCopy(out);
          writeFileSync(path.join(out, "taskpane.html"), withCsp(html, policy));
        }
      }
      return policy;
    };
    const hammers = [hammer(), hammer(), hammer()];
    const policy = await rebuild();
    rebuilding = false;
    await Promise.all(hammers);
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 404)).toEqual([]);
    expect(statuses.get(200)).toBeGreaterThan(0);
    await stillServes(served);
    const page = await get(`${served.url}/taskpane.html`);
    expect(page.headers["content-security-policy"]).toBe(policy);
    expect(page.body.toString("utf8")).toBe(withCsp(html, policy));
    expect(served.stderr()).toBe("");
  });
});

describe("npm run serve:dist from a project folder whose name has a space", () => {
  it("finds its dist/ and serves it", async () => {
    const project = path.join(freshHome(), "my add-ins", "amzn report");
    mkdirSync(path.join(project, "scripts"), { recursive: true });
    for (const script of ["serve-dist.mjs", "hosting-headers.js", "dev-certs-paths.js"])
      copyFileSync(path.join(root, "scripts", script), path.join(project, "scripts", script));
    distCopy(path.join(project, "dist"));
    const served = await serve({ home: freshHome(), script: path.join(project, "scripts", "serve-dist.mjs") });
    expect(served.banner).toContain(path.join(project, "dist"));
    const response = await get(`${served.url}/functions.json`);
    expect(response.status).toBe(200);
    expect(response.body.equals(readFileSync(path.join(dist, "functions.json")))).toBe(true);
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
    const served = await serve({ home });
    expect(served.url).toMatch(/^https:\/\/localhost:\d+$/);
    expect(served.banner).toMatch(/over HTTPS .*development certificate/);
    const ca = readFileSync(path.join(directory, "ca.crt"));
    const response = await get(`${served.url}/manifest.json`, { ca });
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ "cache-control": "no-cache", ...NOSNIFF });
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    // The HTTPS server also answers a malformed request and goes on.
    const bad = await get(`${served.url}/%E0%A4%A`, { ca });
    expect(bad.status).toBe(400);
    expect((await get(`${served.url}/functions.fr.json`, { ca })).headers["access-control-allow-origin"]).toBe("*");
  });
});

describe("npm start's dev server", () => {
  it("lets any origin read what it serves, the functions' metadata included (webpack's devServer.headers)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(root, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => { devServer: { headers: Record<string, string> } };
    expect(configure({}, { mode: "development" }).devServer.headers).toMatchObject({
      "Access-Control-Allow-Origin": "*",
    });
  });
});
