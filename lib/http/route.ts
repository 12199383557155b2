import type { z } from "zod";
import { requireRole, type Actor } from "../auth/require-admin";
import type { Role } from "../auth/account-fields";
import { errorResponse } from "./error-response";
import { admitHeavyRequest, releaseWhenSent } from "./heavy-gate";
import { readJsonBody } from "./read-json-body";
import { searchParamsToObject } from "./search-params";
import { requestUrl } from "./request-url";
import { clientAddress } from "../auth/request-origin";

export interface RouteSpec<Q extends z.ZodType | undefined, B extends z.ZodType | undefined> {
  /** The query string's schema, its parameter names and which may repeat; none means no parameters. */
  query?: { schema: Q; keys: readonly string[]; listKeys?: readonly string[] };
  /** A JSON body: its schema and the most bytes read. */
  body?: { schema: B; maxBytes: number };
  /** The least role that may call it (a session, or the ADMIN_TOKEN Bearer token); checked before the body is read. */
  auth?: Role;
  /** Counted against the heavy-request limits (lib/http/heavy-gate.ts) until its body is sent. */
  heavy?: boolean;
}

export interface RouteInput<Q, B> {
  request: Request;
  query: Q;
  body: B;
  /** The path's [segments], as Next gives them. */
  params: Record<string, string>;
  /** Who is acting; set when the route needs a role. */
  actor: Actor;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type NextContext = { params: Promise<Record<string, string>> };

/**
 * The one way to write a route handler: checks the URL, the admin, the query and the body
 * against their schemas, admits heavy requests, calls `handle`, and maps anything thrown to
 * the JSON error shape (lib/http/error-response.ts). Handlers stay a few lines: parse, call
 * lib/, respond.
 */
export function route<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<Q, B>,
  handle: (input: RouteInput<Parsed<Q>, Parsed<B>>) => Promise<Response> | Response,
) {
  return async (request: Request, context?: NextContext): Promise<Response> => {
    let release: (() => void) | undefined;
    try {
      const url = requestUrl(request);
      const params = (await context?.params) ?? {};
      const actor = (spec.auth ? await requireRole(request, spec.auth) : undefined) as Actor;
      const query = (spec.query
        ? spec.query.schema!.parse(searchParamsToObject(url.searchParams, spec.query.keys, spec.query.listKeys ?? []))
        : (searchParamsToObject(url.searchParams, [], []), undefined)) as Parsed<Q>;
      const body = (spec.body ? spec.body.schema!.parse(await readJsonBody(request, spec.body.maxBytes)) : undefined) as Parsed<B>;
      if (spec.heavy) release = admitHeavyRequest(clientAddress(request));
      const response = await handle({ request, query, body, params, actor });
      if (release) {
        const sent = releaseWhenSent(response, release);
        release = undefined;
        return sent;
      }
      return response;
    } catch (err) {
      return errorResponse(err);
    } finally {
      release?.();
    }
  };
}
