import type { Metadata } from "next";
import { AdminActionButton } from "@/components/admin/admin-action-button";
import { formatRevisionTime } from "@/components/review/fact-history";
import { ReviewerBar } from "@/components/review/reviewer-bar";
import { listAccounts } from "@/lib/auth/accounts";
import { requirePageUser } from "@/lib/auth/page-user";
import { listSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Accounts and sessions" };
// Who may sign in changes with every action here: never cached.
export const dynamic = "force-dynamic";

const CELL = "border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800";

export default async function AdminUsersPage() {
  const me = await requirePageUser("/admin/users", "admin");
  const db = getDb();
  const [accounts, sessions] = await Promise.all([listAccounts(db), listSessions(db)]);
  return (
    <div className="grid min-w-0 gap-6 pb-6">
      <ReviewerBar user={me} />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Accounts and sessions</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
          Accounts are created and their passwords reset on the server: <code>npm run users -- add NAME --role reviewer</code>. Disabling an account or revoking a session signs that browser out at its next request.
        </p>
      </div>

      <section aria-labelledby="accounts-heading" className="grid min-w-0 gap-2">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          Accounts ({accounts.length})
        </h2>
        <div className="relative min-w-0 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr>
                <th className={CELL}>Account</th>
                <th className={CELL}>Shown as</th>
                <th className={CELL}>Role</th>
                <th className={CELL}>Sessions</th>
                <th className={CELL}>State</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id}>
                  <td className={`${CELL} font-mono`}>{a.name}</td>
                  <td className={CELL}>{a.displayName}</td>
                  <td className={CELL}>{a.role}</td>
                  <td className={`${CELL} tabular-nums`}>{a.activeSessions}</td>
                  <td className={CELL}>
                    <span className="mr-2">{a.disabled ? "disabled" : "active"}</span>
                    {a.id !== me.userId &&
                      (a.disabled ? (
                        <AdminActionButton method="PATCH" url={`/api/admin/users/${a.name}`} body={{ disabled: false }} label={`Enable ${a.name}`} done="Enabled." />
                      ) : (
                        <AdminActionButton method="PATCH" url={`/api/admin/users/${a.name}`} body={{ disabled: true }} label={`Disable ${a.name}`} done="Disabled; its sessions ended." danger />
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="sessions-heading" className="grid min-w-0 gap-2">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Active sessions ({sessions.length})
        </h2>
        <div className="relative min-w-0 overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead>
              <tr>
                <th className={CELL}>Account</th>
                <th className={CELL}>Signed in</th>
                <th className={CELL}>Last seen</th>
                <th className={CELL}>From</th>
                <th className={CELL}>
                  <span className="sr-only">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td className={CELL}>
                    <span className="font-mono">{s.account}</span>
                    {s.id === me.sessionId && <span className="text-slate-600 dark:text-slate-400"> (this browser)</span>}
                  </td>
                  <td className={CELL}>{formatRevisionTime(s.createdAt)}</td>
                  <td className={CELL}>{formatRevisionTime(s.lastSeenAt)}</td>
                  <td className={`${CELL} max-w-[16rem] break-words text-xs text-slate-600 dark:text-slate-400`}>
                    {s.ip ?? "unknown address"}
                    {s.userAgent && <> · {s.userAgent.slice(0, 80)}</>}
                  </td>
                  <td className={CELL}>
                    <AdminActionButton method="DELETE" url={`/api/admin/sessions/${s.id}`} label="Revoke" done="Revoked." danger />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
