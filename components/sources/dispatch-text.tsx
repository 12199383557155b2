import type { ApiFact } from "@/lib/facts/api-fact";
import { describeFact } from "@/components/facts/describe-fact";
import { isQuoteRangeValid } from "@/lib/sources/highlight-segments";
import { toParagraphPieces, type TextPiece } from "@/lib/sources/text-pieces";

/** The dispatch's text with each fact's quote marked, linked to and from the list beside it. */

/** A quote is marked only where the text still says it; otherwise the list says so. */
export const isPlaced = (text: string, fact: ApiFact) => isQuoteRangeValid(text, fact) && text.slice(fact.start, fact.end) === fact.quote;

const RANK: Record<ApiFact["status"], number> = { verified: 2, proposed: 1, rejected: 0 };
// globals.css gives every mark its amber, so changing it here needs "!".
const MARK_BY_STATUS: Record<ApiFact["status"], string> = {
  verified: "",
  proposed: "underline decoration-amber-700 decoration-dashed underline-offset-4 dark:decoration-amber-300",
  rejected: "bg-slate-200! text-slate-600! dark:bg-slate-700/60! dark:text-slate-300!",
};

function markClass(piece: TextPiece, best: ApiFact["status"], joinLeft: boolean, joinRight: boolean): string {
  return [
    "fact-quote scroll-mt-4",
    MARK_BY_STATUS[best],
    piece.factIds.length > 1 && best !== "rejected" && "bg-amber-300! dark:bg-amber-400/50!", // where quotes overlap
    joinLeft && "rounded-l-none! pl-0!", // pieces of one run of quotes read as one highlight
    joinRight && "rounded-r-none! pr-0!",
  ]
    .filter(Boolean)
    .join(" ");
}

function QuotePiece({ piece, facts, joinLeft, joinRight }: { piece: TextPiece; facts: Map<number, ApiFact>; joinLeft: boolean; joinRight: boolean }) {
  if (piece.factIds.length === 0) return piece.text;
  const covering = piece.factIds.map((id) => facts.get(id)!);
  const best = covering.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a)).status;
  const [named, ...others] = piece.startsFacts;
  return (
    <>
      {others.map((id) => (
        <span key={id} id={`fact-${id}`} className="scroll-mt-4" />
      ))}
      <mark
        id={named === undefined ? undefined : `fact-${named}`}
        className={markClass(piece, best, joinLeft, joinRight)}
        data-facts={piece.factIds.join(" ")}
        data-starts={piece.startsFacts.join(" ") || undefined}
        data-ends={piece.endsFacts.join(" ") || undefined}
        title={covering.map(describeFact).join("\n")}
        aria-describedby={piece.factIds.map((id) => `fact-description-${id}`).join(" ")}
      >
        {piece.text}
      </mark>
    </>
  );
}

/**
 * :target outlines only the piece holding the id; a quote split by overlaps is outlined whole,
 * open where it runs on into its next piece.
 */
function targetOutline(facts: ApiFact[]): string {
  const line = "2px solid #2563eb";
  return facts
    .map((f) => {
      const on = `.dispatch-text:has(#fact-${f.id}:target) mark`;
      return `${on}[data-facts~="${f.id}"]{border-block:${line};box-shadow:none}${on}[data-starts~="${f.id}"]{border-left:${line}}${on}[data-ends~="${f.id}"]{border-right:${line}}`;
    })
    .join("");
}

export function DispatchText({ text, facts }: { text: string; facts: ApiFact[] }) {
  const placed = facts.filter((f) => isPlaced(text, f));
  const paragraphs = toParagraphPieces(text, placed);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const isMark = (piece: TextPiece | undefined) => (piece?.factIds.length ?? 0) > 0;
  return (
    <div className="dispatch-text max-w-prose break-words text-base leading-relaxed">
      {placed.length > 0 && <style>{targetOutline(placed)}</style>}
      {paragraphs.map((pieces, i) => (
        <p key={i} className="mb-3">
          {pieces.map((piece, j) => (
            <QuotePiece key={j} piece={piece} facts={byId} joinLeft={isMark(pieces[j - 1])} joinRight={isMark(pieces[j + 1])} />
          ))}
        </p>
      ))}
    </div>
  );
}
