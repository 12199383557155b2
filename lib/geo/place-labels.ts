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
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  text: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: requests in priority order (largest symbol first) try right, left,
 * above and below their symbol; a label that would overlap one already placed, or leave the
 * frame, is dropped (the tooltip and the table still name every place).
 */
export function placeLabels(requests: LabelRequest[], width: number, height: number, { charWidth = 6.6, lineHeight = 14, max = 12 } = {}): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  for (const req of requests) {
    if (placed.length >= max) break;
    const w = req.text.length * charWidth;
    const gap = req.r + 3;
    const options: { label: PlacedLabel; box: Box }[] = [
      { label: { key: req.key, x: req.x + gap, y: req.y + 4, anchor: "start", text: req.text }, box: { x0: req.x + gap, x1: req.x + gap + w, y0: req.y - lineHeight / 2, y1: req.y + lineHeight / 2 } },
      { label: { key: req.key, x: req.x - gap, y: req.y + 4, anchor: "end", text: req.text }, box: { x0: req.x - gap - w, x1: req.x - gap, y0: req.y - lineHeight / 2, y1: req.y + lineHeight / 2 } },
      { label: { key: req.key, x: req.x, y: req.y - gap - 3, anchor: "middle", text: req.text }, box: { x0: req.x - w / 2, x1: req.x + w / 2, y0: req.y - gap - lineHeight, y1: req.y - gap } },
      { label: { key: req.key, x: req.x, y: req.y + gap + 11, anchor: "middle", text: req.text }, box: { x0: req.x - w / 2, x1: req.x + w / 2, y0: req.y + gap, y1: req.y + gap + lineHeight } },
    ];
    const fit = options.find(({ box }) => box.x0 >= 2 && box.x1 <= width - 2 && box.y0 >= 0 && box.y1 <= height && !boxes.some((b) => overlaps(b, box)));
    if (fit) {
      placed.push(fit.label);
      boxes.push(fit.box);
    }
  }
  return placed;
}
