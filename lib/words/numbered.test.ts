import { convert, pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { senseNumbered, toNumbered } from "./numbered";

describe("tone numbers from tone marks", () => {
  it("numbers each syllable, the neutral tone as 5", () => {
    expect(toNumbered("zhěng")).toBe("zheng3");
    expect(toNumbered("le")).toBe("le5");
    expect(toNumbered("shǒu gōng yè")).toBe("shou3 gong1 ye4");
    expect(toNumbered("hé zuò shè")).toBe("he2 zuo4 she4");
    expect(toNumbered("nǚ ér")).toBe("nü3 er2");
    expect(toNumbered("lǜ")).toBe("lü4");
    expect(toNumbered("lü")).toBe("lü5");
    expect(toNumbered("Běi jīng")).toBe("Bei3 jing1");
    expect(toNumbered("ǹg")).toBe("ng4");
    expect(toNumbered("")).toBe("");
  });

  it("reads decomposed marks (a vowel followed by a combining accent) like composed ones", () => {
    expect(toNumbered("zhe\u030Cng")).toBe("zheng3");
  });

  it("agrees with pinyin-pro's own converter on every syllable of a sentence (its neutral tone 0 is our 5)", () => {
    const text = "据新华社3日讯全国十万多个手工业合作社和合作工厂今年上半年生产获得飞跃发展了女儿绿色的重要";
    const syllables = pinyin(text, { type: "array", toneType: "symbol" }).filter((s) => /[a-zü]/i.test(s));
    expect(syllables.length).toBeGreaterThan(40);
    for (const syllable of syllables) {
      expect(toNumbered(syllable), syllable).toBe(convert(syllable, { format: "symbolToNum" }).replace(/0$/, "5"));
    }
  });

  it("numbers the bracketed pinyin of a dictionary sense and leaves other brackets alone", () => {
    expect(senseNumbered("see 了[le]")).toBe("see 了[le5]");
    expect(senseNumbered("CL:個|个[gè],條|条[tiáo]")).toBe("CL:個|个[ge4],條|条[tiao2]");
    expect(senseNumbered("abbr. for 北京[Běi jīng]")).toBe("abbr. for 北京[Bei3 jing1]");
    expect(senseNumbered("handicraft")).toBe("handicraft");
    expect(senseNumbered("a note [1]")).toBe("a note [1]");
    expect(senseNumbered("(the [sic] form)")).toBe("(the [sic] form)");
  });
});
