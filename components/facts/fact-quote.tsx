"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { quoted } from "./quoted";
import { StatusBadge } from "./status-badge";
import { factQueryOptions } from "@/lib/query/query-options";

/** The sentence behind a number, with a link to where it stands in its dispatch. */
export function FactQuote({ factId, more = 0 }: { factId: number; more?: number }) {
  const fact = useQuery(factQueryOptions(factId));
  if (fact.isPending) return <p className="text-xs text-slate-500">Loading the quote…</p>;
  if (fact.isError) return <p className="text-xs text-red-700 dark:text-red-300">Could not load the quote: {fact.error.message}</p>;
  const f = fact.data;
  return (
    <figure className="mt-2 border-l-2 border-slate-300 pl-2 dark:border-slate-600">
      <blockquote className="line-clamp-5 text-xs italic leading-snug">{quoted(f.quote)}</blockquote>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <Link href={`/sources/${f.source.id}#fact-${f.id}`} className="text-blue-700 underline dark:text-blue-300">
          {f.source.title.length > 60 ? `${f.source.title.slice(0, 57)}…` : f.source.title}
        </Link>
        <StatusBadge status={f.status} />
        {more > 0 && <span> · and {more} more {more === 1 ? "fact" : "facts"}</span>}
      </figcaption>
    </figure>
  );
}
