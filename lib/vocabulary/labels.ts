/**
 * Every word the interface uses for a kind, status, role or metric, and the tone it is shown in:
 * one place, so "proposed" is called the same on every page; a kind's own words come from its definition.
 */
import { KINDS, type FactKind } from "@/lib/kinds";
import type { FactStatus } from "@/lib/facts/kinds";
import type { MetricName } from "@/lib/series/metrics";

/** Each kind's name, from its definition (lib/kinds/<kind>/definition.ts). */
export const KIND_LABELS = Object.fromEntries(KINDS.map((k) => [k.kind, k.labels])) as Record<FactKind, { one: string; many: string }>;

export const kindLabel = (kind: FactKind, plural = false) => KIND_LABELS[kind][plural ? "many" : "one"];

/** A status in words, with a mark that does not rely on colour. */
export const STATUS_LABELS: Record<FactStatus, { label: string; icon: string; hint: string }> = {
  proposed: { label: "Proposed", icon: "○", hint: "extracted by the machine, not yet reviewed by a person" },
  verified: { label: "Verified", icon: "✓", hint: "checked against its sentence by a reviewer" },
  rejected: { label: "Rejected", icon: "✕", hint: "a reviewer found it wrong; kept for the record" },
};

export const statusLabel = (status: FactStatus) => STATUS_LABELS[status].label;

/** Badge classes per status, over the status tokens of tailwind.config.ts. */
export const STATUS_TONES: Record<FactStatus, string> = {
  proposed: "border-status-proposed text-status-proposed",
  verified: "border-status-verified text-status-verified",
  rejected: "border-status-rejected text-status-rejected line-through",
};

/** How a country takes part in a fact, as the filter bar offers it. */
export const ROLE_LABELS = {
  any: "in any role",
  location: "as the place",
  attacker: "as attacker",
  claimant: "as claimant",
  donor: "as donor",
  recipient: "as recipient",
} as const;

/** Metrics a reader sees by name; the paired-report metrics feed only the launched-vs-shot-down chart, which words its own labels. */
type LabelledMetric = Exclude<MetricName, `drones_paired_${string}`>;

/** Each metric as a chart title or column header says it; a metric a new kind declares fails to compile until it has one. */
export const METRIC_LABELS = {
  facts: "Facts",
  injured: "Injured",
  killed: "Killed",
  serious: "Seriously injured",
  drones: "Drones (any outcome)",
  drones_shot_down: "Drones shot down",
  drones_launched: "Drones launched",
  drones_hit: "Drones that hit",
  aid_eur: "Aid (EUR)",
  aid_amount: "Aid (stated currency)",
  aid_unconverted: "Aid without a euro value",
  shelters: "Shelters",
} as const satisfies Record<LabelledMetric, string>;
export type MetricLabelKey = keyof typeof METRIC_LABELS;
