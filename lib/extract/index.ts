/** The extractor's public surface. */
export { extractFacts, type ExtractOptions, type ExtractedFact } from "./extract-facts";
export { resolvePlace, type ResolvedPlace } from "./resolve-place";
export { loadEcbRates, parseEcbRates, type RateTable } from "./rates";
