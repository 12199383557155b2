import type { Metadata } from "next";
import Link from "next/link";
import { formatBucket } from "@/components/charts/format";
import { getDb } from "@/lib/db/client";
import { listSources, type SourcePage, type SourceSummary } from "@/lib/sources/list-sources";
import { DEFAULT_SOURCES_PAGE_SIZE, parseSourcesPageParams, type SourcesQuery } from "@/lib/sources/sources-query";

export const metadata: Metadata = { title: "Sources" };
// Facts are verified and dispatches imported while the site runs: always read the database.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS = [
  { status: "verified", label: "verified", className: "text-emerald-800 dark:text-emerald-300" },
  { status: "proposed", label: "unverified", className: "text-amber-800 dark:text-amber-300" },
  { status: "rejected", label: "rejected", className: "text-slate-500 dark:text-slate-400" },
] as const;

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code; // not a BCP 47 tag: show it as stored
  }
}

function pageHref(query: SourcesQuery, page: number): string {
  const params = new URLSearchParams({ page: String(page) });
  if (query.limit !== DEFAULT_SOURCES_PAGE_SIZE) params.set("limit", String(query.limit));
  if (query.sort !== "published") params.set("sort", query.sort);
  if (query.order !== "desc") params.set("order", query.order);
  if (query.q) params.set("q", query.q);
  return `/sources?${params}`;
}

const SORT_LABELS: Record<SourcesQuery["sort"], string> = { published: "Publication date", title: "Title", publisher: "Publisher", facts: "Number of facts" };
const fmt = (n: number) => n.toLocaleString("en-US");

/** Search and order, as a plain GET form: the list is sorted and searched on the server, over every dispatch. */
function ListControls({ query }: { query: SourcesQuery }) {
  const field = "h-8 rounded border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900";
  return (
    <form method="get" action="/sources" role="search" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-400">Search title or publisher</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} className={`${field} w-56`} />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-400">Sort by</span>
        <select name="sort" defaultValue={query.sort} className={field}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-slate-600 dark:text-slate-400">Order</span>
        <select name="order" defaultValue={query.order} className={field}>
          <option value="desc">Descending (newest, Z–A, most)</option>
          <option value="asc">Ascending (oldest, A–Z, fewest)</option>
        </select>
      </label>
      <button type="submit" className="h-8 rounded border border-slate-400 px-3 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
        Apply
      </button>
    </form>
  );
}

function FactCounts({ facts }: { facts: SourceSummary["facts"] }) {
  const shown = STATUS_LABELS.filter(({ status }) => facts[status] > 0);
  if (shown.length === 0) return <span className="text-slate-500 dark:text-slate-400">No facts extracted yet</span>;
  return (
    <>
      {shown.map(({ status, label, className }, i) => (
        <span key={status}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span className={className}>
            {fmt(facts[status])} {label}
          </span>
        </span>
      ))}
    </>
  );
}

function SourceItem({ source }: { source: SourceSummary }) {
  return (
    <li className="p-3 sm:px-4">
      <h2 className="font-semibold leading-snug">
        <Link href={`/sources/${source.id}`} className="text-blue-800 hover:underline dark:text-blue-300">
          {source.title}
        </Link>
      </h2>
      <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
        {source.publisher ?? "Publisher not recorded"} · <time dateTime={source.publishedAt}>{formatBucket(source.publishedAt, "day")}</time> · {languageName(source.language)}
      </p>
      <p className="mt-0.5 text-sm">
        <FactCounts facts={source.facts} />
      </p>
    </li>
  );
}

function Pagination({ result, query }: { result: SourcePage; query: SourcesQuery }) {
  if (result.totalPages <= 1 || result.sources.length === 0) return null;
  const link = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pages of dispatches" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {result.page > 1 && (
        <Link href={pageHref(query, result.page - 1)} className={link}>
          ← Previous
        </Link>
      )}
      <span>
        Page {fmt(result.page)} of {fmt(result.totalPages)}
      </span>
      {result.page < result.totalPages && (
        <Link href={pageHref(query, result.page + 1)} className={link}>
          Next →
        </Link>
      )}
    </nav>
  );
}

function SourceList({ result, query }: { result: SourcePage; query: SourcesQuery }) {
  if (result.total === 0 && query.q) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        No dispatch’s title or publisher contains “{query.q}”.{" "}
        <Link href="/sources" className="text-blue-800 underline dark:text-blue-300">
          Show every dispatch
        </Link>
        .
      </p>
    );
  }
  if (result.total === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        No dispatches have been stored yet. Once one is imported it is listed here with the facts drawn from it.
      </p>
    );
  }
  if (result.sources.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        There is no page {result.page}: {result.total} {result.total === 1 ? "dispatch fits" : "dispatches fit"} on {result.totalPages} {result.totalPages === 1 ? "page" : "pages"}.{" "}
        <Link href={pageHref(query, 1)} className="text-blue-800 underline dark:text-blue-300">
          Go to the newest
        </Link>
        .
      </p>
    );
  }
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {result.sources.map((source) => (
        <SourceItem key={source.id} source={source} />
      ))}
    </ol>
  );
}

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseSourcesPageParams(await searchParams);
  const result = parsed.query ? await listSources(getDb(), parsed.query) : null;
  return (
    <div className="py-4">
      <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
        The dispatches every fact is drawn from, newest first unless you sort otherwise. Open one to read it with each fact’s sentence highlighted.
      </p>
      {result && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          <span data-testid="sources-total">
            {fmt(result.total)} {result.total === 1 ? "dispatch" : "dispatches"}
            {parsed.query?.q ? ` match “${parsed.query.q}”` : ""}
          </span>{" "}
          ·{" "}
          {result.lastUpdated ? (
            <>
              Last updated <time dateTime={result.lastUpdated}>{result.lastUpdated.slice(0, 16).replace("T", " ")} UTC</time>
            </>
          ) : (
            "Nothing stored yet"
          )}
        </p>
      )}
      <div className="mt-4">
        {parsed.error !== undefined && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            This address asks for a page that cannot exist: {parsed.error}.{" "}
            <Link href="/sources" className="underline">
              Show the newest dispatches
            </Link>
            .
          </p>
        )}
        {result && parsed.query && (
          <>
            <ListControls query={parsed.query} />
            <div className="mt-3" />
            <SourceList result={result} query={parsed.query} />
            <Pagination result={result} query={parsed.query} />
          </>
        )}
      </div>
    </div>
  );
}
