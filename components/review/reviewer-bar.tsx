import Link from "next/link";
import type { ReactNode } from "react";
import { BUTTON } from "./button-styles";

/** Who is reviewing, links between the review pages and the public site, and the way out. */
export function ReviewerBar({ reviewer, children }: { reviewer: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 py-2 text-sm dark:border-slate-800">
      <nav aria-label="Review" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link href="/review" className="font-medium text-blue-800 hover:underline dark:text-blue-300">
          Review
        </Link>
        {children}
      </nav>
      <div className="ml-auto flex flex-wrap items-center gap-3">
        <span>
          Reviewing as <strong className="font-semibold">{reviewer}</strong>
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
