/** How long a worker holds a feed while polling it, and an item while reading it. */
export const FEED_LEASE_MS = 2 * 60_000;
export const ITEM_LEASE_MS = 5 * 60_000;
/** An item whose page failed is tried this many times in all, then left as failed. */
export const MAX_ITEM_ATTEMPTS = 3;

/** The next poll after a success, or after the n-th failure in a row (doubling, at most a day). */
export function nextPollAt(now: Date, intervalMinutes: number, failures = 0): Date {
  const minutes = Math.min(intervalMinutes * 2 ** Math.min(failures, 10), 24 * 60);
  return new Date(now.getTime() + minutes * 60_000);
}

/** When a failed item may be tried again: 1, then 4 minutes. */
export function retryItemAt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + 4 ** Math.max(0, attempts - 1) * 60_000);
}
