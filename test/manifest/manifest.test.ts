/**
 * Offline manifest validation: office-addin-manifest's validator posts to a Microsoft service and
 * no maintained XSD covers SharedRuntime, so these checks are the project's own.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { FRENCH_LOCALES } from "./locales";

const root = path.resolve(__dirname, "../..");
const manifestText = readFileSync(path.join(root, "manifest.xml"), "utf8");
const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

function parse(text: string): Document {
  const errors: string[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    errors.push(String(error));
    throw new Error(`manifest.xml is not well-formed: ${errors.join("; ")}`);
  }
  if (errors.length > 0) throw new Error(`manifest.xml is not well-formed: ${errors.join("; ")}`);
  return document;
}

const manifest = parse(manifestText);

function all(name: string, scope: Document | Element = manifest): Element[] {
  return Array.from(scope.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

function one(name: string, scope: Document | Element = manifest): Element {
  const [element, ...rest] = all(name, scope);
  if (!element || rest.length > 0) throw new Error(`expected exactly one <${name}>`);
  return element;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is well-formed and rejects malformed XML", () => {
    expect(manifest.documentElement?.tagName).toBe("OfficeApp");
    expect(() => parse(manifestText.replace("</OfficeApp>", ""))).toThrow(/not well-formed/);
  });

  it("declares an Excel task pane add-in with a GUID id", () => {
    expect(manifest.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(all("Host").some((host) => host.getAttribute("Name") === "Workbook")).toBe(true);
  });

  it("follows package.json's version", () => {
    expect(one("Version").textContent).toBe(`${packageJson.version}.0`);
  });

  it("requires SharedRuntime 1.1 and the minimum ExcelApi the task pane uses", () => {
    const sets = Object.fromEntries(
      all("Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]),
    );
    expect(sets.SharedRuntime).toBe("1.1");
    expect(sets.ExcelApi).toBe("1.8");
    // The task pane checks the same version at start-up.
    const taskpane = readFileSync(path.join(root, "src/taskpane/taskpane.ts"), "utf8");
    expect(taskpane).toContain(`REQUIRED_EXCEL_API = "${sets.ExcelApi}"`);
  });

  it("runs the task pane and the custom functions in one long-lived shared runtime", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const shared = runtime.getAttribute("resid");
    const customFunctions = all("ExtensionPoint").find((point) => point.getAttribute("xsi:type") === "CustomFunctions");
    if (!customFunctions) throw new Error("no CustomFunctions extension point");
    const page = one("Page", customFunctions);
    expect(one("SourceLocation", page).getAttribute("resid")).toBe(shared);
    expect(one("FunctionFile").getAttribute("resid")).toBe(shared);
    const action = one("Action");
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(one("SourceLocation", action).getAttribute("resid")).toBe(shared);
  });

  it("uses the AMZN namespace and points at functions.json and functions.js", () => {
    const namespaceId = one("Namespace").getAttribute("resid");
    const strings = all("bt:String");
    expect(strings.find((string) => string.getAttribute("id") === namespaceId)?.getAttribute("DefaultValue")).toBe(
      "AMZN",
    );
    const urls = Object.fromEntries(
      all("bt:Url").map((url) => [url.getAttribute("id"), url.getAttribute("DefaultValue")]),
    );
    expect(urls[one("SourceLocation", one("Metadata")).getAttribute("resid") ?? ""]).toMatch(/\/functions\.json$/);
    expect(urls[one("SourceLocation", one("Script")).getAttribute("resid") ?? ""]).toMatch(/\/functions\.js$/);
  });

  it("defines every resid it uses, once, within 32 characters", () => {
    const defined = [...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")]
      .map((element) => element.getAttribute("id"))
      .filter((id): id is string => Boolean(id));
    expect(new Set(defined).size).toBe(defined.length);
    const used = all("*")
      .map((element) => element.getAttribute("resid"))
      .filter((id): id is string => Boolean(id));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(defined).toContain(id);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  it("has unique element ids for groups and controls", () => {
    const ids = [...all("Group"), ...all("Control"), ...all("OfficeTab")].map((element) => element.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses https for every URL, all under one base", () => {
    const withoutComments = manifestText.replace(/<!--[\s\S]*?-->/g, "");
    const urls = withoutComments.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const published = urls.filter(
      (url) => !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/"),
    );
    expect(published.length).toBeGreaterThan(5);
    for (const url of published) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  it("declares icons that exist at their declared sizes", () => {
    const images = all("bt:Image").filter((image) => image.getAttribute("id"));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const size = Number(/(\d+)x\d+$/.exec(image.getAttribute("id") ?? "")?.[1]);
      const file = (image.getAttribute("DefaultValue") ?? "").replace("https://localhost:3000/", "");
      expect(pngSize(path.join(root, file))).toEqual([size, size]);
    }
    for (const [element, size] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ] as const) {
      const file = (one(element).getAttribute("DefaultValue") ?? "").replace("https://localhost:3000/", "");
      expect(pngSize(path.join(root, file))).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(pngSize(path.join(root, `assets/icon-${size}.png`))).toEqual([size, size]);
  });
});

describe("manifest.xml in French (an override for every French locale)", () => {
  /** <Override> (top-level settings) and <bt:Override> (resources) alike. */
  const overrides = all("*").filter((element) => element.localName === "Override");

  function frenchOf(element: Element): string | undefined {
    const override = Array.from(element.childNodes as unknown as ArrayLike<Element>).find(
      (child) => child.localName === "Override" && child.getAttribute("Locale") === "fr-FR",
    );
    return override?.getAttribute("Value") ?? undefined;
  }

  function resource(tag: string, id: string): Element {
    const element = all(tag).find((candidate) => candidate.getAttribute("id") === id);
    if (!element) throw new Error(`no <${tag} id="${id}">`);
    return element;
  }

  function helpFile(url: string | null | undefined): string {
    return path.join(root, (url ?? "").replace("https://localhost:3000/", ""));
  }

  /** What is wrong with a manifest's French overrides: one override per French locale, one value. */
  function frenchOverrideProblems(document: Document): string[] {
    const problems: string[] = [];
    const found = Array.from(document.getElementsByTagName("*") as unknown as ArrayLike<Element>).filter(
      (element) => element.localName === "Override",
    );
    for (const parent of new Set(found.map((override) => override.parentNode as Element))) {
      const name = parent.getAttribute("id") ?? parent.localName;
      if (!parent.getAttribute("DefaultValue")) problems.push(`${name}: no DefaultValue`);
      const children = Array.from(parent.childNodes as unknown as ArrayLike<Element>).filter(
        (child) => child.localName === "Override",
      );
      const locales = children.map((child) => child.getAttribute("Locale") ?? "").sort();
      if (locales.join() !== [...FRENCH_LOCALES].sort().join()) problems.push(`${name}: locales ${locales.join()}`);
      const values = new Set(children.map((child) => (child.getAttribute("Value") ?? "").trim()));
      if (values.size !== 1 || values.has("")) problems.push(`${name}: values ${[...values].join(" | ")}`);
    }
    return problems;
  }

  it("overrides every setting for every French locale Office supports, with one French value", () => {
    expect(overrides.length).toBeGreaterThanOrEqual(10 * FRENCH_LOCALES.length);
    expect(frenchOverrideProblems(manifest)).toEqual([]);
  });

  it("reports a French locale left out, or a locale with another value", () => {
    const withoutBelgium = parse(manifestText.replace(/\s*<(bt:)?Override Locale="fr-BE"[^>]*\/>/g, ""));
    expect(frenchOverrideProblems(withoutBelgium).length).toBe(overrides.length / FRENCH_LOCALES.length);
    const swissEnglish = parse(
      manifestText.replace('<Override Locale="fr-CH" Value="Rapport IA', '<Override Locale="fr-CH" Value="Amazon AI'),
    );
    expect(frenchOverrideProblems(swissEnglish)).toEqual([expect.stringMatching(/^DisplayName: values/)]);
  });

  it("serves the French functions metadata to fr-FR Excel", () => {
    const metadata = resource("bt:Url", one("SourceLocation", one("Metadata")).getAttribute("resid") ?? "");
    const english = metadata.getAttribute("DefaultValue") ?? "";
    expect(english).toMatch(/\/functions\.json$/);
    expect(frenchOf(metadata)).toBe(english.replace(/functions\.json$/, "functions.fr.json"));
    expect(readFileSync(path.join(root, "src/functions/functions.fr.json"), "utf8")).toContain('"functions"');
  });

  it("names and describes the add-in in French", () => {
    for (const [tag, max] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      // The add-in's own DisplayName and Description, children of <OfficeApp> (not GetStarted's).
      const element = all(tag).find((candidate) => candidate.parentNode === manifest.documentElement);
      if (!element) throw new Error(`no top-level <${tag}>`);
      const french = frenchOf(element);
      expect(french).toBeDefined();
      expect(french).not.toBe(element.getAttribute("DefaultValue"));
      expect(french?.length).toBeLessThanOrEqual(max);
    }
  });

  it("translates every string users see, within the manifest's length limits", () => {
    const namespaceId = one("Namespace").getAttribute("resid");
    for (const [group, max] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      for (const string of all("bt:String", one(group))) {
        const english = string.getAttribute("DefaultValue") ?? "";
        expect(english.length).toBeLessThanOrEqual(max);
        if (string.getAttribute("id") === namespaceId) {
          // The namespace is part of every formula: AMZN in every language.
          expect(frenchOf(string)).toBeUndefined();
          continue;
        }
        const french = frenchOf(string);
        expect({ id: string.getAttribute("id"), french: typeof french }).toEqual({
          id: string.getAttribute("id"),
          french: "string",
        });
        expect(french).not.toBe(english);
        expect(french?.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("writes the formulas of its French strings with the French function names", () => {
    const frenchNames = new Set(
      (
        JSON.parse(readFileSync(path.join(root, "src/functions/functions.fr.json"), "utf8")) as {
          functions: { name: string }[];
        }
      ).functions.map((fn) => fn.name),
    );
    const calls = overrides.flatMap((override) =>
      [...(override.getAttribute("Value") ?? "").matchAll(/=AMZN\.([A-Z_.]+)\(/g)].map((match) => match[1]),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const name of calls) expect(frenchNames.has(name ?? "")).toBe(true);
  });

  it("points its help links at pages that exist, in English and in French", () => {
    const learnMore = resource("bt:Url", one("LearnMoreUrl").getAttribute("resid") ?? "");
    for (const element of [one("SupportUrl"), learnMore]) {
      const english = element.getAttribute("DefaultValue");
      const french = frenchOf(element);
      expect(english).toBe("https://localhost:3000/assets/help/en/index.html");
      expect(french).toBe("https://localhost:3000/assets/help/fr/index.html");
      expect(existsSync(helpFile(english))).toBe(true);
      expect(existsSync(helpFile(french))).toBe(true);
    }
  });
});
