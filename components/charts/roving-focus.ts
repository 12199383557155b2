"use client";

import { useCallback, useState } from "react";

/**
 * One Tab stop per chart (WAI-ARIA roving tabindex): only the active mark is in the tab order;
 * arrow keys move between marks, Home and End jump to the first and last. Marks are found in
 * document order under the chart's root by their data-mark attribute, so any chart can use it.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent, index: number) => {
      const next = nextIndex(e.key, index, count);
      if (next === null) return false;
      e.preventDefault();
      const root = (e.currentTarget as Element).closest("[data-chart-root]");
      const target = root?.querySelectorAll<SVGElement | HTMLElement>("[data-mark]")[next];
      setActive(next);
      target?.focus();
      return true;
    },
    [count],
  );

  return {
    /** Props for the mark at `index`: in the tab order only when it is the active one. */
    propsFor: (index: number) => ({
      "data-mark": "",
      tabIndex: index === current ? 0 : -1,
      onFocusCapture: () => setActive(index),
      onRovingKeyDown: (e: React.KeyboardEvent) => onKeyDown(e, index),
    }),
  };
}

/** Where a key moves focus from mark `index` of `count`, or null for keys it does not handle. */
export function nextIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return Math.min(count - 1, index + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return Math.max(0, index - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

export type RovingProps = ReturnType<ReturnType<typeof useRovingFocus>["propsFor"]>;
