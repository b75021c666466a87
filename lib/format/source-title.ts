/**
 * A readable title for a source whose headline is not recorded: the article's slug from its URL
 * ("2 officers among 7 soldiers martyred in terrorist attack..."), else its domain.
 */
export function sourceTitle(headline: string | null, url: string): string {
  if (headline) return headline;
  const u = new URL(url);
  const slug = u.pathname
    .split("/")
    .filter((part) => /[a-z]/i.test(part) && part.includes("-"))
    .pop();
  const host = u.hostname.replace(/^www\./, "");
  if (!slug) return host;
  const words = decodeURIComponent(slug)
    .replace(/\.(html?|php|aspx?)$/i, "")
    .replace(/^\d+-/, "")
    .replace(/[-_]+/g, " ")
    .trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)} (${host})` : host;
}
