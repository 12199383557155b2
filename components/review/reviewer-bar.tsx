import Link from "next/link";
import type { ReactNode } from "react";
import { BUTTON } from "./button-styles";

/** Who is reviewing, links between the review pages and the public site, and the way out. */
export function ReviewerBar({ user, children }: { user: { displayName: string; role: string }; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 py-2 text-sm dark:border-slate-800">
      <nav aria-label="Review" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link href="/review" className="font-medium text-blue-800 hover:underline dark:text-blue-300">
          Review
        </Link>
        {children}
        {user.role === "admin" && (
          <Link href="/admin/users" className="text-blue-800 hover:underline dark:text-blue-300">
            Accounts
          </Link>
        )}
      </nav>
      <div className="ml-auto flex flex-wrap items-center gap-3">
        <span>
          Signed in as <strong className="font-semibold">{user.displayName}</strong>
          {user.role === "admin" && <span className="text-slate-600 dark:text-slate-400"> (admin)</span>}
        </span>
        <form method="post" action="/api/auth/logout">
          <button type="submit" className={`${BUTTON.secondary} h-8`}>
            Log out
          </button>
        </form>
      </div>
    </div>
  );
}
