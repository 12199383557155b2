"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CountryOption } from "@/lib/countries/get-countries";

interface Props {
  options: CountryOption[];
  selected: string[];
  onChange: (codes: string[]) => void;
  loading?: boolean;
}

/** A searchable multi-select of the countries present in the data, with names, codes and counts. */
export function CountryPicker({ options, selected, onChange, loading }: Props) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options]);
  const matches = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return options.filter((o) => !needle || o.name.toLowerCase().includes(needle) || o.code.toLowerCase() === needle);
  }, [options, search]);

  const toggle = (code: string) =>
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code].sort());

  return (
    <div ref={rootRef} className="relative" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <span className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400" id={`${listId}-label`}>
        Countries
      </span>
      <button
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-labelledby={`${listId}-label ${listId}-value`}
        onClick={() => setOpen((o) => !o)}
        className="flex h-9 w-full min-w-48 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 text-left text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        <span id={`${listId}-value`} className="truncate">
          {selected.length === 0 ? "All countries" : selected.map((c) => names.get(c) ?? c).join(", ")}
        </span>
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div className="absolute z-30 mt-1 w-72 max-w-[calc(100vw-1.5rem)] rounded-md border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <label className="sr-only" htmlFor={`${listId}-search`}>
            Search countries
          </label>
          <input
            id={`${listId}-search`}
            ref={inputRef}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search countries…"
            className="mb-2 h-8 w-full rounded border border-slate-300 bg-transparent px-2 text-sm dark:border-slate-700"
          />
          <ul id={listId} role="listbox" aria-multiselectable="true" aria-label="Countries" className="max-h-64 overflow-y-auto">
            {loading && <li className="px-2 py-1 text-sm text-slate-500">Loading countries…</li>}
            {!loading && matches.length === 0 && <li className="px-2 py-1 text-sm text-slate-500">No country matches “{search}”.</li>}
            {matches.map((o) => (
              <li key={o.code} role="option" aria-selected={selected.includes(o.code)}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                  <input type="checkbox" checked={selected.includes(o.code)} onChange={() => toggle(o.code)} />
                  <span className="w-7 font-mono text-xs text-slate-500 dark:text-slate-400">{o.code}</span>
                  <span className="flex-1">{o.name}</span>
                  <span className="text-xs tabular-nums text-slate-500 dark:text-slate-400">{o.facts}</span>
                </label>
              </li>
            ))}
          </ul>
          {selected.length > 0 && (
            <button type="button" onClick={() => onChange([])} className="mt-2 text-xs text-blue-700 underline dark:text-blue-300">
              Clear countries
            </button>
          )}
        </div>
      )}
    </div>
  );
}
