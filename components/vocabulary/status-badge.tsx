import type { FactStatus } from "@/lib/facts/kinds";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/vocabulary/labels";

/**
 * A fact's review status in words, with a mark and the status colour as second cues. `quiet`
 * (tables of published facts) leaves verified facts unmarked, so the exceptions stand out.
 */
export function StatusBadge({ status, quiet = false }: { status: FactStatus; quiet?: boolean }) {
  if (quiet && status === "verified") return null;
  const { label, icon, hint } = STATUS_LABELS[status];
  return (
    <span title={hint} className={`ml-1 inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${STATUS_TONES[status]}`}>
      <span aria-hidden="true">{icon}</span>
      {label}
    </span>
  );
}
