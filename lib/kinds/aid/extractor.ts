/**
 * The aid kind's extractor plugin (server only: it carries the extraction rules). It lives
 * with the other rules in lib/extract/kinds/aid.ts; this names it as the kind's.
 */
export { aidExtractor as aidKindExtractor } from "../../extract/kinds/aid";
