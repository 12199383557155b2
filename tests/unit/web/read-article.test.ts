import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/web/read-article";
import { articleHtml, articleParagraphs, BYLINE, CAPTION, FOOTER, NAVIGATION, RELATED } from "../../fixtures/web/pages";

describe("readArticle", () => {
  it("keeps the article's own paragraphs and drops navigation, related headlines, caption, byline and footer", () => {
    const article = readArticle(articleHtml({ n: 4, published: "2026-11-10" }));
    expect(article.text).toBe(articleParagraphs(4).join("\n\n"));
    for (const unwanted of [NAVIGATION.split(" ")[2]!, RELATED[0]!, RELATED[1]!, CAPTION, BYLINE, FOOTER, "Related stories", "Privacy"]) {
      expect(article.text).not.toContain(unwanted);
    }
  });

  it("takes title, publisher and the publication day from the page's metadata", () => {
    const article = readArticle(articleHtml({ n: 4, published: "2026-11-10", canonical: "http://news.example/canonical/4" }));
    expect(article.title).toBe("Drone strike injures six in Kharkiv (report 4)");
    expect(article.publisher).toBe("Example Wire");
    expect(article.publishedAt).toBe("2026-11-10"); // 06:30+02:00 is still the 10th where it was published
    expect(article.canonicalUrl).toBe("http://news.example/canonical/4");
  });

  it("reads the date from JSON-LD or from a <time> element when there is no meta tag", () => {
    expect(readArticle(articleHtml({ n: 5, published: "2026-10-01", dateIn: "jsonld" })).publishedAt).toBe("2026-10-01");
    expect(readArticle(articleHtml({ n: 6, published: "2026-09-02", dateIn: "time" })).publishedAt).toBe("2026-09-02");
    expect(readArticle(articleHtml({ n: 7 })).publishedAt).toBeUndefined();
  });

  it("finds no article in a page of links", () => {
    const page = `<html><body><nav><a href="/">Home</a></nav><ul>${RELATED.map((r) => `<li><a href="/x">${r}</a></li>`).join("")}</ul></body></html>`;
    expect(readArticle(page).text.length).toBeLessThan(40);
  });
});
