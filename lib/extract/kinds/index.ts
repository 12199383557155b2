import { aidExtractor } from "./aid";
import { droneExtractor } from "./drone";
import { injuryExtractor } from "./injury";
import type { KindExtractor } from "./kind";
import { shelterExtractor } from "./shelter";

/** Every kind the extractor reads; a new kind is one more entry. */
export const KIND_EXTRACTORS: KindExtractor[] = [injuryExtractor, droneExtractor, aidExtractor, shelterExtractor];
