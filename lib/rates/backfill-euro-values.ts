import type { Db } from "../db/client";
import type { EcbHistory } from "./ecb-history";
import { euroValue } from "./euro-value";

export interface BackfillResult {
  converted: number;
  /** Amounts still without euros, counted by the reason. */
  unconverted: Record<string, number>;
}

const PAGE = 500;

/**
 * Gives every aid fact that has an amount but no euro value one at the ECB rate of its day,
 * recording the rate and its date. Idempotent: facts with euros are never touched. Pages by id
 * so memory stays flat; the rollup triggers keep the charts' totals in step.
 */
export async function backfillEuroValues(db: Db, history: EcbHistory): Promise<BackfillResult> {
  const result: BackfillResult = { converted: 0, unconverted: {} };
  let afterId = 0;
  for (;;) {
    const facts = await db.fact.findMany({
      where: { kind: "aid", amountEur: null, amount: { not: null }, currency: { not: null }, id: { gt: afterId } },
      select: { id: true, amount: true, currency: true, date: true },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (facts.length === 0) return result;
    afterId = facts.at(-1)?.id ?? afterId;
    const updates = [];
    for (const f of facts) {
      const value = euroValue(f.amount as number, f.currency as string, f.date, history);
      if (value.eur === null) {
        result.unconverted[value.reason] = (result.unconverted[value.reason] ?? 0) + 1;
        continue;
      }
      updates.push(db.fact.update({ where: { id: f.id }, data: { amountEur: value.eur, rateUsed: value.rate, rateDate: value.rateDate } }));
    }
    if (updates.length) await db.$transaction(updates);
    result.converted += updates.length;
  }
}
