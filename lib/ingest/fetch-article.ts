import { FetchError } from "../web/fetch-error";
import { fetchPublic } from "../web/fetch-public";
import { readArticle, type ReadArticle } from "../web/read-article";

export const PAGE_TYPES = ["text/html", "application/xhtml+xml"] as const;

export interface FetchedArticle extends ReadArticle {
  /** The address after redirects. */
  finalUrl: string;
}

function httpUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a web page and reads the article in it. Throws FetchError when there is none. */
export async function fetchArticle(url: string): Promise<FetchedArticle> {
  const page = await fetchPublic(url, { accept: PAGE_TYPES });
  const article = readArticle(page.body);
  if (article.text.length < 40) throw new FetchError(url, `${url}: HTTP ${page.status}, but no article text was found on the page`, page.status);
  return { ...article, canonicalUrl: httpUrl(article.canonicalUrl, page.url), finalUrl: page.url };
}
