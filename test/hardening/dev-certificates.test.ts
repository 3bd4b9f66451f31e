/**
 * `npm start` on Linux says "CA trusted: yes" only when Chromium will trust the development
 * certificate: with certutil present, headless Chromium (certificate errors NOT ignored) loads
 * https://localhost:<port>/taskpane.html from the dev server, and a browser whose NSS database
 * lacks the CA refuses it; without certutil, the output says exactly what to install and run.
 * Each run uses a fresh HOME (new certificates, empty ~/.pki/nssdb) and leaves the system store
 * alone (AMZN_DEV_CA_SYSTEM_STORE=0).
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import path from "path";
import { chromium } from "playwright-core";

jest.setTimeout(400_000);

const root = path.resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasCertutil = spawnSync("sh", ["-c", "command -v certutil"]).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** Runs scripts/start.mjs (what `npm start` runs) until `until` appears in its output. */
async function start(env: NodeJS.ProcessEnv, until: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (until.test(text)) {
        clearInterval(check);
        resolve();
      }
    }, 200);
    child.on("exit", (code) => {
      clearInterval(check);
      if (!until.test(text)) reject(new Error(`start.mjs exited (${code}) before ${until}:\n${text}`));
    });
  });
  return { child, output: () => text };
}

function stop(started: Started | undefined): Promise<void> {
  if (!started || started.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    started.child.on("exit", () => resolve());
    started.child.kill("SIGTERM");
  });
}

const homes: string[] = [];
function freshHome(): string {
  const home = mkdtempSync(path.join(tmpdir(), "amzn-addin-home-"));
  homes.push(home);
  return home;
}
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

/** Loads a URL in headless Chromium with the given HOME (its NSS database), certificate errors not ignored. */
async function load(url: string, home: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await (await browser.newContext({ ignoreHTTPSErrors: false })).newPage();
    // "commit": the TLS handshake and the response headers are what is checked (office.js, from
    // Microsoft's CDN, is unreachable here and would hold the page's load).
    const response = await page.goto(url, { waitUntil: "commit" });
    return response?.status() ?? 0;
  } finally {
    await browser.close();
  }
}

const baseEnv = (home: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  HOME: home,
  PORT: String(port),
  AMZN_DEV_CA_SYSTEM_STORE: "0",
});

describe("npm start and the development CA on Linux", () => {
  it("without certutil: does not claim the CA is trusted and says exactly what to run", async () => {
    // A PATH with node but no certutil.
    const bin = path.join(freshHome(), "bin");
    mkdirSync(bin);
    symlinkSync(process.execPath, path.join(bin, "node"));
    const started = await start({ ...baseEnv(freshHome(), await freePort()), PATH: bin }, /Press Ctrl\+C to stop/);
    await stop(started);
    const output = started.output();
    expect(output).not.toMatch(/CA trusted:\s+yes/);
    expect(output).toMatch(/apt-get install -y libnss3-tools/);
    expect(output).toMatch(/certutil -d sql:\$HOME\/\.pki\/nssdb -A -t "C,," -n "[^"]+" -i \S+ca\.crt/);
  });

  it("with certutil: trusts the CA in ~/.pki/nssdb, and headless Chromium loads the task pane", async () => {
    if (!hasCertutil) throw new Error("certutil is missing: bash scripts/ensure-chromium.sh installs libnss3-tools");
    const home = freshHome();
    const port = await freePort();
    let started: Started | undefined;
    try {
      // The dev server listens before its first build ends, and holds requests until then.
      started = await start(baseEnv(home, port), /compiled (successfully|with \d+ warnings?)/);
      expect(started.output()).toMatch(/CA trusted:\s+yes \(Chrome\/Chromium: .*\.pki\/nssdb/);
      expect(started.output()).toContain(`Serving the add-in at https://localhost:${port}/taskpane.html`);
      expect(await load(`https://localhost:${port}/taskpane.html`, home)).toBe(200);
      // The same server, from a browser whose NSS database lacks the CA: refused.
      await expect(load(`https://localhost:${port}/taskpane.html`, freshHome())).rejects.toThrow(
        /ERR_CERT_AUTHORITY_INVALID/,
      );
    } finally {
      await stop(started);
    }
  });
});
