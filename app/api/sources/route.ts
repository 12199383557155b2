import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { dispatchBodySpec, sourcePostResponse } from "@/lib/ingest/sources-post-endpoint";
import { listSources } from "@/lib/sources/list-sources";
import { SOURCES_KEYS, sourcesQuery } from "@/lib/sources/sources-query";

export const dynamic = "force-dynamic";

/** GET /api/sources?page=&limit=: dispatches newest first, with fact counts by status. */
export const GET = route({ query: { schema: sourcesQuery, keys: SOURCES_KEYS } }, async ({ query }) => Response.json(await listSources(getDb(), query)));

/** POST /api/sources (reviewer): a new dispatch from its text or its URL, its facts extracted and stored as proposed. */
export const POST = route({ auth: "reviewer", body: dispatchBodySpec }, ({ body }) => sourcePostResponse(body));
