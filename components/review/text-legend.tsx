import { MARK_CLASS } from "./review-text";

/** What the highlights mean, in words, and how to add a fact. */
export function TextLegend() {
  return (
    <div className="mb-3 rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <span>Highlights:</span>
        <span>
          <mark className={`rounded-sm px-1 text-slate-900 dark:text-slate-100 ${MARK_CLASS.proposed}`}>dashed</mark> to review
        </span>
        <span>
          <mark className={`rounded-sm px-1 text-slate-900 dark:text-slate-100 ${MARK_CLASS.verified}`}>solid</mark> verified
        </span>
        <span>
          <mark className={`rounded-sm px-1 text-slate-900 dark:text-slate-100 ${MARK_CLASS.rejected}`}>struck</mark> rejected
        </span>
      </p>
      <p className="mt-1">Click a highlight or its number to edit the fact. Select text to add a fact from it.</p>
    </div>
  );
}
