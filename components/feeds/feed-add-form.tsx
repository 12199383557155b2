"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { BUTTON } from "../review/button-styles";
import { INPUT_CLASS } from "../review/fact-fields";
import { ReviewApiError, sendJson } from "../review/send-json";

/** Follow a new feed: its address and an optional name. */
export function FeedAddForm() {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const body: Record<string, string> = { url: String(data.get("url") ?? "").trim() };
    const name = String(data.get("name") ?? "").trim();
    if (name) body.name = name;
    setError(null);
    startTransition(async () => {
      try {
        await sendJson("POST", "/api/feeds", body);
        form.reset();
        router.refresh();
      } catch (err) {
        setError({ message: err instanceof Error ? err.message : "Could not add the feed.", field: err instanceof ReviewApiError ? err.parameter : undefined });
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
        Follow a feed
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-1">
          <label htmlFor={`${id}-url`} className="text-sm font-medium">
            Feed address <span className="font-normal text-slate-600 dark:text-slate-400">(RSS, Atom or JSON Feed)</span>
          </label>
          <input id={`${id}-url`} name="url" type="url" required placeholder="https://example.org/feed.xml" disabled={pending} aria-invalid={error?.field === "url" ? true : undefined} className={INPUT_CLASS} />
        </div>
        <div className="grid content-start gap-1">
          <label htmlFor={`${id}-name`} className="text-sm font-medium">
            Name <span className="font-normal text-slate-600 dark:text-slate-400">(optional; the host when empty)</span>
          </label>
          <input id={`${id}-name`} name="name" type="text" maxLength={100} disabled={pending} aria-invalid={error?.field === "name" ? true : undefined} className={INPUT_CLASS} />
        </div>
      </div>
      <div>
        <button type="submit" className={BUTTON.primary} disabled={pending}>
          {pending ? "Adding…" : "Follow"}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error.message}
        </p>
      )}
    </form>
  );
}
