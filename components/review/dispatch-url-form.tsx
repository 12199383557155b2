"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormFooter, LabelledInput, type FormError } from "./form-parts";
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
  const [error, setError] = useState<FormError | null>(null);
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
        <LabelledInput id={`${id}-url`} label="Article address" mark name="url" type="url" required placeholder="https://…" disabled={pending} error={error} />
        <LabelledInput id={`${id}-publishedAt`} label="Publication day" hint="used when the page states none" name="publishedAt" type="date" disabled={pending} error={error} />
      </div>
      <FormFooter pending={pending} label="Fetch and extract facts" pendingLabel="Reading the page…" notice={notice} error={error} />
    </form>
  );
}
