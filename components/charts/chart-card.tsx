"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { dataEndQueryOptions } from "@/components/filters/use-data-end";
import { chartCitation } from "@/lib/citation/chart-citation";
import { useFilters } from "@/lib/query/use-filters";
import { emptyAdvice } from "@/lib/vocabulary/empty-advice";
import { useBrowserValue } from "@/components/layout/use-browser-value";
import { useElementWidth } from "./use-element-width";

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  status: { isPending: boolean; error: Error | null };
  isEmpty: boolean;
  /** The whole empty-state text; otherwise "No <emptyWhat> under these filters." and advice for the filters set. */
  emptyMessage?: string;
  emptyWhat?: string;
  csvHref: string;
  /** How this chart's numbers are made, when more than the shared method note needs saying. */
  method?: string;
  chart: (width: number) => ReactNode;
  table: () => ReactNode;
}

const today = () => new Date().toISOString().slice(0, 10);

const buttonClass = "rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * The frame every chart shares: title, Chart/Table switch, Download CSV of exactly the rows
 * drawn, PNG and SVG of the chart with its filters, source, "data through" day and citation, a
 * share link, and honest loading, error and empty states.
 */
export function ChartCard({ title, description, summary, status, isEmpty, emptyMessage, emptyWhat, csvHref, method, chart, table }: ChartCardProps) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const [notice, setNotice] = useState<string | null>(null);
  const { ref, width, measured } = useElementWidth<HTMLDivElement>();
  const cardRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const { filters } = useFilters();
  const queryClient = useQueryClient();
  const dataEnd = useQuery({ ...dataEndQueryOptions(filters), enabled: !status.isPending && !isEmpty });
  // The share link from the router (the same on the server and in the browser); the origin and
  // the day of access only the browser knows, so they join after hydration.
  const search = useSearchParams().toString();
  const shareUrl = `${useBrowserValue(() => window.location.origin, "")}${usePathname()}${search ? `?${search}` : ""}`;
  const accessed = useBrowserValue(today, undefined);
  const citation = chartCitation({ title, filters, dataThrough: dataEnd.data ?? null, url: shareUrl, accessed });

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

  const exportImage = async (kind: "png" | "svg") => {
    const drawn = ref.current;
    if (!drawn) return;
    try {
      // The export code loads on the first click, not with every page.
      const { chartSvg, downloadBlob, imageFilename, svgToPng } = await import("./chart-image");
      const dataThrough = await queryClient.fetchQuery(dataEndQueryOptions(filters)).catch(() => null);
      const legend = Array.from(cardRef.current?.querySelectorAll("ul[aria-label='Legend'] li") ?? []).map((li) => ({
        label: li.textContent?.trim() ?? "",
        color: getComputedStyle(li.querySelector("span") ?? li).backgroundColor,
      }));
      const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
      const cite = chartCitation({ title, filters, dataThrough, url: window.location.href, accessed: today() });
      const { svg, width: w, height: h } = chartSvg({ title, chart: drawn, legend, citation: { ...cite, method: method ? `${cite.method} ${method}` : cite.method }, dark });
      const name = imageFilename(title, window.location.search);
      if (kind === "svg") downloadBlob(new Blob([svg], { type: "image/svg+xml" }), `${name}.svg`);
      else downloadBlob(await svgToPng(svg, w, h), `${name}.png`);
    } catch (err) {
      setNotice(`Could not make the image: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setNotice("Link copied: it opens this view with the same filters.");
    } catch {
      setNotice(`Copy this link: ${window.location.href}`);
    }
  };

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
        {emptyMessage ?? `No ${emptyWhat ?? "data"} under these filters. ${emptyAdvice(filters)}`}
      </div>
    );
  } else if (view === "table") {
    body = <div className="overflow-x-auto">{table()}</div>;
  } else {
    body = measured ? chart(width) : <div className="h-48" />;
  }
  const canExport = !status.isPending && !status.error && !isEmpty && view === "chart";

  return (
    <section ref={cardRef} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="font-semibold">
            {title}
          </h2>
          {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-1" data-print="hide">
          <div role="group" aria-label={`${title}: view`} className="flex gap-1">
            {tab("chart", "Chart")}
            {tab("table", "Table")}
          </div>
          <a href={csvHref} download className={`ml-1 ${buttonClass}`}>
            Download CSV
          </a>
          <button type="button" className={buttonClass} disabled={!canExport} onClick={() => void exportImage("png")} aria-label={`Download ${title} as PNG`}>
            PNG
          </button>
          <button type="button" className={buttonClass} disabled={!canExport} onClick={() => void exportImage("svg")} aria-label={`Download ${title} as SVG`}>
            SVG
          </button>
          <button type="button" className={buttonClass} onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
      </div>
      {notice && (
        <p role="status" className="mb-2 break-all text-xs text-slate-700 dark:text-slate-300">
          {notice}
        </p>
      )}
      {/* Only about data that arrived: while loading or after an error the body says so itself. */}
      {!status.isPending && !status.error && <p className="sr-only">{summary}</p>}
      <div ref={ref} className="relative">
        {body}
      </div>
      <details className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer select-none">
          Source and method{citation.dataThrough ? ` · ${citation.dataThrough}` : ""}
        </summary>
        <p className="mt-1">{citation.source}</p>
        <p className="mt-1">
          {citation.method}
          {method ? ` ${method}` : ""}
        </p>
        <p className="mt-1 break-words">
          <span className="font-medium">Cite as:</span> {citation.citation}
        </p>
      </details>
    </section>
  );
}
