/**
 * Every kind's review form, by kind: a kind in KINDS (./index.ts) without one does not compile.
 * Read by the review form only (components/review/field-specs.ts).
 */
import { aidForm } from "./aid/form";
import { droneForm } from "./drone/form";
import type { FactKind, KindOf } from "./index";
import { injuryForm } from "./injury/form";
import type { KindForm } from "./kind-definition";
import { shelterForm } from "./shelter/form";

export const KIND_FORMS = {
  injury: injuryForm,
  drone: droneForm,
  aid: aidForm,
  shelter: shelterForm,
} satisfies { [K in FactKind]: KindForm<KindOf<K>> };
