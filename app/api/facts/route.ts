import { factsQuerySpec, factsResponse } from "@/lib/facts/facts-endpoint";
import { route } from "@/lib/http/route";
import { newFactBodySpec, newFactResponse } from "@/lib/review/review-endpoints";

export const dynamic = "force-dynamic";

/** GET /api/facts: a page of facts (or, with format=csv, all of them). */
export const GET = route({ query: factsQuerySpec, heavy: true }, ({ query }) => factsResponse(query));

/** POST /api/facts (admin): a fact a reviewer marked in a dispatch's text. */
export const POST = route({ auth: "reviewer", body: newFactBodySpec }, ({ body, actor }) => newFactResponse(body, actor));
