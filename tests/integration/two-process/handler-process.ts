/**
 * One app process for the two-process test: the real route handlers, on the database that
 * DATABASE_URL names, driven by JSON lines on stdin (one request each) and answering JSON lines.
 * Nothing is shared with the other process but the database.
 */
import { createInterface } from "node:readline";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";

export type Command =
  | { id: number; op: "login"; name: string; password: string; address: string }
  | { id: number; op: "logout"; cookie: string }
  | { id: number; op: "patch"; cookie: string; factId: number; status: string };

const ORIGIN = "http://localhost";
const base = { host: "localhost", origin: ORIGIN };

async function run(c: Command): Promise<{ status: number; cookie?: string; retryAfter?: string | null }> {
  switch (c.op) {
    case "login": {
      const res = await login(
        new Request(`${ORIGIN}/api/auth/login`, {
          method: "POST",
          headers: { ...base, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": c.address },
          body: new URLSearchParams({ name: c.name, password: c.password }),
        }),
      );
      return { status: res.status, cookie: res.headers.get("set-cookie")?.split(";")[0], retryAfter: res.headers.get("retry-after") };
    }
    case "logout":
      return { status: (await logout(new Request(`${ORIGIN}/api/auth/logout`, { method: "POST", headers: { ...base, cookie: c.cookie } }))).status };
    case "patch": {
      const res = await patchFact(
        new Request(`${ORIGIN}/api/facts/${c.factId}`, { method: "PATCH", headers: { ...base, cookie: c.cookie, "content-type": "application/json" }, body: JSON.stringify({ status: c.status }) }),
        { params: Promise.resolve({ id: String(c.factId) }) },
      );
      return { status: res.status };
    }
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const command = JSON.parse(line) as Command;
  run(command)
    .then((result) => process.stdout.write(`${JSON.stringify({ id: command.id, pid: process.pid, ...result })}\n`))
    .catch((err: unknown) => process.stdout.write(`${JSON.stringify({ id: command.id, error: String(err) })}\n`));
});
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
