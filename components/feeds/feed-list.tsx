"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FeedSummary } from "@/lib/feeds/manage-feeds";
import { BUTTON } from "../review/button-styles";
import { sendJson } from "../review/send-json";

const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "never");

/** One followed feed: its last poll, what it brought, and pause/resume/remove. */
function FeedCard({ feed }: { feed: FeedSummary }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const act = (method: "PATCH" | "DELETE", body?: unknown) =>
    startTransition(async () => {
      setError("");
      try {
        await sendJson(method, `/api/feeds/${feed.id}`, body);
        router.refresh();
      } catch (err) {
        setError(err instanceof Error ? err.message : "The change failed.");
      }
    });
  const paused = feed.status === "paused";
  return (
    <li className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-semibold">{feed.name}</h3>
        <span className={`rounded px-1.5 text-xs font-medium ${paused ? "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" : "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"}`}>{paused ? "paused" : "active"}</span>
      </div>
      <p className="break-all text-sm text-slate-700 dark:text-slate-300">{feed.url}</p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Last poll</dt>
          <dd>
            {when(feed.lastPolledAt)}
            {feed.lastStatus ? <span className="block text-slate-600 dark:text-slate-400">{feed.lastStatus}</span> : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Items taken</dt>
          <dd className="tabular-nums">{feed.itemsTaken.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Waiting</dt>
          <dd className="tabular-nums">{feed.itemsWaiting.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Failed items</dt>
          <dd className="tabular-nums">{feed.itemsFailed.toLocaleString("en")}</dd>
        </div>
      </dl>
      {feed.lastError && (
        <p className="break-words rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          Last error{feed.failures > 1 ? ` (${feed.failures} polls in a row)` : ""}: {feed.lastError}. Next try {when(feed.nextPollAt)}.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON.secondary} disabled={pending} onClick={() => act("PATCH", { status: paused ? "active" : "paused" })}>
          {paused ? "Resume" : "Pause"}
        </button>
        <button
          type="button"
          className={BUTTON.reject}
          disabled={pending}
          onClick={() => {
            if (window.confirm(`Stop following ${feed.name}? The dispatches it brought stay.`)) act("DELETE");
          }}
        >
          Remove
        </button>
        <p role="status" className="self-center text-sm text-red-800 empty:hidden dark:text-red-200">
          {error}
        </p>
      </div>
    </li>
  );
}

export function FeedList({ feeds }: { feeds: FeedSummary[] }) {
  if (feeds.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">No feeds followed yet: add one above.</p>;
  return (
    <ul className="grid gap-3" aria-label="Followed feeds">
      {feeds.map((f) => (
        <FeedCard key={f.id} feed={f} />
      ))}
    </ul>
  );
}
