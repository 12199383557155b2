import { Suspense, type ReactNode } from "react";
import { FilterBar } from "@/components/filters/filter-bar";

/** Every dashboard page shares the filter bar; the filters live in the URL. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Suspense fallback={<div className="my-4 h-28 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />}>
        <FilterBar />
      </Suspense>
      <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>{children}</Suspense>
    </>
  );
}
