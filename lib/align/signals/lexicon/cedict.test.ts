import { describe, expect, it } from "vitest";
import { compactCedict, entryStems, glossStems, parseCedictLine, type CedictEntry } from "./cedict";
import { Lexicon, stemFamilyRoot } from "./lexicon";

// Real CC-CEDICT lines.
const LINES = {
  handicraft: "手工業 手工业 [shou3 gong1 ye4] /handicraft/",
  leap: "躍進 跃进 [yue4 jin4] /to leap forward/to make rapid progress/a leap forward/",
  cooperative: "合作社 合作社 [he2 zuo4 she4] /cooperative/workers' or agricultural producers' cooperative etc/",
  tin: "錫 锡 [xi1] /tin (chemistry)/to bestow/to confer/to grant/Taiwan pr. [xi2]/",
  book: "書 书 [shu1] /book/letter/document/to write/CL:本[ben3],冊|册[ce4],部[bu4]/",
  surname: "宿 宿 [Su4] /surname Su/",
  lodge: "宿 宿 [su4] /lodge for the night/old/former/",
  oldVariant: "㝛 宿 [su4] /old variant of 宿[su4]/",
  bank: "中國銀行 中国银行 [Zhong1 guo2 Yin2 hang2] /Bank of China (BoC)/",
  abbreviation: "中行 中行 [Zhong1 hang2] /abbr. for 中國銀行|中国银行[Zhong1 guo2 Yin2 hang2]/",
};
const entry = (line: string): CedictEntry => parseCedictLine(line)!;
const sorted = (values: string[]) => [...values].sort();

describe("parseCedictLine", () => {
  it("splits headwords, pinyin and senses", () => {
    expect(entry(LINES.tin)).toEqual({
      traditional: "錫",
      simplified: "锡",
      pinyin: "xi1",
      senses: ["tin (chemistry)", "to bestow", "to confer", "to grant", "Taiwan pr. [xi2]"],
    });
  });

  it("rejects comments and malformed lines", () => {
    expect(parseCedictLine("# CC-CEDICT")).toBeNull();
    expect(parseCedictLine("not a line")).toBeNull();
  });
});

describe("entryStems", () => {
  it("drops parentheticals and pronunciation notes", () => {
    expect(sorted(entryStems(entry(LINES.tin)).stems)).toEqual(["bestow", "confer", "grant", "tin"]);
  });

  it("drops classifier lists", () => {
    expect(sorted(entryStems(entry(LINES.book)).stems)).toEqual(["book", "document", "letter", "write"]);
  });

  it("keeps every content word of short glosses, once", () => {
    expect(sorted(entryStems(entry(LINES.leap)).stems)).toEqual(["forward", "leap", "make", "progress", "rapid"]);
  });

  it("keeps only the head of a long descriptive gloss", () => {
    expect(entryStems(entry(LINES.cooperative)).stems).toEqual(["cooper"]);
  });

  it("gives surnames no translation", () => {
    expect(entryStems(entry(LINES.surname))).toEqual({ stems: [], sameAs: [] });
  });

  it("turns 'variant of' and 'abbr. for' into references to the simplified headword", () => {
    expect(entryStems(entry(LINES.oldVariant))).toEqual({ stems: [], sameAs: ["宿"] });
    expect(entryStems(entry(LINES.abbreviation))).toEqual({ stems: [], sameAs: ["中国银行"] });
  });
});

describe("glossStems", () => {
  it("takes the verb of a long 'to ...' gloss and the noun before 'of' otherwise", () => {
    expect(glossStems("to plant trees in rows along the river")).toEqual(["plant"]);
    expect(glossStems("large wooden vessel of the southern kind")).toEqual(["vessel"]);
  });

  it("looks past a generic head ('a kind of ...') and keeps capitalised names", () => {
    expect(glossStems("a kind of small sweet orange fruit")).toEqual(["fruit"]);
    expect(sorted(glossStems("county seat in northern Shanxi province"))).toEqual(["seat", "shanxi"]);
  });
});

describe("compactCedict", () => {
  const compact = compactCedict(Object.values(LINES).map(entry), { traditional: true });
  const stemsOf = (headword: string) => sorted((compact.words.get(headword) ?? []).map((id) => compact.stems[id]));

  it("merges all readings of a headword and dedupes the stem table", () => {
    expect(stemsOf("宿")).toEqual(["former", "lodg", "night", "old"]);
    expect(new Set(compact.stems).size).toBe(compact.stems.length);
  });

  it("lets reference-only entries inherit their target's stems", () => {
    expect(stemsOf("中行")).toEqual(["bank", "china"]);
  });

  it("indexes traditional headwords when asked", () => {
    expect(stemsOf("錫")).toEqual(stemsOf("锡"));
    expect(compactCedict([entry(LINES.tin)]).words.has("錫")).toBe(false);
  });

  it("leaves out headwords with nothing to translate", () => {
    expect(compactCedict([entry(LINES.surname)]).words.size).toBe(0);
  });
});

describe("stem families", () => {
  const produce = entry("生產 生产 [sheng1 chan3] /to produce; to manufacture/to give birth to a child/");
  const goods = entry("產品 产品 [chan3 pin3] /goods/merchandise/product/");
  const sudden = entry("突然 突然 [tu1 ran2] /sudden; abrupt; unexpected/");
  const lexicon = Lexicon.fromCompact(compactCedict([produce, goods, sudden]));
  const stemsOf = (word: string) => sorted([...lexicon.translations(word)!].map((id) => lexicon.stems[id]));

  it("folds -ct stems onto their -c root and -ly adverbs onto their adjective", () => {
    const has = (stem: string) => ["produc", "sudden"].includes(stem);
    expect(stemFamilyRoot("product", has)).toBe("produc");
    expect(stemFamilyRoot("suddenli", has)).toBe("sudden");
    expect(stemFamilyRoot("abruptli", has)).toBeUndefined();
  });

  it("stores the root in the compact lexicon and finds it from running-text stems", () => {
    // "merchandise" is folded to "merchandize" before stemming, like every -ise word.
    expect(stemsOf("产品")).toEqual(["good", "merchand", "produc"]);
    expect(lexicon.stemId("product")).toBe(lexicon.stemId("produc"));
    expect(lexicon.stemId("suddenli")).toBe(lexicon.stemId("sudden"));
    expect(lexicon.stemId("unexpectedli")).toBeUndefined();
  });
});
