import { join, sql, type Sql } from "../db/sql";
import { effectiveStatuses, type FactFilters } from "./filters";

/**
 * The WHERE clause for a filter set, over the Fact table aliased as `f`. A country matches a
 * fact where it is the location or a party to it (attacker, claimant, donor, recipient);
 * `role` narrows that to some roles. The FactParty index makes this one lookup.
 */
export function factWhereSql(filters: FactFilters, extra: Sql[] = []): Sql {
  const conditions: Sql[] = [sql`f."status" IN (${join([...effectiveStatuses(filters)])})`];
  if (filters.kind?.length) conditions.push(sql`f."kind" IN (${join(filters.kind)})`);
  if (filters.from) conditions.push(sql`f."date" >= ${filters.from}`);
  if (filters.to) conditions.push(sql`f."date" <= ${filters.to}`);
  if (filters.country?.length) {
    const role = filters.role?.length ? sql` AND p."role" IN (${join(filters.role)})` : sql``;
    conditions.push(
      sql`f."id" IN (SELECT p."factId" FROM "FactParty" p WHERE p."country" IN (${join(filters.country)})${role})`,
    );
  }
  return join([...conditions, ...extra], " AND ");
}
