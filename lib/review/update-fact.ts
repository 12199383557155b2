import type { Editor } from "../auth/editor";
import type { Db } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { contractFact, type FactStatus } from "../facts/contract";
import { getFactOrThrow } from "../facts/get-fact";
import type { ApiFact } from "../facts/fact-row";
import { invalidParameter } from "../http/api-error";
import { contractOf } from "./contract-of";
import type { FactPatch } from "./fact-patch";
import { replaceFactColumns } from "./replace-fact-columns";

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * Applies a reviewer's edit: merges it into the fact, checks the result against the contract
 * (400 naming the field otherwise), writes it, and records one revision per changed field with
 * who and when. Nothing is written when nothing changed.
 */
export async function updateFact(db: Db, id: number, patch: FactPatch, editor: Editor): Promise<ApiFact> {
  const current = await getFactOrThrow(db, id);
  const before: Record<string, unknown> = { ...contractOf(current), status: current.status };
  const { status, ...rest } = patch;
  const fields = rest as Record<string, unknown>;
  const merged = contractFact.safeParse({ ...contractOf(current), ...fields });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    const field = String(issue?.path[0] ?? "fact");
    throw invalidParameter(field, `${field}: ${issue?.message ?? "invalid"} (got ${JSON.stringify(fields[field] ?? null)})`);
  }
  const nextStatus: FactStatus = status ?? current.status;
  const after: Record<string, unknown> = { ...merged.data, status: nextStatus };
  const changed = Object.keys(after).filter((k) => k !== "quote" && k !== "start" && k !== "end" && asText(before[k]) !== asText(after[k]));
  if (changed.length === 0) return current;

  await writeTransaction(db, async (tx) => {
    await replaceFactColumns(tx, id, merged.data, nextStatus);
    await tx.factRevision.createMany({
      data: changed.map((field) => ({ factId: id, field, oldValue: asText(before[field]), newValue: asText(after[field]), editor: editor.displayName, userId: editor.userId })),
    });
  });
  return getFactOrThrow(db, id);
}
