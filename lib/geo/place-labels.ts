/** A symbol that would like a name beside it, in screen pixels. */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  key: string;
  /** The text's anchor point (SVG x, baseline y). */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  text: string;
  /** The box the text covers, for tests and hit checks. */
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Does a box cut into a circle (nearest point of the box within the radius)? */
function hitsCircle(box: Box, c: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(box.x0, Math.min(c.x, box.x1));
  const ny = Math.max(box.y0, Math.min(c.y, box.y1));
  return Math.hypot(nx - c.x, ny - c.y) < c.r;
}

/** The spots tried around a symbol, nearest first: right, left, above, below, then the diagonals. */
function candidates(req: LabelRequest, w: number, h: number, gap: number): { anchor: PlacedLabel["anchor"]; x: number; y: number; box: Box }[] {
  const { x, y, r } = req;
  const d = r + gap;
  const diag = r * Math.SQRT1_2 + gap;
  const row = (anchor: PlacedLabel["anchor"], ax: number, top: number) => {
    const x0 = anchor === "start" ? ax : anchor === "end" ? ax - w : ax - w / 2;
    // Baseline about 3.5 px above the box's bottom for 11 px text.
    return { anchor, x: ax, y: top + h - 3.5, box: { x0, x1: x0 + w, y0: top, y1: top + h } };
  };
  return [
    row("start", x + d, y - h / 2),
    row("end", x - d, y - h / 2),
    row("middle", x, y - d - h),
    row("middle", x, y + d),
    row("start", x + diag, y - diag - h),
    row("end", x - diag, y - diag - h),
    row("start", x + diag, y + diag),
    row("end", x - diag, y + diag),
  ];
}

/**
 * Greedy label placement: requests in priority order (largest symbol first) try eight spots
 * touching their own circle; a spot is taken only if it stays inside the frame and overlaps no
 * label already placed and no other symbol's circle. A label with no free spot is dropped (the
 * tooltip and the table still name every place), so no name ever sits on another's circle.
 */
export function placeLabels(requests: LabelRequest[], width: number, height: number, { charWidth = 6.2, lineHeight = 13, gap = 3, max = 12 } = {}): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    if (placed.length >= max) break;
    const w = req.text.length * charWidth;
    const fit = candidates(req, w, lineHeight, gap).find(
      ({ box }) =>
        box.x0 >= 2 &&
        box.x1 <= width - 2 &&
        box.y0 >= 0 &&
        box.y1 <= height &&
        !placed.some((p) => overlaps(p.box, box)) &&
        !requests.some((other) => other.key !== req.key && hitsCircle(box, other)),
    );
    if (fit) placed.push({ key: req.key, x: fit.x, y: fit.y, anchor: fit.anchor, text: req.text, box: fit.box });
  }
  return placed;
}
