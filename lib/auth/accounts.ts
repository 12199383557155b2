import type { Db } from "../db/client";
import type { Role } from "./account-fields";
import { hashPassword } from "./password";
import { revokeUserSessions } from "./sessions";

export interface AccountSummary {
  id: number;
  name: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  passwordChangedAt: string;
  activeSessions: number;
}

export class AccountError extends Error {}

export async function createAccount(db: Db, input: { name: string; displayName: string; role: Role; password: string }): Promise<AccountSummary> {
  if (await db.user.findUnique({ where: { name: input.name }, select: { id: true } })) {
    throw new AccountError(`an account named "${input.name}" already exists: pick another name, or use "users reset ${input.name}"`);
  }
  const now = new Date();
  await db.user.create({
    data: { name: input.name, displayName: input.displayName, role: input.role, passwordHash: await hashPassword(input.password), createdAt: now, passwordChangedAt: now },
  });
  return getAccountOrThrow(db, input.name);
}

const withActiveSessions = () => ({ _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } });

function toSummary(u: { id: number; name: string; displayName: string; role: string; disabled: boolean; createdAt: Date; passwordChangedAt: Date; _count: { sessions: number } }): AccountSummary {
  return {
    id: u.id,
    name: u.name,
    displayName: u.displayName,
    role: u.role as Role,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    passwordChangedAt: u.passwordChangedAt.toISOString(),
    activeSessions: u._count.sessions,
  };
}

/** Every account (a newsroom has tens, not thousands), by name. */
export async function listAccounts(db: Db): Promise<AccountSummary[]> {
  const rows = await db.user.findMany({ orderBy: { name: "asc" }, include: withActiveSessions(), take: 1000 });
  return rows.map(toSummary);
}

export async function getAccountOrThrow(db: Db, name: string): Promise<AccountSummary> {
  const user = await db.user.findUnique({ where: { name }, include: withActiveSessions() });
  if (!user) throw new AccountError(`no account named "${name}": "users list" shows the accounts`);
  return toSummary(user);
}

/** Disabling ends the account's sessions at once; enabling lets it sign in again. */
export async function setAccountDisabled(db: Db, name: string, disabled: boolean): Promise<AccountSummary> {
  const user = await db.user.findUnique({ where: { name }, select: { id: true } });
  if (!user) throw new AccountError(`no account named "${name}": "users list" shows the accounts`);
  await db.$transaction([db.user.update({ where: { id: user.id }, data: { disabled } }), ...(disabled ? [revokeUserSessions(db, user.id)] : [])]);
  return getAccountOrThrow(db, name);
}

/** A new password ends every session of the account: whoever knew the old one is signed out. */
export async function resetAccountPassword(db: Db, name: string, password: string): Promise<AccountSummary> {
  const user = await db.user.findUnique({ where: { name }, select: { id: true } });
  if (!user) throw new AccountError(`no account named "${name}": "users list" shows the accounts`);
  const passwordHash = await hashPassword(password);
  await db.$transaction([db.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } }), revokeUserSessions(db, user.id)]);
  return getAccountOrThrow(db, name);
}
