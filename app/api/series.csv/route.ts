import { route } from "@/lib/http/route";
import { seriesQuerySpec, seriesResponse } from "@/lib/series/series-endpoint";

export const dynamic = "force-dynamic";
export const GET = route({ query: seriesQuerySpec, heavy: true }, ({ query }) => seriesResponse(query, "csv"));
