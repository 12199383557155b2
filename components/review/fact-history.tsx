import type { Revision } from "@/lib/review/get-revisions";

const STATUS_WORDS: Record<string, string> = { proposed: "proposed", verified: "verified", rejected: "rejected" };

/** "26 Nov 2026, 01:23 UTC": the same on the server and in every browser. */
export function formatRevisionTime(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${day}, ${iso.slice(11, 16)} UTC`;
}

function describeRevision(r: Revision): string {
  if (r.field === "created") return `${r.editor} added it from a selection`;
  if (r.field === "status") {
    const next = STATUS_WORDS[r.newValue ?? ""] ?? r.newValue;
    return r.newValue === "proposed" ? `${r.editor} set it back to proposed (was ${r.oldValue})` : `${r.editor} marked it ${next} (was ${r.oldValue})`;
  }
  if (r.oldValue === null) return `${r.editor} set ${r.field} to ${r.newValue}`;
  if (r.newValue === null) return `${r.editor} cleared ${r.field} (was ${r.oldValue})`;
  return `${r.editor} changed ${r.field} from ${r.oldValue} to ${r.newValue}`;
}

/** Who changed what and when, newest first: revisions stay visible, never silently overwritten. */
export function FactHistory({ revisions, headingId }: { revisions: Revision[]; headingId: string }) {
  if (revisions.length === 0) {
    return <p className="text-xs text-slate-500 dark:text-slate-400">No edits yet: as extracted.</p>;
  }
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
        History
      </h4>
      <ol className="mt-1 grid gap-0.5 text-xs text-slate-600 dark:text-slate-400">
        {revisions.map((r) => (
          <li key={r.id}>
            {describeRevision(r)} · <time dateTime={r.createdAt}>{formatRevisionTime(r.createdAt)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
