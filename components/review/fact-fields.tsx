"use client";

import { countryName, isKnownCountry } from "@/lib/countries/country-names";
import { draftKind, fieldsOfKind, type Draft } from "./fact-draft";
import { fieldSpec, KIND_OPTIONS, type FieldSpec } from "./field-specs";

interface Props {
  draft: Draft;
  onChange: (field: string, value: string) => void;
  /** Prefix for element ids, unique per form. */
  idPrefix: string;
  /** The field the server's last error named: marked invalid. */
  invalidField?: string;
  disabled?: boolean;
}

export const INPUT_CLASS =
  "h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm font-normal text-slate-900 disabled:opacity-60 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400 dark:aria-[invalid=true]:ring-red-400";

/** "Ukraine", or a warning when the two letters are no ISO code we know. */
function CountryHint({ id, code }: { id: string; code: string }) {
  const upper = code.trim().toUpperCase();
  const known = isKnownCountry(upper);
  return (
    <span id={id} className={`truncate text-xs ${known || !upper ? "text-slate-600 dark:text-slate-300" : "text-red-700 dark:text-red-300"}`}>
      {!upper ? "none" : known ? countryName(upper) : "not a known country code"}
    </span>
  );
}

function FieldInput({ id, spec, value, onChange, invalid, disabled }: { id: string; spec: FieldSpec; value: string; onChange: (v: string) => void; invalid: boolean; disabled?: boolean }) {
  const common = { id, disabled, required: spec.required, "aria-invalid": invalid || undefined, className: INPUT_CLASS };
  switch (spec.type) {
    case "choice":
      return (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {!spec.required && <option value="">Not stated</option>}
          {spec.required && value === "" && <option value="">Choose…</option>}
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "count":
    case "measure":
      return <input {...common} type="number" inputMode="decimal" min={0} step={spec.type === "count" ? 1 : "any"} value={value} onChange={(e) => onChange(e.target.value)} />;
    case "date":
      return <input {...common} type="date" value={value} onChange={(e) => onChange(e.target.value)} />;
    case "country":
    case "currency":
      return (
        <input
          {...common}
          className={`${INPUT_CLASS} uppercase`}
          maxLength={spec.type === "country" ? 2 : 3}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={spec.type === "country" ? `${id}-name` : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
      );
    case "text":
      return <input {...common} type="text" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />;
  }
}

/** The editable fields of one fact: kind first, then the common fields and the kind's own. */
export function FactFields({ draft, onChange, idPrefix, invalidField, disabled }: Props) {
  const kind = draftKind(draft);
  const fields = kind ? fieldsOfKind(kind) : ["kind"];
  return (
    <div className="grid grid-cols-1 gap-x-3 gap-y-2 min-[420px]:grid-cols-2">
      {fields.map((field) => {
        const spec = field === "kind" ? { label: "Kind", type: "choice" as const, required: true, options: KIND_OPTIONS } : fieldSpec(kind!, field);
        const id = `${idPrefix}-${field}`;
        return (
          <div key={field} className="grid content-start gap-1">
            <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
              {spec.label}
              {spec.required && <span aria-hidden="true"> *</span>}
            </label>
            {spec.type === "country" ? (
              <div className="flex items-center gap-2">
                <div className="w-14 shrink-0">
                  <FieldInput id={id} spec={spec} value={draft[field] ?? ""} onChange={(v) => onChange(field, v)} invalid={invalidField === field} disabled={disabled} />
                </div>
                <CountryHint id={`${id}-name`} code={draft[field] ?? ""} />
              </div>
            ) : (
              <FieldInput id={id} spec={spec} value={draft[field] ?? ""} onChange={(v) => onChange(field, v)} invalid={invalidField === field} disabled={disabled} />
            )}
          </div>
        );
      })}
    </div>
  );
}
