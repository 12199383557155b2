/**
 * What the benchmark asks for: the charts the dashboard pages draw (with their default, unfiltered
 * view), plus filtered variants a reader gets by touching the filter bar, and pages of facts.
 */
export interface BenchCase {
  name: string;
  query: string;
}

export const SERIES_CASES: BenchCase[] = [
  { name: "overview: facts by week × kind", query: "metric=facts&by=auto&split=kind" },
  { name: "overview: totals by kind", query: "metric=facts,injured,killed,drones,aid_eur,shelters&by=kind" },
  { name: "injuries over time", query: "metric=injured,killed&by=auto&kind=injury" },
  { name: "drones shot down × claimant", query: "metric=drones_shot_down&by=auto&split=claimant&kind=drone" },
  { name: "aid by donor × currency", query: "metric=aid_eur,aid_amount,aid_unconverted&by=donor&split=currency&kind=aid&limit=500" },
  { name: "map: injured by place", query: "metric=injured&by=place&limit=500" },
  { name: "filter: country=RO by week", query: "metric=facts&by=auto&country=RO" },
  { name: "filter: 2023-03-15…2024-11-20, drones by week × outcome", query: "metric=drones&by=auto&split=outcome&kind=drone&from=2023-03-15&to=2024-11-20" },
];

export const FACTS_CASES: BenchCase[] = [
  { name: "facts: first page", query: "limit=100" },
  { name: "facts: injuries in Ukraine, first page", query: "limit=100&kind=injury&country=UA" },
];
