/**
 * The warning a production build prints when SITE_URL is not set: every page then names
 * http://localhost:3000 as its address in the canonical link, og:url, citation_public_url and the
 * JSON-LD, and reference managers store that. (The Cite button uses the address the reader is at.)
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  const url = env.SITE_URL?.trim();
  if (!url) {
    return "SITE_URL is not set: pages will name http://localhost:3000 as their address (canonical link, og:url, citation_public_url, JSON-LD), and reference managers store it. Build with SITE_URL=https://your.site for the web.";
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `SITE_URL=${url} is not an absolute address such as https://your.site`;
  }
  if (!/^https?:$/.test(parsed.protocol)) return `SITE_URL=${url} is not an http(s) address`;
  return null;
}
