"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { countriesQueryOptions } from "@/lib/query/query-options";
import { STATUS_CHOICES, useFilters, type StatusChoice } from "@/lib/query/use-filters";
import { formatDay } from "@/lib/vocabulary/format";
import { ROLE_LABELS } from "@/lib/vocabulary/labels";
import { CountryPicker } from "./country-picker";
import { DateField } from "./date-field";
import { datePresets, recentPresetFrom } from "./date-presets";
import { useDataEnd } from "./use-data-end";

const fieldClass = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900";
const labelClass = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400";

/**
 * Countries, date range and status, shared by every dashboard page and kept in the URL. On a
 * phone the controls fold behind one button that says what is set.
 */
export function FilterBar() {
  const { filters, state, setState } = useFilters();
  const id = useId();
  const [unfolded, setUnfolded] = useState(false);
  const countries = useQuery(countriesQueryOptions({ status: filters.status, from: filters.from, to: filters.to }));
  const presets = useMemo(() => datePresets(), []);
  const activePreset = presets.findIndex((p) => (p.from ?? null) === (state.from ?? null) && (p.to ?? null) === (state.to ?? null));
  const recent = activePreset >= 0 ? presets[activePreset]?.recentDays : undefined;
  const recentEmpty = recent !== undefined && countries.isSuccess && countries.data.countries.length === 0;
  const dataEnd = useDataEnd({ status: filters.status, country: filters.country, role: filters.role }, recentEmpty);

  // A country in the URL that has no facts under the other filters still shows as selected.
  const options = useMemo(() => {
    const list = countries.data?.countries ?? [];
    const missing = state.country.filter((c) => !list.some((o) => o.code === c)).map((code) => ({ code, name: code, facts: 0 }));
    return [...list, ...missing];
  }, [countries.data, state.country]);

  const setCount = state.country.length + (state.from || state.to ? 1 : 0) + (state.status !== "verified" ? 1 : 0);

  return (
    <section aria-label="Filters" className="my-4 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <button
        type="button"
        aria-expanded={unfolded}
        aria-controls={`${id}-controls`}
        onClick={() => setUnfolded((u) => !u)}
        className="flex w-full items-center justify-between gap-2 text-left text-sm font-medium sm:hidden"
        data-print="hide"
      >
        <span>
          Filters{setCount > 0 ? ` (${setCount} set)` : ""}
          <span className="block truncate text-xs font-normal text-slate-600 dark:text-slate-400">{filterSummary(state, presets[activePreset]?.label, options)}</span>
        </span>
        <span aria-hidden className="text-lg">{unfolded ? "▴" : "▾"}</span>
      </button>
      <div id={`${id}-controls`} className={`${unfolded ? "mt-3 grid" : "hidden"} grid-cols-2 gap-3 sm:mt-0 sm:flex sm:flex-wrap sm:items-end`}>
        <div className="col-span-2 sm:w-64">
          <CountryPicker
            options={options}
            selected={state.country}
            loading={countries.isPending}
            onChange={(country) => void setState({ country: country.length ? country : null, role: country.length ? state.role : null })}
          />
        </div>
        {state.country.length > 0 && (
          <div className="col-span-2 sm:col-span-1">
            <label className={labelClass} htmlFor={`${id}-role`}>
              Country appears
            </label>
            <select id={`${id}-role`} className={`${fieldClass} w-full`} value={state.role} onChange={(e) => void setState({ role: e.target.value as typeof state.role })}>
              {Object.entries(ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="col-span-2 sm:col-span-1">
          <label className={labelClass} htmlFor={`${id}-preset`}>
            Period
          </label>
          <select
            id={`${id}-preset`}
            className={`${fieldClass} w-full`}
            value={activePreset >= 0 ? String(activePreset) : "custom"}
            onChange={(e) => {
              const preset = presets[Number(e.target.value)];
              if (preset) void setState({ from: preset.from ?? null, to: preset.to ?? null });
            }}
          >
            {presets.map((p, i) => (
              <option key={p.label} value={i}>
                {p.label}
              </option>
            ))}
            {activePreset < 0 && <option value="custom">Custom range</option>}
          </select>
        </div>
        <div>
          <label className={labelClass} htmlFor={`${id}-from`}>
            From
          </label>
          <DateField id={`${id}-from`} className={`${fieldClass} w-full`} value={state.from} max={state.to ?? undefined} onCommit={(from) => void setState({ from })} />
        </div>
        <div>
          <label className={labelClass} htmlFor={`${id}-to`}>
            To
          </label>
          <DateField id={`${id}-to`} className={`${fieldClass} w-full`} value={state.to} min={state.from ?? undefined} onCommit={(to) => void setState({ to })} />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label className={labelClass} htmlFor={`${id}-status`}>
            Review status
          </label>
          <select id={`${id}-status`} className={`${fieldClass} w-full`} value={state.status} onChange={(e) => void setState({ status: e.target.value as StatusChoice })}>
            {Object.entries(STATUS_CHOICES).map(([value, choice]) => (
              <option key={value} value={value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {recentEmpty && (
        <p role="status" className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          No facts in the last {recent} days.
          {dataEnd.data && (
            <>
              {" "}
              The data end on {formatDay(dataEnd.data)}.{" "}
              <button type="button" className="underline" onClick={() => void setState(recentPresetFrom(dataEnd.data as string, recent))}>
                Show the {recent} days up to then
              </button>
            </>
          )}
        </p>
      )}
      {state.status !== "verified" && (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          Charts include facts no person has verified yet; tables and tooltips mark them “Proposed”.
        </p>
      )}
      <p className="mt-2 hidden text-xs text-slate-500 sm:block dark:text-slate-400" aria-live="polite">
        {countries.data?.lastUpdated
          ? `Last updated ${new Date(countries.data.lastUpdated).toISOString().slice(0, 16).replace("T", " ")} UTC`
          : countries.isError
            ? "Could not load the country list."
            : "\u00a0"}
      </p>
    </section>
  );
}

/** One line for the folded bar: "Ukraine, Poland · 2023 · verified only". */
function filterSummary(state: ReturnType<typeof useFilters>["state"], presetLabel: string | undefined, options: { code: string; name: string }[]): string {
  const names = state.country.map((c) => options.find((o) => o.code === c)?.name ?? c);
  const period = presetLabel ?? `${state.from ?? "…"} to ${state.to ?? "…"}`;
  return [names.length ? names.join(", ") : "All countries", period, STATUS_CHOICES[state.status].label].join(" · ");
}
