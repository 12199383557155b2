/** Only http(s) addresses become links: a stored "javascript:" URL must never be clickable. */
export function webUrl(url: string | null): string | null {
  const parsed = url && URL.canParse(url) ? new URL(url) : null;
  return parsed && (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
}
