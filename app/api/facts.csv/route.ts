import { factsQuerySpec, factsResponse } from "@/lib/facts/facts-endpoint";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";
export const GET = route({ query: factsQuerySpec, heavy: true }, ({ query }) => factsResponse(query, "csv"));
