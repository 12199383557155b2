import { getDb } from "@/lib/db/client";
import { parseRecordId } from "@/lib/http/record-id";
import { route } from "@/lib/http/route";
import { handleSourceDelete } from "@/lib/sources/delete-source-endpoint";
import { getSourceOrThrow } from "@/lib/sources/get-source";

export const dynamic = "force-dynamic";

/** GET /api/sources/:id: one dispatch with its text and all its facts (any status). */
export const GET = route({}, async ({ params }) => Response.json(await getSourceOrThrow(getDb(), parseRecordId(params.id ?? "", "source"))));

/** DELETE /api/sources/:id (admin): removes the dispatch and its facts. */
export const DELETE = route({}, ({ request, params }) => handleSourceDelete(request, params.id ?? ""));
