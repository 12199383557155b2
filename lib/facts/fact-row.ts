import { raw, sql } from "../db/sql";
import type { ApiFact } from "./api-fact";
import { fieldsOfKinds, KIND_FIELDS, type FactKind, type FactStatus, type KindField } from "./contract";

/** Every kind's columns (each field is a Fact column of its name), from the kind definitions. */
export const KIND_COLUMNS_SQL = raw(
  fieldsOfKinds()
    .map((field) => {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`kind field "${field}" is not a plain column name`);
      return `f."${field}"`;
    })
    .join(", "),
);

/** The columns every fact query selects: the fact, its place and its source's provenance. */
export const FACT_ROW_SELECT = sql`
  f."id", f."kind", f."date", f."country", f."quote", f."start", f."end", f."status", f."confidence", f."rule",
  ${KIND_COLUMNS_SQL}, f."updatedAt",
  pl."name" AS "placeName", pl."region" AS "placeRegion", pl."lat" AS "lat", pl."lon" AS "lon",
  s."id" AS "sourceId", s."title" AS "sourceTitle", s."url" AS "sourceUrl", s."publisher" AS "sourcePublisher",
  s."publishedAt" AS "sourcePublishedAt"`;

export const FACT_ROW_FROM = sql`"Fact" f LEFT JOIN "Place" pl ON pl."id" = f."placeId" JOIN "Source" s ON s."id" = f."sourceId"`;

export type FactRow = Record<KindField, string | number | null> & {
  id: number | bigint;
  kind: FactKind;
  date: string;
  country: string;
  quote: string;
  start: number | bigint;
  end: number | bigint;
  status: FactStatus;
  confidence: number;
  rule: string | null;
  updatedAt: Date | string;
  placeName: string | null;
  placeRegion: string | null;
  lat: number | null;
  lon: number | null;
  sourceId: number | bigint;
  sourceTitle: string;
  sourceUrl: string | null;
  sourcePublisher: string | null;
  sourcePublishedAt: string;
};

export type { ApiFact } from "./api-fact";

const num = (v: number | bigint | null) => (v === null ? null : Number(v));

export function toApiFact(row: FactRow): ApiFact {
  const fields = Object.fromEntries(
    KIND_FIELDS[row.kind].map((field) => {
      const value = row[field];
      return [field, typeof value === "bigint" ? Number(value) : value];
    }),
  );
  // The row's kind decides its fields (KIND_FIELDS), which is what the union says.
  return {
    id: Number(row.id),
    kind: row.kind,
    date: row.date,
    country: row.country,
    place: row.placeName,
    region: row.placeRegion,
    lat: num(row.lat),
    lon: num(row.lon),
    ...fields,
    status: row.status,
    confidence: Number(row.confidence),
    rule: row.rule,
    quote: row.quote,
    start: Number(row.start),
    end: Number(row.end),
    source: {
      id: Number(row.sourceId),
      title: row.sourceTitle,
      url: row.sourceUrl,
      publisher: row.sourcePublisher,
      publishedAt: row.sourcePublishedAt,
    },
  } as ApiFact;
}
