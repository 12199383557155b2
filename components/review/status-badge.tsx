import type { FactStatus } from "@/lib/facts/contract";

/** Status in words, colored as a second cue: "To review", "Verified", "Rejected". */
export const STATUS_TEXT: Record<FactStatus, string> = { proposed: "To review", verified: "Verified", rejected: "Rejected" };

const BADGE: Record<FactStatus, string> = {
  proposed: "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-500/60 dark:bg-amber-950 dark:text-amber-100",
  verified: "border-emerald-400 bg-emerald-50 text-emerald-900 dark:border-emerald-500/60 dark:bg-emerald-950 dark:text-emerald-100",
  rejected: "border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
};

const ICON: Record<FactStatus, string> = { proposed: "○", verified: "✓", rejected: "✕" };

export function StatusBadge({ status }: { status: FactStatus }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${BADGE[status]}`}>
      <span aria-hidden="true">{ICON[status]}</span>
      {STATUS_TEXT[status]}
    </span>
  );
}
