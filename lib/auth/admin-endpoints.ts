import { z } from "zod";
import { getDb } from "../db/client";
import { ApiError, notFound } from "../http/api-error";
import { errorResponse } from "../http/error-response";
import { parseRecordId } from "../http/record-id";
import { readJsonBody } from "../http/read-json-body";
import { accountName } from "./account-fields";
import { AccountError, listAccounts, setAccountDisabled } from "./accounts";
import { requireAdmin } from "./require-admin";
import { listSessions, revokeSession } from "./sessions";

const accountPatch = z.object({ disabled: z.boolean({ error: "disabled: expected true or false" }) }).strict();

function accountErrors(err: unknown): unknown {
  return err instanceof AccountError ? notFound(err.message) : err;
}

/** GET /api/admin/users (admin): every account with its role, state and active sessions; never a password hash. */
export async function handleListAccounts(request: Request): Promise<Response> {
  try {
    await requireAdmin(request);
    return Response.json({ users: await listAccounts(getDb()) });
  } catch (err) {
    return errorResponse(err);
  }
}

/** PATCH /api/admin/users/:name (admin) `{ "disabled": true }`: disabling also ends the account's sessions. */
export async function handlePatchAccount(request: Request, rawName: string): Promise<Response> {
  try {
    const actor = await requireAdmin(request);
    const name = accountName.parse(rawName);
    const { disabled } = accountPatch.parse(await readJsonBody(request, 1000));
    const db = getDb();
    if (disabled && actor.userId !== null && (await db.user.findUnique({ where: { name }, select: { id: true } }))?.id === actor.userId) {
      throw new ApiError(400, "invalid_parameter", "You cannot disable your own account: another admin (or `npm run users -- disable`) can.", "disabled");
    }
    return Response.json({ user: await setAccountDisabled(db, name, disabled) });
  } catch (err) {
    return errorResponse(accountErrors(err));
  }
}

/** GET /api/admin/sessions (admin): sessions still valid, most recently used first. */
export async function handleListSessions(request: Request): Promise<Response> {
  try {
    await requireAdmin(request);
    return Response.json({ sessions: await listSessions(getDb()) });
  } catch (err) {
    return errorResponse(err);
  }
}

/** DELETE /api/admin/sessions/:id (admin): that browser is signed out at its next request. */
export async function handleRevokeSession(request: Request, rawId: string): Promise<Response> {
  try {
    await requireAdmin(request);
    const id = parseRecordId(rawId, "session");
    if (!(await revokeSession(getDb(), id))) throw notFound(`no active session with id ${id}`);
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
