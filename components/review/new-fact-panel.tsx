"use client";

import { useEffect, useRef, useState } from "react";
import type { ApiFact } from "@/lib/facts/fact-row";
import { ActionMessage } from "./action-message";
import { BUTTON } from "./button-styles";
import { FactFields } from "./fact-fields";
import { blankDraft, draftKind, payloadOf, type Draft } from "./fact-draft";
import { sendJson } from "./send-json";
import { useReviewAction } from "./use-review-action";

interface Props {
  sourceId: number;
  /** The selection, as offsets into the stored text. */
  start: number;
  end: number;
  quote: string;
  /** Defaults: the dispatch's publication day and the country most of its facts name. */
  defaultDate: string;
  defaultCountry: string;
  onCancel: () => void;
  onCreated: (fact: ApiFact) => void;
}

/** "Add fact from selection": the selected quote and the fact's fields, kind chosen first. */
export function NewFactPanel({ sourceId, start, end, quote, defaultDate, defaultCountry, onCancel, onCreated }: Props) {
  const [draft, setDraft] = useState<Draft>(() => ({ ...blankDraft(defaultDate), country: defaultCountry }));
  const { pending, error, notice, run } = useReviewAction();
  const panelRef = useRef<HTMLElement>(null);
  const kind = draftKind(draft);

  useEffect(() => {
    panelRef.current?.scrollIntoView({ block: "start" });
    panelRef.current?.querySelector<HTMLElement>("select, input")?.focus({ preventScroll: true });
  }, [start, end]);

  const submit = () =>
    run(
      () => sendJson<{ fact: ApiFact }>("POST", "/api/facts", { sourceId, start, end, ...payloadOf(draft) }),
      ({ fact }) => {
        onCreated(fact);
        return "Fact added.";
      },
    );

  return (
    <section
      ref={panelRef}
      aria-labelledby="new-fact-heading"
      className="scroll-mt-4 rounded-lg border-2 border-dashed border-blue-500 bg-blue-50/60 p-3 dark:border-blue-400 dark:bg-blue-950/40"
    >
      <h3 id="new-fact-heading" className="font-semibold">
        Add fact from selection
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Characters {start}–{end} of the text. The fact is stored as verified, with you as its author.
      </p>
      <blockquote className="mt-2 max-h-40 overflow-y-auto whitespace-pre-line border-l-2 border-blue-500 pl-2 text-sm italic">“{quote}”</blockquote>
      <form
        className="mt-3 grid gap-3"
        aria-label="New fact"
        onSubmit={(e) => {
          e.preventDefault();
          if (kind) submit();
        }}
      >
        <FactFields draft={draft} onChange={(f, v) => setDraft((d) => ({ ...d, [f]: v }))} idPrefix="new-fact" invalidField={error?.field} disabled={pending} />
        {!kind && <p className="text-sm text-slate-600 dark:text-slate-400">Choose the kind of fact first; its fields follow.</p>}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={BUTTON.verify} disabled={pending || !kind}>
            Add fact
          </button>
          <button type="button" className={BUTTON.secondary} disabled={pending} onClick={onCancel}>
            Cancel
          </button>
        </div>
        <ActionMessage error={error} notice={notice} pending={pending} pendingText="Adding…" />
      </form>
    </section>
  );
}
