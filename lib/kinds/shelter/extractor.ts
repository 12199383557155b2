/**
 * The shelter kind's extractor plugin (server only: it carries the extraction rules). It lives
 * with the other rules in lib/extract/kinds/shelter.ts; this names it as the kind's.
 */
export { shelterExtractor as shelterKindExtractor } from "../../extract/kinds/shelter";
