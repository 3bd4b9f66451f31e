/**
 * Adds the development CA to the user's NSS database (~/.pki/nssdb), which Chrome and Chromium on
 * Linux read instead of the system store, and reads it back. Needs certutil (Debian's
 * libnss3-tools). Never throws: the caller prints what happened.
 */
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const NSS_NICKNAME = "Office Add-in Dev CA (amzn-ai-excel-addin)";

function findCertutil() {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(directory, "certutil");
    if (directory && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The SHA-256 fingerprint of a PEM certificate, or undefined if it does not parse. */
function fingerprint(pem) {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return undefined;
  }
}

/**
 * Returns { certutil: boolean, database, trusted: boolean, error? }: trusted means certutil lists
 * the CA under our nickname, with the CA's own fingerprint, as a trusted SSL issuer ("C").
 */
export function trustInNssDatabase(caFile, home = os.homedir()) {
  const directory = path.join(home, ".pki", "nssdb");
  const database = `sql:${directory}`;
  const certutil = findCertutil();
  if (!certutil) return { certutil: false, database: directory, trusted: false };
  const run = (...args) => spawnSync(certutil, ["-d", database, ...args], { encoding: "utf8" });
  const wanted = fingerprint(readFileSync(caFile, "utf8"));
  const listed = () => {
    const pem = run("-L", "-n", NSS_NICKNAME, "-a");
    if (pem.status !== 0 || fingerprint(pem.stdout) !== wanted) return false;
    const trust = run("-L");
    const line = trust.stdout.split("\n").find((entry) => entry.startsWith(NSS_NICKNAME));
    return Boolean(line && /\bC/.test(line.slice(NSS_NICKNAME.length)));
  };
  try {
    if (!existsSync(path.join(directory, "cert9.db"))) {
      mkdirSync(directory, { recursive: true });
      const created = run("-N", "--empty-password");
      if (created.status !== 0)
        return { certutil: true, database: directory, trusted: false, error: created.stderr.trim() };
    }
    if (listed()) return { certutil: true, database: directory, trusted: true };
    // A CA from an earlier run (renewed certificates): replace it.
    while (run("-L", "-n", NSS_NICKNAME).status === 0) if (run("-D", "-n", NSS_NICKNAME).status !== 0) break;
    const added = run("-A", "-t", "C,,", "-n", NSS_NICKNAME, "-i", caFile);
    if (added.status !== 0) return { certutil: true, database: directory, trusted: false, error: added.stderr.trim() };
    return { certutil: true, database: directory, trusted: listed() };
  } catch (error) {
    return { certutil: true, database: directory, trusted: false, error: String(error) };
  }
}
