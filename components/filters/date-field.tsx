"use client";

import { useEffect, useRef, useState } from "react";
import { isIsoDay } from "@/lib/facts/kinds";

/** A typed year below this is a year still being typed (0002, 0020, 0202), never committed on a pause. */
const FIRST_PLAUSIBLE_YEAR = 1990;
const PAUSE_MS = 800;

interface Props {
  id: string;
  className: string;
  value: string | null;
  min?: string;
  max?: string;
  onCommit: (day: string | null) => void;
}

/**
 * A date input that keeps what is being typed to itself and commits it to the URL on Enter, on
 * blur, or after a pause with a plausible day: one history entry per change, not one per
 * keystroke (a browser's date field reports 0002-…, 0020-…, 0202-… while a year is typed).
 */
export function DateField({ id, className, value, min, max, onCommit }: Props) {
  const [draft, setDraft] = useState(value ?? "");
  const [shown, setShown] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The URL moved (a preset, Back): show its value instead of the draft.
  if (value !== shown) {
    setShown(value);
    setDraft(value ?? "");
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    const day = next === "" ? null : next;
    if (day === value || (day !== null && !isIsoDay(day))) return;
    onCommit(day);
  };

  return (
    <input
      id={id}
      type="date"
      className={className}
      value={draft}
      min={min}
      max={max}
      onChange={(e) => {
        const next = e.target.value;
        setDraft(next);
        clearTimeout(timer.current);
        if (next === "" || Number(next.slice(0, 4)) >= FIRST_PLAUSIBLE_YEAR) timer.current = setTimeout(() => commit(next), PAUSE_MS);
      }}
      onBlur={() => commit(draft)}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(draft);
      }}
    />
  );
}
