import type { ReactNode } from "react";
import { formatBucket } from "@/lib/vocabulary/format";
import type { ApiFact } from "@/lib/facts/api-fact";
import { describeFact, factNumbers, factParty, factPlace } from "@/components/facts/describe-fact";
import { StatusBadge } from "@/components/vocabulary/status-badge";
import { kindLabel } from "@/lib/vocabulary/labels";

/** One fact beside the dispatch's text: its numbers, who claims them, where and when; a link to its quote. */

export function FactItem({ fact, placed }: { fact: ApiFact; placed: boolean }) {
  const rejected = fact.status === "rejected";
  const party = factParty(fact);
  const place = factPlace(fact);
  const body: ReactNode = (
    <>
      <span className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{kindLabel(fact.kind)}</span>
        <StatusBadge status={fact.status} />
        <span className="text-slate-500 dark:text-slate-400">confidence {Math.round(fact.confidence * 100)}%</span>
      </span>
      <span className={`mt-1 block font-medium ${rejected ? "text-slate-500 line-through dark:text-slate-400" : ""}`}>{factNumbers(fact)}</span>
      <span className={`block text-sm ${rejected ? "text-slate-500 dark:text-slate-500" : "text-slate-600 dark:text-slate-400"}`}>
        {party && <span className="block">{party[0]?.toUpperCase() + party.slice(1)}</span>}
        {place && `${place} · `}
        <time dateTime={fact.date}>{formatBucket(fact.date, "day")}</time>
      </span>
    </>
  );
  return (
    <li className={`rounded-md border border-slate-200 dark:border-slate-800 ${rejected ? "opacity-75" : ""}`}>
      <span id={`fact-description-${fact.id}`} hidden>
        {describeFact(fact)}
      </span>
      {placed ? (
        <a href={`#fact-${fact.id}`} className="block rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
          {body}
        </a>
      ) : (
        <div className="p-2">
          {body}
          <span className="mt-1 block text-xs text-red-800 dark:text-red-300">Its quote is not at offsets {fact.start}–{fact.end} of this text: “{fact.quote}”</span>
        </div>
      )}
    </li>
  );
}
