"use client";

import { useEffect, useRef, useState } from "react";

export interface CanvasBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A CSS color, or var(--name) resolved against the canvas's own styles (dark mode included). */
  color: string;
}

/** Redraws when the color scheme flips, since the chart colors are CSS variables with dark twins. */
function useColorScheme(): string {
  const [scheme, setScheme] = useState("light");
  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const update = () => setScheme(query.matches ? "dark" : "light");
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return scheme;
}

/**
 * Bars painted on one <canvas> instead of an SVG node each: a stacked chart of weeks × claimants
 * can hold thousands of bars, which as SVG nodes make every hover and resize slow. Drawn at the
 * screen's pixel density; positions are in CSS pixels relative to `left`/`top`. Not interactive
 * itself: the chart lays transparent SVG targets (one per bucket) over it for tooltips and keys.
 */
export function CanvasBars({ bars, width, height, left, top }: { bars: CanvasBar[]; width: number; height: number; left: number; top: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const styles = getComputedStyle(canvas);
    const resolved = new Map<string, string>();
    const resolve = (color: string) => {
      let value = resolved.get(color);
      if (value === undefined) {
        const variable = /^var\((--[\w-]+)\)$/.exec(color)?.[1];
        value = (variable ? styles.getPropertyValue(variable).trim() : color) || "#64748b";
        resolved.set(color, value);
      }
      return value;
    };
    for (const bar of bars) {
      context.fillStyle = resolve(bar.color);
      context.fillRect(bar.x, bar.y, bar.width, bar.height);
    }
  }, [bars, width, height, scheme]);
  return <canvas ref={ref} aria-hidden="true" data-testid="canvas-bars" className="pointer-events-none absolute" style={{ left, top, width, height }} />;
}
