import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ALLOW_HEADER, ALLOWED_METHODS, methodNotAllowedMessage } from "../lib/http/methods";
import { API_CSP, STATIC_SECURITY_HEADERS } from "../lib/security/security-headers";

/**
 * Answers 405 for a method no route has, before Next.js sees the request: Next builds a WHATWG
 * `Request` for the proxy, and that constructor throws on TRACE, TRACK and CONNECT, which
 * `next start` turned into a 500. Returns whether the request was answered here.
 */
export function refuseUnknownMethod(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method ?? "";
  if (ALLOWED_METHODS.has(method)) return false;
  const body = JSON.stringify({ error: { code: "method_not_allowed", message: methodNotAllowedMessage(method) } });
  res.writeHead(405, {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": API_CSP,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    Allow: ALLOW_HEADER,
    // Whatever body the client sent is not read, so the connection is not reused: Node closes it
    // after this answer, and a keep-alive client knows to open a new one for its next request
    // (destroying the socket instead reset the client's next request on it).
    Connection: "close",
  });
  res.end(body);
  return true;
}

/**
 * Makes X-Forwarded-For say who is really on the other end of the socket, so the per-address
 * limits (lib/auth/request-origin.ts `clientAddress`) cannot be dodged by a client that sends the
 * header itself. Behind a trusted proxy (TRUST_PROXY=1) the header is the proxy's to set and is
 * left as it came.
 */
export function pinPeerAddress(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy) return;
  const peer = req.socket.remoteAddress ?? "unknown";
  req.headers["x-forwarded-for"] = peer;
  // The rest of the forwarded family is ignored without TRUST_PROXY too; drop it so that no
  // later reader can mistake it for the proxy's.
  delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-proto"];
  delete req.headers["forwarded"];
}

/** A JSON error written straight to a socket, for answers given before Node makes a response. */
function writeRawError(socket: Duplex, status: string, code: string, message: string, extra = ""): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Content-Security-Policy: ${API_CSP}\r\nX-Content-Type-Options: nosniff\r\n${extra}Connection: close\r\n\r\n${body}`,
  );
}

/**
 * A request Node's HTTP parser cannot read (a method it does not know, such as TRACK, a broken
 * header line) never becomes a request; Node's default answer is a bare 400. This one carries the
 * JSON error shape like every other refusal.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || err.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  if (err.code === "HPE_HEADER_OVERFLOW") {
    writeRawError(socket, "431 Request Header Fields Too Large", "headers_too_large", "The request's headers are too large: send fewer or shorter cookies and headers.");
  } else {
    writeRawError(socket, "400 Bad Request", "invalid_request", "The request could not be read as HTTP/1.1: check the method (GET, HEAD, POST, PATCH, DELETE, OPTIONS) and the header lines.");
  }
}

/** CONNECT (a tunnel request) arrives as its own event; without a listener Node just hangs up. */
export function refuseConnect(req: IncomingMessage, socket: Duplex): void {
  writeRawError(socket, "405 Method Not Allowed", "method_not_allowed", methodNotAllowedMessage(req.method ?? "CONNECT"), `Allow: ${ALLOW_HEADER}\r\n`);
}
