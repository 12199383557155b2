import Link from "next/link";
import { formatBucket } from "@/components/charts/format";
import { FactCounts } from "@/components/vocabulary/fact-counts";
import type { FactStatus } from "@/lib/facts/kinds";

export interface ReviewSourceItem {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string;
  facts: Partial<Record<FactStatus, number>>;
}

/** Dispatches, each linking to its review page. */
export function ReviewSourceList({ sources }: { sources: ReviewSourceItem[] }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {sources.map((s) => (
        <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 p-3">
          <div className="min-w-0 flex-1 basis-64">
            <Link href={`/review/${s.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
              {s.title}
            </Link>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {s.publisher ?? "Publisher not recorded"} · <time dateTime={s.publishedAt}>{formatBucket(s.publishedAt, "day")}</time>
            </p>
          </div>
          <p className="text-sm">
            <FactCounts facts={s.facts} first="proposed" />
          </p>
        </li>
      ))}
    </ol>
  );
}
