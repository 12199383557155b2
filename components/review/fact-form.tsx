"use client";

import { useMemo, useState } from "react";
import type { FactStatus } from "@/lib/facts/contract";
import type { ApiFact } from "@/lib/facts/fact-row";
import type { Revision } from "@/lib/review/get-revisions";
import { ActionMessage } from "./action-message";
import { BUTTON } from "./button-styles";
import { FactFields } from "./fact-fields";
import { FactHistory } from "./fact-history";
import { draftOf, patchOf, type Draft } from "./fact-draft";
import { kindLabel } from "@/lib/vocabulary/labels";
import { sendJson } from "./send-json";
import { StatusBadge } from "./status-badge";
import { useReviewAction } from "./use-review-action";

interface Props {
  fact: ApiFact;
  /** Its number in this dispatch, shown beside its quote in the text too. */
  number: number;
  revisions: Revision[];
  /** Whether its quote stands at its offsets, so it can be shown in the text. */
  placed: boolean;
  active: boolean;
  onShowInText: (id: number) => void;
}

const BORDER: Record<FactStatus, string> = {
  proposed: "border-l-amber-500",
  verified: "border-l-emerald-600",
  rejected: "border-l-slate-400 dark:border-l-slate-500",
};

const DONE: Record<FactStatus, string> = { verified: "Verified.", rejected: "Rejected.", proposed: "Back to proposed." };

export const factFormId = (id: number) => `review-fact-${id}`;

/** One fact as an editable form: verify, save edits or reject it, with its history below. */
export function FactForm({ fact, number, revisions, placed, active, onShowInText }: Props) {
  const baseline = useMemo(() => draftOf(fact), [fact]);
  const baselineKey = JSON.stringify(baseline);
  const [draft, setDraft] = useState<Draft>(baseline);
  const [seenKey, setSeenKey] = useState(baselineKey);
  // New data from the server (after a save) replaces the draft; a status change alone keeps edits.
  if (seenKey !== baselineKey) {
    setSeenKey(baselineKey);
    setDraft(baseline);
  }
  const { pending, error, notice, run, setError } = useReviewAction();
  const patch = patchOf(baseline, draft);
  const dirty = Object.keys(patch).length > 0;
  const idPrefix = `fact-${fact.id}`;

  const send = (status: FactStatus | null) => {
    const body = status ? { status, ...(status === "verified" ? patch : {}) } : patch;
    const changed = Object.keys(body).filter((k) => k !== "status");
    run(
      () => sendJson("PATCH", `/api/facts/${fact.id}`, body),
      () => [changed.length ? `Saved ${changed.join(", ")}.` : "", status ? DONE[status] : ""].filter(Boolean).join(" "),
    );
  };

  return (
    <article
      id={factFormId(fact.id)}
      tabIndex={-1}
      aria-labelledby={`${idPrefix}-title`}
      className={`scroll-mt-4 rounded-lg border border-l-4 border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900 ${BORDER[fact.status]} ${active ? "ring-2 ring-blue-600" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 id={`${idPrefix}-title`} className="font-semibold">
          Fact {number}: {kindLabel(fact.kind)}
        </h3>
        <StatusBadge status={fact.status} />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Extractor confidence {Math.round(fact.confidence * 100)}%
          {fact.rule ? (
            <>
              {" · rule "}
              <code className="font-mono">{fact.rule}</code>
            </>
          ) : null}
        </span>
        {placed && (
          <button type="button" className={`${BUTTON.link} ml-auto text-xs`} onClick={() => onShowInText(fact.id)}>
            Show in text
          </button>
        )}
      </header>
      <blockquote className="mt-2 border-l-2 border-slate-300 pl-2 text-sm italic text-slate-700 dark:border-slate-600 dark:text-slate-300">“{fact.quote}”</blockquote>
      {!placed && <p className="mt-1 text-xs text-red-800 dark:text-red-300">This quote is not at offsets {fact.start}–{fact.end} of the text, so it is not highlighted.</p>}
      <form
        className="mt-3 grid gap-3"
        aria-label={`Edit fact ${number}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) send(null);
        }}
      >
        <FactFields draft={draft} onChange={(f, v) => setDraft((d) => ({ ...d, [f]: v }))} idPrefix={idPrefix} invalidField={error?.field} disabled={pending} />
        {fact.kind === "aid" && fact.rateUsed !== null && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Converted at {fact.rateUsed} per euro{fact.rateDate !== null ? ` (ECB rate of ${fact.rateDate})` : ""}.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2">
          {fact.status !== "verified" && (
            <button type="button" className={BUTTON.verify} disabled={pending} onClick={() => send("verified")}>
              {dirty ? "Save and verify" : "Verify"}
            </button>
          )}
          <button type="submit" className={BUTTON.primary} disabled={pending || !dirty}>
            Save edits
          </button>
          {fact.status !== "rejected" && (
            <button type="button" className={BUTTON.reject} disabled={pending} onClick={() => send("rejected")}>
              Reject
            </button>
          )}
          {fact.status !== "proposed" && (
            <button type="button" className={BUTTON.secondary} disabled={pending} onClick={() => send("proposed")}>
              Back to proposed
            </button>
          )}
          {dirty && (
            <button
              type="button"
              className={BUTTON.link}
              disabled={pending}
              onClick={() => {
                setDraft(baseline);
                setError(null);
              }}
            >
              Discard edits
            </button>
          )}
        </div>
        <ActionMessage error={error} notice={notice} pending={pending} />
      </form>
      <div className="mt-3 border-t border-slate-200 pt-2 dark:border-slate-800">
        <FactHistory revisions={revisions} headingId={`${idPrefix}-history`} />
      </div>
    </article>
  );
}
