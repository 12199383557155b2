import { parseFeed } from "feedsmith";
import { htmlFragmentToText } from "../web/read-article";
import { toIsoDay } from "../web/page-metadata";

/** One entry of a feed, whatever its format. */
export interface FeedEntry {
  /** What identifies it across polls: the feed's id/guid, else its link. */
  guid: string;
  link?: string;
  title?: string;
  /** ISO day. */
  publishedAt?: string;
  /** The entry's own text (content, else summary), as plain text. */
  content?: string;
}

export interface ReadFeed {
  format: "rss" | "atom" | "json" | "rdf";
  title?: string;
  entries: FeedEntry[];
}

export class FeedFormatError extends Error {}

type Loose = Record<string, unknown> | undefined;
const text = (v: unknown): string | undefined => {
  const s = typeof v === "string" ? v : typeof v === "object" && v && "value" in v ? (v as { value?: unknown }).value : undefined;
  return typeof s === "string" && s.trim() ? s.trim() : undefined;
};

function httpLink(v: unknown, base?: string): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  try {
    const url = new URL(s, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function entry(guid: string | undefined, link: string | undefined, title: unknown, date: unknown, content: unknown): FeedEntry | null {
  const id = guid ?? link;
  if (!id) return null; // nothing to recognise it by next time: skipped rather than stored twice
  const html = text(content);
  return { guid: id.slice(0, 1000), link, title: text(title), publishedAt: toIsoDay(text(date)), content: html ? htmlFragmentToText(html) : undefined };
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document (feedsmith) into entries.
 * Throws FeedFormatError, naming what was wrong, for anything that is not a feed.
 */
export function readFeed(body: string, feedUrl: string): ReadFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body.trimStart().startsWith("{") ? (JSON.parse(body) as object) : body);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new FeedFormatError(`${feedUrl}: not an RSS, Atom or JSON feed (${why})`);
  }
  const feed = parsed.feed as Record<string, unknown>;
  const entries: (FeedEntry | null)[] = [];
  if (parsed.format === "atom") {
    for (const e of (feed.entries as Loose[] | undefined) ?? []) {
      const links = (e?.links as { href?: string; rel?: string }[] | undefined) ?? [];
      const link = httpLink((links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href, feedUrl);
      entries.push(entry(text(e?.id), link, e?.title, e?.published ?? e?.updated, text(e?.content) ?? e?.summary));
    }
  } else if (parsed.format === "json") {
    for (const e of (feed.items as Loose[] | undefined) ?? []) {
      const link = httpLink(e?.url ?? e?.external_url, feedUrl);
      entries.push(entry(text(e?.id), link, e?.title, e?.date_published ?? e?.date_modified, text(e?.content_html) ?? text(e?.content_text) ?? e?.summary));
    }
  } else {
    for (const e of (feed.items as Loose[] | undefined) ?? []) {
      const link = httpLink(e?.link, feedUrl);
      const dc = e?.dc as Loose;
      const content = (e?.content as Loose)?.encoded ?? e?.description;
      entries.push(entry(text(e?.guid), link, e?.title, e?.pubDate ?? dc?.date, content));
    }
  }
  return { format: parsed.format as ReadFeed["format"], title: text(feed.title), entries: entries.filter((e): e is FeedEntry => e !== null) };
}
