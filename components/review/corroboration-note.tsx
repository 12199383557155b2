import Link from "next/link";
import type { CorroborationLink } from "@/lib/sources/get-corroboration";
import { kindLabel } from "@/lib/vocabulary/labels";
import { STATUS_TEXT } from "./status-badge";

/**
 * Facts this dispatch reports again: stored as further evidence for the existing fact (one event,
 * not a double count), so they are reviewed where they were first found.
 */
export function CorroborationNote({ items }: { items: CorroborationLink[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="corroboration-heading" className="mt-4 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="corroboration-heading" className="font-semibold">
        Also reported before ({items.length})
      </h2>
      <p className="text-slate-600 dark:text-slate-400">These statements match facts already stored from other dispatches; this dispatch is kept as further evidence for them.</p>
      <ul className="mt-2 grid gap-1">
        {items.map((c) => (
          <li key={c.factId}>
            <Link href={`/review/${c.sourceId}#review-fact-${c.factId}`} className="text-blue-800 underline hover:no-underline dark:text-blue-300">
              {kindLabel(c.kind)} fact {c.factId} ({STATUS_TEXT[c.status].toLowerCase()})
            </Link>
            : <q className="italic">{c.quote.length > 160 ? `${c.quote.slice(0, 157)}…` : c.quote}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
