import { getDb } from "@/lib/db/client";
import { getFactOrThrow } from "@/lib/facts/get-fact";
import { parseRecordId } from "@/lib/http/record-id";
import { route } from "@/lib/http/route";
import { factPatchBody, patchFactResponse } from "@/lib/review/review-endpoints";

export const dynamic = "force-dynamic";

/** GET /api/facts/:id: one fact. */
export const GET = route({}, async ({ params }) => Response.json(await getFactOrThrow(getDb(), parseRecordId(params.id ?? "", "fact"))));

/** PATCH /api/facts/:id (admin): verify, reject or edit a fact; every change is recorded. */
export const PATCH = route({ auth: "reviewer", body: factPatchBody }, ({ params, body, actor }) => patchFactResponse(parseRecordId(params.id ?? "", "fact"), body, actor));
