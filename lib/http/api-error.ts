/**
 * Every error a route answers on purpose has one of these codes, and each code has one HTTP
 * status, so a client can rely on code ↔ status and no handler picks a status by hand.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_parameter: 400,
  invalid_body: 400,
  invalid_encoding: 400,
  response_too_large: 400,
  unauthenticated: 401,
  wrong_credentials: 401,
  forbidden: 403,
  writes_disabled: 403,
  cross_site_request: 403,
  not_found: 404,
  method_not_allowed: 405,
  already_following: 409,
  payload_too_large: 413,
  headers_too_large: 431,
  unsupported_media_type: 415,
  too_many_requests: 429,
  rate_limited: 429,
  internal_error: 500,
  fetch_failed: 502,
  server_busy: 503,
  database_busy: 503,
  query_timeout: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUS, code);

export interface ApiErrorOptions {
  parameter?: string;
  /** Seconds after which a retry may succeed (429, 503): sent as Retry-After. */
  retryAfter?: number;
}

/** The one error type route handlers throw on purpose; anything else becomes a generic 500. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly parameter?: string;
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, parameterOrOptions?: string | ApiErrorOptions);
  /** The older form: the status is still taken from the code's row of ERROR_STATUS when it has one. */
  constructor(status: number, code: string, message: string, parameter?: string);
  constructor(a: ErrorCode | number, b: string, c?: string | ApiErrorOptions, d?: string) {
    const legacy = typeof a === "number";
    const code = legacy ? b : a;
    super(legacy ? (c as string) : b);
    this.name = "ApiError";
    this.code = code;
    this.status = isErrorCode(code) ? ERROR_STATUS[code] : legacy ? a : 500;
    const options: ApiErrorOptions = legacy ? { parameter: d } : typeof c === "string" ? { parameter: c } : (c ?? {});
    this.parameter = options.parameter;
    this.retryAfter = options.retryAfter;
  }
}

export function invalidParameter(parameter: string, message: string): ApiError {
  return new ApiError("invalid_parameter", message, parameter);
}

export function notFound(message: string): ApiError {
  return new ApiError("not_found", message);
}
