"use client";

import { memo, type RefObject } from "react";
import type { FactStatus } from "@/lib/facts/contract";
import { STATUS_TEXT } from "./status-badge";
import type { TextPiece } from "@/lib/sources/text-pieces";

export interface MarkedFact {
  id: number;
  number: number;
  status: FactStatus;
  label: string;
}

interface Props {
  paragraphs: TextPiece[][];
  facts: Map<number, MarkedFact>;
  activeFactId: number | null;
  onFactClick: (id: number) => void;
  rootRef: RefObject<HTMLDivElement | null>;
}

// A reviewer's eye goes to what still needs review first.
const RANK: Record<FactStatus, number> = { proposed: 0, verified: 1, rejected: 2 };

/** Status shows in the line as well as the color: dashed = to review, solid = verified, struck = rejected. */
export const MARK_CLASS: Record<FactStatus, string> = {
  proposed: "bg-amber-100 underline decoration-amber-600 decoration-dashed decoration-2 underline-offset-4 dark:bg-amber-400/20 dark:decoration-amber-300",
  verified: "bg-emerald-100 underline decoration-emerald-700 decoration-solid decoration-1 underline-offset-4 dark:bg-emerald-400/20 dark:decoration-emerald-300",
  rejected: "bg-slate-200 line-through decoration-slate-500 dark:bg-slate-700/70 dark:decoration-slate-400",
};

function Piece({ piece, facts, activeFactId, onFactClick }: { piece: TextPiece } & Omit<Props, "paragraphs" | "rootRef">) {
  const numbers = piece.startsFacts.map((id) => facts.get(id)).filter((f): f is MarkedFact => !!f);
  const covering = piece.factIds
    .map((id) => facts.get(id))
    .filter((f): f is MarkedFact => !!f)
    .sort((a, b) => RANK[a.status] - RANK[b.status]);
  const first = covering[0];
  return (
    <>
      {numbers.map((f) => (
        <button
          key={f.id}
          type="button"
          data-fact-number={f.id}
          onClick={() => onFactClick(f.id)}
          aria-label={`Fact ${f.number}, ${STATUS_TEXT[f.status].toLowerCase()}: go to its form`}
          className="mx-0.5 inline-flex h-5 min-w-5 select-none items-center justify-center rounded-full bg-slate-700 px-1 align-[0.2em] text-[0.7rem] font-semibold leading-none text-white hover:bg-blue-700 dark:bg-slate-300 dark:text-slate-900"
        >
          {f.number}
        </button>
      ))}
      {first ? (
        <mark
          data-start={piece.start}
          data-facts={piece.factIds.join(" ")}
          title={covering.map((f) => `Fact ${f.number} (${STATUS_TEXT[f.status].toLowerCase()}): ${f.label}`).join("\n")}
          onClick={() => {
            // A drag that selects text ends with a click; only a plain click opens the form.
            if (window.getSelection()?.isCollapsed !== false) onFactClick(first.id);
          }}
          className={`cursor-pointer rounded-sm px-px text-slate-900 dark:text-slate-100 ${MARK_CLASS[first.status]} ${
            piece.factIds.includes(activeFactId ?? -1) ? "outline-2 outline-offset-1 outline-blue-600 dark:outline-blue-400" : ""
          }`}
        >
          {piece.text}
        </mark>
      ) : (
        <span data-start={piece.start}>{piece.text}</span>
      )}
    </>
  );
}

/**
 * The dispatch text with every quote highlighted. Every run of text sits in an element carrying
 * its offset (data-start), so a selection maps back to the stored text exactly.
 */
export const ReviewText = memo(function ReviewText({ paragraphs, rootRef, ...rest }: Props) {
  return (
    <div ref={rootRef} className="max-w-prose break-words text-base leading-loose">
      {paragraphs.map((pieces, i) => (
        <p key={i} className="mb-3">
          {pieces.map((piece) => (
            <Piece key={piece.start} piece={piece} {...rest} />
          ))}
        </p>
      ))}
    </div>
  );
});
