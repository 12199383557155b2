import type { ReactNode } from "react";

/** A dashboard page's frame: its heading, an optional lead, and its cards in one column. */
export function DashboardPage({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {lead && <p className="text-sm text-slate-600 dark:text-slate-400">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
