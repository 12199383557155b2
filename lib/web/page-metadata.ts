import { isoDay } from "../facts/contract";

export interface PageMetadata {
  title?: string;
  publisher?: string;
  /** ISO day YYYY-MM-DD. */
  publishedAt?: string;
  canonicalUrl?: string;
}

type Doc = Pick<Document, "querySelector" | "querySelectorAll">;

function meta(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
}

/** A date or date-time as the page gives it → the ISO day it names (its own calendar day, not UTC's). */
export function toIsoDay(value: string | undefined | null): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? "")?.[1];
  if (day && isoDay.safeParse(day).success) return day;
  const parsed = value ? new Date(value) : null;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  return undefined;
}

/** Article-like objects in the page's JSON-LD (an @graph, an array or one object). */
function jsonLdArticles(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block on someone else's page is not our error
    }
    const nodes = Array.isArray(data) ? data : [data, ...(((data as { "@graph"?: unknown[] })?.["@graph"]) ?? [])];
    for (const node of nodes) {
      if (!node || typeof node !== "object") continue;
      const type = (node as { "@type"?: unknown })["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && /Article|BlogPosting|Report/.test(t))) out.push(node as Record<string, unknown>);
    }
  }
  return out;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/**
 * Title, publisher, publication day and canonical address from a page's metadata: Open Graph
 * and article:published_time, JSON-LD (NewsArticle and kin), then a <time datetime>.
 */
export function readPageMetadata(doc: Doc): PageMetadata {
  const ld = jsonLdArticles(doc)[0];
  const ldPublisher = ld?.publisher as { name?: unknown } | string | undefined;
  const time = doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime");
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, "og:url");
  return {
    title: meta(doc, "og:title", "twitter:title") ?? str(ld?.headline) ?? str(doc.querySelector("title")?.textContent),
    publisher: meta(doc, "og:site_name", "application-name") ?? (typeof ldPublisher === "string" ? str(ldPublisher) : str(ldPublisher?.name)),
    publishedAt: toIsoDay(meta(doc, "article:published_time", "datePublished", "date", "dc.date", "DC.date.issued") ?? str(ld?.datePublished) ?? time),
    canonicalUrl: canonical?.trim() || undefined,
  };
}
