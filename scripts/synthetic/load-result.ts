/** What a bulk load did and how long each part took. */
export interface LoadResult {
  sources: number;
  facts: number;
  parties: number;
  places: number;
  /** Generating and inserting the rows. */
  insertSeconds: number;
  /** Rebuilding the rollup tables from the loaded facts. */
  rollupSeconds: number;
  /** Refreshing the planner's statistics. */
  analyzeSeconds: number;
  totalSeconds: number;
}

export class AlreadyLoadedError extends Error {}

export const seconds = (since: number) => (performance.now() - since) / 1000;
