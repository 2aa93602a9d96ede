import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateArchive } from "./archive-generator";
import { parseArticle } from "./parse";
import { assignSlugs } from "./slug";
import type { ParsedArticle } from "./types";

// The articles only: corrections files (`<name>.links`) sit beside them in content/.
const seeds: ParsedArticle[] = readdirSync("content")
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => {
    const result = parseArticle(name, readFileSync(`content/${name}`, "utf8"));
    if (!result.ok) throw new Error(name);
    return result.article;
  });

describe("generateArchive", () => {
  const files = [...generateArchive(seeds, 60, 7)];

  it("writes valid, distinct articles that the parser accepts without problems", () => {
    const parsed = files.map((file) => {
      const result = parseArticle(file.name, file.text);
      expect(result.ok ? [] : result.problems, file.name).toEqual([]);
      return (result as { article: ParsedArticle }).article;
    });
    const { articles, problems } = assignSlugs(parsed);
    expect(problems).toEqual([]);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(60);
    // Every copy's text differs, so no two share an alignment cache key.
    expect(new Set(parsed.map((a) => a.enParagraphs.map((p) => p.text).join("\n"))).size).toBe(60);
    for (const article of parsed) {
      expect(article.en.date >= "1950-01-01" && article.en.date <= "1959-12-31").toBe(true);
      expect(article.enParagraphs.length).toBe(article.zhParagraphs.length);
    }
  });

  it("is deterministic for a seed", () => {
    expect([...generateArchive(seeds, 5, 7)]).toEqual(files.slice(0, 5));
    expect([...generateArchive(seeds, 5, 8)]).not.toEqual(files.slice(0, 5));
  });

  it("with `distinct`, repeats the first copies' bodies under new titles and dates", () => {
    const parse = (file: { name: string; text: string }) => {
      const result = parseArticle(file.name, file.text);
      if (!result.ok) throw new Error(file.name);
      return result.article;
    };
    const repeated = [...generateArchive(seeds, 25, 7, { distinct: 10 })].map(parse);
    expect(repeated.slice(0, 10)).toEqual(files.slice(0, 10).map(parse));
    const body = (a: ParsedArticle) => [...a.enParagraphs, ...a.zhParagraphs].map((p) => p.text).join("\n");
    for (let i = 10; i < 25; i++) {
      expect(body(repeated[i])).toBe(body(repeated[i % 10]));
      expect(repeated[i].en.title).toMatch(new RegExp(`^Copy ${i + 1}: `));
      expect(repeated[i].en.date >= "1946-01-01" && repeated[i].en.date <= "2025-12-31").toBe(true);
    }
    expect(assignSlugs(repeated).problems).toEqual([]);
  });
});
