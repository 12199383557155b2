import { getDb } from "@/lib/db/client";
import { errorResponse } from "@/lib/http/error-response";
import { handleSourcePost } from "@/lib/ingest/sources-post-endpoint";
import { listSources } from "@/lib/sources/list-sources";
import { parseSourcesQuery } from "@/lib/sources/sources-query";

export const dynamic = "force-dynamic";

/** GET /api/sources?page=&limit=: dispatches newest first, with fact counts by status. */
export async function GET(request: Request) {
  try {
    const query = parseSourcesQuery(new URL(request.url).searchParams);
    return Response.json(await listSources(getDb(), query));
  } catch (err) {
    return errorResponse(err);
  }
}

/** POST /api/sources (admin): a new dispatch, its facts extracted and stored as proposed. */
export const POST = (request: Request) => handleSourcePost(request);
