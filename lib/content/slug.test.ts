import { describe, expect, it } from "vitest";
import { assignSlugs, MAX_TITLE_SLUG_LENGTH, shortHash, slugify } from "./slug";
import type { ParsedArticle } from "./types";

describe("slugify", () => {
  it("joins the date and the English title, capped at a word boundary without a dangling function word", () => {
    expect(
      slugify(
        "1958-08-04",
        "Handicraft Industry Achieves Leap Forward in the First Half of the Year; Output Value Increases by 40% Compared to the Same Period Last Year",
      ),
    ).toBe("1958-08-04-handicraft-industry-achieves-leap-forward");
    expect(
      slugify("1957-08-20", "Organize, Increase Production and Practice Economy: Handicraft Industry Output Value Increases by Over 30%"),
    ).toBe("1957-08-20-organize-increase-production-and-practice-economy");
  });

  it("keeps short titles whole; drops % and apostrophes inside words", () => {
    expect(slugify("1956-03-29", "The Nation's Output Rose 40%")).toBe("1956-03-29-the-nations-output-rose-40");
  });

  it("folds diacritics and special Latin letters to ASCII", () => {
    expect(slugify("2000-01-01", "Café Déjà Vu: Straße & Smørrebrød")).toBe("2000-01-01-cafe-deja-vu-strasse-and-smorrebrod");
  });

  it("cuts a single over-long word and falls back to the date when no ASCII is left", () => {
    expect(slugify("2000-01-01", "x".repeat(100))).toBe(`2000-01-01-${"x".repeat(MAX_TITLE_SLUG_LENGTH)}`);
    expect(slugify("2000-01-01", "中文标题")).toBe("2000-01-01");
  });
});

describe("shortHash", () => {
  it("is the 32-bit FNV-1a hash, reduced to six base-36 digits", () => {
    // FNV-1a("") = 0x811c9dc5 = 2166136261 → base 36 "ztntfp"; FNV-1a("a") = 0xe40c292c, mod 36^6 = 1649219884 → "r9wi7g".
    expect(shortHash("")).toBe("ztntfp");
    expect(shortHash("a")).toBe("r9wi7g");
  });
});

function article(file: string, date: string, en: string, zh: string): ParsedArticle {
  return {
    file,
    en: { title: en, author: "", date, page: "1" },
    zh: { title: zh, date, page: "第1版", column: "" },
    provenance: { source: null, translator: null, note: null },
    enParagraphs: [{ text: "Body.", line: 6 }],
    zhParagraphs: [{ text: "正文。", line: 14 }],
  };
}

const slugsByFile = (articles: { file: string; slug: string }[]) =>
  Object.fromEntries(articles.map((a) => [a.file, a.slug]));

describe("assignSlugs", () => {
  const first = article("001.txt", "1956-03-29", "Cooperatives Expand", "合作社扩大");
  const second = article("002.txt", "1956-03-29", "Cooperatives Expand", "合作社发展");
  const other = article("003.txt", "1954-06-22", "Workers Meet", "工人开会");
  const base = "1956-03-29-cooperatives-expand";

  it("gives the earliest file the plain slug and the others a suffix from their titles", () => {
    const { articles, problems } = assignSlugs([second, other, first]);
    expect(problems).toEqual([]);
    expect(slugsByFile(articles)).toEqual({
      "001.txt": base,
      "002.txt": `${base}-${shortHash("Cooperatives Expand\n合作社发展")}`,
      "003.txt": "1954-06-22-workers-meet",
    });
  });

  it("keeps a suffixed slug while date and titles stay, whatever else changes", () => {
    const before = slugsByFile(assignSlugs([first, second]).articles)["002.txt"];
    const renamedFirst = { ...first, zh: { ...first.zh, title: "合作社扩大了" } };
    const after = slugsByFile(assignSlugs([other, renamedFirst, second]).articles)["002.txt"];
    expect(after).toBe(before);
    const retitled = { ...second, zh: { ...second.zh, title: "合作社又发展" } };
    expect(slugsByFile(assignSlugs([first, retitled]).articles)["002.txt"]).not.toBe(before);
  });

  it("reports identical date and titles as a duplicate on every copy and publishes one", () => {
    const copy = { ...first, file: "009.txt" };
    const { articles, problems } = assignSlugs([copy, other, first]);
    expect(problems).toEqual([
      { file: "001.txt", line: 1, message: "duplicate article: same date, English title and Chinese title as 009.txt" },
      { file: "009.txt", line: 1, message: "duplicate article: same date, English title and Chinese title as 001.txt" },
    ]);
    expect(slugsByFile(articles)).toEqual({ "001.txt": base, "003.txt": "1954-06-22-workers-meet" });
  });

  it("adds a counter when a suffixed slug equals another article's plain slug", () => {
    const suffix = shortHash("Cooperatives Expand\n合作社发展");
    const lookalike = article("000.txt", "1956-03-29", `Cooperatives Expand ${suffix}`, "别的文章");
    const { articles } = assignSlugs([first, second, lookalike]);
    expect(slugsByFile(articles)).toEqual({
      "000.txt": `${base}-${suffix}`,
      "001.txt": base,
      "002.txt": `${base}-${suffix}-2`,
    });
  });

  it("returns unique slugs independent of input order", () => {
    const inputs = [first, second, other, article("004.txt", "1956-03-29", "Cooperatives  Expand!", "合作社壮大")];
    const forward = slugsByFile(assignSlugs(inputs).articles);
    expect(slugsByFile(assignSlugs([...inputs].reverse()).articles)).toEqual(forward);
    expect(new Set(Object.values(forward)).size).toBe(4);
  });
});
