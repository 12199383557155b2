"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { ApiFact } from "@/lib/facts/fact-row";
import type { Revision } from "@/lib/review/get-revisions";
import { isQuoteRangeValid } from "@/lib/sources/highlight-segments";
import { FactForm, factFormId } from "./fact-form";
import { kindLabel } from "@/lib/vocabulary/labels";
import { NewFactPanel } from "./new-fact-panel";
import { ReviewText, type MarkedFact } from "./review-text";
import { SelectionBar } from "./selection-bar";
import { TextLegend } from "./text-legend";
import { toParagraphPieces } from "@/lib/sources/text-pieces";
import { useTextSelection, type TextRange } from "./use-text-selection";
import { VerifyAllButton } from "./verify-all-button";

interface Props {
  source: { id: number; text: string; publishedAt: string; language: string };
  facts: ApiFact[];
  revisions: Revision[];
}

const isPlaced = (text: string, f: ApiFact) => isQuoteRangeValid(text, f) && text.slice(f.start, f.end) === f.quote;

/** The country most facts of this dispatch name: a fair default for a fact added by hand. */
function usualCountry(facts: ApiFact[]): string {
  const tally = new Map<string, number>();
  for (const f of facts) tally.set(f.country, (tally.get(f.country) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/** The review workspace: the text with its quotes marked beside one editable form per fact. */
export function ReviewWorkspace({ source, facts, revisions }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const [activeFactId, setActiveFactId] = useState<number | null>(null);
  const [adding, setAdding] = useState<TextRange | null>(null);
  // The fact to take the reviewer to once the refreshed list holds it (a ref: setting it must not re-render).
  const focusAfterRefresh = useRef<number | null>(null);
  const [selection, setSelection] = useTextSelection(textRef, source.text);

  const placed = useMemo(() => facts.filter((f) => isPlaced(source.text, f)), [facts, source.text]);
  const paragraphs = useMemo(() => toParagraphPieces(source.text, placed), [source.text, placed]);
  const marked = useMemo(
    () => new Map<number, MarkedFact>(facts.map((f, i) => [f.id, { id: f.id, number: i + 1, status: f.status, label: `${kindLabel(f.kind)}, ${f.date}${f.place ? `, ${f.place}` : ""}` }])),
    [facts],
  );
  const revisionsOf = useMemo(() => {
    const byFact = new Map<number, Revision[]>();
    for (const r of revisions) byFact.set(r.factId, [...(byFact.get(r.factId) ?? []), r]);
    return byFact;
  }, [revisions]);
  const proposed = facts.filter((f) => f.status === "proposed").map((f) => ({ id: f.id, number: marked.get(f.id)!.number }));
  const counts = { proposed: proposed.length, verified: facts.filter((f) => f.status === "verified").length, rejected: facts.filter((f) => f.status === "rejected").length };

  const goToForm = (id: number) => {
    setActiveFactId(id);
    const form = document.getElementById(factFormId(id));
    form?.scrollIntoView({ block: "start" });
    form?.focus({ preventScroll: true });
  };
  const showInText = (id: number) => {
    setActiveFactId(id);
    const mark = textRef.current?.querySelector(`mark[data-facts~="${id}"]`);
    mark?.scrollIntoView({ block: "center" });
    textRef.current?.querySelector<HTMLElement>(`[data-fact-number="${id}"]`)?.focus({ preventScroll: true });
  };

  // A fact added from a selection arrives with the refreshed data: take the reviewer to it.
  useEffect(() => {
    const id = focusAfterRefresh.current;
    if (id !== null && facts.some((f) => f.id === id)) {
      focusAfterRefresh.current = null;
      goToForm(id);
    }
  }, [facts]);

  return (
    <div className={`mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,30rem)] ${selection && !adding ? "pb-28" : ""}`}>
      <section aria-labelledby="text-heading" lang={source.language} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
        <h2 id="text-heading" className="sr-only">
          Text of the dispatch
        </h2>
        <TextLegend />
        <ReviewText paragraphs={paragraphs} facts={marked} activeFactId={activeFactId} onFactClick={goToForm} rootRef={textRef} />
      </section>

      <section aria-labelledby="facts-heading" className="grid content-start gap-3">
        <div>
          <h2 id="facts-heading" className="text-lg font-semibold">
            Facts ({facts.length})
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {counts.proposed} to review · {counts.verified} verified · {counts.rejected} rejected
          </p>
        </div>
        <VerifyAllButton facts={proposed} />
        {adding && (
          <NewFactPanel
            key={`${adding.start}-${adding.end}`}
            sourceId={source.id}
            start={adding.start}
            end={adding.end}
            quote={source.text.slice(adding.start, adding.end)}
            defaultDate={source.publishedAt}
            defaultCountry={usualCountry(facts)}
            onCancel={() => setAdding(null)}
            onCreated={(fact) => {
              setAdding(null);
              focusAfterRefresh.current = fact.id;
            }}
          />
        )}
        {facts.length === 0 && !adding && (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            No facts are stored from this dispatch. Select a sentence in the text to add one.
          </p>
        )}
        <ol className="grid gap-3">
          {facts.map((fact) => (
            <li key={fact.id}>
              <FactForm
                fact={fact}
                number={marked.get(fact.id)!.number}
                revisions={revisionsOf.get(fact.id) ?? []}
                placed={placed.includes(fact)}
                active={activeFactId === fact.id}
                onShowInText={showInText}
              />
            </li>
          ))}
        </ol>
      </section>

      {selection && !adding && (
        <SelectionBar
          quote={source.text.slice(selection.start, selection.end)}
          onAdd={() => {
            setAdding(selection);
            setSelection(null);
            // The panel shows the quote; a selection left in the text would offer it again.
            document.getSelection()?.removeAllRanges();
          }}
          onClear={() => {
            setSelection(null);
            document.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </div>
  );
}
