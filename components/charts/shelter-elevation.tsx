"use client";

import { useMemo } from "react";
import { ChartTooltip, pointerInChart, useChartTooltip, type TooltipContent } from "./chart-tooltip";
import { describeDimensions, formatMetres, shelterColumns, shelterScale, type ShelterDimensions } from "./shelter-scale";
import { ShelterViews } from "./shelter-views";

/** One stated structure (or a set of identical ones), ready to draw. */
export interface ShelterStructure extends ShelterDimensions {
  key: string;
  /** "Plauru, Romania" */
  title: string;
  /** Already formatted for reading. */
  date: string;
  count: number | null;
  tooltip: TooltipContent;
}

const GAP = 12;
/** Card border and padding on each side (border 1 px + p-3). */
const CARD_INSET = 13;

/**
 * Each structure drawn to scale from its stated dimensions, front and plan, beside a 1.75 m
 * person on a metre grid. Every card shares one scale, so a bigger drawing is a bigger shelter.
 */
export function ShelterElevation({ structures, width }: { structures: ShelterStructure[]; width: number }) {
  const tooltip = useChartTooltip();
  const columns = shelterColumns(width, structures.length);
  const cardWidth = Math.floor((width - GAP * (columns - 1)) / columns) - 2 * CARD_INSET;
  const scale = useMemo(() => shelterScale(structures, cardWidth), [structures, cardWidth]);

  return (
    <div className="relative" data-chart-root onPointerLeave={tooltip.hide}>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Grid squares: {formatMetres(scale.gridM)} · person: 1.75 m · every drawing at one scale
      </p>
      <ul className="grid gap-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {structures.map((st) => {
          const open = (e: React.MouseEvent, pinned: boolean) => {
            const at = pointerInChart(e);
            tooltip.show(at.x, at.y, st.tooltip, pinned);
          };
          const dims = describeDimensions(st);
          return (
            <li key={st.key} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <h3 className="text-sm font-semibold">{st.title}</h3>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {st.date}
                {st.count === null ? " · number not stated" : st.count === 1 ? " · 1 shelter" : ` · ×${st.count} shelters, each`}
              </p>
              <p className="mb-1 text-xs tabular-nums">{dims}</p>
              <ShelterViews
                dims={st}
                scale={scale}
                width={cardWidth}
                frontLabel={`Front view of ${st.title}: ${dims}, beside a 1.75 m person`}
                planLabel={`Plan view of ${st.title}, from above`}
                handlers={{ onPointerMove: (e) => open(e, false), onClick: (e) => open(e, true) }}
              />
            </li>
          );
        })}
      </ul>
      <ChartTooltip anchor={tooltip.anchor} width={width} onClose={tooltip.close} />
    </div>
  );
}
