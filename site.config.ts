/**
 * Site-wide settings, in one place. Plain data: lib/ and app/ import it; nothing here reads the
 * file system.
 */
export const siteConfig = {
  name: "Parallel Reader",
  nameZh: "双语对照",
  /**
   * The address the site is published at, without a trailing slash: canonical links, Open Graph
   * tags, structured data and copied citations are built from it. The SITE_URL environment
   * variable, when set at build time, overrides it.
   */
  url: (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, ""),
  /**
   * The newspaper an article comes from when its header has no `Source:` line. Same format as the
   * header field: "English name / 中文名" (either half may stand alone).
   */
  defaultSource: "People's Daily / 人民日报",
} as const;
