import type { CitedFilters } from "@/lib/citation/chart-citation";

/**
 * What an empty chart suggests, naming only filters that are set: "Widen the date range or
 * clear the country filter." With no filter set there is nothing to clear: say so.
 */
export function emptyAdvice(filters: CitedFilters): string {
  const steps: string[] = [];
  if (filters.from || filters.to) steps.push("widen the date range");
  if (filters.country?.length) steps.push(filters.role?.length ? "clear the country filter or its role" : "clear the country filter");
  const statuses = filters.status ?? ["verified"];
  if (!statuses.includes("proposed")) steps.push("include proposed facts (Review status)");
  if (steps.length === 0) return "Nothing has been recorded for this yet.";
  const sentence = steps.length === 1 ? steps[0] : `${steps.slice(0, -1).join(", ")} or ${steps.at(-1)}`;
  return `${sentence!.charAt(0).toUpperCase()}${sentence!.slice(1)}.`;
}
