import { describe, expect, it } from "vitest";
import { cjkRatio, detectLang } from "./lang";

describe("detectLang", () => {
  it("tells Chinese from English by the share of CJK characters", () => {
    expect(detectLang(["The train left Shanghai at seven."])).toBe("en");
    expect(detectLang(["火车晚上7点从上海开出，到了Hangzhou。"])).toBe("zh");
    expect(detectLang(["今年增长了34.88％。"])).toBe("zh");
    // An English sentence quoting a Chinese name stays English.
    expect(detectLang(["The young scholar Li Wenyuan (李文渊) went north to Beijing."])).toBe("en");
    expect(detectLang([])).toBe("en");
  });

  it("counts CJK punctuation and full-width forms as CJK, spaces as nothing", () => {
    expect(cjkRatio("ab 。")).toBeCloseTo(1 / 3, 12);
    expect(cjkRatio("   ")).toBe(0);
  });

  it("agrees with the character-by-character regular expressions it replaced, on every code unit", () => {
    const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
    const byRegex = (text: string) => {
      let cjk = 0;
      let total = 0;
      for (const ch of text) {
        if (/\s/u.test(ch)) continue;
        total++;
        if (HAN.test(ch)) cjk++;
      }
      return total === 0 ? 0 : cjk / total;
    };
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      // Each code unit alone (lone surrogates included), and beside a Han character and a letter.
      if (cjkRatio(unit) !== byRegex(unit) || cjkRatio(unit + "中a") !== byRegex(unit + "中a")) mismatches.push(c);
    }
    expect(mismatches).toEqual([]);
    for (const text of ["𠀀中 a", "a\ud800", "\udc00\ud800\udc00 b", "李文渊 (Li Wenyuan)\u3000。", "😀😀 ab"]) expect(cjkRatio(text)).toBe(byRegex(text));
  });
});
