import type { ActionError } from "./use-review-action";

/** The outcome of the last action beside its buttons: the server's error, or what was done. */
export function ActionMessage({ error, notice, pending, pendingText = "Saving…" }: { error: ActionError | null; notice: string; pending: boolean; pendingText?: string }) {
  return (
    <>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error.message}
        </p>
      )}
      <p role="status" className="text-sm text-slate-600 empty:hidden dark:text-slate-300">
        {pending ? pendingText : error ? "" : notice}
      </p>
    </>
  );
}
