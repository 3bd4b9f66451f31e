/**
 * One page (taskpane.html) carries both chunks: the shared runtime runs the custom functions and
 * the task pane in the same JavaScript context. functions.json is generated from the JSDoc of
 * src/functions/functions.ts by Microsoft's metadata plugin.
 *
 * Every URL the add-in publishes is written against DEV_BASE_URL; a production build for a real
 * host replaces it with ADDIN_BASE_URL in the manifest, functions.json and pages.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const { devCertificatePaths } = require("./scripts/dev-certs-paths.js");
const { buildUnifiedManifest, PACKAGE_ICONS } = require("./scripts/unified-manifest.js");
const { zip } = require("./scripts/zip.js");
const { OFFICE_JS_URL, OFFICE_JS_ORIGINS } = require("./scripts/office-js-cdn.js");
// The project's TypeScript loader for Node (also used by npm run bench): lets the build read core's lists.
require("./scripts/ts-require.cjs");
const packageJson = require("./package.json");

const DEV_BASE_URL = "https://localhost:3000/";
const PORT = Number(process.env.PORT) || packageJson.config.dev_server_port;

/** The unified manifest's app package (upload it to Microsoft 365, or the admin center). */
const APP_PACKAGE = "app-package.zip";

/** The manifest's four-part version follows package.json's three-part one. */
const manifestVersion = `${packageJson.version}.0`;

function baseUrlFor(mode) {
  const fromEnv = process.env.ADDIN_BASE_URL;
  if (mode !== "production" || !fromEnv) return DEV_BASE_URL;
  const url = new URL(fromEnv);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https: got ${fromEnv}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The emitted script of a named chunk (its name carries a content hash in production). */
function chunkScript(compilation, name) {
  return [...(compilation.namedChunks.get(name)?.files ?? [])].find((file) => file.endsWith(".js"));
}

/**
 * What registering the functions needs (the runtime and the functions' chunk) is fetched at high
 * priority: Chromium otherwise holds deferred scripts, low priority, while office.js (render
 * blocking) loads, behind core's preload (taskpane.html). Measured under a slow network, the
 * functions registered about 0.1 s sooner (BENCHMARKS.md).
 */
function registrationFirst(compilation, assetTags) {
  const first = new Set(["runtime", "functions"].map((name) => chunkScript(compilation, name)));
  for (const tag of assetTags.headTags)
    if (tag.tagName === "script" && first.has(tag.attributes.src)) tag.attributes.fetchpriority = "high";
  return assetTags;
}

/** Rewrites the development base URL and the manifest version in every emitted text asset. */
class PublishUrlsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublishUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublishUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          // The manifests name the functions' script: in production it carries a content hash.
          const functionsChunk = chunkScript(compilation, "functions");
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            let text = assets[name].source().toString();
            const original = text;
            if (functionsChunk && /^manifest\.(xml|json)$/.test(name))
              text = text.replace(
                /https:\/\/localhost:3000\/functions\.js(?![\w.])/g,
                `${DEV_BASE_URL}${functionsChunk}`,
              );
            if (this.baseUrl !== DEV_BASE_URL) {
              // Full URLs first, then bare origins (the manifest's AppDomain).
              text = text.split(DEV_BASE_URL).join(this.baseUrl);
              text = text.split(new URL(DEV_BASE_URL).origin).join(new URL(this.baseUrl).origin);
            }
            if (name === "manifest.xml")
              text = text.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion}</Version>`);
            if (text !== original) compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/** Emits manifest.json and its localization files (one per French locale), derived from manifest.xml. */
class UnifiedManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("UnifiedManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "UnifiedManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xmlPath = path.resolve(__dirname, "manifest.xml");
          compilation.fileDependencies.add(xmlPath);
          const { manifest, localizations } = buildUnifiedManifest(
            fs.readFileSync(xmlPath, "utf8"),
            packageJson.version,
          );
          const json = (value) => new sources.RawSource(`${JSON.stringify(value, null, 2)}\n`);
          compilation.emitAsset("manifest.json", json(manifest));
          for (const [file, strings] of Object.entries(localizations)) compilation.emitAsset(file, json(strings));
        },
      );
    });
  }
}

/**
 * Zips the app package after the URLs are published: manifest.json, its localization files and
 * the two icons it names (Microsoft's app package: the manifest at the root, files at the relative
 * paths the manifest gives). Registered after PublishUrlsPlugin, same stage, so it runs after it.
 */
class AppPackagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AppPackagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AppPackagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const manifest = JSON.parse(assets["manifest.json"].source().toString());
          const files = [
            "manifest.json",
            ...manifest.localizationInfo.additionalLanguages.map((language) => language.file),
            PACKAGE_ICONS.color,
            PACKAGE_ICONS.outline,
          ];
          const entries = files.map((name) => {
            if (!assets[name]) throw new Error(`app package: ${name} was not emitted`);
            return { name, data: Buffer.from(assets[name].source()) };
          });
          compilation.emitAsset(APP_PACKAGE, new sources.RawSource(zip(entries)));
        },
      );
    });
  }
}

/**
 * Fills the custom enums (Excel's AutoComplete lists) from core's lists at every build:
 * src/functions/enum-values.ts builds them; the `@customenum` declarations of functions.ts give
 * Microsoft's plugin the ids and the parameters that reference them, with one seed member each.
 * dist/functions.json gets the values in English, dist/functions.fr.json the same enums in French
 * (the hand-written French file declares the parameters' customEnumId, not the lists).
 */
class EnumValuesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EnumValuesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EnumValuesPlugin", stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          // A rebuild (dev server) reads core afresh.
          for (const file of Object.keys(require.cache))
            if (file.includes(`${path.sep}src${path.sep}`)) Reflect.deleteProperty(require.cache, file);
          const { metadataEnums } = require("./src/functions/enum-values.ts");
          const fail = (message) => compilation.errors.push(new WebpackError(`EnumValuesPlugin: ${message}`));
          if (assets["functions.json"]) {
            const metadata = JSON.parse(assets["functions.json"].source().toString());
            const generated = metadataEnums("en");
            const declared = (metadata.enums ?? []).map((e) => e.id).sort();
            const known = generated.map((e) => e.id).sort();
            if (JSON.stringify(declared) !== JSON.stringify(known))
              return fail(`functions.ts declares the enums [${declared}], enum-values.ts builds [${known}]`);
            for (const seeded of metadata.enums) {
              const valueOf = (v) => (v.stringValue !== undefined ? v.stringValue : v.numberValue);
              const values = generated.find((e) => e.id === seeded.id).values.map(valueOf);
              for (const seed of seeded.values)
                if (!values.includes(valueOf(seed)))
                  return fail(`seed ${JSON.stringify(valueOf(seed))} of ${seeded.id} is not a value of core`);
            }
            metadata.enums = generated;
            compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
          }
          if (assets["functions.fr.json"]) {
            const french = JSON.parse(assets["functions.fr.json"].source().toString());
            if (french.enums !== undefined)
              return fail("functions.fr.json lists enums: the build writes them from core");
            french.enums = metadataEnums("fr");
            compilation.updateAsset("functions.fr.json", new sources.RawSource(`${JSON.stringify(french, null, 2)}\n`));
          }
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const baseUrl = baseUrlFor(mode);
  return {
    mode,
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.ADDIN_OUT_DIR || "dist"),
      // Hashed names in production, so a host can cache the chunks for a year (README, "Hosting");
      // the pages and manifests that name them keep fixed names and are served no-cache.
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      // Chunk URLs relative to the page, as its tags write them: the chunk a function loads at its
      // first call is then the URL the page already preloaded (the browser hands the preloaded
      // response to webpack's script tag), whatever host serves the build.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader" } }],
    },
    performance: { hints: false },
    optimization: {
      // Two entries on one page: one webpack runtime, so each module is evaluated once and the
      // pane and the functions share its state (webpack's guide: "if you have multiple entry points
      // on a single HTML page, make sure to set optimization.runtimeChunk: 'single'").
      runtimeChunk: "single",
      // The task pane and the functions run in one page (shared runtime): the dataset and the core
      // the functions answer with ship once, in core.js, loaded at the first call (functions.ts)
      // and by the pane's app. What registering needs stays out of it: core/runtime/errors.ts, which the
      // functions' error messages use, ships with the functions' and the pane's entries (a few
      // hundred bytes twice, evaluated once: one runtime). Core modules only the pane uses (audit,
      // formula parsing) stay in the app's chunk.
      splitChunks: {
        cacheGroups: {
          core: {
            test: (module, { chunkGraph }) =>
              /[\\/]src[\\/](core|data|functions)[\\/]/.test(module.resource ?? "") &&
              [...chunkGraph.getModuleChunksIterable(module)].some((chunk) => chunk.name === "answers"),
            name: "core",
            chunks: "all",
            enforce: true,
          },
          // Fluent 2's web components and their runtime (FAST) change at another pace than the
          // add-in: their own chunk, cached across releases, loaded with the app inside Excel
          // (src/taskpane/taskpane.ts). Fluent's theme tokens stay in the pane's entry chunk, which
          // themes the page before anything else; components registered later keep their chunks.
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@microsoft[\\/]fast-element|@microsoft[\\/]focusgroup-polyfill|tslib)[\\/]/,
            name: "fluent",
            chunks: (chunk) => chunk.name === "app",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        scriptLoading: "defer",
        // The template places the tags (before office.js: see taskpane.html), and core.js's preload:
        // an async chunk, which no entry's tags name.
        inject: false,
        templateParameters: (compilation, assets, assetTags, options) => ({
          compilation,
          webpackConfig: compilation.options,
          htmlWebpackPlugin: { tags: registrationFirst(compilation, assetTags), files: assets, options },
          officeJsUrl: OFFICE_JS_URL,
          officeJsOrigins: OFFICE_JS_ORIGINS.join(" "),
          coreScript: chunkScript(compilation, "core"),
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          // Localized metadata is written by hand (Microsoft's guidance) and published as is.
          { from: "src/functions/functions.fr.json", to: "functions.fr.json" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
      new UnifiedManifestPlugin(),
      new EnumValuesPlugin(),
      new PublishUrlsPlugin(baseUrl),
      new AppPackagePlugin(),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        // scripts/start.mjs creates the certificates before serving; a build needs none.
        options: fs.existsSync(devCertificatePaths.key)
          ? {
              ca: fs.readFileSync(devCertificatePaths.ca),
              cert: fs.readFileSync(devCertificatePaths.cert),
              key: fs.readFileSync(devCertificatePaths.key),
            }
          : undefined,
      },
      // The page's CSP allows no inline scripts and no eval: keep the client out of the bundle.
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      devMiddleware: { writeToDisk: false },
      onListening: (server) => {
        const address = server.server.address();
        console.log(`\nServing the add-in at https://localhost:${address.port}/taskpane.html`);
      },
    },
  };
};
