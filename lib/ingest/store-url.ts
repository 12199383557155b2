import type { Db } from "../db/client";
import type { RateTable } from "../extract/rates";
import { dispatchInput } from "./dispatch-input";
import { fetchArticle } from "./fetch-article";
import { storeDispatch, type StoredDispatch, type StoreOptions } from "./store-dispatch";

export class MissingDateError extends Error {}

export interface UrlOptions extends StoreOptions {
  /** The publication day when the page states none (CLI --published, a feed item's date). */
  published?: string;
  rates?: RateTable;
  /** Runs the fetch (a feed worker's per-host gate); extraction and storing happen outside it. */
  gate?: { run<T>(url: string, task: () => Promise<T>): Promise<T> };
}

/** A dispatch already stored under one of these addresses (as given, after redirects, canonical). */
export async function findSourceByUrl(db: Db, urls: (string | undefined)[]): Promise<number | null> {
  const list = [...new Set(urls.filter((u): u is string => !!u))];
  if (list.length === 0) return null;
  const hit = await db.source.findFirst({ where: { url: { in: list } }, select: { id: true }, orderBy: { id: "asc" } });
  return hit?.id ?? null;
}

/**
 * Fetches the article at a URL and stores it like a pasted dispatch (its facts as proposed).
 * The same article is stored once: same URL, same canonical URL or same text. A failed fetch
 * throws FetchError and stores nothing.
 */
export async function storeUrl(db: Db, url: string, options: UrlOptions = {}): Promise<StoredDispatch & { url: string }> {
  const before = await findSourceByUrl(db, [url]);
  if (before !== null) return { sourceId: before, created: false, proposed: [], corroborated: [], url };
  const article = await (options.gate ? options.gate.run(url, () => fetchArticle(url)) : fetchArticle(url));
  const stored = article.canonicalUrl ?? article.finalUrl;
  const same = await findSourceByUrl(db, [article.finalUrl, article.canonicalUrl]);
  if (same !== null) return { sourceId: same, created: false, proposed: [], corroborated: [], url: stored };
  const publishedAt = article.publishedAt ?? options.published;
  if (!publishedAt) throw new MissingDateError(`${url}: the page states no publication date; give one (--published YYYY-MM-DD, or publishedAt)`);
  const input = dispatchInput.parse({ text: article.text, title: article.title?.slice(0, 300), publisher: article.publisher?.slice(0, 200), url: stored, publishedAt });
  return { ...(await storeDispatch(db, input, options.rates, options)), url: stored };
}
