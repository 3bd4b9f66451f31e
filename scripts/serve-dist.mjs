/**
 * `npm run serve:dist`: serves the production build in dist/ with the headers the README asks a
 * host to send (scripts/hosting-headers.js). Port from PORT (default 3000; 0 picks a free one).
 * HTTPS with the development certificate (~/.office-addin-dev-certs, made by `npm start`) when it
 * exists, else plain HTTP; the first line printed says which, and the URL.
 */
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { devCertificatePaths } = require("./dev-certs-paths.js");
const { headersFor, cspOfPage } = require("./hosting-headers.js");

const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", process.env.ADDIN_OUT_DIR || "dist");
if (!existsSync(path.join(dist, "taskpane.html"))) {
  console.error(`No production build in ${dist}: run npm run build first.`);
  process.exit(1);
}
const csp = cspOfPage(readFileSync(path.join(dist, "taskpane.html"), "utf8"));
const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);

function handle(request, response) {
  const url = new URL(request.url ?? "/", "http://localhost");
  let relative;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = path.resolve(dist, relative);
  const inside = file.startsWith(dist + path.sep);
  if (!inside || !existsSync(file) || !statSync(file).isFile() || !["GET", "HEAD"].includes(request.method ?? "")) {
    response.writeHead(inside ? 404 : 403, {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(inside ? "Not found\n" : "Forbidden\n");
    return;
  }
  const body = readFileSync(file);
  response.writeHead(200, {
    ...headersFor(path.relative(dist, file).split(path.sep).join("/"), csp),
    "Content-Length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

const certificate = [devCertificatePaths.cert, devCertificatePaths.key].every(existsSync);
const server = certificate
  ? createHttpsServer(
      { cert: readFileSync(devCertificatePaths.cert), key: readFileSync(devCertificatePaths.key) },
      handle,
    )
  : createHttpServer(handle);
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
