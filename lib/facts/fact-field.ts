import type { ApiFact } from "./api-fact";

/**
 * A field read by name, for code that walks KIND_FIELDS (forms, CSV, the dispatch page): the
 * value where the fact's kind has that field, otherwise undefined. Apart from api-fact.ts so the
 * browser can use it without the zod schema.
 */
export function factField(fact: ApiFact, field: string): string | number | null | undefined {
  return (fact as Record<string, unknown>)[field] as string | number | null | undefined;
}
