/** Sizes of the grouped horizontal bars, in px. */
export const BAR = 16;
export const BAR_GAP = 3;
export const GROUP_LABEL = 18;
export const GROUP_GAP = 14;
/** The line a bar's value label takes below the bar when it would not fit beside it. */
export const LABEL_LINE = 15;

export interface GroupPlacement<G> {
  group: G;
  /** Top of the group (its label); bar i of the group sits at top + barY(i). */
  top: number;
}

/** The y offset of the i-th bar within its group, below the group's label (and the labels of the bars above it, when labels go below). */
export const barY = (i: number, labelLine = 0) => GROUP_LABEL + i * (BAR + BAR_GAP + labelLine);

/**
 * Groups stacked down the page, each a label above one bar per series, side by side in the
 * group rather than added up, so two claims or two outcomes can be compared bar to bar.
 */
export function groupedBarLayout<G extends { bars: readonly unknown[] }>(groups: readonly G[], labelLine = 0): { placements: GroupPlacement<G>[]; height: number } {
  let y = 0;
  const placements = groups.map((group) => {
    const top = y;
    y += GROUP_LABEL + group.bars.length * (BAR + BAR_GAP + labelLine) + GROUP_GAP;
    return { group, top };
  });
  return { placements, height: Math.max(y - GROUP_GAP, 20) };
}

/**
 * A value label broken into lines of at most `chars` characters, for a label below its bar on a
 * narrow chart: at its " · " joints first ("€181B (…) · 102 not converted"), at spaces within a
 * part only where the part alone is too long.
 */
export function labelLines(label: string, chars: number): string[] {
  const lines: string[] = [];
  const put = (piece: string, joint: string) => {
    const last = lines.at(-1);
    if (last !== undefined && (last + joint + piece).length <= chars) lines[lines.length - 1] = last + joint + piece;
    else lines.push(piece);
  };
  for (const part of label.split(" · ")) {
    if (part.length <= chars) put(part, " · ");
    else part.split(" ").forEach((word, i) => (i === 0 ? lines.push(word) : put(word, " ")));
  }
  return lines;
}
