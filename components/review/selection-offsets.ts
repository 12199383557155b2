/** The stored text's offset of one boundary point, found through the pieces' data-start. */
function offsetOfPoint(root: HTMLElement, node: Node, offset: number, textLength: number): number {
  const probe = document.createRange();
  for (const piece of root.querySelectorAll<HTMLElement>("[data-start]")) {
    probe.selectNodeContents(piece);
    const where = probe.comparePoint(node, offset);
    const start = Number(piece.dataset.start);
    // Before this piece (between pieces, in a fact number, before the text): the piece's start.
    if (where < 0) return start;
    if (where === 0) {
      // Each piece holds exactly one text node, so an offset in it counts characters.
      if (node.nodeType === Node.TEXT_NODE) return start + offset;
      return offset === 0 ? start : start + (piece.textContent?.length ?? 0);
    }
  }
  return textLength;
}

/**
 * The current selection as [start, end) offsets into the stored text (JavaScript string indices),
 * without leading or trailing white space; null when nothing inside `root` is selected.
 */
export function selectionOffsets(root: HTMLElement, selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  let start = offsetOfPoint(root, range.startContainer, range.startOffset, text.length);
  let end = offsetOfPoint(root, range.endContainer, range.endOffset, text.length);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
