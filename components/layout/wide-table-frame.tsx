"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

const edgeButton = "rounded border border-slate-300 px-1.5 leading-5 disabled:opacity-40 dark:border-slate-600";

/**
 * The frame of a table that may be wider than its card (eleven aid columns on a phone, or at
 * 1280 px once real amounts fill them): it scrolls inside the card, never past it, and says so,
 * with a line that offers to scroll and a fade on the edge where columns are hidden. Its height
 * is capped so that the sideways scrollbar stays on screen (tables head their columns with
 * sticky cells, so the names stay in view too); print shows the table whole.
 */
export function WideTableFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ left: false, right: false });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setHidden((h) => (h.left === left && h.right === right ? h : { left, right }));
    };
    update();
    // The table widens as rows load and the card narrows with the window.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, []);

  const wide = hidden.left || hidden.right;
  const scroll = (direction: 1 | -1) => ref.current?.scrollBy({ left: direction * ref.current.clientWidth * 0.8, behavior: "smooth" });

  return (
    <div>
      {wide && (
        <p className="mb-1 flex items-center justify-end gap-1 text-xs text-slate-600 dark:text-slate-400" data-print="hide" data-testid="wide-table-cue">
          <span className="mr-1">More columns {hidden.right ? "to the right" : "to the left"}: scroll sideways</span>
          <button type="button" className={edgeButton} disabled={!hidden.left} onClick={() => scroll(-1)} aria-label="Show the columns to the left">
            ←
          </button>
          <button type="button" className={edgeButton} disabled={!hidden.right} onClick={() => scroll(1)} aria-label="Show the columns to the right">
            →
          </button>
        </p>
      )}
      <div className="relative">
        <div
          ref={ref}
          // Focusable only when there is something to scroll to: arrow keys then scroll it.
          {...(wide ? { tabIndex: 0, role: "group", "aria-label": "Wide table: scroll sideways for more columns" } : {})}
          className="max-h-[75vh] overflow-auto overscroll-x-contain print:max-h-none print:overflow-visible"
          data-testid="wide-table-frame"
        >
          {children}
        </div>
        {hidden.left && <div aria-hidden className="pointer-events-none absolute inset-y-0 left-0 z-20 w-6 bg-gradient-to-r from-white to-transparent dark:from-slate-900" />}
        {hidden.right && <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 z-20 w-10 bg-gradient-to-l from-white to-transparent dark:from-slate-900" />}
      </div>
    </div>
  );
}
