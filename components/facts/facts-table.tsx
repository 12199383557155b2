"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { quoted } from "./quoted";
import { StatusBadge } from "./status-badge";
import { useEffect, useId, useState } from "react";
import type { ApiFact } from "@/lib/facts/api-fact";
import { factField } from "@/lib/facts/fact-field";
import { KIND_FIELDS, kindField, type FactKind } from "@/lib/kinds";
import { filtersToSearchParams } from "@/lib/facts/filter-params";
import type { FactSortColumn, SortOrder } from "@/lib/facts/fact-sort";
import { factsInfiniteQueryOptions } from "@/lib/query/query-options";
import { useFilters } from "@/lib/query/use-filters";
import { formatNumber } from "@/components/charts/format";
import { countryName } from "@/lib/countries/country-names";
import { WideTableFrame } from "@/components/layout/wide-table-frame";


const PAGE_SIZE = 100;
/** Column heads stay in view while the rows scroll in their frame; a shadow draws their rule, which a sticky cell's border would not. */
const STICKY_HEAD = "sticky top-0 z-10 bg-white px-2 py-1 shadow-[inset_0_-1px_0_var(--color-slate-300)] dark:bg-slate-900 dark:shadow-[inset_0_-1px_0_var(--color-slate-600)]";

/** Fields that hold a country code: shown by name ("Russia", not "RU"). */
const PARTY_FIELDS = new Set(["attacker", "claimant", "donor", "recipient"]);
/** Fields read as words or codes rather than compared as figures: aligned left, not right. */
const TEXT_FIELDS = new Set([...PARTY_FIELDS, "outcome", "currency", "rateDate", "category"]);

function cell(fact: ApiFact, field: string): string {
  if (fact.kind === "aid" && (field === "amount" || field === "amountEur")) {
    const money = fact[field];
    // An amount with no stated euro figure and no known rate is left unconverted, never guessed.
    if (money === null) return field === "amountEur" ? "not converted" : "—";
    // Euros converted at a rate are shown to the euro: the cents of a converted billion mean nothing.
    return formatNumber(field === "amountEur" ? Math.round(money) : money);
  }
  const v = factField(fact, field);
  if (v === null || v === undefined) return "—";
  if (PARTY_FIELDS.has(field)) return countryName(String(v));
  // Enum values read as words ("shot_down" → "shot down"); numbers have no underscore.
  return String(v).replace("_", " ");
}

/**
 * The facts behind a page's charts, with their quotes: sorted by any column and searched on the
 * server (so both cover every fact, not the rows loaded), newest first, a page at a time in
 * the same order, with the total, and downloadable in full with provenance on every row.
 */
export function FactsTable({ kind, title = "Facts" }: { kind: FactKind; title?: string }) {
  const { filters } = useFilters();
  const scoped = { ...filters, kind: [kind] };
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<{ key: FactSortColumn; order: SortOrder }>({ key: "date", order: "desc" });
  // The server is asked once typing pauses, not at every keystroke.
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const query = useInfiniteQuery(factsInfiniteQueryOptions(scoped, { sort: sort.key, order: sort.order, q, limit: PAGE_SIZE }));
  const searchId = useId();
  const fields = KIND_FIELDS[kind];
  const rows = query.data?.pages.flatMap((p) => p.facts) ?? [];
  const total = query.data?.pages[0]?.total;

  const header = (key: FactSortColumn, label: string, numeric = false) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.order === "desc" ? "descending" : "ascending") : "none"} className={`${STICKY_HEAD} font-medium ${numeric ? "text-right" : "text-left"}`}>
      <button type="button" className="hover:underline" onClick={() => setSort((s) => ({ key, order: s.key === key && s.order === "desc" ? "asc" : "desc" }))}>
        {label}
        {sort.key === key ? (sort.order === "desc" ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );

  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-2 flex flex-wrap items-end gap-2">
        <div className="mr-auto">
          <h2 className="font-semibold">{title}</h2>
          <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="facts-total">
            {total === undefined ? (query.isError ? "" : "Counting…") : `${formatNumber(total)} ${total === 1 ? "fact" : "facts"}${q ? ` match “${q}”` : ""}${total > rows.length ? ` · showing ${formatNumber(rows.length)}` : ""}`}
          </p>
        </div>
        {/* On a phone the search takes a row of its own, wide enough for its whole hint. */}
        <div className="order-last w-full sm:order-none sm:w-72">
          <label htmlFor={searchId} className="sr-only">
            Search these facts
          </label>
          <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search place, quote, source…" className="h-8 w-full rounded border border-slate-300 bg-transparent px-2 text-sm dark:border-slate-700" />
        </div>
        <a href={`/api/facts.csv?${filtersToSearchParams(scoped)}`} download className="shrink-0 whitespace-nowrap rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Download facts CSV
        </a>
      </div>
      {query.isPending && <p className="text-sm text-slate-500">Loading facts…</p>}
      {query.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-300">Could not load facts: {query.error.message}</p>}
      {query.isSuccess && rows.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No facts under these filters{q ? ` match “${q}”` : ""}.</p>}
      {rows.length > 0 && (
        <WideTableFrame>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{title}, with the quote that states each, sorted by {sort.key} {sort.order === "desc" ? "descending" : "ascending"}</caption>
            <thead>
              <tr>
                {header("date", "Date")}
                {header("place", "Place")}
                {fields.map((f) => header(f, kindField(kind, f)?.header ?? f, !TEXT_FIELDS.has(f)))}
                <th scope="col" className={`${STICKY_HEAD} text-left font-medium`}>
                  Quote
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="whitespace-nowrap px-2 py-1 tabular-nums">{f.date}</td>
                  <td className="px-2 py-1">
                    {f.place ?? countryName(f.country)}
                    {f.region && <span className="text-slate-500 dark:text-slate-400"> ({f.region})</span>}
                    <StatusBadge status={f.status} />
                  </td>
                  {fields.map((field) => (
                    <td key={field} className={`px-2 py-1 ${TEXT_FIELDS.has(field) ? `text-left ${PARTY_FIELDS.has(field) ? "" : "whitespace-nowrap"}` : "text-right tabular-nums"}`}>
                      {cell(f, field)}
                    </td>
                  ))}
                  <td className="min-w-48 px-2 py-1 text-xs">
                    <Link href={`/sources/${f.source.id}#fact-${f.id}`} className="line-clamp-3 text-blue-800 hover:underline dark:text-blue-300">
                      {quoted(f.quote)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideTableFrame>
      )}
      {query.hasNextPage && (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage} className="mt-2 rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
          {query.isFetchingNextPage ? "Loading…" : `Load ${formatNumber(Math.min(PAGE_SIZE, (total ?? 0) - rows.length))} more`}
        </button>
      )}
    </section>
  );
}
