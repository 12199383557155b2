import { ZodError } from "zod";
import { ApiError } from "./api-error";
import type { ErrorBody } from "./error-body";

export type { ErrorBody } from "./error-body";

/** Maps any thrown value to a JSON error response; never leaks a stack trace or raw exception text. */
export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.parameter ? { parameter: err.parameter } : {}) } };
    return Response.json(body, { status: err.status });
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
