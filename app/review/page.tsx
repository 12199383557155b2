import type { Metadata } from "next";
import Link from "next/link";
import { DispatchPasteForm } from "@/components/review/dispatch-paste-form";
import { ReviewSourceList } from "@/components/review/review-source-list";
import { ReviewerBar } from "@/components/review/reviewer-bar";
import { requirePageUser } from "@/lib/auth/page-user";
import { getDb } from "@/lib/db/client";
import { reviewQueue } from "@/lib/review/review-queue";
import { listSources } from "@/lib/sources/list-sources";
import { DEFAULT_SOURCES_PAGE_SIZE, parseSourcesPageParams } from "@/lib/sources/sources-query";

export const metadata: Metadata = { title: "Review" };
// Per reviewer and always current: never cached.
export const dynamic = "force-dynamic";

function pageHref(page: number, limit: number) {
  return `/review?page=${page}${limit === DEFAULT_SOURCES_PAGE_SIZE ? "" : `&limit=${limit}`}#all-dispatches`;
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/review");
  const parsed = parseSourcesPageParams(await searchParams);
  const query = parsed.query ?? { page: 1, limit: DEFAULT_SOURCES_PAGE_SIZE };
  const db = getDb();
  const [queue, all] = await Promise.all([reviewQueue(db), listSources(db, query)]);
  const pager = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

  return (
    <div className="grid gap-6 pb-6">
      <ReviewerBar user={user}>
        <Link href="/feeds" className="text-blue-800 hover:underline dark:text-blue-300">
          Feeds
        </Link>
        <Link href="/sources" className="text-blue-800 hover:underline dark:text-blue-300">
          Public sources
        </Link>
      </ReviewerBar>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
          Facts count in the charts once a person has verified them. Paste a dispatch to extract its facts, or open one below.
        </p>
      </div>

      <DispatchPasteForm />

      <section aria-labelledby="queue-heading" className="grid gap-2">
        <h2 id="queue-heading" className="text-lg font-semibold">
          Waiting for review ({queue.total})
        </h2>
        {queue.total === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to review: every extracted fact has been verified or rejected.</p>
        ) : (
          <>
            <ReviewSourceList sources={queue.sources} />
            {queue.total > queue.sources.length && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                The {queue.sources.length} least certain of {queue.total}; the rest are in the list below.
              </p>
            )}
          </>
        )}
      </section>

      <section id="all-dispatches" aria-labelledby="all-heading" className="grid scroll-mt-4 gap-2">
        <h2 id="all-heading" className="text-lg font-semibold">
          All dispatches ({all.total})
        </h2>
        {parsed.error && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {parsed.error}; showing the first page.
          </p>
        )}
        {all.sources.length > 0 ? <ReviewSourceList sources={all.sources} /> : <p className="text-sm text-slate-600 dark:text-slate-400">No dispatches on this page.</p>}
        {all.totalPages > 1 && (
          <nav aria-label="Pages of dispatches" className="flex flex-wrap items-center gap-3 text-sm">
            {all.page > 1 && (
              <Link href={pageHref(all.page - 1, all.limit)} className={pager}>
                ← Newer
              </Link>
            )}
            <span>
              Page {all.page} of {all.totalPages}
            </span>
            {all.page < all.totalPages && (
              <Link href={pageHref(all.page + 1, all.limit)} className={pager}>
                Older →
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
