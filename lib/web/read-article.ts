import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readPageMetadata, type PageMetadata } from "./page-metadata";

export interface ReadArticle extends PageMetadata {
  /** The article's own text: paragraphs separated by blank lines. */
  text: string;
}

/** What never belongs to the article's text, removed before Readability scores the page. */
const NOT_ARTICLE = [
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "figcaption",
  "figure",
  "script",
  "style",
  "noscript",
  "iframe",
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[rel="author"]',
  '[itemprop="author"]',
  ".byline",
  ".author",
].join(", ");

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

/** Block elements' text, one paragraph each; nested blocks (a <p> in an <li>) are read once. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    // A block that is all link (a headline list Readability kept) is a way out, not the article.
    const linked = [...el.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").replace(/\s+/g, " ").trim().length, 0);
    if (line && linked < line.length * 0.8) parts.push(line);
  }
  return parts.join("\n\n");
}

/**
 * The article inside a web page: its own text without navigation, related-story lists,
 * captions, bylines or footer (Mozilla's Readability, over linkedom's DOM), and its metadata.
 * Returns an empty text when the page holds no article.
 */
export function readArticle(html: string): ReadArticle {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  for (const el of [...document.querySelectorAll(NOT_ARTICLE)]) el.remove();
  // Only the text is kept, so Readability never needs the page's address to resolve links.
  const reader = new Readability(document as unknown as Document, { charThreshold: 200 });
  const article = reader.parse();
  const text = article?.content ? blocksToText(article.content) : "";
  return {
    ...metadata,
    title: metadata.title ?? article?.title ?? undefined,
    publisher: metadata.publisher ?? article?.siteName ?? undefined,
    text,
  };
}

/** Plain text of a fragment of HTML (a feed item's content), paragraphs kept. */
export function htmlFragmentToText(html: string): string {
  if (!/<[a-z][\s\S]*>/i.test(html)) return html.replace(/\r\n?/g, "\n").trim();
  const blocks = blocksToText(html);
  return blocks || (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? "").replace(/\s+/g, " ").trim();
}
