"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { BUTTON } from "./button-styles";
import { INPUT_CLASS } from "./fact-fields";
import { ReviewApiError, sendJson } from "./send-json";

interface Stored {
  sourceId: number;
  created: boolean;
  proposed?: number[];
}

/** Read a dispatch from a web page: the server fetches it, keeps the article's own text and extracts its facts. */
export function DispatchUrlForm() {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [notice, setNotice] = useState("");

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const body: Record<string, string> = { url: String(data.get("url") ?? "").trim() };
    const day = String(data.get("publishedAt") ?? "").trim();
    if (day) body.publishedAt = day;
    setError(null);
    setNotice("");
    startTransition(async () => {
      try {
        const stored = await sendJson<Stored>("POST", "/api/sources", body);
        setNotice(stored.created ? `Read, with ${stored.proposed?.length ?? 0} proposed facts. Opening it…` : `This article was already stored (dispatch ${stored.sourceId}). Opening it…`);
        router.push(`/review/${stored.sourceId}${stored.created ? "" : "?stored=before"}`);
      } catch (err) {
        setError({ message: err instanceof Error ? err.message : "Could not read the page.", field: err instanceof ReviewApiError ? err.parameter : undefined });
      }
    });
  };

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
        Read a dispatch from a web page
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-1">
          <label htmlFor={`${id}-url`} className="text-sm font-medium">
            Article address <span aria-hidden="true">*</span>
          </label>
          <input id={`${id}-url`} name="url" type="url" required placeholder="https://…" disabled={pending} aria-invalid={error?.field === "url" ? true : undefined} className={INPUT_CLASS} />
        </div>
        <div className="grid content-start gap-1">
          <label htmlFor={`${id}-publishedAt`} className="text-sm font-medium">
            Publication day <span className="font-normal text-slate-600 dark:text-slate-400">(used when the page states none)</span>
          </label>
          <input id={`${id}-publishedAt`} name="publishedAt" type="date" disabled={pending} aria-invalid={error?.field === "publishedAt" ? true : undefined} className={INPUT_CLASS} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON.primary} disabled={pending}>
          {pending ? "Reading the page…" : "Fetch and extract facts"}
        </button>
        <p role="status" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">
          {notice}
        </p>
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error.message}
        </p>
      )}
    </form>
  );
}
