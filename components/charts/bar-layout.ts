/** Sizes of the grouped horizontal bars, in px. */
export const BAR = 16;
export const BAR_GAP = 3;
export const GROUP_LABEL = 18;
export const GROUP_GAP = 14;

export interface GroupPlacement<G> {
  group: G;
  /** Top of the group (its label); bar i of the group sits at top + barY(i). */
  top: number;
}

/** The y offset of the i-th bar within its group, below the group's label. */
export const barY = (i: number) => GROUP_LABEL + i * (BAR + BAR_GAP);

/**
 * Groups stacked down the page, each a label above one bar per series, side by side in the
 * group rather than added up, so two claims or two outcomes can be compared bar to bar.
 */
export function groupedBarLayout<G extends { bars: readonly unknown[] }>(groups: readonly G[]): { placements: GroupPlacement<G>[]; height: number } {
  let y = 0;
  const placements = groups.map((group) => {
    const top = y;
    y += GROUP_LABEL + group.bars.length * (BAR + BAR_GAP) + GROUP_GAP;
    return { group, top };
  });
  return { placements, height: Math.max(y - GROUP_GAP, 20) };
}
