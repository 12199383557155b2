"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { DispatchUrlForm } from "./dispatch-url-form";
import { INPUT_CLASS } from "./fact-fields";
import { FormFooter, LabelledInput, type FormError } from "./form-parts";
import { ReviewApiError, sendJson } from "./send-json";

interface Stored {
  sourceId: number;
  created: boolean;
  proposed?: number[];
}

const FIELDS = [
  { name: "title", label: "Title", type: "text", hint: "optional; the first line when empty" },
  { name: "publisher", label: "Publisher", type: "text", hint: "optional" },
  { name: "url", label: "Link to the original", type: "url", hint: "optional, http(s)" },
] as const;

/** A new dispatch, from a web page's address or pasted: stored with its extracted facts as proposed, then opened for review. */
export function DispatchPasteForm() {
  return (
    <div className="grid gap-3">
      <DispatchUrlForm />
      <DispatchTextForm />
    </div>
  );
}

function DispatchTextForm() {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<FormError | null>(null);
  const [notice, setNotice] = useState("");

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const body: Record<string, string> = {};
    for (const name of ["text", "publishedAt", "title", "publisher", "url"]) {
      const value = String(data.get(name) ?? "").trim();
      if (value) body[name] = value;
    }
    setError(null);
    setNotice("");
    startTransition(async () => {
      try {
        const stored = await sendJson<Stored>("POST", "/api/sources", body);
        setNotice(
          stored.created
            ? `Stored, with ${stored.proposed?.length ?? 0} proposed facts. Opening it…`
            : `This text was already stored (dispatch ${stored.sourceId}). Opening it…`,
        );
        router.push(`/review/${stored.sourceId}${stored.created ? "" : "?stored=before"}`);
      } catch (err) {
        setError({ message: err instanceof Error ? err.message : "Could not store the dispatch.", field: err instanceof ReviewApiError ? err.parameter : undefined });
      }
    });
  };

  const invalid = (name: string) => (error?.field === name ? true : undefined);
  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(e) => {
        e.preventDefault();
        submit(e.currentTarget);
      }}
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Paste a new dispatch
      </h2>
      <div className="grid gap-1">
        <label htmlFor={`${id}-text`} className="text-sm font-medium">
          Text of the dispatch <span aria-hidden="true">*</span>
        </label>
        <textarea
          id={`${id}-text`}
          name="text"
          required
          minLength={40}
          rows={8}
          disabled={pending}
          aria-invalid={invalid("text")}
          className={`${INPUT_CLASS} h-auto py-1.5 leading-relaxed`}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <LabelledInput id={`${id}-publishedAt`} label="Published on" mark name="publishedAt" type="date" required disabled={pending} error={error} />
        {FIELDS.map((f) => (
          <LabelledInput key={f.name} id={`${id}-${f.name}`} label={f.label} hint={f.hint} name={f.name} type={f.type} disabled={pending} error={error} />
        ))}
      </div>
      <FormFooter pending={pending} label="Store and extract facts" pendingLabel="Extracting facts…" notice={notice} error={error} />
    </form>
  );
}
