/**
 * `npm start`: makes the development certificates if missing, tries to trust their CA, prints how
 * to sideload the add-in, then serves it over HTTPS at https://localhost:3000 (webpack-dev-server;
 * PORT overrides the port).
 *
 * "CA trusted: yes" is printed only when the browser will trust it. On Linux, Chrome and Chromium
 * do not read the system store: they read the user's NSS database (~/.pki/nssdb), so the CA is
 * added there with certutil (Debian's libnss3-tools) and read back; without certutil the output
 * says what to install and run. The system store (update-ca-certificates, as root) is updated too,
 * for other tools; AMZN_DEV_CA_SYSTEM_STORE=0 skips it (the tests do, to leave the machine alone).
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
const port =
  Number(process.env.PORT) ||
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).config.dev_server_port;
const { trustInNssDatabase, NSS_NICKNAME } = await import("./trust-dev-ca.mjs");

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
  if (process.env.AMZN_DEV_CA_SYSTEM_STORE === "0") return false;
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
const systemStore = tryTrustCa();
const nss = process.platform === "linux" ? trustInNssDatabase(devCertificatePaths.ca) : undefined;
const base = `https://localhost:${port}`;
const ca = devCertificatePaths.ca;
let trustLine;
let trustHelp = "";
if (nss === undefined) {
  trustLine = systemStore ? "yes (system store)" : "no — see below";
  if (!systemStore)
    trustHelp = `\nTo trust the development CA (once) on Windows or macOS: npx office-addin-dev-certs install\n`;
} else if (nss.trusted) {
  trustLine = `yes (Chrome/Chromium: ${nss.database}${systemStore ? "; system store too" : ""})`;
} else {
  trustLine = "no — Chrome and Chromium on Linux will refuse https://localhost until you run:";
  trustHelp = nss.certutil
    ? `
  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${NSS_NICKNAME}" -i ${ca}
  (certutil said: ${nss.error ?? "unknown error"})
`
    : `
  ${process.getuid?.() === 0 ? "" : "sudo "}apt-get install -y libnss3-tools     # certutil (Debian/Ubuntu; Fedora: nss-tools)
  npm start                                  # adds the CA to ~/.pki/nssdb and checks it
or, by hand once certutil is installed:
  mkdir -p $HOME/.pki/nssdb && certutil -d sql:$HOME/.pki/nssdb -N --empty-password
  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${NSS_NICKNAME}" -i ${ca}
`;
}
console.log(`
Amazon AI Report add-in — development server
  task pane:       ${base}/taskpane.html
  functions:       ${base}/functions.json
  manifest:        ${path.resolve("manifest.xml")}
  certificates:    ${devCertificatePaths.directory}
  CA trusted:      ${trustLine}
${trustHelp}
Sideload in Excel on the web (any OS, Linux included):
  1. Open a workbook at https://excel.cloud.microsoft (or office.com), Home > Add-ins > More Add-ins.
  2. My Add-ins > Upload My Add-in > choose manifest.xml above > Upload.
  3. Home > Amazon AI Report opens the task pane; type =AMZN.REVENUE(2024) in a cell.
Sideload in desktop Excel (Windows or macOS): npx office-addin-debugging start manifest.xml
  (not on Linux: it needs desktop Excel; install it globally there, not in this project).
Press Ctrl+C to stop.
`);

const webpack = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
const server = spawn(process.execPath, [webpack, "serve", "--mode", "development", "--port", String(port)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
