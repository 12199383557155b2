import { FACT_KINDS } from "../../kinds";
import { KIND_EXTRACTOR_BY_KIND } from "../../kinds/extractors";
import type { KindExtractor } from "./kind";

/** Every kind the extractor reads, in the kinds' order: each kind module (lib/kinds/<kind>/extractor.ts) names its plugin. */
export const KIND_EXTRACTORS: KindExtractor[] = FACT_KINDS.map((kind) => KIND_EXTRACTOR_BY_KIND[kind]);
