import type { FactStatus } from "@/lib/facts/contract";

const LABELS: Record<FactStatus, string> = { verified: "verified", proposed: "unverified", rejected: "rejected" };

/** Marks a fact that has not been verified by a person; verified facts carry no badge. */
export function StatusBadge({ status }: { status: FactStatus }) {
  if (status === "verified") return null;
  const tone =
    status === "proposed"
      ? "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100"
      : "bg-slate-200 text-slate-700 line-through dark:bg-slate-700 dark:text-slate-200";
  return <span className={`ml-1 rounded px-1 text-xs ${tone}`}>{LABELS[status]}</span>;
}
