"use client";

import dynamic from "next/dynamic";

/**
 * The charts, loaded after the page has hydrated rather than with it. A chart is drawn only in
 * the browser, once its card has measured its width and its data have arrived, so its drawing
 * code (d3 scales and shapes, the tooltip, the map's projection) is fetched alongside the data
 * instead of weighing on every page's first load (issue 9: at most 200 kB compressed).
 */
const drawing = () => <div className="h-48" aria-hidden />;

export const TimeBarChart = dynamic(() => import("./time-bar-chart").then((m) => m.TimeBarChart), { ssr: false, loading: drawing });
export const HorizontalBarChart = dynamic(() => import("./horizontal-bar-chart").then((m) => m.HorizontalBarChart), { ssr: false, loading: drawing });
export const ShelterElevation = dynamic(() => import("./shelter-elevation").then((m) => m.ShelterElevation), { ssr: false, loading: drawing });
export const WorldMap = dynamic(() => import("./world-map").then((m) => m.WorldMap), { ssr: false, loading: drawing });
