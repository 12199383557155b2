import { handleSeriesRequest } from "@/lib/series/series-endpoint";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleSeriesRequest(request);
