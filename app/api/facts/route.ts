import { handleFactsRequest } from "@/lib/facts/facts-endpoint";
import { handleFactPost } from "@/lib/review/review-endpoints";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleFactsRequest(request);
export const POST = (request: Request) => handleFactPost(request);
