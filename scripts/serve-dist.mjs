/**
 * `npm run serve:dist`: serves the production build in dist/ with the headers the README asks a
 * host to send (scripts/hosting-headers.js). Port from PORT (default 3000; 0 picks a free one).
 * HTTPS with the development certificate (~/.office-addin-dev-certs, made by `npm start`) when it
 * exists, else plain HTTP; the first line printed says which, and the URL.
 *
 * It never stops on a request. Each request runs inside its own error boundary: a URL that does
 * not parse is 400, a file missing, deleted or replaced between two steps (a rebuild running under
 * the server) is 404, anything unforeseen is 500 and logged; a request Node's parser refuses before
 * any handler runs is answered 400 by the clientError handler. Only regular files whose real path,
 * symlinks resolved, lies inside the real dist/ are served: a symlink out of it is 404. Each file
 * is checked and read through one open file descriptor, so a file swapped between the check and
 * the read is never read from elsewhere. The CSP header is read from the current page, so a
 * rebuild's policy applies at once.
 */
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { constants, existsSync, readFileSync } from "node:fs";
import { open, readFile, realpath } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { devCertificatePaths } = require("./dev-certs-paths.js");
const { headersFor, cspOfPage, isLocalHost } = require("./hosting-headers.js");

// fileURLToPath, not URL.pathname: a project folder named "my add-ins" is "my%20add-ins" in a URL.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(root, process.env.ADDIN_OUT_DIR || "dist");
const PAGE = "taskpane.html";
if (!existsSync(path.join(dist, PAGE))) {
  console.error(`No production build in ${dist}: run npm run build first.`);
  process.exit(1);
}
const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);

/** Errors of the file system that mean "no such file here" (also mid-rebuild): 404. */
const MISSING = new Set(["ENOENT", "ENOTDIR", "ELOOP", "EISDIR", "ENAMETOOLONG", "EACCES", "EPERM"]);
const missing = (error) => {
  if (MISSING.has(error?.code)) return undefined;
  throw error;
};

/** The path inside dist/ a request names ("/" is the page), or undefined when its URL does not parse. */
function requestedPath(rawUrl) {
  let decoded;
  try {
    // Origin form ("/a?b") or absolute form ("http://host/a"): only the path matters.
    decoded = decodeURIComponent(new URL(rawUrl, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  return decoded.replace(/^\/+/, "") || PAGE;
}

/**
 * A regular file inside the real dist/, read: its path relative to dist/ as requested (forward
 * slashes) and its bytes; undefined when it is missing, outside dist/ (symlinks resolved) or not a
 * regular file. dist/ itself is resolved each time: a rebuild may have made it anew.
 */
async function readInside(relative) {
  const realDist = await realpath(dist).catch(missing);
  if (realDist === undefined) return undefined;
  const requested = path.resolve(realDist, relative);
  if (!requested.startsWith(realDist + path.sep)) return undefined;
  const real = await realpath(requested).catch(missing);
  if (real === undefined || !real.startsWith(realDist + path.sep)) return undefined;
  // O_NOFOLLOW: should the checked path become a symlink before it is opened, opening fails.
  const handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(missing);
  if (handle === undefined) return undefined;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return undefined;
    const body = await handle.readFile();
    return { file: path.relative(realDist, requested).split(path.sep).join("/"), body };
  } finally {
    await handle.close();
  }
}

// The page's policy as last read; kept when the page is missing or half-written mid-rebuild.
let pageCsp = cspOfPage(readFileSync(path.join(dist, PAGE), "utf8"));
async function currentCsp() {
  try {
    pageCsp = cspOfPage(await readFile(path.join(dist, PAGE), "utf8"));
  } catch {
    // Keep the last policy read: never serve without one.
  }
  return pageCsp;
}

function plain(response, status, text, headers = {}) {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  response.end(text);
}

async function handle(request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    plain(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  const relative = requestedPath(request.url ?? "/");
  if (relative === undefined) {
    plain(response, 400, "Bad request\n");
    return;
  }
  const found = await readInside(relative);
  if (found === undefined) {
    plain(response, 404, "Not found\n");
    return;
  }
  const headers = headersFor(found.file, await currentCsp(), { localhost: isLocalHost(request.headers.host) });
  response.writeHead(200, { ...headers, "Content-Length": found.body.length });
  response.end(request.method === "HEAD" ? undefined : found.body);
}

/** One error boundary per request: whatever fails, this request gets an answer and the server goes on. */
function serve(request, response) {
  handle(request, response).catch((error) => {
    console.error(`serve:dist: ${request.method} ${request.url}: ${error?.stack ?? error}`);
    try {
      if (!response.headersSent) plain(response, 500, "Internal error\n");
      else response.destroy();
    } catch {
      response.destroy();
    }
  });
}

const certificate = [devCertificatePaths.cert, devCertificatePaths.key].every(existsSync);
const server = certificate
  ? createHttpsServer(
      { cert: readFileSync(devCertificatePaths.cert), key: readFileSync(devCertificatePaths.key) },
      serve,
    )
  : createHttpServer(serve);
// A request Node's parser refuses (a malformed request line or header) never reaches serve():
// answer 400 and close that connection only.
server.on("clientError", (error, socket) => {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
});
server.on("error", (error) => {
  console.error(`serve:dist cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, "localhost", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(
    certificate
      ? `Serving ${dist} over HTTPS at https://localhost:${actual}/taskpane.html (development certificate from ${devCertificatePaths.directory})`
      : `Serving ${dist} over HTTP at http://localhost:${actual}/taskpane.html (no development certificate in ${devCertificatePaths.directory}: run npm start once to make one; Office needs HTTPS)`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
