"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ReviewApiError } from "./send-json";

export interface ActionError {
  message: string;
  /** The field the server named, to mark its input. */
  field?: string;
}

/**
 * Runs one write, then reloads the server's data (status, revisions) with router.refresh().
 * Keeps the outcome for the form to say in words: a notice on success, the server's error otherwise.
 */
export function useReviewAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState("");

  function run<T>(send: () => Promise<T>, done: (result: T) => string | void) {
    setError(null);
    setNotice("");
    startTransition(async () => {
      try {
        const result = await send();
        setNotice(done(result) ?? "");
        router.refresh();
      } catch (err) {
        const message = err instanceof Error ? err.message : "Something went wrong.";
        setError({ message, field: err instanceof ReviewApiError ? err.parameter : undefined });
      }
    });
  }

  return { pending, error, notice, run, setError, setNotice };
}
