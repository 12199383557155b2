/** Numbers written as words: "six", "twenty-two", "a dozen", "two hundred", "Fourteen". */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

const UNIT = Object.keys(UNITS).join("|");
const TEN = Object.keys(TENS).join("|");
const SIMPLE = `(?:(?:${TEN})(?:[-\\s](?:${UNIT}))?|${UNIT})`;
const MULT = "(?:dozen|hundred|thousand|million|billion)";

/** A run such as "two hundred and fifty", "a dozen", "twenty-two", "three million". */
export const NUMBER_WORDS_SOURCE = `\\b(?:(?:a|${SIMPLE})\\s+${MULT}(?:\\s+(?:and\\s+)?${SIMPLE})?|${SIMPLE})\\b`;

export function parseNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().split(/[\s-]+/).filter((w) => w !== "and");
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === "a") {
      current = 1;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w] ?? 0;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w] ?? 0;
      seen = true;
    } else if (w in MULTIPLIERS) {
      const m = MULTIPLIERS[w] ?? 1;
      if (m >= 1000) {
        total += (current || 1) * m;
        current = 0;
      } else {
        current = (current || 1) * m;
      }
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
