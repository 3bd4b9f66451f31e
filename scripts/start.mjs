/**
 * `npm start`: makes the development certificates if missing, tries to trust their CA, prints how
 * to sideload the add-in, then serves it over HTTPS at https://localhost:3000 (webpack-dev-server).
 *
 * office-addin-debugging is deliberately not used: its install fails on Linux (keytar) and it
 * cannot sideload there (no desktop Excel). Excel on the web sideloads manifest.xml by upload.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { X509Certificate } from "node:crypto";
import path from "node:path";

const require = createRequire(import.meta.url);
const { devCertificatePaths } = require("./dev-certs-paths.js");
const port = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).config.dev_server_port;

function certificatesAreValid() {
  if (![devCertificatePaths.ca, devCertificatePaths.cert, devCertificatePaths.key].every(existsSync)) return false;
  const certificate = new X509Certificate(readFileSync(devCertificatePaths.cert));
  // Renew a day before expiry so a session never starts on a certificate about to lapse.
  return Date.parse(certificate.validTo) - Date.now() > 24 * 3600 * 1000;
}

async function ensureCertificates() {
  if (certificatesAreValid()) return;
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  for (const file of [devCertificatePaths.ca, devCertificatePaths.cert, devCertificatePaths.key]) {
    if (existsSync(file)) spawnSync("rm", ["-f", file]);
  }
  await generateCertificates(devCertificatePaths.ca, devCertificatePaths.cert, devCertificatePaths.key, 30, [
    "localhost",
    "127.0.0.1",
  ]);
}

/** Debian/Ubuntu trust store; needs root (or passwordless sudo). Never fatal. */
function tryTrustCa() {
  const anchorDir = "/usr/local/share/ca-certificates/office-addin-dev-certs";
  const anchor = path.join(anchorDir, "ca.crt");
  if (existsSync(anchor) && readFileSync(anchor).equals(readFileSync(devCertificatePaths.ca))) return true;
  if (process.getuid?.() !== 0 || !existsSync("/usr/sbin/update-ca-certificates")) return false;
  try {
    mkdirSync(anchorDir, { recursive: true });
    copyFileSync(devCertificatePaths.ca, anchor);
    return spawnSync("/usr/sbin/update-ca-certificates", [], { stdio: "ignore" }).status === 0;
  } catch {
    return false;
  }
}

await ensureCertificates();
const trusted = tryTrustCa();
const base = `https://localhost:${port}`;
console.log(`
Amazon AI Report add-in — development server
  task pane:       ${base}/taskpane.html
  functions:       ${base}/functions.json
  manifest:        ${path.resolve("manifest.xml")}
  certificates:    ${devCertificatePaths.directory}
  CA trusted:      ${trusted ? "yes (system store)" : "no — see below"}
${
  trusted
    ? ""
    : `
To trust the development CA (once), as root:
  sudo cp ${devCertificatePaths.ca} /usr/local/share/ca-certificates/office-addin-dev-certs.crt && sudo update-ca-certificates
Chrome/Edge on Linux read their own store as well:
  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${devCertificatePaths.ca}
On Windows or macOS: npx office-addin-dev-certs install
`
}
Sideload in Excel on the web (any OS, Linux included):
  1. Open a workbook at https://excel.cloud.microsoft (or office.com), Home > Add-ins > More Add-ins.
  2. My Add-ins > Upload My Add-in > choose manifest.xml above > Upload.
  3. Home > Amazon AI Report opens the task pane; type =AMZN.REVENUE(2024) in a cell.
Sideload in desktop Excel (Windows or macOS): npx office-addin-debugging start manifest.xml
  (not on Linux: it needs desktop Excel; install it globally there, not in this project).
Press Ctrl+C to stop.
`);

const webpack = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
