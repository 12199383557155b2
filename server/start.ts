/**
 * `npm start` serves the production build through this small Node server instead of
 * `next start`, for three things Next's own server cannot do:
 * - refuse TRACE/TRACK/CONNECT with 405 (Next answered them 500: request-gate.ts),
 * - tie per-address limits to the socket's address unless TRUST_PROXY=1 (request-gate.ts),
 * - compress with brotli where the browser accepts it, gzip otherwise (next.config's `compress`
 *   is off so that nothing is compressed twice).
 * Everything else is Next's request handler, unchanged.
 *   tsx server/start.ts [--hostname 127.0.0.1] [--port 3000]   (PORT and HOSTNAME work too)
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { constants as zlib } from "node:zlib";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { getEnv } from "../lib/env";
import { answerClientError, pinPeerAddress, refuseConnect, refuseUnknownMethod } from "./request-gate";

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const portText = values.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`server: invalid port "${portText}": expected a whole number from 1 to 65535, e.g. --port 3000`);
  process.exit(2);
}

let trustProxy: boolean;
try {
  trustProxy = getEnv().TRUST_PROXY === "1";
} catch (err) {
  console.error(`server: ${(err as Error).message}`);
  process.exit(2);
}

// Quality 5: a little smaller than gzip at a similar cost; pages are rendered per request
// (their CSP nonce), so there is no build-time compression to lean on.
// compression is connect-style middleware over plain Node requests; its types name Express's.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } }) as unknown as Middleware;

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (refuseUnknownMethod(req, res)) return;
  pinPeerAddress(req, trustProxy);
  compress(req, res, () => {
    handle(req, res).catch((err: unknown) => {
      console.error("server: request failed", err);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { code: "internal_error", message: "Something went wrong on our side; try again later." } }));
    });
  });
});
server.on("clientError", answerClientError);
server.on("connect", refuseConnect);
server.listen(port, hostname, () => {
  console.log(`> Factboard on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (TRUST_PROXY=${trustProxy ? "1" : "0"})`);
});
