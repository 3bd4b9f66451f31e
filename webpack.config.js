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
const { sources } = require("webpack");
const { devCertificatePaths } = require("./scripts/dev-certs-paths.js");
const packageJson = require("./package.json");

const DEV_BASE_URL = "https://localhost:3000/";
const PORT = packageJson.config.dev_server_port;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The manifest's four-part version follows package.json's three-part one. */
const manifestVersion = `${packageJson.version}.0`;

function baseUrlFor(mode) {
  const fromEnv = process.env.ADDIN_BASE_URL;
  if (mode !== "production" || !fromEnv) return DEV_BASE_URL;
  const url = new URL(fromEnv);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https: got ${fromEnv}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites the development base URL and the manifest version in every emitted text asset. */
class PublishUrlsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublishUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublishUrlsPlugin", stage: compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            let text = assets[name].source().toString();
            const original = text;
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
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader" } }],
    },
    performance: { hints: false },
    optimization: {
      // The task pane and the functions run in one page (shared runtime): the dataset and core
      // they both use ship once, in core.js, instead of once inside each entry chunk.
      splitChunks: {
        cacheGroups: {
          core: { test: /[\\/]src[\\/](core|data)[\\/]/, name: "core", chunks: "all", enforce: true },
          // Fluent 2's web components and their runtime (FAST) change at another pace than the
          // add-in: their own chunk, cached across releases. Only what the first screen imports
          // ("initial"); components registered later stay in their async chunks.
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@microsoft[\\/]fast-element|@microsoft[\\/]focusgroup-polyfill|tslib)[\\/]/,
            name: "fluent",
            chunks: "initial",
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
        chunks: ["core", "fluent", "functions", "taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJsUrl: OFFICE_JS_CDN },
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
      new PublishUrlsPlugin(baseUrl),
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
