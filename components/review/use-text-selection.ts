"use client";

import { useEffect, useState, type RefObject } from "react";
import { selectionOffsets } from "./selection-offsets";

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The reviewer's current selection inside the dispatch text, as offsets into the stored text.
 * It outlives a click on a button elsewhere and clears when the reviewer clicks in the text.
 * "selectionchange" also covers touch handles and keyboard selection (caret browsing).
 */
export function useTextSelection(rootRef: RefObject<HTMLElement | null>, text: string) {
  const [selection, setSelection] = useState<TextRange | null>(null);
  useEffect(() => {
    const onChange = () => {
      const root = rootRef.current;
      const current = document.getSelection();
      if (!root || !current) return;
      const offsets = selectionOffsets(root, current, text);
      if (offsets) {
        setSelection((prev) => (prev && prev.start === offsets.start && prev.end === offsets.end ? prev : offsets));
      } else if (current.isCollapsed && current.anchorNode && root.contains(current.anchorNode)) {
        setSelection(null);
      }
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [rootRef, text]);
  return [selection, setSelection] as const;
}
