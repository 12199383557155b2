"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FactQuote } from "@/components/facts/fact-quote";
import type { RovingProps } from "./roving-focus";

/** The pointer's position relative to the chart's root element (marked data-chart-root). */
export function pointerInChart(e: React.MouseEvent): { x: number; y: number } {
  const root = (e.currentTarget as Element).closest("[data-chart-root]") ?? (e.currentTarget as Element);
  const box = root.getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}

/** The position just below an element (a focused mark) relative to the chart's root. */
function elementInChart(el: Element): { x: number; y: number } {
  const root = el.closest("[data-chart-root]") ?? el;
  const box = root.getBoundingClientRect();
  const mark = el.getBoundingClientRect();
  return { x: mark.left - box.left + Math.min(mark.width, 40) / 2, y: mark.bottom - box.top };
}

/**
 * Props that make an SVG mark show its tooltip on hover, pin it on click, and do the same from
 * the keyboard: the chart is one Tab stop (roving), arrows move between marks (tooltip shown),
 * Enter pins the tooltip and moves focus into it so its source link can be reached, Escape closes.
 */
export function markProps(tooltip: ReturnType<typeof useChartTooltip>, content: TooltipContent, roving: RovingProps) {
  const label = [content.title, ...content.lines].join(". ");
  const { onRovingKeyDown, ...rovingAttributes } = roving;
  return {
    ...rovingAttributes,
    role: "img",
    "aria-label": label,
    className: "cursor-pointer outline-none focus-visible:[&>rect:first-child]:stroke-blue-600 focus-visible:[&>rect:first-child]:stroke-2",
    onPointerMove: (e: React.MouseEvent) => {
      const at = pointerInChart(e);
      tooltip.show(at.x, at.y, content, false);
    },
    onClick: (e: React.MouseEvent) => {
      const at = pointerInChart(e);
      tooltip.show(at.x, at.y, content, true);
    },
    onFocus: (e: React.FocusEvent) => {
      const at = elementInChart(e.currentTarget);
      tooltip.show(at.x, at.y, content, false);
    },
    onBlur: () => tooltip.hide(),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (onRovingKeyDown(e)) return;
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        const at = elementInChart(e.currentTarget);
        tooltip.show(at.x, at.y, content, true, e.currentTarget as HTMLElement);
      } else if (e.key === "Escape") tooltip.close();
    },
  };
}

/** What a tooltip says about a mark: a title, value lines, and the fact behind it. */
export interface TooltipContent {
  title: string;
  lines: string[];
  facts: number;
  exampleFactId?: number;
}

interface Anchor {
  x: number;
  y: number;
  content: TooltipContent;
  pinned: boolean;
  /** The mark a keyboard user pinned it from: focus moves into the tooltip and back on close. */
  returnFocus?: HTMLElement;
}

/**
 * Hover shows, click (or Enter on a focused mark) pins, Escape or a click elsewhere closes.
 * Positions are relative to the chart's container.
 */
export function useChartTooltip() {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const show = useCallback((x: number, y: number, content: TooltipContent, pinned = false, returnFocus?: HTMLElement) => {
    setAnchor((current) => (current?.pinned && !pinned ? current : { x, y, content, pinned, returnFocus }));
  }, []);
  const hide = useCallback(() => setAnchor((current) => (current?.pinned ? current : null)), []);
  const close = useCallback(() => {
    setAnchor((current) => {
      current?.returnFocus?.focus();
      return null;
    });
  }, []);
  return { anchor, show, hide, close };
}

export function ChartTooltip({ anchor, width, onClose }: { anchor: Anchor | null; width: number; onClose: () => void }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const focusInside = Boolean(anchor?.pinned && anchor.returnFocus);
  useEffect(() => {
    if (focusInside) ref.current?.focus();
  }, [focusInside, anchor?.content]);
  if (!anchor) return null;
  const boxWidth = Math.min(300, width - 8);
  const left = Math.max(4, Math.min(anchor.x + 12, width - boxWidth - 4));
  const { content } = anchor;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={content.title}
      tabIndex={-1}
      // A hover tooltip is out of the tab order; a pinned one holds the source link to reach.
      inert={!anchor.pinned}
      className="absolute z-20 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ left, top: anchor.y + 12, width: boxWidth }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-semibold">{content.title}</p>
        {anchor.pinned && (
          <button type="button" onClick={onClose} aria-label="Close" className="-mt-1 px-1 text-slate-500 hover:text-slate-900 dark:hover:text-white">
            ×
          </button>
        )}
      </div>
      {content.lines.map((line) => (
        <p key={line} className="tabular-nums">
          {line}
        </p>
      ))}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {content.facts} {content.facts === 1 ? "fact" : "facts"}
        {!anchor.pinned && content.exampleFactId ? " · click to pin" : ""}
      </p>
      {content.exampleFactId !== undefined && <FactQuote factId={content.exampleFactId} more={Math.max(0, content.facts - 1)} />}
    </div>
  );
}
