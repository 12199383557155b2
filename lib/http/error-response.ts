import { ZodError } from "zod";
import { DatabaseBusyError, isDatabaseBusy } from "../db/write-transaction";
import { QueryTimeoutError } from "../db/read-pool/read-pool";
import { ApiError } from "./api-error";
import type { ErrorBody } from "./error-body";

export type { ErrorBody } from "./error-body";

// PostgreSQL's statement_timeout cancels with SQLSTATE 57014.
const isPostgresTimeout = (err: unknown) => err instanceof Error && /statement timeout|57014/.test(`${err.message} ${(err as { code?: string }).code ?? ""}`);

/** Errors of the database layer that are the client's to retry, as ApiErrors. */
function fromDatabase(err: unknown): ApiError | null {
  if (err instanceof DatabaseBusyError || isDatabaseBusy(err)) {
    return new ApiError("database_busy", "Another writer is holding the database; nothing was saved. Try again in a few seconds.", { retryAfter: 5 });
  }
  if (err instanceof QueryTimeoutError || isPostgresTimeout(err)) {
    return new ApiError("query_timeout", "This request took too long and was stopped: narrow it (fewer countries, metrics or a shorter date range) or try again later.", { retryAfter: 10 });
  }
  return null;
}

/** Maps any thrown value to a JSON error response; never leaks a stack trace or raw exception text. */
export function errorResponse(thrown: unknown): Response {
  const err = fromDatabase(thrown) ?? thrown;
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.parameter ? { parameter: err.parameter } : {}) } };
    const headers = err.retryAfter !== undefined ? { "Retry-After": String(err.retryAfter) } : undefined;
    return Response.json(body, { status: err.status, headers });
  }
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    // A list item's path is ["country", 0]: the parameter a user typed is the first part.
    const parameter = issue?.path[0] !== undefined ? String(issue.path[0]) : undefined;
    const message = issue ? (parameter && !issue.message.includes(parameter) ? `${parameter}: ${issue.message}` : issue.message) : "invalid request";
    const body: ErrorBody = { error: { code: "invalid_parameter", message, ...(parameter ? { parameter } : {}) } };
    return Response.json(body, { status: 400 });
  }
  console.error("unexpected error in route handler", err);
  const body: ErrorBody = { error: { code: "internal_error", message: "Something went wrong on our side; the error has been logged." } };
  return Response.json(body, { status: 500 });
}
