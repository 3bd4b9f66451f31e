/**
 * Security and publishing checks: the task pane's Content-Security-Policy, the lint ban on APIs
 * that parse strings as HTML, and a production build for another host holding no localhost URL.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { readZip } from "../manifest/zip-reader";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");

function cspOf(html: string): Map<string, string[]> {
  const match = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error("no Content-Security-Policy meta tag");
  return new Map(
    match[1]
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

describe("task pane Content-Security-Policy", () => {
  const html = readFileSync(path.join(root, "dist/taskpane.html"), "utf8");
  const csp = cspOf(html);

  it("allows scripts only from the add-in and Microsoft's office.js CDN, without eval or inline code", () => {
    // office.js's current host (Microsoft's docs since September 2026) and its former one, still
    // served during the changeover.
    const officeJsHosts = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com"];
    expect(csp.get("script-src")).toEqual(["'self'", ...officeJsHosts]);
    expect(csp.get("frame-src")).toEqual(officeJsHosts);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources.some((source) => source.startsWith("http:"))).toBe(false);
    }
  });

  it("has no inline script or style in the built page", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src=/);
      expect(body?.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("builds no eval into the bundles (source maps, not eval-source-map)", () => {
    for (const file of readdirSync(path.join(root, "dist")).filter((name) => name.endsWith(".js"))) {
      const code = readFileSync(path.join(root, "dist", file), "utf8");
      expect({ file, evalCall: /\beval\(|new Function\(/.test(code) }).toEqual({ file, evalCall: false });
    }
  });
});

describe("what the bundle ships", () => {
  /** The npm packages whose files the built chunks hold, read from their source maps. */
  function shippedPackages(): string[] {
    const shipped = new Set<string>();
    for (const file of readdirSync(path.join(root, "dist")).filter((name) => name.endsWith(".js.map"))) {
      const map = JSON.parse(readFileSync(path.join(root, "dist", file), "utf8")) as { sources: string[] };
      for (const source of map.sources) {
        const at = source.lastIndexOf("node_modules/");
        if (at < 0) continue;
        const [scope = "", name = ""] = source.slice(at + "node_modules/".length).split("/");
        shipped.add(scope.startsWith("@") ? `${scope}/${name}` : scope);
      }
    }
    return [...shipped].sort();
  }

  it("is what package.json's dependencies list, and nothing there is a build tool", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const shipped = shippedPackages();
    expect(shipped.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(shipped);
    for (const name of shipped) expect(manifest.devDependencies?.[name]).toBeUndefined();
  });
});

/** ESLint's rule ids for a snippet linted as a task pane file (ESLint runs as a CLI: its config is ESM). */
function lintRules(code: string): { ruleId: string | null; message: string }[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        "src/taskpane/probe.ts",
        "--format",
        "json",
      ],
      { cwd: root, input: code, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] },
    );
  } catch (error) {
    // ESLint exits 1 when it reports errors; its JSON is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? "");
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string | null; message: string }[] }[];
  return result?.messages ?? [];
}

describe("lint ban on HTML-parsing DOM APIs", () => {
  it.each([
    ["element.innerHTML = text;", "innerHTML"],
    ["element.outerHTML = text;", "outerHTML"],
    ['element.insertAdjacentHTML("beforeend", text);', "insertAdjacentHTML"],
    ["document.write(text);", "document.write"],
  ])("rejects %s", (statement, name) => {
    const code = `declare const element: HTMLElement;\ndeclare const text: string;\n${statement}\n`;
    const messages = lintRules(code).filter((message) => message.ruleId === "no-restricted-syntax");
    expect(messages.map((message) => message.message).join(" ")).toContain(name);
  });

  it("accepts textContent", () => {
    const code = 'declare const element: HTMLElement;\nelement.textContent = "x";\n';
    expect(lintRules(code).filter((message) => message.ruleId === "no-restricted-syntax")).toEqual([]);
  });
});

describe("production build for another host", () => {
  const out = mkdtempSync(path.join(tmpdir(), "amzn-addin-build-"));
  const base = "https://addins.example.com/amzn/";

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: base, ADDIN_OUT_DIR: out },
      stdio: "pipe",
    });
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("publishes every URL under the host's base and none on localhost", () => {
    const texts = ["manifest.xml", "functions.json", "taskpane.html"].map((file) =>
      readFileSync(path.join(out, file), "utf8"),
    );
    for (const text of texts) expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    const manifest = texts[0] ?? "";
    expect(manifest).toContain(`${base}taskpane.html`);
    expect(manifest).toContain(`${base}functions.json`);
    expect(texts[1]).toContain(`${base}assets/help/en/revenue.html`);
    if (existsSync(path.join(out, "functions.fr.json"))) {
      expect(readFileSync(path.join(out, "functions.fr.json"), "utf8")).not.toMatch(/localhost/);
    }
  });

  it("rewrites the unified manifest, its localization files and the app package too", () => {
    const manifest = readFileSync(path.join(out, "manifest.json"), "utf8");
    expect(manifest).toContain(`"page": "${base}taskpane.html"`);
    expect(manifest).toContain(`"metadataUrl": "${base}functions.json"`);
    expect(manifest).toContain('"https://addins.example.com"');
    const french = readdirSync(out).filter((file) => /^fr-[A-Z]{2}\.json$/.test(file));
    expect(french).toHaveLength(5);
    for (const file of french) {
      const text = readFileSync(path.join(out, file), "utf8");
      expect(text).toContain(`${base}functions.fr.json`);
      expect(text).not.toMatch(/localhost/);
    }
    const zipped = readZip(readFileSync(path.join(out, "app-package.zip")));
    expect(zipped.get("manifest.json")?.toString("utf8")).toBe(manifest);
    for (const [name, bytes] of zipped)
      if (name.endsWith(".json"))
        expect({ name, localhost: /localhost/.test(bytes.toString("utf8")) }).toEqual({ name, localhost: false });
    expect(manifest).not.toMatch(/localhost/);
  });

  it("keeps the functions and the manifest's version from package.json", () => {
    const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(readFileSync(path.join(out, "manifest.xml"), "utf8")).toContain(`<Version>${version}.0</Version>`);
    const ids = (
      JSON.parse(readFileSync(path.join(out, "functions.json"), "utf8")) as { functions: { id: string }[] }
    ).functions.map((fn) => fn.id);
    expect(ids).toContain("REVENUE");
  });

  it("refuses a base URL that is not https", () => {
    expect(() =>
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
        cwd: root,
        env: { ...process.env, ADDIN_BASE_URL: "http://addins.example.com/", ADDIN_OUT_DIR: path.join(out, "http") },
        stdio: "pipe",
      }),
    ).toThrow(/must be https/);
  });
});
