import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FeedAddForm } from "@/components/feeds/feed-add-form";
import { FeedList } from "@/components/feeds/feed-list";
import { ReviewerBar } from "@/components/review/reviewer-bar";
import { SESSION_COOKIE } from "@/lib/auth/admin-config";
import { adminSessionFromCookie } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db/client";
import { listFeeds } from "@/lib/feeds/manage-feeds";

export const metadata: Metadata = { title: "Feeds" };
// Admin-only and always current: never cached.
export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  const session = adminSessionFromCookie((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) redirect("/login?next=/feeds");
  const feeds = await listFeeds(getDb());
  return (
    <div className="grid gap-6 pb-6">
      <ReviewerBar reviewer={session.reviewer}>
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
