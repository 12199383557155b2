"use client";

import { BUTTON } from "@/components/review/button-styles";
import { sendJson } from "@/components/review/send-json";
import { useReviewAction } from "@/components/review/use-review-action";

/** One admin write (disable an account, revoke a session) as a button, with the server's answer in words. */
export function AdminActionButton({ method, url, body, label, done, danger = false }: { method: "PATCH" | "DELETE"; url: string; body?: unknown; label: string; done: string; danger?: boolean }) {
  const { pending, error, notice, run } = useReviewAction();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" disabled={pending} onClick={() => run(() => sendJson(method, url, body), () => done)} className={`${danger ? BUTTON.reject : BUTTON.secondary} h-8`}>
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {notice}
      </span>
      {error && (
        <span role="alert" className="text-xs text-red-800 dark:text-red-300">
          {error.message}
        </span>
      )}
    </span>
  );
}
