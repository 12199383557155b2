import { POST as login } from "@/app/api/auth/login/route";
import type { Role } from "@/lib/auth/account-fields";
import { createAccount } from "@/lib/auth/accounts";
import { getDb } from "@/lib/db/client";

export const ORIGIN = "http://localhost";

/** An account made the way `npm run users -- add` makes it. */
export async function addAccount(name: string, role: Role, password: string, displayName = name) {
  return createAccount(getDb(), { name, role, password, displayName });
}

/** A form sign-in as a browser sends it, from a given client address. */
export function formLogin(fields: Record<string, string>, address = "203.0.113.1", extraHeaders: Record<string, string> = {}) {
  return login(
    new Request(`${ORIGIN}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, host: "localhost", "x-forwarded-for": address, ...extraHeaders },
      body: new URLSearchParams(fields),
    }),
  );
}

/** Signs in and returns the "name=value" cookie a browser would send back. */
export async function signIn(name: string, password: string, address?: string): Promise<string> {
  const res = await formLogin({ name, password, next: "/review" }, address);
  const setCookie = res.headers.get("set-cookie");
  if (res.status !== 303 || !setCookie) throw new Error(`sign-in as ${name} failed: ${res.status}`);
  return setCookie.split(";")[0]!;
}

export function jsonRequest(url: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${url}`, {
    method,
    headers: { "content-type": "application/json", host: "localhost", origin: ORIGIN, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
