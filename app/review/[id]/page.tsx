import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { formatBucket } from "@/components/charts/format";
import { CorroborationNote } from "@/components/review/corroboration-note";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { ReviewerBar } from "@/components/review/reviewer-bar";
import { currentUser, requirePageUser } from "@/lib/auth/page-user";
import { getDb } from "@/lib/db/client";
import { getRevisions } from "@/lib/review/get-revisions";
import { getCorroborates } from "@/lib/sources/get-corroboration";
import { leastCertainFirst } from "@/lib/review/least-certain-first";
import { getSource, sourceIdParam } from "@/lib/sources/get-source";

// Facts change with every review action: always read the database.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?stored=before`: the paste form came here because the same text had been stored already. */
const pageQuery = z.object({ stored: z.literal("before").optional() }).catch({});


/** Metadata and page share one read per request. */
const loadSource = cache(async (rawId: string) => {
  const id = sourceIdParam.safeParse(rawId);
  const source = id.success ? await getSource(getDb(), id.data) : null;
  if (!source) notFound();
  return source;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const session = await currentUser();
  // Titles of dispatches are public, but the tab of a logged-out visitor is about to be the login.
  return { title: session ? `Review: ${(await loadSource(id)).title}` : "Review" };
}

export default async function ReviewSourcePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const user = await requirePageUser(/^\d{1,12}$/.test(id) ? `/review/${id}` : "/review");
  const source = await loadSource(id);
  const [revisions, evidence] = await Promise.all([getRevisions(getDb(), source.facts.map((f) => f.id)), getCorroborates(getDb(), source.id)]);
  const { stored } = pageQuery.parse(await searchParams);
  return (
    <div className="pb-6">
      <ReviewerBar user={user}>
        <Link href={`/sources/${source.id}`} className="text-blue-800 hover:underline dark:text-blue-300">
          Public page of this dispatch
        </Link>
      </ReviewerBar>
      <header className="mt-4 max-w-prose">
        <Link href="/review" className="text-sm text-blue-800 hover:underline dark:text-blue-300">
          ← All dispatches to review
        </Link>
        <h1 className="mt-1 text-2xl font-semibold leading-tight tracking-tight">{source.title}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {source.publisher ?? "Publisher not recorded"} · Published <time dateTime={source.publishedAt}>{formatBucket(source.publishedAt, "day")}</time> · Dispatch {source.id}
        </p>
        {stored === "before" && (
          <p role="status" className="mt-2 rounded border border-blue-300 bg-blue-50 px-2 py-1 text-sm text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100">
            This text was already stored: here is the dispatch as it stands, with its reviews so far.
          </p>
        )}
      </header>
      <CorroborationNote items={evidence} />
      <ReviewWorkspace
        source={{ id: source.id, text: source.text, publishedAt: source.publishedAt, language: source.language }}
        facts={leastCertainFirst(source.facts)}
        revisions={revisions}
      />
    </div>
  );
}
