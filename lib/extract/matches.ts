/**
 * allMatches(re, text): the matches `text.matchAll(re)` yields, as an array, without its cost.
 * matchAll clones the regex for every call, and V8 compiles each clone afresh: for the extractor's
 * large patterns (word lists, landmark alternations) that recompilation cost more than the match
 * itself. Here the one shared global regex runs with exec from the same start (its lastIndex,
 * as matchAll's clone does), stepping past empty matches as matchAll does, and its lastIndex is
 * put back afterwards, so callers see no difference.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/** AdvanceStringIndex: one code unit, or a whole surrogate pair in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
