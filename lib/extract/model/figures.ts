/**
 * The figures a fact (or a label) states, as the text may write them: the counts of an injury or a
 * drone fact, an aid amount, a shelter's count and sizes (stored in metres; written in km or cm too).
 * The number model learns from these in labels and looks for them in proposed facts' quotes.
 */
type FigureFields = { kind: string } & Partial<Record<"injured" | "killed" | "count" | "launched" | "amount" | "lengthM" | "widthM" | "heightM", number | null>>;

const FIELDS: Record<string, ReadonlyArray<keyof FigureFields>> = {
  injury: ["injured", "killed"],
  drone: ["count", "launched"],
  aid: ["amount"],
  shelter: ["count", "lengthM", "widthM", "heightM"],
};

export function figuresOf(fact: FigureFields): number[] {
  const values = (FIELDS[fact.kind] ?? []).map((k) => fact[k]).filter((v): v is number => typeof v === "number" && v > 0);
  return fact.kind === "shelter" ? values.flatMap((v) => [v, v / 1000, v * 100]) : values;
}

/** Whether a number read in the text is one of the figures (exact, up to floating-point noise). */
export const isFigure = (figures: readonly number[], value: number): boolean => figures.some((v) => Math.abs(v - value) < 1e-6 * Math.max(1, v));
