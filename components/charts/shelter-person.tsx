import { PERSON_HEIGHT_M } from "./shelter-scale";

/**
 * A 1.75 m person, feet on the ground at (x, ground), seen from the front: head, torso, arms and
 * legs as plain shapes in metres, scaled by pxPerM. Colored by currentColor.
 */
export function StandingPerson({ x, ground, pxPerM }: { x: number; ground: number; pxPerM: number }) {
  const m = (v: number) => v * pxPerM;
  const y = (heightM: number) => ground - m(heightM);
  const headR = 0.115;
  return (
    <g aria-hidden className="text-slate-600 dark:text-slate-300" fill="currentColor">
      <circle cx={x} cy={y(PERSON_HEIGHT_M - headR)} r={m(headR)} />
      <rect x={x - m(0.2)} y={y(1.49)} width={m(0.4)} height={m(0.64)} rx={m(0.08)} />
      <rect x={x - m(0.29)} y={y(1.47)} width={m(0.08)} height={m(0.68)} rx={m(0.04)} />
      <rect x={x + m(0.21)} y={y(1.47)} width={m(0.08)} height={m(0.68)} rx={m(0.04)} />
      <rect x={x - m(0.17)} y={y(0.9)} width={m(0.15)} height={m(0.9)} rx={m(0.05)} />
      <rect x={x + m(0.02)} y={y(0.9)} width={m(0.15)} height={m(0.9)} rx={m(0.05)} />
    </g>
  );
}

/** The same person from above (shoulders and head), for the plan view. */
export function PersonFromAbove({ x, y, pxPerM }: { x: number; y: number; pxPerM: number }) {
  return (
    <g aria-hidden className="text-slate-600 dark:text-slate-300" fill="currentColor">
      <ellipse cx={x} cy={y} rx={0.25 * pxPerM} ry={0.13 * pxPerM} fillOpacity={0.5} />
      <circle cx={x} cy={y} r={0.1 * pxPerM} />
    </g>
  );
}
