"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CountryOption } from "@/lib/countries/get-countries";
import { formatCount } from "@/lib/vocabulary/format";

interface Props {
  options: CountryOption[];
  selected: string[];
  onChange: (codes: string[]) => void;
  loading?: boolean;
}

/**
 * A searchable multi-select of the countries present in the data, as a WAI-ARIA combobox: the
 * search field owns the list (aria-activedescendant), arrows move, Enter picks or unpicks,
 * Escape closes and gives focus back to the button that opened it.
 */
export function CountryPicker({ options, selected, onChange, loading }: Props) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const optionId = (code: string) => `${listId}-opt-${code}`;

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
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const activeOption = matches[activeIndex];

  useEffect(() => {
    if (open && activeOption) document.getElementById(optionId(activeOption.code))?.scrollIntoView({ block: "nearest" });
    // optionId is derived from listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, activeOption]);

  const toggle = (code: string) => onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code].sort());
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    if (e.key === "ArrowDown") setActive(activeIndex >= last ? 0 : activeIndex + 1);
    else if (e.key === "ArrowUp") setActive(activeIndex <= 0 ? last : activeIndex - 1);
    else if (e.key === "Home" && e.ctrlKey) setActive(0);
    else if (e.key === "End" && e.ctrlKey) setActive(last);
    else if (e.key === "Enter") {
      if (activeOption) toggle(activeOption.code);
    } else if (e.key === "Escape") close();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={rootRef} className="relative">
      <span className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400" id={`${listId}-label`}>
        Countries
      </span>
      <button
        ref={buttonRef}
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
          <input
            ref={inputRef}
            role="combobox"
            aria-label="Search countries"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            placeholder="Search countries…"
            className="mb-2 h-8 w-full rounded border border-slate-300 bg-transparent px-2 text-sm dark:border-slate-700"
          />
          <ul ref={listRef} id={listId} role="listbox" aria-multiselectable="true" aria-label="Countries" className="max-h-64 overflow-y-auto">
            {loading && <li className="px-2 py-1 text-sm text-slate-500">Loading countries…</li>}
            {!loading && matches.length === 0 && <li className="px-2 py-1 text-sm text-slate-500">No country matches “{search}”.</li>}
            {matches.map((o, i) => {
              const isSelected = selected.includes(o.code);
              return (
                <li
                  key={o.code}
                  id={optionId(o.code)}
                  role="option"
                  aria-selected={isSelected}
                  // Keep focus in the search field, as the combobox pattern wants.
                  onPointerDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setActive(i);
                    toggle(o.code);
                  }}
                  className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm ${i === activeIndex ? "bg-slate-200 dark:bg-slate-700" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
                >
                  <span aria-hidden className={`flex h-4 w-4 items-center justify-center rounded-sm border text-[10px] ${isSelected ? "border-blue-700 bg-blue-700 text-white dark:border-blue-300 dark:bg-blue-300 dark:text-slate-900" : "border-slate-400"}`}>
                    {isSelected ? "✓" : ""}
                  </span>
                  <span className="w-7 font-mono text-xs text-slate-500 dark:text-slate-400">{o.code}</span>
                  <span className="flex-1">{o.name}</span>
                  <span className="text-xs tabular-nums text-slate-500 dark:text-slate-400">{formatCount(o.facts)}</span>
                </li>
              );
            })}
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
