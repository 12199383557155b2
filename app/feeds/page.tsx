import type { Metadata } from "next";
import Link from "next/link";
import { FeedAddForm } from "@/components/feeds/feed-add-form";
import { FeedList } from "@/components/feeds/feed-list";
import { ReviewerBar } from "@/components/review/reviewer-bar";
import { requirePageUser } from "@/lib/auth/page-user";
import { getDb } from "@/lib/db/client";
import { listFeeds } from "@/lib/feeds/manage-feeds";

export const metadata: Metadata = { title: "Feeds" };
// Admin-only and always current: never cached.
export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  // Feeds are an admin's to manage (docs/security.md: roles).
  const user = await requirePageUser("/feeds", "admin");
  const feeds = await listFeeds(getDb());
  return (
    <div className="grid gap-6 pb-6">
      <ReviewerBar user={user}>
        <Link href="/feeds" aria-current="page" className="text-blue-800 hover:underline dark:text-blue-300">
          Feeds
        </Link>
        <Link href="/sources" className="text-blue-800 hover:underline dark:text-blue-300">
          Public sources
        </Link>
      </ReviewerBar>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Feeds</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
          A worker started with <code>npm run feeds -- watch</code> polls these feeds; each new item&apos;s article is read and stored as a dispatch, and its facts wait in the{" "}
          <Link href="/review" className="text-blue-800 underline hover:no-underline dark:text-blue-300">
            review queue
          </Link>{" "}
          as proposed.
        </p>
      </div>
      <FeedAddForm />
      <section aria-labelledby="followed-heading" className="grid gap-3">
        <h2 id="followed-heading" className="text-lg font-semibold">
          Followed feeds <span className="font-normal text-slate-600 dark:text-slate-400">({feeds.length})</span>
        </h2>
        <FeedList feeds={feeds} />
      </section>
    </div>
  );
}
