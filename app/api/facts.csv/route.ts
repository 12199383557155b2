import { handleFactsRequest } from "@/lib/facts/facts-endpoint";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleFactsRequest(request, "csv");
