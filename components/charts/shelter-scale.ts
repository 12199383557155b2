/** One structure as stated: dimensions in metres, null where the dispatch gives none. */
export interface ShelterDimensions {
  lengthM: number | null;
  widthM: number | null;
  heightM: number | null;
}

export const PERSON_HEIGHT_M = 1.75;

/** Scale drawings look like toys past this, and a single small shelter would fill the screen. */
const MAX_PX_PER_M = 48;
/** The front view never grows taller than this; a tall tower shrinks every card's scale instead. */
const MAX_FRONT_PX = 240;
const GRID_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500];
/** Space kept right of the longest structure for its height label, in pixels. */
export const RIGHT_LABEL_PX = 56;
export const LEFT_PAD_PX = 4;

export interface ShelterScale {
  pxPerM: number;
  /** Metres between grid lines, so lines stay at least 8 px apart. */
  gridM: number;
  /** Where every structure starts, in metres from the left edge: after the person. */
  startM: number;
  /** The tallest thing in any front view (a structure, or the person). */
  frontM: number;
}

const maxOf = (values: (number | null)[]) => Math.max(0, ...values.filter((v): v is number => v !== null));

/**
 * One metres-to-pixels scale for every card, so structures compare honestly: the longest must
 * fit a card beside the person, and the tallest must fit MAX_FRONT_PX.
 */
export function shelterScale(structures: ShelterDimensions[], cardWidth: number): ShelterScale {
  const longest = maxOf(structures.map((s) => s.lengthM)) || maxOf(structures.map((s) => Math.max(s.widthM ?? 0, s.heightM ?? 0))) || 3;
  const frontM = Math.max(PERSON_HEIGHT_M, maxOf(structures.map((s) => s.heightM)));
  const fit = (pxPerM: number) => {
    const gridM = GRID_STEPS.find((step) => step * pxPerM >= 8) ?? 1000;
    // The person stands in the first grid cells; structures start on a grid line.
    const startM = Math.ceil(1.2 / gridM) * gridM;
    return { gridM, startM };
  };
  let pxPerM = Math.min(MAX_PX_PER_M, MAX_FRONT_PX / frontM);
  // Shrink until the longest structure, after the person, fits (startM depends on the scale).
  for (let i = 0; i < 4; i++) {
    const { startM } = fit(pxPerM);
    const room = cardWidth - LEFT_PAD_PX - RIGHT_LABEL_PX;
    pxPerM = Math.min(pxPerM, room / (startM + longest));
  }
  pxPerM = Math.max(0.05, pxPerM);
  return { pxPerM, ...fit(pxPerM), frontM };
}

/**
 * How far one card's grid runs, in metres: one cell past its own structure (or a few cells when
 * its length is not stated). Empty grid past a small shelter would read as part of it.
 */
export function gridExtentM(scale: ShelterScale, lengthM: number | null): number {
  const cells = Math.ceil((scale.startM + (lengthM ?? 3 * scale.gridM)) / scale.gridM) + 1;
  return cells * scale.gridM;
}

/** Cards per row: one on phones, up to three on wide screens, never more than there are shelters. */
export function shelterColumns(width: number, count: number): number {
  const columns = width >= 1000 ? 3 : width >= 620 ? 2 : 1;
  return Math.max(1, Math.min(columns, count));
}

/** "9.6 m", "12 m", "0.75 m". */
export function formatMetres(m: number): string {
  return `${Number.isInteger(m) ? m : Number(m.toFixed(2))} m`;
}

/** "4 m long · 2.5 m wide · height not stated": a structure's stated dimensions in words. */
export function describeDimensions(d: ShelterDimensions): string {
  const part = (v: number | null, word: string, name: string) => (v === null ? `${name} not stated` : `${formatMetres(v)} ${word}`);
  return [part(d.lengthM, "long", "length"), part(d.widthM, "wide", "width"), part(d.heightM, "high", "height")].join(" · ");
}
