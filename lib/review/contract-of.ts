import { KIND_FIELDS, type ContractFact } from "../facts/contract";
import { factField } from "../facts/api-fact";
import type { ApiFact } from "../facts/fact-row";

/** An API fact back in contract shape (its kind's fields only), for merging an edit into it. */
export function contractOf(fact: ApiFact): Record<string, unknown> {
  const base: Record<string, unknown> = {
    kind: fact.kind,
    date: fact.date,
    country: fact.country,
    place: fact.place,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    confidence: fact.confidence,
  };
  for (const field of KIND_FIELDS[fact.kind]) base[field] = factField(fact, field) ?? null;
  return base as Partial<ContractFact>;
}
