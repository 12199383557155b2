import type { Editor } from "../auth/editor";
import { z } from "zod";
import type { Db } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { contractFact } from "../facts/contract";
import { getFactOrThrow } from "../facts/get-fact";
import type { ApiFact } from "../facts/fact-row";
import { storeFact } from "../facts/store-fact";
import { invalidParameter, notFound } from "../http/api-error";
import { resolvePlace } from "../extract";

/** A fact a reviewer marks by selecting its sentence: the quote is cut from the stored text. */
export const newFactBody = z
  .object({
    sourceId: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .passthrough();

export async function createFactFromSelection(db: Db, body: z.infer<typeof newFactBody>, editor: Editor): Promise<ApiFact> {
  const source = await db.source.findUnique({ where: { id: body.sourceId }, select: { id: true, text: true } });
  if (!source) throw notFound(`no source with id ${body.sourceId}`);
  if (body.end <= body.start || body.end > source.text.length) {
    throw invalidParameter("end", `the selection ${body.start}–${body.end} is not inside the dispatch (0–${source.text.length})`);
  }
  const quote = source.text.slice(body.start, body.end);
  const parsed = contractFact.safeParse({ ...body, quote, confidence: 1 });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "fact");
    throw invalidParameter(field, `${field}: ${issue?.message ?? "invalid"}`);
  }
  const place = parsed.data.place ? resolvePlace(parsed.data.place) : null;
  const id = await writeTransaction(db, async (tx) => {
    const fact = await storeFact(tx, source.id, parsed.data, "verified", place ? { lat: place.lat, lon: place.lon } : undefined);
    await tx.factRevision.create({ data: { factId: fact.id, field: "created", oldValue: null, newValue: "verified", editor: editor.displayName, userId: editor.userId } });
    return fact.id;
  });
  return getFactOrThrow(db, id);
}
