import { unknownApiPath } from "@/lib/http/api-paths";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

/**
 * Any path under /api/ that no other route has (Next tries this catch-all last): the API's JSON
 * 404 instead of Next's HTML page. Not route(): it would refuse the query string first, and a
 * wrong path is the thing to report.
 */
function answerUnknownPath(request: Request): Response {
  return errorResponse(unknownApiPath(new URL(request.url).pathname));
}

export const GET = answerUnknownPath;
export const HEAD = answerUnknownPath;
export const POST = answerUnknownPath;
export const PATCH = answerUnknownPath;
export const DELETE = answerUnknownPath;
export const OPTIONS = answerUnknownPath;
