"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { PARTY_ROLES } from "@/lib/facts/parties";
import { countriesQueryOptions } from "@/lib/query/query-options";
import { STATUS_CHOICES, useFilters, type StatusChoice } from "@/lib/query/use-filters";
import { CountryPicker } from "./country-picker";
import { datePresets } from "./date-presets";

const ROLE_LABELS: Record<(typeof PARTY_ROLES)[number] | "any", string> = {
  any: "in any role",
  location: "as the place",
  attacker: "as attacker",
  claimant: "as claimant",
  donor: "as donor",
  recipient: "as recipient",
};

const fieldClass = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900";
const labelClass = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400";

/** Countries, date range and status, shared by every dashboard page and kept in the URL. */
export function FilterBar() {
  const { filters, state, setState } = useFilters();
  const id = useId();
  const countries = useQuery(countriesQueryOptions({ status: filters.status, from: filters.from, to: filters.to }));
  const presets = useMemo(() => datePresets(), []);
  const activePreset = presets.findIndex((p) => (p.from ?? null) === (state.from ?? null) && (p.to ?? null) === (state.to ?? null));

  // A country in the URL that has no facts under the other filters still shows as selected.
  const options = useMemo(() => {
    const list = countries.data?.countries ?? [];
    const missing = state.country.filter((c) => !list.some((o) => o.code === c)).map((code) => ({ code, name: code, facts: 0 }));
    return [...list, ...missing];
  }, [countries.data, state.country]);

  return (
    <section aria-label="Filters" className="my-4 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
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
          <input id={`${id}-from`} type="date" className={`${fieldClass} w-full`} value={state.from ?? ""} max={state.to ?? undefined} onChange={(e) => void setState({ from: e.target.value || null })} />
        </div>
        <div>
          <label className={labelClass} htmlFor={`${id}-to`}>
            To
          </label>
          <input id={`${id}-to`} type="date" className={`${fieldClass} w-full`} value={state.to ?? ""} min={state.from ?? undefined} onChange={(e) => void setState({ to: e.target.value || null })} />
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
      {state.status !== "verified" && (
        <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          Charts include facts no person has verified yet; tables and tooltips mark them “unverified”.
        </p>
      )}
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {countries.data?.lastUpdated
          ? `Last updated ${new Date(countries.data.lastUpdated).toISOString().slice(0, 16).replace("T", " ")} UTC`
          : countries.isError
            ? "Could not load the country list."
            : "\u00a0"}
      </p>
    </section>
  );
}
