"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * A value only the browser knows (its address, its day), read so that hydration agrees: while
 * React hydrates the server's HTML it uses `onServer`, as the server did, and renders again with
 * the browser's value right after. Reading `window` or the clock during render instead makes the
 * two renders differ (React error #418).
 */
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(neverChanges, read, () => onServer);
}
