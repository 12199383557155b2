"use client";

import { BUTTON } from "./button-styles";

/** Stays at the bottom of the screen while text is selected, wherever the reviewer has scrolled. */
export function SelectionBar({ quote, onAdd, onClear }: { quote: string; onAdd: () => void; onClear: () => void }) {
  const shown = quote.length > 90 ? `${quote.slice(0, 87)}…` : quote;
  return (
    <div
      role="region"
      aria-label="Selected text"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-300 bg-white/95 px-3 py-2 shadow-lg backdrop-blur dark:border-slate-700 dark:bg-slate-900/95"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-2">
        <p className="min-w-0 flex-1 basis-60 truncate text-sm">
          <span className="font-medium">Selected ({quote.length} characters):</span> <span className="italic">“{shown}”</span>
        </p>
        <button
          type="button"
          className={BUTTON.primary}
          // Keep the text selected while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={onAdd}
        >
          Add fact from selection
        </button>
        <button type="button" className={BUTTON.secondary} onMouseDown={(e) => e.preventDefault()} onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
