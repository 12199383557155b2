import Link from "next/link";
import { formatCompact, formatEur, formatNumber } from "@/components/charts/format";
import { KIND_COLORS } from "@/components/charts/palette";
import type { FactKind } from "@/lib/facts/contract";
import type { SeriesRow } from "@/lib/series/get-series";

const TILES: { kind: FactKind; href: string; label: string; metric: string; format: (v: number | null) => string }[] = [
  { kind: "injury", href: "/injuries", label: "People injured", metric: "injured", format: (v) => (v === null ? "—" : formatCompact(v)) },
  { kind: "drone", href: "/drones", label: "Drones reported", metric: "drones", format: (v) => (v === null ? "—" : formatCompact(v)) },
  { kind: "aid", href: "/aid", label: "Aid in euros", metric: "aid_eur", format: (v) => (v === null ? "—" : formatEur(v)) },
  { kind: "shelter", href: "/shelters", label: "Shelters built", metric: "shelters", format: (v) => (v === null ? "—" : formatCompact(v)) },
];

/** One tile per kind: its headline total under the filters and how many facts it rests on. */
export function KindTotals({ rows, query }: { rows: SeriesRow[]; query: string }) {
  const byKind = new Map(rows.map((r) => [r.key, r]));
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {TILES.map((t) => {
        const row = byKind.get(t.kind);
        const value = row && typeof row[t.metric] === "number" ? (row[t.metric] as number) : null;
        const killed = row && typeof row.killed === "number" ? row.killed : null;
        return (
          <li key={t.kind}>
            <Link
              href={query ? `${t.href}?${query}` : t.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-slate-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-600"
              style={{ borderTop: `4px solid ${KIND_COLORS[t.kind]}` }}
            >
              <span className="block text-xs font-medium text-slate-600 dark:text-slate-400">{t.label}</span>
              <span className="block text-2xl font-semibold tabular-nums">{t.format(value)}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">
                {row ? `${formatNumber(row.facts)} ${row.facts === 1 ? "fact" : "facts"}` : "no facts"}
                {t.kind === "injury" && killed !== null ? ` · ${formatCompact(killed)} killed` : ""}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
