/**
 * The injury kind's extractor plugin (server only: it carries the extraction rules). It lives
 * with the other rules in lib/extract/kinds/injury.ts; this names it as the kind's.
 */
export { injuryExtractor as injuryKindExtractor } from "../../extract/kinds/injury";
