"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export const NAV = [
  { href: "/", label: "Overview" },
  { href: "/injuries", label: "Injuries" },
  { href: "/drones", label: "Drones" },
  { href: "/aid", label: "Aid" },
  { href: "/shelters", label: "Shelters" },
  { href: "/map", label: "Map" },
  { href: "/sources", label: "Sources" },
] as const;

function NavLinks() {
  const pathname = usePathname();
  // Carry the filters from page to page: a reader filtering to Romania stays on Romania.
  const query = useSearchParams().toString();
  return (
    // Wraps onto a second row on a phone rather than scrolling: every page stays in sight.
    <ul className="flex flex-wrap gap-1 text-sm">
      {NAV.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        const href = item.href === "/sources" || !query ? item.href : `${item.href}?${query}`;
        return (
          <li key={item.href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={`block whitespace-nowrap rounded-md px-2 py-1 sm:px-2.5 sm:py-1.5 ${
                active
                  ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                  : "text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:gap-6 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Factboard
        </Link>
        <Suspense fallback={null}>
          <NavLinks />
        </Suspense>
      </nav>
    </header>
  );
}
