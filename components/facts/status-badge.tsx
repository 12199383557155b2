import type { FactStatus } from "@/lib/facts/kinds";
import { StatusBadge as SharedStatusBadge } from "@/components/vocabulary/status-badge";

/** Tables and tooltips of published facts: only the exceptions (proposed, rejected) are marked. */
export function StatusBadge({ status }: { status: FactStatus }) {
  return <SharedStatusBadge status={status} quiet />;
}
