import type { Metadata } from "next";
import Link from "next/link";
import { FactProvenance } from "@/components/sources/fact-provenance";
import { getRevisions } from "@/lib/review/get-revisions";
import { getCorroboration } from "@/lib/sources/get-corroboration";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatBucket } from "@/components/charts/format";
import { DispatchText, isPlaced } from "@/components/sources/dispatch-text";
import { FactItem } from "@/components/sources/fact-item";
import { getDb } from "@/lib/db/client";
import { FACT_STATUSES } from "@/lib/facts/kinds";
import { statusLabel } from "@/lib/vocabulary/labels";
import { getSource, sourceIdParam, type SourceDetail } from "@/lib/sources/get-source";
import { webUrl } from "@/lib/sources/web-url";

// Facts are verified and rejected while the site runs: always read the database.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

/** Metadata and page share one read per request. */
const loadSource = cache(async (rawId: string): Promise<SourceDetail> => {
  const id = sourceIdParam.safeParse(rawId);
  const source = id.success ? await getSource(getDb(), id.data) : null;
  if (!source) notFound();
  return source;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadSource((await params).id)).title };
}

export default async function SourcePage({ params }: { params: Params }) {
  const source = await loadSource((await params).id);
  const factIds = source.facts.map((f) => f.id);
  const [revisions, corroboration] = await Promise.all([getRevisions(getDb(), factIds), getCorroboration(getDb(), source.id, factIds)]);
  const link = webUrl(source.url);
  const counts = FACT_STATUSES.map((status) => [source.facts.filter((f) => f.status === status).length, statusLabel(status).toLowerCase()] as const)
    .filter(([n]) => n > 0);
  return (
    <article className="py-4">
      <Link href="/sources" className="text-sm text-blue-800 hover:underline dark:text-blue-300">
        ← All sources
      </Link>
      <header className="mt-2 max-w-prose">
        <h1 className="text-2xl font-semibold leading-tight tracking-tight">{source.title}</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {source.publisher ?? "Publisher not recorded"} · Published <time dateTime={source.publishedAt}>{formatBucket(source.publishedAt, "day")}</time>
          {" · "}
          {link ? (
            <a href={link} rel="noopener noreferrer" target="_blank" className="text-blue-800 underline dark:text-blue-300">
              Original article<span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : source.url ? (
            <span className="[overflow-wrap:anywhere]">Original at “{source.url}” (not a web address, so not linked)</span>
          ) : (
            "No link to the original"
          )}
        </p>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Last updated <time dateTime={source.lastUpdated}>{source.lastUpdated.slice(0, 16).replace("T", " ")} UTC</time>
        </p>
      </header>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Text of the dispatch" lang={source.language}>
          <DispatchText text={source.text} facts={source.facts} />
        </section>
        <aside aria-labelledby="facts-heading" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id="facts-heading" className="font-semibold">
            Facts from this dispatch
          </h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{counts.length ? counts.map(([n, label]) => `${n} ${label}`).join(" · ") : "None extracted yet."}</p>
          <ol className="grid gap-2">
            {source.facts.map((fact) => (
              <FactItem key={fact.id} fact={fact} placed={isPlaced(source.text, fact)} />
            ))}
          </ol>
        </aside>
      </div>
      <FactProvenance revisions={revisions} {...corroboration} />
    </article>
  );
}
