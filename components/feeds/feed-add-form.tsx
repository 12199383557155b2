"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormFooter, LabelledInput, type FormError } from "../review/form-parts";
import { ReviewApiError, sendJson } from "../review/send-json";

/** Follow a new feed: its address and an optional name. */
export function FeedAddForm() {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<FormError | null>(null);

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
        <LabelledInput id={`${id}-url`} label="Feed address" hint="RSS, Atom or JSON Feed" name="url" type="url" required placeholder="https://example.org/feed.xml" disabled={pending} error={error} />
        <LabelledInput id={`${id}-name`} label="Name" hint="optional; the host when empty" name="name" type="text" maxLength={100} disabled={pending} error={error} />
      </div>
      <FormFooter pending={pending} label="Follow" pendingLabel="Adding…" error={error} />
    </form>
  );
}
