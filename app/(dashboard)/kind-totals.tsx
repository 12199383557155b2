import Link from "next/link";
import { formatCompact, formatEur, formatNumber } from "@/components/charts/format";
import { KIND_COLORS } from "@/components/charts/palette";
import { partyLabel } from "@/components/charts/series-labels";
import type { FactKind } from "@/lib/facts/contract";
import type { SeriesRow } from "@/lib/series/series-contract";

export type KindRow = SeriesRow<"injured" | "killed" | "aid_eur" | "aid_unconverted" | "shelters">;
export type ClaimRow = SeriesRow<"drones_shot_down">;

interface Tile {
  kind: FactKind;
  href: string;
  label: string;
  value: string;
  /** What the number is, exactly: shown as the tile's tooltip and read to screen readers. */
  definition: string;
  note: string;
}

const factsNote = (facts: number | undefined) => (facts === undefined ? "no facts" : `${formatNumber(facts)} ${facts === 1 ? "fact" : "facts"}`);
const compact = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatCompact(v));

/**
 * One measure per tile, each defined: never a sum of different outcomes (launched + shot down +
 * hit) or of different claimants' figures. Drones show the claimant with the largest claim alone.
 */
export function kindTiles(rows: KindRow[], claims: ClaimRow[]): Tile[] {
  const byKind = new Map(rows.map((r) => [r.key, r]));
  const injury = byKind.get("injury");
  const aid = byKind.get("aid");
  const shelter = byKind.get("shelter");
  const drone = byKind.get("drone");
  const claimants = claims.filter((c) => (c.drones_shot_down ?? 0) > 0);
  const top = claimants[0];
  const who = top ? partyLabel(top.key, "an unnamed claimant") : null;
  return [
    {
      kind: "injury",
      href: "/injuries",
      label: "People injured",
      value: compact(injury?.injured),
      definition: "The sum of people reported injured, over the injury reports under these filters. People killed are counted apart and never added in.",
      note: `${factsNote(injury?.facts)}${injury?.killed != null ? ` · ${formatCompact(injury.killed)} killed` : ""}`,
    },
    {
      kind: "drone",
      href: "/drones",
      label: who ? `Drones shot down, as ${who} claims` : "Drones shot down",
      value: compact(top?.drones_shot_down),
      definition: who
        ? `The sum of drones ${who} reports shot down, over its own reports only. Other claimants’ figures (${claimants.length - 1}) are shown apart on the Drones page and never added in; drones launched or hitting a target are not counted here.`
        : "No report under these filters claims drones shot down.",
      note: `${factsNote(drone?.facts)}${claimants.length > 1 ? ` · ${claimants.length - 1} other ${claimants.length === 2 ? "claimant" : "claimants"}` : ""}`,
    },
    {
      kind: "aid",
      href: "/aid",
      label: "Aid in euros",
      value: aid?.aid_eur == null ? "—" : formatEur(aid.aid_eur),
      definition: "The sum of aid pledged or released, in euros at the rate of its day. A pledge with no known rate is not counted and is shown as not converted.",
      note: `${factsNote(aid?.facts)}${aid?.aid_unconverted ? ` · ${formatNumber(aid.aid_unconverted)} not converted` : ""}`,
    },
    {
      kind: "shelter",
      href: "/shelters",
      label: "Shelters announced",
      value: compact(shelter?.shelters),
      definition: "The number of shelter structures the reports announce (built, delivered or planned), summed over the shelter reports under these filters.",
      note: factsNote(shelter?.facts),
    },
  ];
}

/** One tile per kind: one defined measure under the filters and how many facts it rests on. */
export function KindTotals({ rows, claims, query }: { rows: KindRow[]; claims: ClaimRow[]; query: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {kindTiles(rows, claims).map((t) => (
        <li key={t.kind}>
          <Link
            href={query ? `${t.href}?${query}` : t.href}
            title={t.definition}
            aria-describedby={`tile-definition-${t.kind}`}
            className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-slate-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-600"
            style={{ borderTop: `4px solid ${KIND_COLORS[t.kind]}` }}
          >
            <span className="block text-xs font-medium text-slate-600 dark:text-slate-400">{t.label}</span>
            <span className="block text-2xl font-semibold tabular-nums">{t.value}</span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">{t.note}</span>
            <span id={`tile-definition-${t.kind}`} className="sr-only">
              {t.definition}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
