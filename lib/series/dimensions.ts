import { raw, type Sql } from "../db/sql";

/** Non-time groupings: each names the column a chart's bars or colors come from. */
export const DIMENSIONS = {
  country: 'f."country"',
  place: 'pl."name"',
  kind: 'f."kind"',
  claimant: 'f."claimant"',
  attacker: 'f."attacker"',
  donor: 'f."donor"',
  recipient: 'f."recipient"',
  outcome: 'f."outcome"',
  category: 'f."category"',
  currency: 'f."currency"',
  status: 'f."status"',
} as const;

export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as [Dimension, ...Dimension[]];

export function dimensionSql(d: Dimension): Sql {
  return raw(DIMENSIONS[d]);
}
