import type { ReactNode } from "react";
import { formatBucket } from "@/components/charts/format";
import type { ApiFact } from "@/lib/facts/fact-row";
import { describeFact, factNumbers, factParty, factPlace, KIND_LABELS, STATUS_LABELS } from "@/components/facts/describe-fact";

/** One fact beside the dispatch's text: its numbers, who claims them, where and when; a link to its quote. */

const BADGE: Record<ApiFact["status"], string> = {
  verified: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  proposed: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  rejected: "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200",
};

export function FactItem({ fact, placed }: { fact: ApiFact; placed: boolean }) {
  const rejected = fact.status === "rejected";
  const party = factParty(fact);
  const place = factPlace(fact);
  const body: ReactNode = (
    <>
      <span className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{KIND_LABELS[fact.kind]}</span>
        <span className={`rounded px-1.5 py-0.5 font-medium ${BADGE[fact.status]}`}>{STATUS_LABELS[fact.status]}</span>
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
