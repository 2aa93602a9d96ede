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
});
