import type { AidFact, DroneFact, InjuryFact, ShelterFact } from "./fact-types";
import { CURRENCY_WORDS, DONORS } from "./catalogue";
import type { Random } from "./random";

/**
 * One sentence per fact, in the phrasings dispatches use; the sentence is the fact's quote.
 * Every number in a fact is written in its sentence, so the quote supports the fact.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const onDay = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
// toLocaleString is slow enough to matter at a million sentences.
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const WEAPONS = ["missile", "drone", "glide bomb", "artillery", "rocket", "cluster munition"];
const donorName = (country: string) => DONORS.find((d) => d.country === country)?.name ?? country;
const RECIPIENTS: Record<string, string> = { UA: "Ukraine", MD: "Moldova" };

export function injurySentence(r: Random, f: InjuryFact, place: string): string {
  const serious = f.serious !== null ? `, ${thousands(f.serious)} of them seriously` : "";
  const killed = f.killed !== null ? ` and killed ${thousands(f.killed)}` : "";
  if (f.attacker === "UA") return `Ukrainian shelling of ${place} on ${onDay(f.date)} injured ${thousands(f.injured ?? 0)} people${serious}${killed}, the regional governor said.`;
  if (f.attacker === null) return `An explosion in ${place} injured ${thousands(f.injured ?? 0)} people${serious}${killed}, emergency services said.`;
  return r.chance(0.5)
    ? `A Russian ${r.pick(WEAPONS)} strike on ${place} on ${onDay(f.date)} injured ${thousands(f.injured ?? 0)} people${serious}${killed}.`
    : `${capitalize(thousands(f.injured ?? 0))} people were injured${serious}${killed} when a Russian ${r.pick(WEAPONS)} hit ${place} on ${onDay(f.date)}.`;
}

export function droneSentence(f: DroneFact, place: string | null): string {
  const where = place ? ` over ${place}` : "";
  if (f.claimant === "RU") return `Russia's defence ministry claimed to have shot down ${thousands(f.count)} Ukrainian drones${where} on ${onDay(f.date)}.`;
  if (f.outcome === "launched") return `Russia launched ${thousands(f.count)} attack drones at Ukraine overnight, the air force said.`;
  if (f.outcome === "hit") {
    return f.country === "UA"
      ? `${capitalize(thousands(f.count))} drones hit targets in ${place ?? "the region"} on ${onDay(f.date)}, officials said.`
      : `Debris from ${thousands(f.count)} drones fell near ${place ?? "the border"} on ${onDay(f.date)}, the authorities said.`;
  }
  if (f.launched !== null) return `Of the ${thousands(f.launched)} drones launched on ${onDay(f.date)}, ${thousands(f.count)} were shot down${where}, the air force said.`;
  return `Ukraine's air force said it shot down ${thousands(f.count)} drones${where} on ${onDay(f.date)}.`;
}

/** "$250 million", "DKK 5.8 billion": the words a dispatch uses for an amount. */
export function amountPhrase(amount: number, currency: string): string {
  const [value, unit] = amount >= 1e9 ? [amount / 1e9, " billion"] : amount >= 1e6 ? [amount / 1e6, " million"] : [amount, ""];
  const number = unit ? String(Number(value.toFixed(1))) : thousands(value);
  if (currency === "USD") return `$${number}${unit}`;
  if (currency === "EUR") return `€${number}${unit}`;
  if (currency === "GBP") return `£${number}${unit}`;
  return `${number}${unit} ${CURRENCY_WORDS[currency] ?? currency}`;
}

export function aidSentence(r: Random, f: AidFact): string {
  const donor = f.donor ? donorName(f.donor) : "A group of donors";
  const amount = amountPhrase(f.amount, f.currency);
  if (f.recipient === null) return `${donor} committed ${amount} to an international reconstruction fund on ${onDay(f.date)}.`;
  const to = RECIPIENTS[f.recipient] ?? f.recipient;
  if (f.category === null) return `${donor} said on ${onDay(f.date)} it would give ${to} a further ${amount}.`;
  return r.chance(0.5)
    ? `${donor} pledged ${amount} in ${f.category} aid to ${to} on ${onDay(f.date)}.`
    : `${donor} announced a ${amount} ${f.category} aid package for ${to} on ${onDay(f.date)}.`;
}

export function shelterSentence(f: ShelterFact, place: string): string {
  const size =
    f.lengthM !== null && f.widthM !== null && f.heightM !== null
      ? `, each ${f.lengthM} metres long, ${f.widthM} metres wide and ${f.heightM} metres high`
      : "";
  return `Authorities in ${place} installed ${thousands(f.count)} modular shelters${size} on ${onDay(f.date)}.`;
}

export const FILLER = [
  "Air raid alerts sounded across the region for several hours.",
  "Emergency crews worked through the night to clear the rubble.",
  "The claims could not be independently verified.",
  "Officials said more details would follow.",
  "Power was cut to several districts for part of the day.",
  "Schools in the area switched to remote lessons.",
  "The strikes came as talks on further support continued.",
  "Residents were urged to stay close to shelters.",
];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
