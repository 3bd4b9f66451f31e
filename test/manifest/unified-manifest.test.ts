/**
 * dist/manifest.json (the unified manifest for Microsoft 365), its localization files and the app
 * package, validated offline against Microsoft's schemas as shipped in @microsoft/app-manifest
 * (the version the manifest's own "$schema" names), and checked against dist/manifest.xml: both
 * manifests must name the same add-in (id, version, URLs, namespace, locales).
 */
import { readFileSync } from "fs";
import path from "path";
import Ajv, { type ErrorObject } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { FRENCH_LOCALES } from "./locales";
import { readZip } from "./zip-reader";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const SCHEMAS = path.join(root, "node_modules/@microsoft/app-manifest/build/json-schemas/teams");

type Json = Record<string, unknown>;
const readJson = (file: string): Json => JSON.parse(readFileSync(path.join(dist, file), "utf8")) as Json;

interface UnifiedManifest {
  $schema: string;
  id: string;
  version: string;
  icons: { color: string; outline: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  validDomains: string[];
  developer: { websiteUrl: string };
  extensions: {
    requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: {
      id: string;
      lifetime: string;
      code: { page: string; script?: string };
      actions: { id: string; type: string; view?: string }[];
      customFunctions: { namespace: { id: string; name: string }; metadataUrl: string };
    }[];
    ribbons: {
      tabs: {
        builtInTabId: string;
        groups: {
          id: string;
          label: string;
          icons: { size: number; url: string }[];
          controls: { id: string; label: string; actionId: string; icons: { size: number; url: string }[] }[];
        }[];
      }[];
    }[];
    getStartedMessages: { learnMoreUrl: string }[];
  }[];
}

const manifestText = readFileSync(path.join(dist, "manifest.json"), "utf8");
const manifest = JSON.parse(manifestText) as UnifiedManifest;
const xml: Document = new DOMParser().parseFromString(
  readFileSync(path.join(dist, "manifest.xml"), "utf8"),
  "text/xml",
);

/** The schema folder of a "$schema" URL: https://developer.microsoft.com/json-schemas/teams/v1.30/… → v1.30. */
function schemaVersion(url: string): string {
  const match = /\/json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams(?:\.Localization)?\.schema\.json#?$/.exec(url);
  if (!match?.[1]) throw new Error(`not a Microsoft 365 app manifest schema URL: ${url}`);
  return match[1];
}

function validator(file: string): (data: unknown) => ErrorObject[] {
  // unicodeRegExp off: some of Microsoft's patterns ("\\b]") are invalid under the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

const version = schemaVersion(manifest.$schema);
const validateManifest = validator(path.join(SCHEMAS, version, "MicrosoftTeams.schema.json"));
const validateLocalization = validator(path.join(SCHEMAS, version, "MicrosoftTeams.Localization.schema.json"));

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

// ---- the XML manifest, read independently of scripts/unified-manifest.js ----

function all(name: string, scope: Document | Element = xml): Element[] {
  return Array.from(scope.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}
function resource(id: string | null): Element {
  const element = [...all("bt:Url"), ...all("bt:String"), ...all("bt:Image")].find(
    (candidate) => candidate.getAttribute("id") === id,
  );
  if (!element) throw new Error(`manifest.xml: no resource ${id}`);
  return element;
}
function overrideOf(element: Element, locale: string): string | undefined {
  return (
    Array.from(element.childNodes as unknown as ArrayLike<Element>)
      .find((child) => child.localName === "Override" && child.getAttribute("Locale") === locale)
      ?.getAttribute("Value") ?? undefined
  );
}
const residOf = (tag: string, scope?: Element): string | null => (all(tag, scope)[0] as Element).getAttribute("resid");
const customFunctionsPoint = all("ExtensionPoint").find(
  (point) => point.getAttribute("xsi:type") === "CustomFunctions",
) as Element;
const metadataResource = resource(residOf("SourceLocation", all("Metadata", customFunctionsPoint)[0]));

/** Every way the two manifests could name different add-ins; [] when they agree. */
function disagreements(json: UnifiedManifest, localizations: Map<string, Json>): string[] {
  const problems: string[] = [];
  const same = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${what}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };
  const extension = json.extensions[0];
  const runtime = extension?.runtimes[0];
  const group = extension?.ribbons[0]?.tabs[0]?.groups[0];
  same("id", json.id, all("Id")[0]?.textContent);
  same("version", `${json.version}.0`, all("Version")[0]?.textContent);
  same(
    "task pane / shared page",
    runtime?.code.page,
    resource(residOf("SourceLocation", all("Page", customFunctionsPoint)[0])).getAttribute("DefaultValue"),
  );
  same(
    "functions script",
    runtime?.code.script,
    resource(residOf("SourceLocation", all("Script", customFunctionsPoint)[0])).getAttribute("DefaultValue"),
  );
  same("functions metadata", runtime?.customFunctions.metadataUrl, metadataResource.getAttribute("DefaultValue"));
  same(
    "namespace",
    runtime?.customFunctions.namespace.id,
    resource(residOf("Namespace", customFunctionsPoint)).getAttribute("DefaultValue"),
  );
  same("lifetime", runtime?.lifetime, all("Runtime")[0]?.getAttribute("lifetime"));
  same(
    "domains",
    json.validDomains,
    all("AppDomain").map((domain) => domain.textContent),
  );
  same("help", json.developer.websiteUrl, all("SupportUrl")[0]?.getAttribute("DefaultValue"));
  same(
    "learn more",
    extension?.getStartedMessages[0]?.learnMoreUrl,
    resource(residOf("LearnMoreUrl")).getAttribute("DefaultValue"),
  );
  same(
    "ribbon icons",
    group?.icons,
    all("bt:Image", all("Icon", all("Group")[0])[0]).map((image) => ({
      size: Number(image.getAttribute("size")),
      url: resource(image.getAttribute("resid")).getAttribute("DefaultValue"),
    })),
  );
  same("ribbon tab", extension?.ribbons[0]?.tabs[0]?.builtInTabId, all("OfficeTab")[0]?.getAttribute("id"));
  same(
    "button label",
    group?.controls[0]?.label,
    resource(residOf("Label", all("Control")[0])).getAttribute("DefaultValue"),
  );
  const xmlLocales = [
    ...new Set(
      all("*")
        .filter((e) => e.localName === "Override")
        .map((e) => e.getAttribute("Locale")),
    ),
  ];
  same(
    "locales",
    json.localizationInfo.additionalLanguages.map((language) => language.languageTag).sort(),
    xmlLocales.map((locale) => locale?.toLowerCase()).sort(),
  );
  for (const { languageTag, file } of json.localizationInfo.additionalLanguages) {
    const locale = xmlLocales.find((candidate) => candidate?.toLowerCase() === languageTag) ?? languageTag;
    const strings = localizations.get(file) ?? {};
    same(
      `${locale} metadata`,
      strings["extensions[0].runtimes[0].customFunctions.metadataUrl"],
      overrideOf(metadataResource, locale),
    );
    same(`${locale} name`, strings["name.short"], overrideOf(all("DisplayName")[0] as Element, locale));
    same(
      `${locale} group label`,
      strings["extensions[0].ribbons[0].tabs[0].groups[0].label"],
      overrideOf(resource(residOf("Label", all("Group")[0])), locale),
    );
  }
  return problems;
}

const localizationFiles = new Map(
  manifest.localizationInfo.additionalLanguages.map(({ file }) => [file, readJson(file)] as const),
);

describe("dist/manifest.json against Microsoft's schema", () => {
  it("names a released schema that @microsoft/app-manifest ships, and validates with zero errors", () => {
    expect(version).toMatch(/^v1\.\d+$/);
    expect(validateManifest(manifest)).toEqual([]);
  });

  it("fails validation when the manifest is wrong (the validator can fail)", () => {
    const broken = JSON.parse(manifestText) as Partial<UnifiedManifest> & Pick<UnifiedManifest, "extensions">;
    delete broken.developer;
    (broken.extensions[0]?.runtimes[0] as { lifetime: string }).lifetime = "forever";
    const messages = validateManifest(broken).map((error) => `${error.instancePath} ${error.message ?? ""}`);
    expect(messages.join("\n")).toMatch(/developer/);
    expect(messages.join("\n")).toMatch(/lifetime/);
  });

  it("validates every localization file against the Localization schema", () => {
    expect(localizationFiles.size).toBe(FRENCH_LOCALES.length);
    for (const [file, strings] of localizationFiles) {
      expect({ file, errors: validateLocalization(strings) }).toEqual({ file, errors: [] });
      expect(schemaVersion(String(strings.$schema))).toBe(version);
    }
    expect(validateLocalization({ "name.short": "x", "extensions[0].nothing": "y" })).not.toEqual([]);
  });
});

describe("dist/manifest.json: what the add-in declares", () => {
  const extension = manifest.extensions[0];
  const runtime = extension?.runtimes[0];

  it("runs the custom functions (namespace AMZN, metadata URL) in one long-lived shared runtime", () => {
    expect(extension?.runtimes).toHaveLength(1);
    expect(runtime?.lifetime).toBe("long");
    expect(runtime?.code.page).toBe("https://localhost:3000/taskpane.html");
    expect(runtime?.customFunctions.namespace).toEqual({ id: "AMZN", name: "AMZN" });
    expect(runtime?.customFunctions.metadataUrl).toBe("https://localhost:3000/functions.json");
    const capabilities = Object.fromEntries(
      extension?.requirements.capabilities.map((c) => [c.name, c.minVersion]) ?? [],
    );
    expect(capabilities).toMatchObject({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.8" });
    expect(extension?.requirements.scopes).toEqual(["workbook"]);
  });

  it("opens the task pane from a ribbon button on the Home tab", () => {
    const control = extension?.ribbons[0]?.tabs[0]?.groups[0]?.controls[0];
    const action = runtime?.actions.find((candidate) => candidate.id === control?.actionId);
    expect(action?.type).toBe("openPage");
    expect(extension?.ribbons[0]?.tabs[0]?.builtInTabId).toBe("TabHome");
    expect(control?.icons.map((icon) => icon.size)).toEqual([16, 32, 80]);
  });

  it("points the functions' script at the hashed chunk the build emitted", () => {
    const script = runtime?.code.script ?? "";
    expect(script).toMatch(/^https:\/\/localhost:3000\/functions\.[0-9a-f]{8}\.js$/);
    expect(readFileSync(path.join(dist, script.replace("https://localhost:3000/", "")), "utf8")).toContain("associate");
  });

  it("gives every French locale the French functions metadata and texts", () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("en-us");
    expect(manifest.localizationInfo.additionalLanguages).toEqual(
      FRENCH_LOCALES.map((locale) => ({ languageTag: locale.toLowerCase(), file: `${locale}.json` })),
    );
    for (const strings of localizationFiles.values()) {
      expect(strings["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(
        "https://localhost:3000/functions.fr.json",
      );
      expect(strings["name.short"]).toBe("Rapport IA d'Amazon");
      expect(strings["extensions[0].getStartedMessages[0].description"]).toContain("=AMZN.CHIFFRE_AFFAIRES(2024)");
    }
  });
});

describe("the two manifests agree", () => {
  it("on ids, version, URLs, namespace and locales", () => {
    expect(disagreements(manifest, localizationFiles)).toEqual([]);
  });

  it("and the check fails when they do not", () => {
    const changed = JSON.parse(manifestText) as UnifiedManifest;
    changed.id = "00000000-0000-0000-0000-000000000000";
    changed.version = "9.9.9";
    (
      changed.extensions[0]?.runtimes[0] as UnifiedManifest["extensions"][0]["runtimes"][0]
    ).customFunctions.namespace.id = "AMZ";
    changed.localizationInfo.additionalLanguages.pop();
    const lost = new Map(localizationFiles);
    lost.set("fr-CA.json", {
      ...lost.get("fr-CA.json"),
      "extensions[0].runtimes[0].customFunctions.metadataUrl": "https://localhost:3000/functions.json",
    });
    const problems = disagreements(changed, lost).map((problem) => problem.split(":")[0]);
    expect(problems).toEqual(expect.arrayContaining(["id", "version", "namespace", "locales", "fr-CA metadata"]));
  });
});

describe("dist/app-package.zip", () => {
  const entries = readZip(readFileSync(path.join(dist, "app-package.zip")));

  it("holds the manifest, its localization files and the icons it names, byte for byte", () => {
    const expected = ["manifest.json", ...localizationFiles.keys(), manifest.icons.color, manifest.icons.outline];
    expect([...entries.keys()].sort()).toEqual(expected.sort());
    for (const name of expected) {
      const onDisk = readFileSync(path.join(dist, name));
      expect({ name, same: entries.get(name)?.equals(onDisk) }).toEqual({ name, same: true });
    }
  });

  it("has the icon sizes the schema requires: color 192×192, outline 32×32 white on transparent", () => {
    expect(pngSize(entries.get(manifest.icons.color) ?? Buffer.alloc(0))).toEqual([192, 192]);
    expect(pngSize(entries.get(manifest.icons.outline) ?? Buffer.alloc(0))).toEqual([32, 32]);
  });
});
