import { FACT_KINDS } from "../../kinds";
import { KIND_SERVER } from "../../kinds/server";
import type { KindExtractor } from "./kind";

/** Every kind the extractor reads, in the kinds' order: each kind's server part (lib/kinds/<kind>/server.ts) names its plugin. */
export const KIND_EXTRACTORS: KindExtractor[] = FACT_KINDS.map((kind) => KIND_SERVER[kind].extractor);
