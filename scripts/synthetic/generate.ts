import { contentHash } from "../../lib/sources/content-hash";
import { FACT_KINDS, type FactKind, type FactStatus } from "../../lib/facts/contract";
import { DONORS, EUR_PER_UNIT, placeCatalogue, type SyntheticPlace } from "./catalogue";
import type { AidFact, DroneFact, InjuryFact, ShelterFact, SyntheticFact, SyntheticSource } from "./fact-types";
import { Random, WeightedPicker } from "./random";
import { aidSentence, droneSentence, FILLER, injurySentence, shelterSentence } from "./sentences";
import { addDays, buildTimeline } from "./timeline";

export interface GenerateOptions {
  facts: number;
  seed: number;
  /** First and last day of the events (ISO days). */
  from: string;
  to: string;
}


/** What a dispatch is about decides how many facts it has and of which kinds. */
const THEMES = [
  { name: "strikes", weight: 0.5, meanFacts: 7, kinds: { injury: 0.65, drone: 0.3, shelter: 0.05, aid: 0 } },
  { name: "air-defence", weight: 0.25, meanFacts: 5, kinds: { injury: 0.15, drone: 0.85, shelter: 0, aid: 0 } },
  { name: "aid", weight: 0.17, meanFacts: 5, kinds: { injury: 0, drone: 0, shelter: 0, aid: 1 } },
  { name: "shelters", weight: 0.06, meanFacts: 3, kinds: { injury: 0.2, drone: 0, shelter: 0.8, aid: 0 } },
] as const satisfies readonly { name: string; weight: number; meanFacts: number; kinds: Record<FactKind, number> }[];
const KINDS: FactKind[] = [...FACT_KINDS];
const PUBLISHERS = ["Synthetic Wire", "Example Observer", "Placeholder Daily", "Sample News Agency", "Test Pattern Radio"];

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/** Rounds an amount to what its words can say exactly: 2.3 million, 1.2 billion, 450,000. */
function speakableAmount(n: number): number {
  if (n >= 1e9) return round(n / 1e8) * 1e8;
  if (n >= 1e6) return round(n / 1e5) * 1e5;
  return Math.max(1000, round(n / 1000) * 1000);
}

function status(r: Random): { status: FactStatus; confidence: number } {
  const x = r.next();
  if (x < 0.8) return { status: "verified", confidence: round(0.85 + 0.15 * r.next(), 2) };
  if (x < 0.95) return { status: "proposed", confidence: round(0.5 + 0.45 * r.next(), 2) };
  return { status: "rejected", confidence: round(0.3 + 0.5 * r.next(), 2) };
}

class FactMaker {
  private readonly ua: WeightedPicker<SyntheticPlace>;
  private readonly ru: WeightedPicker<SyntheticPlace>;
  private readonly border: WeightedPicker<SyntheticPlace>;
  private readonly donors = new WeightedPicker(DONORS, DONORS.map((d) => d.size));

  constructor(private readonly r: Random) {
    const places = placeCatalogue();
    this.ua = new WeightedPicker(places.UA, places.UA.map((p) => p.weight));
    this.ru = new WeightedPicker(places.RU, places.RU.map((p) => p.weight));
    this.border = new WeightedPicker(places.border, places.border.map((p) => p.weight));
  }

  injury(date: string, heat: number, near: SyntheticPlace): { fact: InjuryFact; place: SyntheticPlace } {
    const r = this.r;
    const place = r.chance(0.4) ? near : r.chance(0.12) ? this.ru.pick(r) : this.ua.pick(r);
    const attacker = place.country === "RU" ? (r.chance(0.95) ? "UA" : null) : r.chance(0.92) ? "RU" : null;
    const injured = Math.max(1, Math.round(r.logNormal(3 * Math.sqrt(heat), 0.9)));
    const fact: InjuryFact = {
      kind: "injury",
      date,
      country: place.country,
      place: place.name,
      quote: "",
      start: 0,
      end: 0,
      confidence: 1,
      injured,
      killed: r.chance(0.55) ? null : Math.round(r.logNormal(1, 1)),
      serious: r.chance(0.7) ? null : r.int(0, injured),
      attacker,
    };
    return { fact, place };
  }

  drone(date: string, heat: number): { fact: DroneFact; place: SyntheticPlace | null } {
    const r = this.r;
    const size = () => Math.max(1, Math.round(r.logNormal(10 * Math.pow(heat, 0.7), 0.7)));
    const base = { kind: "drone" as const, date, quote: "", start: 0, end: 0, confidence: 1 };
    const x = r.next();
    if (x < 0.45) {
      const place = r.chance(0.6) ? this.ua.pick(r) : null;
      const count = size();
      const launched = r.chance(0.4) ? count + r.int(0, Math.ceil(count / 3)) : null;
      return { fact: { ...base, country: "UA", place: place?.name ?? null, count, launched, outcome: "shot_down", claimant: "UA" }, place };
    }
    if (x < 0.65) {
      const place = this.ru.pick(r);
      return { fact: { ...base, country: "RU", place: place.name, count: size(), launched: null, outcome: "shot_down", claimant: "RU" }, place };
    }
    if (x < 0.8) return { fact: { ...base, country: "UA", place: null, count: size(), launched: null, outcome: "launched", claimant: "UA" }, place: null };
    if (x < 0.92) {
      const place = this.ua.pick(r);
      return { fact: { ...base, country: "UA", place: place.name, count: Math.max(1, Math.round(size() / 5)), launched: null, outcome: "hit", claimant: r.chance(0.7) ? "UA" : null }, place };
    }
    const place = this.border.pick(r);
    return { fact: { ...base, country: place.country, place: place.name, count: r.int(1, 4), launched: null, outcome: "hit", claimant: null }, place };
  }

  aid(date: string): { fact: AidFact; rateUsed: number | null; rateDate: string | null } {
    const r = this.r;
    const donor = this.donors.pick(r);
    const currency = r.chance(0.8) ? donor.currency : r.chance(0.75) ? "USD" : "EUR";
    const perUnit = EUR_PER_UNIT[currency]!;
    const eur = r.logNormal(4e6 * donor.size, 1.1);
    const amount = speakableAmount(eur / perUnit);
    const converted = currency === "EUR" || r.chance(0.95);
    // The rate drifts a little from month to month, as a real one does.
    const rate = currency === "EUR" ? 1 : round(perUnit * (1 + 0.03 * Math.sin(Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)))), 6);
    const recipientRoll = r.next();
    const categoryRoll = r.next();
    const fact: AidFact = {
      kind: "aid",
      date,
      country: donor.country,
      place: null,
      quote: "",
      start: 0,
      end: 0,
      confidence: 1,
      amount,
      currency,
      amountEur: converted ? round(amount * rate, 2) : null,
      donor: donor.country,
      recipient: recipientRoll < 0.92 ? "UA" : recipientRoll < 0.95 ? "MD" : null,
      category: categoryRoll < 0.5 ? "military" : categoryRoll < 0.75 ? "humanitarian" : categoryRoll < 0.95 ? "financial" : null,
    };
    // A pledge to a fund names no recipient and no kind of aid.
    if (fact.recipient === null) fact.category = null;
    return { fact, rateUsed: converted ? rate : null, rateDate: converted ? date : null };
  }

  shelter(date: string): { fact: ShelterFact; place: SyntheticPlace } {
    const r = this.r;
    const place = r.chance(0.85) ? this.ua.pick(r) : this.border.pick(r);
    const sized = r.chance(0.7);
    const fact: ShelterFact = {
      kind: "shelter",
      date,
      country: place.country,
      place: place.name,
      quote: "",
      start: 0,
      end: 0,
      confidence: 1,
      count: Math.max(1, Math.round(r.logNormal(3, 0.8))),
      lengthM: sized ? round(4 + 8 * r.next(), 1) : null,
      widthM: sized ? round(2 + r.next(), 1) : null,
      heightM: sized ? round(1.5 + 1.1 * r.next(), 1) : null,
    };
    return { fact, place };
  }

  primaryPlace(): SyntheticPlace {
    return this.ua.pick(this.r);
  }
}

/**
 * Synthetic dispatches with their facts, `facts` in all, deterministically from the seed. A
 * generator, so a million facts never sit in memory at once.
 */
export function* generateSources(options: GenerateOptions): Generator<SyntheticSource> {
  const r = new Random(options.seed);
  const timeline = buildTimeline(new Random(options.seed ^ 0x5eed5eed), options.from, options.to);
  const maker = new FactMaker(r);
  const last = timeline.days.length - 1;
  let remaining = options.facts;
  for (let index = 1; remaining > 0; index++) {
    const dayIndex = timeline.picker.pick(r);
    const day = timeline.days[dayIndex]!;
    const heat = timeline.intensity[dayIndex]!;
    // Drones take a growing share of the reports as the years go on.
    const progress = last > 0 ? dayIndex / last : 0;
    const themes = new WeightedPicker(THEMES, THEMES.map((t) => (t.name === "air-defence" ? t.weight * (0.5 + progress) : t.weight)));
    const theme = themes.pick(r);
    const kinds = new WeightedPicker(KINDS, KINDS.map((k) => theme.kinds[k]));
    const count = Math.min(remaining, 1 + r.poisson(theme.meanFacts - 1));
    const near = maker.primaryPlace();

    const facts: SyntheticFact[] = [];
    const sentences: (string | number)[] = [];
    for (let i = 0; i < count; i++) {
      const date = r.chance(0.3) && dayIndex > 0 ? addDays(day, -1) : day;
      const kind = kinds.pick(r);
      const { status: st, confidence } = status(r);
      let made: SyntheticFact;
      let sentence: string;
      if (kind === "injury") {
        const { fact, place } = maker.injury(date, heat, near);
        sentence = injurySentence(r, fact, place.name);
        made = { fact, status: st, rateUsed: null, rateDate: null, place };
      } else if (kind === "drone") {
        const { fact, place } = maker.drone(date, heat);
        sentence = droneSentence(fact, place?.name ?? null);
        made = { fact, status: st, rateUsed: null, rateDate: null, place };
      } else if (kind === "aid") {
        const { fact, rateUsed, rateDate } = maker.aid(date);
        sentence = aidSentence(r, fact);
        made = { fact, status: st, rateUsed, rateDate, place: null };
      } else if (kind === "shelter") {
        const { fact, place } = maker.shelter(date);
        sentence = shelterSentence(fact, place.name);
        made = { fact, status: st, rateUsed: null, rateDate: null, place };
      } else {
        const unhandled: never = kind;
        throw new Error(`the synthetic generator makes no ${String(unhandled)} facts`);
      }
      made.fact.confidence = confidence;
      made.fact.quote = sentence;
      facts.push(made);
      sentences.push(facts.length - 1);
      if (r.chance(0.3)) sentences.push(r.pick(FILLER));
    }

    const title = `${theme.name === "aid" ? "Aid roundup" : theme.name === "shelters" ? "Shelters" : near.name}: ${count} report${count === 1 ? "" : "s"} for ${day}`;
    let text = `${title}\n\n`;
    let sentencesInParagraph = 0;
    for (const s of sentences) {
      if (sentencesInParagraph === 3) {
        text = `${text.trimEnd()}\n\n`;
        sentencesInParagraph = 0;
      }
      if (typeof s === "number") {
        const f = facts[s]!.fact;
        f.start = text.length;
        text += f.quote;
        f.end = text.length;
      } else text += s;
      text += " ";
      sentencesInParagraph += 1;
    }
    text = `${text.trimEnd()}\n\n(Synthetic dispatch ${options.seed}-${index}, generated for testing; not a real report.)\n`;

    yield {
      title,
      publisher: PUBLISHERS[index % PUBLISHERS.length]!,
      url: `https://synthetic.invalid/${options.seed}/${index}`,
      publishedAt: day,
      language: "en",
      text,
      contentHash: contentHash(text),
      facts,
    };
    remaining -= count;
  }
}
