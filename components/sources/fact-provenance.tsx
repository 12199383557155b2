import Link from "next/link";
import type { CorroborationLink } from "@/lib/sources/get-corroboration";
import type { Revision } from "@/lib/review/get-revisions";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * The public record of how a dispatch's facts came to stand: every review edit (kept, never
 * overwritten) and the other dispatches that report the same events.
 */
export function FactProvenance({ revisions, corroboratedBy, corroborates }: { revisions: Revision[]; corroboratedBy: CorroborationLink[]; corroborates: CorroborationLink[] }) {
  if (!revisions.length && !corroboratedBy.length && !corroborates.length) return null;
  return (
    <section aria-labelledby="provenance-heading" className="mt-8 max-w-prose">
      <h2 id="provenance-heading" className="font-semibold">
        Corroboration and review history
      </h2>
      {corroboratedBy.length > 0 && (
        <ul className="mt-2 grid gap-1 text-sm">
          {corroboratedBy.map((c) => (
            <li key={`by-${c.factId}-${c.sourceId}`}>
              <a href={`#fact-${c.factId}`} className="text-blue-800 underline dark:text-blue-300">Fact {c.factId}</a> is also reported by{" "}
              <Link href={`/sources/${c.sourceId}`} className="text-blue-800 underline dark:text-blue-300">{c.sourceTitle}</Link>
            </li>
          ))}
        </ul>
      )}
      {corroborates.length > 0 && (
        <ul className="mt-2 grid gap-1 text-sm">
          {corroborates.map((c) => (
            <li key={`of-${c.factId}`}>
              This dispatch corroborates{" "}
              <Link href={`/sources/${c.sourceId}#fact-${c.factId}`} className="text-blue-800 underline dark:text-blue-300">fact {c.factId}</Link> first reported in {c.sourceTitle}: <q className="italic">{c.quote}</q>
            </li>
          ))}
        </ul>
      )}
      {revisions.length > 0 && (
        <ol className="mt-3 grid gap-1 text-sm text-slate-700 dark:text-slate-300">
          {revisions.map((r) => (
            <li key={r.id}>
              <time dateTime={r.createdAt} className="tabular-nums text-slate-500 dark:text-slate-400">{when(r.createdAt)} UTC</time> · {r.editor}{" "}
              {r.field === "created" ? "added" : "changed"} <a href={`#fact-${r.factId}`} className="underline">fact {r.factId}</a>
              {r.field !== "created" && (
                <>
                  {" "}
                  {r.field}: {r.oldValue ?? "—"} → {r.newValue ?? "—"}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
