/** The one error type route handlers throw on purpose; anything else becomes a generic 500. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function invalidParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, "invalid_parameter", message, parameter);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, "not_found", message);
}
