"use client";

import { useId, useState, type ReactNode } from "react";
import { useElementWidth } from "./use-element-width";

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  status: { isPending: boolean; error: Error | null };
  isEmpty: boolean;
  emptyMessage?: string;
  csvHref: string;
  chart: (width: number) => ReactNode;
  table: () => ReactNode;
}

/**
 * The frame every chart shares: title, Chart/Table switch, Download CSV of exactly the rows
 * drawn, and honest loading, error and empty states.
 */
export function ChartCard({ title, description, summary, status, isEmpty, emptyMessage, csvHref, chart, table }: ChartCardProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const { ref, width, measured } = useElementWidth<HTMLDivElement>();
  const headingId = useId();
  const tab = (v: typeof view, label: string) => (
    <button
      type="button"
      aria-pressed={view === v}
      onClick={() => setView(v)}
      className={`rounded px-2 py-1 text-xs font-medium ${view === v ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
    >
      {label}
    </button>
  );

  let body: ReactNode;
  if (status.isPending) {
    body = <div className="flex h-48 animate-pulse items-center justify-center rounded bg-slate-100 text-sm text-slate-500 dark:bg-slate-800">Loading…</div>;
  } else if (status.error) {
    body = (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        Could not load this chart: {status.error.message}
      </div>
    );
  } else if (isEmpty) {
    body = (
      <div className="flex h-32 items-center justify-center rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {emptyMessage ?? "No data under these filters. Widen the date range or clear the country filter."}
      </div>
    );
  } else if (view === "table") {
    body = <div className="overflow-x-auto">{table()}</div>;
  } else {
    body = measured ? chart(width) : <div className="h-48" />;
  }

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="font-semibold">
            {title}
          </h2>
          {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        <div className="flex items-center gap-1">
          <div role="group" aria-label={`${title}: view`} className="flex gap-1">
            {tab("chart", "Chart")}
            {tab("table", "Table")}
          </div>
          <a
            href={csvHref}
            download
            className="ml-1 rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Download CSV
          </a>
        </div>
      </div>
      <p className="sr-only">{summary}</p>
      <div ref={ref} className="relative">
        {body}
      </div>
    </section>
  );
}
