import type { Metadata } from "next";
import { factField } from "@/lib/facts/api-fact";
import Link from "next/link";
import { FactProvenance } from "@/components/sources/fact-provenance";
import { getRevisions } from "@/lib/review/get-revisions";
import { getCorroboration } from "@/lib/sources/get-corroboration";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { formatBucket, formatCompact, formatEur, formatNumber } from "@/components/charts/format";
import { countryName } from "@/lib/countries/country-names";
import { getDb } from "@/lib/db/client";
import type { ApiFact } from "@/lib/facts/fact-row";
import { getSource, sourceIdParam, type SourceDetail } from "@/lib/sources/get-source";
import { highlightSegments, isQuoteRangeValid, type TextSegment } from "@/lib/sources/highlight-segments";

// Facts are verified and rejected while the site runs: always read the database.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

/** Metadata and page share one read per request. */
const loadSource = cache(async (rawId: string): Promise<SourceDetail> => {
  const id = sourceIdParam.safeParse(rawId);
  const source = id.success ? await getSource(getDb(), id.data) : null;
  if (!source) notFound();
  return source;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadSource((await params).id)).title };
}

// ---- How a fact reads: "Injury: 24 injured, Sevastopol (Crimea), 2023-09-13 (verified)" ----

const KIND_LABELS: Record<ApiFact["kind"], string> = { injury: "Injury", drone: "Drones", aid: "Aid", shelter: "Shelters" };
const STATUS_LABELS: Record<ApiFact["status"], string> = { verified: "verified", proposed: "unverified", rejected: "rejected" };
const num = (fact: ApiFact, field: string) => { const v = factField(fact, field); return typeof v === "number" ? v : null; };
const str = (fact: ApiFact, field: string) => { const v = factField(fact, field); return typeof v === "string" ? v : null; };

/** The numbers as the dispatch states them, e.g. "6 injured, 3 seriously" or "25 of 40 drones shot down". */
function factNumbers(fact: ApiFact): string {
  const count = num(fact, "count");
  switch (fact.kind) {
    case "injury": {
      const [serious, killed] = [num(fact, "serious"), num(fact, "killed")];
      return [`${formatNumber(num(fact, "injured"))} injured`, serious !== null && `${formatNumber(serious)} seriously`, killed !== null && `${formatNumber(killed)} killed`].filter(Boolean).join(", ");
    }
    case "drone": {
      const launched = num(fact, "launched");
      const outcome = (str(fact, "outcome") ?? "").replace("_", " ");
      return `${launched !== null ? `${formatNumber(count)} of ${formatNumber(launched)}` : formatNumber(count)} drones ${outcome}`.trim();
    }
    case "aid": {
      const [amount, currency, category] = [num(fact, "amount"), str(fact, "currency") ?? "", str(fact, "category")];
      const money = amount === null ? "amount not stated" : `${currency} ${formatCompact(amount)}${currency === "EUR" ? "" : ` (${formatEur(num(fact, "amountEur"))})`}`;
      return category ? `${money}, ${category}` : money;
    }
    case "shelter": {
      const size = ["lengthM", "widthM", "heightM"].map((f) => num(fact, f));
      const dims = size.some((v) => v !== null) ? `, ${size.map((v) => (v === null ? "?" : formatNumber(v))).join(" × ")} m` : "";
      return `${formatNumber(count)} ${count === 1 ? "shelter" : "shelters"}${dims}`;
    }
  }
}

/** Who the number is about or whose claim it is: a claim stays attributed to its claimant. */
function factParty(fact: ApiFact): string | null {
  const party = (field: string) => str(fact, field) && countryName(str(fact, field)!);
  switch (fact.kind) {
    case "injury":
      return party("attacker") && `attack by ${party("attacker")}`;
    case "drone":
      return party("claimant") && `claimed by ${party("claimant")}`;
    case "aid":
      return [party("donor") ?? countryName(fact.country), party("recipient")].filter(Boolean).join(" to ");
    case "shelter":
      return null;
  }
}

/** Where it happened; aid without a place is named by its donor, which factParty already shows. */
function factPlace(fact: ApiFact): string | null {
  if (!fact.place) return fact.kind === "aid" ? null : countryName(fact.country);
  return fact.region ? `${fact.place} (${fact.region})` : fact.place;
}

function describeFact(fact: ApiFact): string {
  const party = factParty(fact);
  const place = factPlace(fact);
  return `${KIND_LABELS[fact.kind]}: ${factNumbers(fact)}${party ? ` (${party})` : ""}${place ? `, ${place}` : ""}, ${fact.date} (${STATUS_LABELS[fact.status]})`;
}

// ---- The text, with each quote marked ----

/** A quote is marked only where the text still says it; otherwise the list says so. */
const isPlaced = (text: string, fact: ApiFact) => isQuoteRangeValid(text, fact) && text.slice(fact.start, fact.end) === fact.quote;

interface Piece extends Pick<TextSegment, "text" | "factIds"> {
  /** Facts whose quote begins here: the first names the mark, the others get their own anchor. */
  starts: number[];
  /** Facts whose quote ends here. */
  ends: number[];
}

/** Segments → paragraphs at each line break; where a quote begins or ends moves to the nearest visible piece. */
function toParagraphs(segments: TextSegment[], facts: ApiFact[]): Piece[][] {
  const paragraphs: Piece[][] = [[]];
  let pendingStarts: number[] = [];
  for (const segment of segments) {
    pendingStarts.push(...facts.filter((f) => f.start === segment.start).map((f) => f.id));
    let last: Piece | undefined;
    segment.text.split("\n").forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text === "") return;
      last = { text, factIds: segment.factIds, starts: pendingStarts, ends: [] };
      paragraphs.at(-1)!.push(last);
      pendingStarts = [];
    });
    if (last) last.ends = facts.filter((f) => f.end === segment.end).map((f) => f.id);
  }
  return paragraphs.filter((p) => p.length > 0);
}

const RANK: Record<ApiFact["status"], number> = { verified: 2, proposed: 1, rejected: 0 };
// globals.css gives every mark its amber, so changing it here needs "!".
const MARK_BY_STATUS: Record<ApiFact["status"], string> = {
  verified: "",
  proposed: "underline decoration-amber-700 decoration-dashed underline-offset-4 dark:decoration-amber-300",
  rejected: "bg-slate-200! text-slate-600! dark:bg-slate-700/60! dark:text-slate-300!",
};

function markClass(piece: Piece, best: ApiFact["status"], joinLeft: boolean, joinRight: boolean): string {
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

function QuotePiece({ piece, facts, joinLeft, joinRight }: { piece: Piece; facts: Map<number, ApiFact>; joinLeft: boolean; joinRight: boolean }) {
  if (piece.factIds.length === 0) return piece.text;
  const covering = piece.factIds.map((id) => facts.get(id)!);
  const best = covering.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a)).status;
  const [named, ...others] = piece.starts;
  return (
    <>
      {others.map((id) => (
        <span key={id} id={`fact-${id}`} className="scroll-mt-4" />
      ))}
      <mark
        id={named === undefined ? undefined : `fact-${named}`}
        className={markClass(piece, best, joinLeft, joinRight)}
        data-facts={piece.factIds.join(" ")}
        data-starts={piece.starts.join(" ") || undefined}
        data-ends={piece.ends.join(" ") || undefined}
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

function DispatchText({ text, facts }: { text: string; facts: ApiFact[] }) {
  const placed = facts.filter((f) => isPlaced(text, f));
  const paragraphs = toParagraphs(highlightSegments(text, placed), placed);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const isMark = (piece: Piece | undefined) => (piece?.factIds.length ?? 0) > 0;
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

// ---- The facts beside the text ----

const BADGE: Record<ApiFact["status"], string> = {
  verified: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  proposed: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  rejected: "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200",
};

function FactItem({ fact, placed }: { fact: ApiFact; placed: boolean }) {
  const rejected = fact.status === "rejected";
  const party = factParty(fact);
  const place = factPlace(fact);
  const body: ReactNode = (
    <>
      <span className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{KIND_LABELS[fact.kind]}</span>
        <span className={`rounded px-1.5 py-0.5 font-medium ${BADGE[fact.status]}`}>{STATUS_LABELS[fact.status]}</span>
        <span className="text-slate-500 dark:text-slate-400">confidence {Math.round(fact.confidence * 100)}%</span>
      </span>
      <span className={`mt-1 block font-medium ${rejected ? "text-slate-500 line-through dark:text-slate-400" : ""}`}>{factNumbers(fact)}</span>
      <span className={`block text-sm ${rejected ? "text-slate-500 dark:text-slate-500" : "text-slate-600 dark:text-slate-400"}`}>
        {party && <span className="block">{party[0]?.toUpperCase() + party.slice(1)}</span>}
        {place && `${place} · `}
        <time dateTime={fact.date}>{formatBucket(fact.date, "day")}</time>
      </span>
    </>
  );
  return (
    <li className={`rounded-md border border-slate-200 dark:border-slate-800 ${rejected ? "opacity-75" : ""}`}>
      <span id={`fact-description-${fact.id}`} hidden>
        {describeFact(fact)}
      </span>
      {placed ? (
        <a href={`#fact-${fact.id}`} className="block rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
          {body}
        </a>
      ) : (
        <div className="p-2">
          {body}
          <span className="mt-1 block text-xs text-red-800 dark:text-red-300">Its quote is not at offsets {fact.start}–{fact.end} of this text: “{fact.quote}”</span>
        </div>
      )}
    </li>
  );
}

/** Only http(s) addresses become links: a stored "javascript:" URL must never be clickable. */
function webUrl(url: string | null): string | null {
  const parsed = url && URL.canParse(url) ? new URL(url) : null;
  return parsed && (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
}

export default async function SourcePage({ params }: { params: Params }) {
  const source = await loadSource((await params).id);
  const factIds = source.facts.map((f) => f.id);
  const [revisions, corroboration] = await Promise.all([getRevisions(getDb(), factIds), getCorroboration(getDb(), source.id, factIds)]);
  const link = webUrl(source.url);
  const counts = Object.entries(STATUS_LABELS)
    .map(([status, label]) => [source.facts.filter((f) => f.status === status).length, label] as const)
    .filter(([n]) => n > 0);
  return (
    <article className="py-4">
      <Link href="/sources" className="text-sm text-blue-800 hover:underline dark:text-blue-300">
        ← All sources
      </Link>
      <header className="mt-2 max-w-prose">
        <h1 className="text-2xl font-semibold leading-tight tracking-tight">{source.title}</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {source.publisher ?? "Publisher not recorded"} · Published <time dateTime={source.publishedAt}>{formatBucket(source.publishedAt, "day")}</time>
          {" · "}
          {link ? (
            <a href={link} rel="noopener noreferrer" target="_blank" className="text-blue-800 underline dark:text-blue-300">
              Original article<span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : source.url ? (
            <span className="[overflow-wrap:anywhere]">Original at “{source.url}” (not a web address, so not linked)</span>
          ) : (
            "No link to the original"
          )}
        </p>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Last updated <time dateTime={source.lastUpdated}>{source.lastUpdated.slice(0, 16).replace("T", " ")} UTC</time>
        </p>
      </header>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Text of the dispatch" lang={source.language}>
          <DispatchText text={source.text} facts={source.facts} />
        </section>
        <aside aria-labelledby="facts-heading" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id="facts-heading" className="font-semibold">
            Facts from this dispatch
          </h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{counts.length ? counts.map(([n, label]) => `${n} ${label}`).join(" · ") : "None extracted yet."}</p>
          <ol className="grid gap-2">
            {source.facts.map((fact) => (
              <FactItem key={fact.id} fact={fact} placed={isPlaced(source.text, fact)} />
            ))}
          </ol>
        </aside>
      </div>
      <FactProvenance revisions={revisions} {...corroboration} />
    </article>
  );
}
