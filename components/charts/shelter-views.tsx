import type { ReactNode } from "react";
import { PersonFromAbove, StandingPerson } from "./shelter-person";
import { formatMetres, gridExtentM, LEFT_PAD_PX, PERSON_HEIGHT_M, type ShelterDimensions, type ShelterScale } from "./shelter-scale";

const FRONT_TOP = 20;
const FRONT_BOTTOM = 22;
const PLAN_PAD = 8;
const SHAPE = { fill: "var(--chart-shelter)", fillOpacity: 0.35, stroke: "var(--chart-shelter)", strokeWidth: 2 } as const;
// Text gets a halo in the card's colour so grid lines never strike through it.
const HALO = "stroke-white dark:stroke-slate-900 [paint-order:stroke] [stroke-width:3px] [stroke-linejoin:round]";
const NOTE = `fill-slate-500 text-[11px] italic dark:fill-slate-400 ${HALO}`;
const LABEL = `fill-current text-[11px] tabular-nums ${HALO}`;

interface Props {
  dims: ShelterDimensions;
  scale: ShelterScale;
  width: number;
  /** Accessible names of the two views. */
  frontLabel: string;
  planLabel: string;
  /** Pointer handlers that open the tooltip, spread on each drawn structure. */
  handlers: React.SVGProps<SVGGElement>;
}

/** Grid lines every scale.gridM metres between top and bottom, counted up from `bottom`. */
function MetreGrid({ scale, right, top, bottom }: { scale: ShelterScale; right: number; top: number; bottom: number }) {
  const step = scale.gridM * scale.pxPerM;
  const xs: number[] = [];
  for (let x = LEFT_PAD_PX; x <= right + 0.5; x += step) xs.push(x);
  const ys: number[] = [];
  for (let y = bottom; y >= top - 0.5; y -= step) ys.push(y);
  return (
    <g aria-hidden className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1}>
      {xs.map((x) => (
        <line key={`x${x}`} x1={x} x2={x} y1={top} y2={bottom} />
      ))}
      {ys.map((y) => (
        <line key={`y${y}`} x1={LEFT_PAD_PX} x2={right} y1={y} y2={y} />
      ))}
    </g>
  );
}

/**
 * A known side drawn as a rectangle, a single known side as a bold line with a note naming the
 * missing one, and nothing invented.
 */
function Outline({ x, y, w, h, missing, handlers }: { x: number; y: number; w: number | null; h: number | null; missing: string[]; handlers: React.SVGProps<SVGGElement> }): ReactNode {
  if (w !== null && h !== null) {
    return (
      <g className="cursor-pointer" {...handlers}>
        <rect x={x} y={y - h} width={Math.max(w, 1)} height={Math.max(h, 1)} {...SHAPE} />
      </g>
    );
  }
  if (w !== null) {
    return (
      <g className="cursor-pointer" {...handlers}>
        <line x1={x} x2={x + w} y1={y} y2={y} stroke="var(--chart-shelter)" strokeWidth={4} strokeLinecap="butt" />
        <rect x={x} y={y - 10} width={Math.max(w, 1)} height={14} fill="transparent" />
        <text x={x} y={y - 6} className={NOTE}>
          {missing.join(", ")} not stated
        </text>
      </g>
    );
  }
  if (h !== null) {
    return (
      <g className="cursor-pointer" {...handlers}>
        <line x1={x} x2={x} y1={y} y2={y - h} stroke="var(--chart-shelter)" strokeWidth={4} />
        <text x={x + 6} y={y - h / 2 + 18} className={NOTE}>
          {missing.join(", ")} not stated
        </text>
      </g>
    );
  }
  return (
    <text x={x} y={y - 6} className={NOTE}>
      {missing.join(" and ")} not stated
    </text>
  );
}

/** One structure's front elevation (length × height) above its plan (length × width), aligned. */
export function ShelterViews({ dims, scale, width, frontLabel, planLabel, handlers }: Props) {
  const s = scale.pxPerM;
  const px = (m: number | null) => (m === null ? null : m * s);
  const startX = LEFT_PAD_PX + scale.startM * s;
  const personX = LEFT_PAD_PX + Math.min(0.55, scale.startM / 2) * s;
  const ground = FRONT_TOP + scale.frontM * s;
  const frontH = ground + FRONT_BOTTOM;
  const planTop = PLAN_PAD;
  // Plans are as deep as their own structure: the shared scale already makes them comparable.
  const planM = Math.max(1, dims.widthM ?? 0);
  const planBottom = planTop + planM * s;
  const planH = Math.max(planBottom + PLAN_PAD, 30);
  const right = Math.min(width - 1, LEFT_PAD_PX + gridExtentM(scale, dims.lengthM) * s);
  // The person's "1.75 m" only where it cannot run into the structure.
  const personLabel = startX - LEFT_PAD_PX >= 40;
  const len = px(dims.lengthM);
  const frontMissing = [dims.lengthM === null && "length", dims.heightM === null && "height"].filter((v): v is string => Boolean(v));
  const planMissing = [dims.lengthM === null && "length", dims.widthM === null && "width"].filter((v): v is string => Boolean(v));

  return (
    <>
      <p className="text-xs text-slate-500 dark:text-slate-400">Front · length × height</p>
      <svg role="img" aria-label={frontLabel} width={width} height={frontH} className="block">
        <MetreGrid scale={scale} right={right} top={FRONT_TOP - 8} bottom={ground} />
        <line x1={0} x2={Math.min(width, right + 8)} y1={ground} y2={ground} className="stroke-slate-500 dark:stroke-slate-400" strokeWidth={1.5} />
        <StandingPerson x={personX} ground={ground} pxPerM={s} />
        {personLabel && (
          <text x={LEFT_PAD_PX} y={ground - PERSON_HEIGHT_M * s - 6} className={NOTE}>
            {formatMetres(PERSON_HEIGHT_M)}
          </text>
        )}
        <Outline x={startX} y={ground} w={len} h={px(dims.heightM)} missing={frontMissing} handlers={handlers} />
        {len !== null && (
          <text x={startX + len / 2} y={ground + 15} textAnchor="middle" className={LABEL}>
            {formatMetres(dims.lengthM ?? 0)}
          </text>
        )}
        {dims.heightM !== null && (
          <text x={startX + (len ?? 0) + 6} y={Math.min(ground - (dims.heightM * s) / 2 + 4, ground - 4)} className={LABEL}>
            {formatMetres(dims.heightM)}
          </text>
        )}
      </svg>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Plan · length × width, from above</p>
      <svg role="img" aria-label={planLabel} width={width} height={planH} className="block">
        <MetreGrid scale={scale} right={right} top={planTop} bottom={planBottom} />
        <PersonFromAbove x={personX} y={planTop + s * 0.5} pxPerM={s} />
        <Outline x={startX} y={planTop + (px(dims.widthM) ?? 16)} w={len} h={px(dims.widthM)} missing={planMissing} handlers={handlers} />
        {dims.widthM !== null && (
          <text x={startX + (len ?? 0) + 6} y={planTop + (dims.widthM * s) / 2 + 4} className={LABEL}>
            {formatMetres(dims.widthM)}
          </text>
        )}
      </svg>
    </>
  );
}
