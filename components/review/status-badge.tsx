// One StatusBadge for the whole app, in components/vocabulary; kept here for existing imports.
import { FACT_STATUSES, type FactStatus } from "@/lib/facts/kinds";
import { STATUS_LABELS } from "@/lib/vocabulary/labels";

export { StatusBadge } from "@/components/vocabulary/status-badge";

export const STATUS_TEXT = Object.fromEntries(FACT_STATUSES.map((s) => [s, STATUS_LABELS[s].label])) as Record<FactStatus, string>;
