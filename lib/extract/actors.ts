/**
 * Who said it, who attacked, who gives: countries read from demonyms, names and capitals in
 * the roles the sentence gives them. "Moscow claimed" → claimant RU; "A Ukrainian attack",
 * "carried out by Kyiv", "Moscow blamed Kyiv" → attacker UA; "Denmark will release" → donor DK.
 */
import { findCountryMentions, type CountryMention } from "./countries";

const SPEECH = String.raw`(?:said|says|say|claimed|claims|claim|reported|reports|announced|announces|stated|states|wrote|writes|told|added|confirmed|confirms|posted|informed|declared|noted)`;
// After the mention: up to four words ("'s air force") or an aside between commas
// ("Moscow, for example, claimed"), then a speech verb.
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:['’]s)?(?:(?:\s+(?!that\b|it\b|which\b)[\w'’-]+){0,4}?|,\s+[^,]{1,25},)\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+)?${SPEECH}\b`,
);
// Inverted speech: '..., said the Russian defence ministry', 'according to Ukraine's air force'.
// Not "the air force said Russia launched ...", where Russia is the reported subject.
const SPEAKS_BEFORE = new RegExp(
  String.raw`(?:[,”"’]\s*${SPEECH}|\baccording to|\bcited by|\bquoted by|\bclaimed by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$`,
  "i",
);

const ATTACK_NOUN = String.raw`(?:attacks?|strikes?|missiles?|drones?|UAVs?|shelling|shells?|bombardment|bombing|bombs?|rockets?|artillery|forces|troops|army|military|airstrikes?|air strikes?|warplanes?|aircraft|helicopters?|glide bombs?|saboteurs?|units?|fire)`;
// "Russian drones", "Russia's attack" — but not "Ukraine with 48 drones", where Ukraine is the target.
const ATTACK_AFTER_DEMONYM = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\b`);
const ATTACK_AFTER_NAME = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\b`);
const ATTACK_VERB_AFTER =
  /^\s+(?:has\s+|had\s+|have\s+)?(?:attack(?:s|ed)|strikes|struck|shell(?:s|ed)|hits?|bomb(?:s|ed)|fire[sd]|launch(?:es|ed)|target(?:s|ed)|pound(?:s|ed)|shot)\b/;
const ATTACK_BY_BEFORE =
  /\b(?:(?:carried out|launched|fired|conducted|perpetrated|caused|shelled|attacked|struck|hit|targeted|bombed|committed)\s+(?:\w+\s+)?by|blamed|accused|blaming|accusing)\s+(?:the\s+)?$/i;
const RECIPIENT_BEFORE = /\b(?:to|for|into|in|on|against|with|over|of|from\s+(?:frozen\s+)?)\s+(?:the\s+)?$/i;

export function findClaimant(sentence: string, anchor: number): string | null {
  const mentions = findCountryMentions(sentence);
  const speakers = mentions.filter((m) => {
    const after = SPEAKS_AFTER.exec(sentence.slice(m.end, m.end + 70));
    // "launched by Russia overnight, Ukraine's air force said": the speaker is the nearer one.
    if (after && !mentions.some((o) => o.start > m.end && o.start < m.end + after[0].length)) return true;
    return SPEAKS_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start));
  });
  return nearest(speakers, anchor)?.code ?? null;
}

// "Russian air defence forces", "Ukraine's anti-aircraft units": the side that defends, not the one that attacks.
const DEFENDERS_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:air[\s-]+defen[cs]es?|anti-?aircraft|anti-?drone|mobile\s+fire\s+groups?)\b/i;

export function findAttacker(sentence: string, anchor: number): string | null {
  const mentions = findCountryMentions(sentence);
  const attackers = mentions.filter((m) => {
    const after = sentence.slice(m.end, m.end + 40);
    if (DEFENDERS_AFTER.test(after)) return false;
    const before = sentence.slice(Math.max(0, m.start - 40), m.start);
    if (ATTACK_BY_BEFORE.test(before)) return true;
    if (m.kind === "demonym") return ATTACK_AFTER_DEMONYM.test(after) || ATTACK_VERB_AFTER.test(after);
    if (m.kind === "name") return ATTACK_AFTER_NAME.test(after) || ATTACK_VERB_AFTER.test(after);
    return ATTACK_VERB_AFTER.test(after);
  });
  return nearest(attackers, anchor)?.code ?? null;
}

// "the Government of Japan decided …": the government of a country is that country, a giver unless it is itself
// the object of "to"/"for" ("support for the government of X").
const GOVERNMENT_OF_BEFORE = /\b(?:the\s+)?(?:government|cabinet|people|state|republic|kingdom)\s+of\s+(?:the\s+)?$/i;

// "€2 million has been earmarked for UNICEF, the IMF fund, and Moldova": the last item of a list governed by a verb of
// destination and "for"/"to" is a receiver too, when it closes its clause (not "… to Ukraine, and Germany pledged …").
const LIST_OF_RECEIVERS =
  /\b(?:earmarked|allocated|intended|destined|set\s+aside|reserved|go|goes|going|went|channell?ed|directed|distributed)\s+(?:to|for|towards|among|between)\s+[^.;:]{1,120}?(?:,\s*|\s)(?:and|or)\s+(?:the\s+)?$/i;
const CLAUSE_CLOSES = /^\s*(?:[.;,)]|$)/;

function recipientBefore(sentence: string, start: number, end = start): boolean {
  if (/\b(?:and|or)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, start - 10), start)) && CLAUSE_CLOSES.test(sentence.slice(end)) && LIST_OF_RECEIVERS.test(sentence.slice(Math.max(0, start - 160), start)))
    return true;
  const before = sentence.slice(Math.max(0, start - 25), start);
  const gov = GOVERNMENT_OF_BEFORE.exec(before);
  if (!gov) return RECIPIENT_BEFORE.test(before);
  const at = start - before.length + gov.index;
  return RECIPIENT_BEFORE.test(sentence.slice(Math.max(0, at - 25), at));
}

// "US$10 million": a country's code fused to a currency sign is part of the currency, no giver.
const CURRENCY_NOUN_AFTER = /^(?:\$|\s*(?:dollars?|francs?|kron(?:er|or|e|a)|pounds?|yen|won|euros?|zloty|hryvnias?)\b)/i;

/**
 * The giver of aid: a country that is not the recipient side — the nearest one before the
 * amount ("Berlin would send tanks, while the Netherlands pledged €150m"), else the first.
 */
export function findDonor(sentence: string, anchor = sentence.length): string | null {
  const givers = findCountryMentions(sentence).filter(
    (m) =>
      m.code !== "UA" &&
      m.code !== "RU" &&
      !recipientBefore(sentence, m.start, m.end) &&
      // "550,000 US dollars", "Canadian dollars", "Swiss francs": the country of a currency's name is no giver.
      !CURRENCY_NOUN_AFTER.test(sentence.slice(m.end, m.end + 12)),
  );
  const before = givers.filter((m) => m.end <= anchor);
  return (before[before.length - 1] ?? givers[0])?.code ?? null;
}

export function mentionsCountry(sentence: string, code: string): boolean {
  return findCountryMentions(sentence).some((m) => m.code === code);
}

function nearest(mentions: CountryMention[], anchor: number): CountryMention | null {
  let best: CountryMention | null = null;
  let bestGap = Infinity;
  for (const m of mentions) {
    // A speaker before the number is the usual shape; one after ("..., the air force said") is next.
    const gap = m.end <= anchor ? anchor - m.end : (m.start - anchor) * 1.5;
    if (gap < bestGap) {
      best = m;
      bestGap = gap;
    }
  }
  return best;
}
