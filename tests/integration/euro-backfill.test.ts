import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { backfillEuroValues } from "@/lib/rates/backfill-euro-values";
import { parseEcbHistory } from "@/lib/rates/ecb-history";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

/** A database filled before rates shipped gets euro values for its aid, and the charts' rollups follow. */

const RATES = parseEcbHistory(`Date,USD,NOK,RUB,
2023-09-08,1.0704,11.4590,N/A,
2022-03-01,1.1139,11.1123,117.2930,
`);

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createMigratedDatabase();
  db = getDb(tdb.url);
  const source = await db.source.create({ data: { title: "Aid roundup", text: "Norway pledges.", publishedAt: "2023-09-08", contentHash: "euro-backfill" } });
  const aid = (amount: number, currency: string, date: string) =>
    db.fact.create({ data: { kind: "aid", date, country: "NO", sourceId: source.id, quote: "Norway pledges.", start: 0, end: 15, status: "verified", confidence: 1, amount, currency, donor: "NO", recipient: "UA" } });
  await aid(1_145_900, "NOK", "2023-09-08");
  await aid(1_000, "RUB", "2023-09-08");
}, 60_000);
afterAll(() => tdb.cleanup());

describe("backfillEuroValues", () => {
  it("converts what the ECB covers, records rate and day, and says why the rest stays unconverted", async () => {
    const result = await backfillEuroValues(db, RATES);
    expect(result).toEqual({ converted: 1, unconverted: { "the ECB stopped publishing RUB after 2022-03-01": 1 } });
    const nok = await db.fact.findFirstOrThrow({ where: { currency: "NOK" } });
    expect([nok.amountEur, nok.rateUsed, nok.rateDate]).toEqual([100_000, 11.459, "2023-09-08"]);
    const rub = await db.fact.findFirstOrThrow({ where: { currency: "RUB" } });
    expect(rub.amountEur).toBeNull();
  });

  it("is idempotent: a second run converts nothing", async () => {
    expect((await backfillEuroValues(db, RATES)).converted).toBe(0);
  });
});
