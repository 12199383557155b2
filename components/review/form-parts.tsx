import type { InputHTMLAttributes } from "react";
import { BUTTON } from "./button-styles";
import { INPUT_CLASS } from "./fact-fields";

/** A form's error as the server named it: the message, and the field to mark invalid. */
export interface FormError {
  message: string;
  field?: string;
}

/** A labelled input with its hint, marked invalid when the server's error names it. */
export function LabelledInput({ id, label, hint, mark, error, ...input }: { id: string; label: string; hint?: string; /** Shows the "required" asterisk. */ mark?: boolean; error: FormError | null } & InputHTMLAttributes<HTMLInputElement> & { name: string }) {
  return (
    <div className="grid content-start gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label} {mark && <span aria-hidden="true">*</span>}
        {hint && <span className="font-normal text-slate-600 dark:text-slate-400">({hint})</span>}
      </label>
      <input id={id} aria-invalid={error?.field === input.name ? true : undefined} className={INPUT_CLASS} {...input} />
    </div>
  );
}

/** The end of every write form: its button, a status line for what happened, and the error. */
export function FormFooter({ pending, label, pendingLabel, notice, error }: { pending: boolean; label: string; pendingLabel: string; notice?: string | null; error: FormError | null }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON.primary} disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
        {notice !== undefined && (
          <p role="status" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">
            {notice}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error.message}
        </p>
      )}
    </>
  );
}
