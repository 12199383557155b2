import Link from "next/link";
import { formatBucket } from "@/components/charts/format";
import type { FactStatus } from "@/lib/facts/contract";

export interface ReviewSourceItem {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string;
  facts: Partial<Record<FactStatus, number>>;
}

const COUNTS = [
  { status: "proposed", label: "to review", className: "font-semibold text-amber-800 dark:text-amber-300" },
  { status: "verified", label: "verified", className: "text-emerald-800 dark:text-emerald-300" },
  { status: "rejected", label: "rejected", className: "text-slate-600 dark:text-slate-400" },
] as const;

/** Counts with what still needs review first: "3 to review · 2 verified". */
function FactCounts({ facts }: { facts: ReviewSourceItem["facts"] }) {
  const shown = COUNTS.filter(({ status }) => (facts[status] ?? 0) > 0);
  if (shown.length === 0) return <span className="text-slate-600 dark:text-slate-400">No facts</span>;
  return shown.map(({ status, label, className }, i) => (
    <span key={status}>
      {i > 0 && <span aria-hidden="true"> · </span>}
      <span className={className}>
        {facts[status]} {label}
      </span>
    </span>
  ));
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
            <FactCounts facts={s.facts} />
          </p>
        </li>
      ))}
    </ol>
  );
}
