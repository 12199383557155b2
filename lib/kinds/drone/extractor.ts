/**
 * The drone kind's extractor plugin (server only: it carries the extraction rules). It lives
 * with the other rules in lib/extract/kinds/drone.ts; this names it as the kind's.
 */
export { droneExtractor as droneKindExtractor } from "../../extract/kinds/drone";
