/**
 * The unified manifest for Microsoft 365 (dist/manifest.json), its localization files and its app
 * package, derived from manifest.xml so that the two manifests cannot drift: the id, the strings
 * and their French overrides, the URLs and the namespace are read from the XML; the version is
 * package.json's. Everything is written against the development base URL, like manifest.xml: the
 * build's PublishUrlsPlugin rewrites both (and these files) for ADDIN_BASE_URL.
 *
 * Shape: Microsoft's docs, "Create custom functions in Excel" (unified manifest tab) and
 * "Configure your Office Add-in to use a shared runtime": one runtime with lifetime "long" whose
 * page is the shared page, the customFunctions object (namespace, metadataUrl) on that runtime, an
 * openPage action for the ribbon button. The schema is the one named by "$schema", validated
 * offline in test/manifest/unified-manifest.test.ts against @microsoft/app-manifest's copy.
 */
const { DOMParser } = require("@xmldom/xmldom");

const MANIFEST_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The app package's icons (schema: color 192×192, outline 32×32 white on transparent). */
const PACKAGE_ICONS = { color: "assets/icon-color-192.png", outline: "assets/icon-outline-32.png" };

/**
 * The unified manifest's short description has no XML counterpart (at most 80 characters), so it
 * is written here, once per language.
 */
const SHORT_DESCRIPTION = {
  en: "Amazon's results and AI report as AMZN.* Excel functions, tables and models",
  fr: "Les résultats d'Amazon et le rapport IA en fonctions Excel AMZN.* et tableaux",
};

function elements(scope, name) {
  return Array.from(scope.getElementsByTagName(name));
}

/** The one direct child <name> of an element (a group's own label, not its controls'). */
function child(scope, name) {
  const found = Array.from(scope.childNodes).filter((node) => node.nodeName === name);
  if (found.length !== 1) throw new Error(`manifest.xml: expected one <${name}> in <${scope.nodeName}>`);
  return found[0];
}

function onlyOne(scope, name) {
  const found = elements(scope, name);
  if (found.length !== 1) throw new Error(`manifest.xml: expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** The DefaultValue of an element and its Override values by locale. */
function localized(element) {
  const overrides = {};
  for (const child of Array.from(element.childNodes)) {
    if (child.localName === "Override") overrides[child.getAttribute("Locale")] = child.getAttribute("Value");
  }
  return { value: element.getAttribute("DefaultValue"), overrides };
}

function readXmlManifest(xmlText) {
  const document = new DOMParser().parseFromString(xmlText, "text/xml");
  const root = document.documentElement;
  const topLevel = (name) => {
    const element = elements(root, name).find((candidate) => candidate.parentNode === root);
    if (!element) throw new Error(`manifest.xml: no top-level <${name}>`);
    return element;
  };
  const resources = {};
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const element of elements(document, tag)) {
      const id = element.getAttribute("id");
      if (id) resources[id] = localized(element);
    }
  }
  const resource = (element) => {
    const id = element.getAttribute("resid");
    if (!resources[id]) throw new Error(`manifest.xml: resid ${id} is not defined`);
    return resources[id];
  };
  const customFunctions = elements(document, "ExtensionPoint").find(
    (point) => point.getAttribute("xsi:type") === "CustomFunctions",
  );
  const control = onlyOne(document, "Control");
  const group = onlyOne(document, "Group");
  const runtime = onlyOne(document, "Runtime");
  const requirementSets = elements(onlyOne(document, "Requirements"), "Set").map((set) => ({
    name: set.getAttribute("Name"),
    minVersion: set.getAttribute("MinVersion"),
  }));
  return {
    id: onlyOne(document, "Id").textContent.trim(),
    provider: onlyOne(document, "ProviderName").textContent.trim(),
    defaultLocale: onlyOne(document, "DefaultLocale").textContent.trim(),
    displayName: localized(topLevel("DisplayName")),
    description: localized(topLevel("Description")),
    iconUrl: localized(topLevel("IconUrl")).value,
    highResolutionIconUrl: localized(topLevel("HighResolutionIconUrl")).value,
    supportUrl: localized(topLevel("SupportUrl")),
    appDomains: elements(document, "AppDomain").map((domain) => domain.textContent.trim()),
    requirementSets,
    runtime: { lifetime: runtime.getAttribute("lifetime"), page: resource(runtime) },
    functionsScript: resource(onlyOne(onlyOne(customFunctions, "Script"), "SourceLocation")),
    functionsMetadata: resource(onlyOne(onlyOne(customFunctions, "Metadata"), "SourceLocation")),
    namespace: resource(onlyOne(customFunctions, "Namespace")).value,
    getStarted: {
      title: resource(onlyOne(onlyOne(document, "GetStarted"), "Title")),
      description: resource(onlyOne(onlyOne(document, "GetStarted"), "Description")),
      learnMoreUrl: resource(onlyOne(document, "LearnMoreUrl")),
    },
    tab: onlyOne(document, "OfficeTab").getAttribute("id"),
    group: {
      id: group.getAttribute("id"),
      label: resource(child(group, "Label")),
      icons: elements(child(group, "Icon"), "bt:Image").map((image) => ({
        size: Number(image.getAttribute("size")),
        url: resource(image).value,
      })),
    },
    control: {
      id: control.getAttribute("id"),
      label: resource(child(control, "Label")),
      tooltip: resource(onlyOne(onlyOne(control, "Supertip"), "Description")),
      taskpaneId: onlyOne(control, "TaskpaneId").textContent.trim(),
    },
    permissions: onlyOne(document, "Permissions").textContent.trim(),
  };
}

/** The XML manifest's <Permissions> as the unified manifest's resource-specific permission. */
const PERMISSIONS = {
  ReadWriteDocument: "Document.ReadWrite.User",
  ReadDocument: "Document.Read.User",
};

const OPEN_TASKPANE_ACTION = "OpenTaskpane";

/**
 * Builds the unified manifest and one localization file per French locale of manifest.xml.
 * Returns { manifest, localizations: { [fileName]: object } }; the localization keys are the
 * JSON paths the Localization schema allows (extensions[0]..., name.short, ...).
 */
function buildUnifiedManifest(xmlText, version) {
  const xml = readXmlManifest(xmlText);
  const locales = Object.keys(xml.displayName.overrides);
  const permission = PERMISSIONS[xml.permissions];
  if (!permission) throw new Error(`manifest.xml: no unified-manifest permission for ${xml.permissions}`);
  const icons = xml.group.icons;
  const runtime = {
    requirements: { capabilities: [{ name: "SharedRuntime", minVersion: "1.1" }] },
    id: "SharedRuntime",
    type: "general",
    code: { page: xml.runtime.page.value, script: xml.functionsScript.value },
    lifetime: xml.runtime.lifetime,
    actions: [{ id: OPEN_TASKPANE_ACTION, type: "openPage", view: xml.control.taskpaneId }],
    customFunctions: {
      namespace: { id: xml.namespace, name: xml.namespace },
      metadataUrl: xml.functionsMetadata.value,
    },
  };
  const manifest = {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    id: xml.id,
    version,
    name: { short: xml.displayName.value, full: xml.displayName.value },
    description: { short: SHORT_DESCRIPTION.en, full: xml.description.value },
    developer: {
      name: xml.provider,
      websiteUrl: xml.supportUrl.value,
      privacyUrl: xml.supportUrl.value,
      termsOfUseUrl: xml.supportUrl.value,
    },
    icons: PACKAGE_ICONS,
    accentColor: "#232F3E",
    localizationInfo: {
      defaultLanguageTag: xml.defaultLocale.toLowerCase(),
      additionalLanguages: locales.map((locale) => ({ languageTag: locale.toLowerCase(), file: `${locale}.json` })),
    },
    authorization: { permissions: { resourceSpecific: [{ name: permission, type: "Delegated" }] } },
    validDomains: xml.appDomains,
    showLoadingIndicator: false,
    isFullScreen: false,
    defaultBlockUntilAdminAction: false,
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities: xml.requirementSets },
        runtimes: [runtime],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: xml.tab,
                groups: [
                  {
                    id: xml.group.id,
                    label: xml.group.label.value,
                    icons,
                    controls: [
                      {
                        id: xml.control.id,
                        type: "button",
                        label: xml.control.label.value,
                        icons,
                        supertip: { title: xml.control.label.value, description: xml.control.tooltip.value },
                        actionId: OPEN_TASKPANE_ACTION,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        // With a valid alternateIcons, AppSource and the admin center generate an XML manifest from
        // this one for the platforms that do not take the unified manifest (Microsoft's docs,
        // "Office Add-ins with the unified app manifest", client and platform support).
        alternates: [
          {
            alternateIcons: {
              icon: { size: 32, url: xml.iconUrl },
              highResolutionIcon: { size: 64, url: xml.highResolutionIconUrl },
            },
          },
        ],
        getStartedMessages: [
          {
            title: xml.getStarted.title.value,
            description: xml.getStarted.description.value,
            learnMoreUrl: xml.getStarted.learnMoreUrl.value,
          },
        ],
      },
    ],
  };
  const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
  const localizations = {};
  for (const locale of locales) {
    const french = (entry, what) => {
      const value = entry.overrides[locale];
      if (!value) throw new Error(`manifest.xml: no ${locale} override for ${what}`);
      return value;
    };
    localizations[`${locale}.json`] = {
      $schema: LOCALIZATION_SCHEMA_URL,
      "name.short": french(xml.displayName, "DisplayName"),
      "name.full": french(xml.displayName, "DisplayName"),
      "description.short": SHORT_DESCRIPTION.fr,
      "description.full": french(xml.description, "Description"),
      "extensions[0].runtimes[0].customFunctions.metadataUrl": french(xml.functionsMetadata, "the functions' metadata"),
      [`${group}.label`]: french(xml.group.label, "the group label"),
      [`${group}.controls[0].label`]: french(xml.control.label, "the button label"),
      [`${group}.controls[0].supertip.title`]: french(xml.control.label, "the button label"),
      [`${group}.controls[0].supertip.description`]: french(xml.control.tooltip, "the button tooltip"),
      "extensions[0].getStartedMessages[0].title": french(xml.getStarted.title, "GetStarted.Title"),
      "extensions[0].getStartedMessages[0].description": french(xml.getStarted.description, "GetStarted.Description"),
      "extensions[0].getStartedMessages[0].learnMoreUrl": french(xml.getStarted.learnMoreUrl, "LearnMoreUrl"),
    };
  }
  return { manifest, localizations };
}

module.exports = { buildUnifiedManifest, readXmlManifest, PACKAGE_ICONS, MANIFEST_VERSION };
