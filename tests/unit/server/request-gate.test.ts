import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerClientError, pinPeerAddress, refuseConnect, refuseUnknownMethod } from "../../../server/request-gate";

// The gate runs on real sockets here, as in server/start.ts: what reaches the app is echoed back.
let server: Server | undefined;

async function gateServer(trustProxy: boolean): Promise<string> {
  server = createServer((req, res) => {
    if (refuseUnknownMethod(req, res)) return;
    pinPeerAddress(req, trustProxy);
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ forwardedFor: req.headers["x-forwarded-for"] ?? null, forwardedHost: req.headers["x-forwarded-host"] ?? null }));
  });
  server.on("clientError", answerClientError);
  server.on("connect", refuseConnect);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function send(url: string, method: string, headers: Record<string, string> = {}, agent?: Agent): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("request gate", () => {
  it.each(["TRACE", "PUT", "PROPFIND"])("answers %s with 405, the JSON error shape and Allow", async (method) => {
    const base = await gateServer(false);
    const res = await send(`${base}/api/facts`, method);
    expect(res.status).toBe(405);
    expect(res.headers["allow"]).toBe("GET, HEAD, POST, PATCH, DELETE, OPTIONS");
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(res.body)).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining(`${method} is not supported`) } });
  });

  it("answers CONNECT, which Node hands over as a bare socket, with 405 too", async () => {
    const base = new URL(await gateServer(false));
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => socket.write("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"));
      let text = "";
      socket.setEncoding("utf8").on("data", (c: string) => (text += c));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 405 /);
    expect(raw).toContain("Allow: GET, HEAD, POST, PATCH, DELETE, OPTIONS");
    expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4))).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining("CONNECT is not supported") } });
  });

  it("answers a method Node's parser does not know (TRACK) with a JSON 400, not a bare one", async () => {
    const base = await gateServer(false);
    const res = await send(`${base}/api/facts`, "TRACK");
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(res.body)).toEqual({ error: { code: "invalid_request", message: expect.stringContaining("check the method") } });
  });

  it("a keep-alive client's next request after a 405 is answered, on a new connection", async () => {
    const base = await gateServer(false);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(`${base}/api/facts`, "PUT", { "Content-Type": "application/json" }, agent);
      expect(refused.status).toBe(405);
      expect(refused.headers["connection"]).toBe("close");
      for (let i = 0; i < 3; i++) expect((await send(`${base}/api/facts/1`, "GET", {}, agent)).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("lets the methods the routes answer through", async () => {
    const base = await gateServer(false);
    for (const method of ["GET", "POST", "PATCH", "DELETE", "OPTIONS"]) expect((await send(`${base}/api/facts`, method)).status, method).toBe(200);
  });

  it("replaces a client's own X-Forwarded-For with the socket's address, so it cannot choose its rate-limit bucket", async () => {
    const base = await gateServer(false);
    const res = await send(`${base}/`, "GET", { "X-Forwarded-For": "203.0.113.9, 198.51.100.1", "X-Forwarded-Host": "evil.example" });
    expect(JSON.parse(res.body)).toEqual({ forwardedFor: "127.0.0.1", forwardedHost: null });
  });

  it("leaves the forwarded headers to a trusted proxy (TRUST_PROXY=1)", async () => {
    const base = await gateServer(true);
    const res = await send(`${base}/`, "GET", { "X-Forwarded-For": "203.0.113.9", "X-Forwarded-Host": "factboard.example" });
    expect(JSON.parse(res.body)).toEqual({ forwardedFor: "203.0.113.9", forwardedHost: "factboard.example" });
  });
});
