import { FACT_STATUSES, type FactStatus } from "@/lib/facts/kinds";
import { formatCount } from "@/lib/vocabulary/format";
import { STATUS_LABELS } from "@/lib/vocabulary/labels";

const TEXT: Record<FactStatus, string> = {
  verified: "text-status-verified",
  proposed: "text-status-proposed",
  rejected: "text-status-rejected",
};

/**
 * "3 verified 2 proposed": a dispatch's facts by status, statuses with none left out. `first`
 * puts one status ahead, in bold (the review list leads with what still needs review).
 */
export function FactCounts({ facts, first }: { facts: Partial<Record<FactStatus, number>>; first?: FactStatus }) {
  const order = first ? [first, ...FACT_STATUSES.filter((s) => s !== first)] : FACT_STATUSES;
  const shown = order.filter((s) => (facts[s] ?? 0) > 0);
  if (shown.length === 0) return <span className="text-slate-500 dark:text-slate-400">no facts</span>;
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      {shown.map((s) => (
        <span key={s} className={`${TEXT[s]} ${s === first ? "font-semibold" : ""}`}>
          {formatCount(facts[s] ?? 0)} {STATUS_LABELS[s].label.toLowerCase()}
        </span>
      ))}
    </span>
  );
}
