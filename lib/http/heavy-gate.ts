import { getEnv } from "../env";
import { ApiError } from "./api-error";

const globalForGate = globalThis as unknown as { factboardHeavy?: { total: number; perClient: Map<string, number> } };

function state() {
  globalForGate.factboardHeavy ??= { total: 0, perClient: new Map() };
  return globalForGate.factboardHeavy;
}

/**
 * Admits a heavy request (a series, a fact list, an export) or refuses it at once: 429 when
 * this client already has HEAVY_REQUESTS_PER_CLIENT in flight, 503 when the server has
 * HEAVY_REQUESTS_TOTAL. Both with Retry-After. Refusing early keeps the read pool's queue short,
 * so an admitted request is not left waiting behind a crowd. Returns the release function.
 */
export function admitHeavyRequest(client: string): () => void {
  const { HEAVY_REQUESTS_TOTAL, HEAVY_REQUESTS_PER_CLIENT } = getEnv();
  const s = state();
  const mine = s.perClient.get(client) ?? 0;
  if (mine >= HEAVY_REQUESTS_PER_CLIENT) {
    throw new ApiError("too_many_requests", `You already have ${mine} heavy requests (series, lists, exports) running; wait for one to finish.`, { retryAfter: 1 });
  }
  if (s.total >= HEAVY_REQUESTS_TOTAL) {
    throw new ApiError("server_busy", "The server is answering as many heavy requests as it can; try again in a moment.", { retryAfter: 2 });
  }
  s.total += 1;
  s.perClient.set(client, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    s.total -= 1;
    const left = (s.perClient.get(client) ?? 1) - 1;
    if (left > 0) s.perClient.set(client, left);
    else s.perClient.delete(client);
  };
}

/** Keeps a slot until a streamed body is read to its end or cancelled. */
export function releaseWhenSent(response: Response, release: () => void): Response {
  if (!response.body) {
    release();
    return response;
  }
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (err) {
        release();
        controller.error(err);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
