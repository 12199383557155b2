import type { Provider } from "../db/dialect";
import { join, sql, type Sql } from "../db/sql";
import { effectiveStatuses, type FactFilters } from "./filters";

/**
 * How the country condition finds its facts:
 * - "list": collect the ids of the country's facts from the FactParty index, then filter (and
 *   sort) those; fast when the country has few facts.
 * - "probe": walk the facts in the order wanted and look each one up in FactParty's primary
 *   key; fast for a page of a country that most facts involve, where "list" would sort a million ids.
 * Neither planner gets this right by itself (see lib/facts/country-match.ts): SQLite always
 * lists, PostgreSQL assumes kind and country are independent and probes a million facts for
 * "injuries in Romania", which has none. Without a choice the planner decides.
 */
export type CountryMatch = "list" | "probe";

export interface CountryMatchChoice {
  match: CountryMatch;
  provider: Provider;
}

/**
 * The WHERE clause for a filter set, over the Fact table aliased as `f`. A country matches a
 * fact where it is the location or a party to it (attacker, claimant, donor, recipient);
 * `role` narrows that to some roles. The FactParty index makes this one lookup.
 */
export function factWhereSql(filters: FactFilters, extra: Sql[] = [], options: { countryMatch?: CountryMatchChoice; statusIndexed?: boolean } = {}): Sql {
  const { countryMatch } = options;
  // SQLite's unary + keeps the planner off indexes led by status (see lib/facts/fact-export.ts).
  const status = options.statusIndexed === false ? sql`+f."status"` : sql`f."status"`;
  const conditions: Sql[] = [sql`${status} IN (${join([...effectiveStatuses(filters)])})`];
  if (filters.kind?.length) conditions.push(sql`f."kind" IN (${join(filters.kind)})`);
  if (filters.from) conditions.push(sql`f."date" >= ${filters.from}`);
  if (filters.to) conditions.push(sql`f."date" <= ${filters.to}`);
  if (filters.country?.length) {
    const role = filters.role?.length ? sql` AND p."role" IN (${join(filters.role)})` : sql``;
    const party = sql`p."country" IN (${join(filters.country)})${role}`;
    const parties = sql`SELECT p."factId" FROM "FactParty" p WHERE ${party}`;
    if (countryMatch?.match === "probe") {
      conditions.push(sql`EXISTS (SELECT 1 FROM "FactParty" p WHERE p."factId" = f."id" AND ${party})`);
    } else if (countryMatch?.match === "list" && countryMatch.provider === "postgresql") {
      // An ARRAY(subquery) is computed once, before the scan: PostgreSQL cannot turn it into a probe.
      conditions.push(sql`f."id" = ANY(ARRAY(${parties}))`);
    } else {
      conditions.push(sql`f."id" IN (${parties})`);
    }
  }
  return join([...conditions, ...extra], " AND ");
}
