/**
 * Every kind's extractor plugin, by kind: a kind in KINDS (./index.ts) without one does not
 * compile. Server only (the rules and their word lists): client components must not import it,
 * which eslint.config.mjs enforces for components/. lib/extract/kinds/index.ts reads the list.
 */
import type { KindExtractor } from "../extract/kinds/kind";
import { aidKindExtractor } from "./aid/extractor";
import { droneKindExtractor } from "./drone/extractor";
import type { FactKind } from "./index";
import { injuryKindExtractor } from "./injury/extractor";
import { shelterKindExtractor } from "./shelter/extractor";

export const KIND_EXTRACTOR_BY_KIND = {
  injury: injuryKindExtractor,
  drone: droneKindExtractor,
  aid: aidKindExtractor,
  shelter: shelterKindExtractor,
} satisfies { [K in FactKind]: KindExtractor };
