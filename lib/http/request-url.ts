import { ApiError } from "./api-error";

// "%" not followed by two hex digits, or an escape that is not UTF-8, cannot be decoded.
function checkDecodable(part: string, what: string) {
  try {
    decodeURIComponent(part);
  } catch {
    throw new ApiError("invalid_parameter", `The ${what} has a malformed percent-encoding ("${part.slice(0, 60)}"): encode it as UTF-8, e.g. %C3%A9 for é.`, what === "path" ? undefined : what);
  }
}

/**
 * The request's URL, refusing one whose path or query does not percent-decode as UTF-8
 * (`/api/facts/%ff`); URLSearchParams would quietly turn such bytes into U+FFFD.
 */
export function requestUrl(request: Request): URL {
  const url = new URL(request.url);
  checkDecodable(url.pathname, "path");
  for (const pair of url.search.slice(1).split("&")) {
    if (!pair) continue;
    const [key = "", value = ""] = pair.split("=");
    checkDecodable(key.replace(/\+/g, " "), "query");
    checkDecodable(value.replace(/\+/g, " "), key.replace(/\+/g, " ").replace(/%[0-9a-f]{2}/gi, "") || "query");
  }
  return url;
}
