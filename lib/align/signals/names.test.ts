import { describe, expect, it } from "vitest";
import { nameSignal } from "./anchors";
import { englishNameUnits, nameKey, nameMatches, prepareNameEvidence, readings } from "./names";

describe("nameMatches", () => {
  it.each([
    ["天津市手工业系统", "The Tianjin handicraft system", ["Tianjin"]],
    ["哈尔滨市的手工业社", "In Harbin City, cooperatives", ["Harbin"]],
    ["山西省榆次市针织社", "the Yuci City Knitting Cooperative", ["Yuci"]],
    ["黑龙江佳木斯市皮革生产社", "The Jiamusi City Leather Cooperative", ["Jiamusi"]],
    ["四川省万县专区", "In Wanxian Special District", ["Wanxian"]],
    ["成都市布鞋生产合作社", "the Chengdu Cloth Shoe Cooperative", ["Chengdu"]],
    ["贵阳市皮革生产合作社", "The Guiyang Leather Cooperative", ["Guiyang"]],
    ["云南各地", "various places in Yunnan", ["Yunnan"]],
    ["西康省有九个县", "in Xikang Province, nine counties", ["Xikang"]],
    ["武汉市八十几个生产社", "cooperatives in Wuhan", ["Wuhan"]],
    ["河南省今年一、二月份", "in Henan Province", ["Henan"]],
    ["辽宁省已经有", "In Liaoning Province", ["Liaoning"]],
    ["据新华社3日讯", "Xinhua News Agency, August 3rd", ["Xinhua"]],
    ["重庆市皮革生产合作社", "The Chongqing Leather Cooperative", ["Chongqing"]], // 重 read chong, not zhong
    ["黑龙江", "Heilongjiang Province", ["Heilongjiang"]],
    ["平乐等专区", "Pingle Special District", ["Pingle"]], // 乐 read le, not yue
  ])("%s ~ %s", (zh, en, expected) => {
    expect(nameMatches(zh, en)).toEqual(expected);
  });

  it("handles apostrophes, hyphens, spaces, tone marks, ü and possessives", () => {
    expect(nameMatches("西安", "Xi'an")).toEqual(["Xi'an"]);
    expect(nameMatches("西安", "Xi-an")).toEqual(["Xi-an"]);
    expect(nameMatches("天津", "in Tian jin")).toEqual(["Tian jin"]);
    expect(nameMatches("天津", "Tiānjīn")).toEqual(["Tianjin"]);
    expect(nameMatches("旅顺", "Lüshun")).toEqual(["Lushun"]);
    expect(nameMatches("旅顺", "Lvshun")).toEqual(["Lvshun"]);
    expect(nameMatches("天津的工业", "Tianjin's industry")).toEqual(["Tianjin's"]);
  });

  it("joins a surname with the given name", () => {
    expect(nameMatches("毛泽东同志", "Comrade Mao Zedong said")).toEqual(["Mao Zedong"]);
  });

  it("matches a one-syllable name only with its generic suffix", () => {
    expect(nameMatches("南宁市和容县", "Nanning City and Rong County")).toEqual(["Nanning", "Rong"]);
    expect(nameMatches("容易", "Rong County")).toEqual([]);
    expect(englishNameUnits("Rong said").map((u) => u.surface)).toEqual([]);
  });

  it("knows established historic romanisations", () => {
    expect(nameMatches("北京、广州和天津", "Peking, Canton and Tientsin")).toEqual(["Peking", "Canton", "Tientsin"]);
    expect(nameMatches("南京和重庆", "Nanking and Chungking")).toEqual(["Nanking", "Chungking"]);
    expect(nameMatches("四川、广东", "Szechwan, Kwangtung")).toEqual(["Szechwan", "Kwangtung"]);
    expect(nameMatches("汉口、青岛、沈阳", "Hankow, Tsingtao, Mukden")).toEqual(["Hankow", "Tsingtao", "Mukden"]);
    expect(nameMatches("西安", "Sian")).toEqual(["Sian"]);
    expect(nameMatches("内蒙古", "Inner Mongolia")).toEqual(["Inner Mongolia"]);
    expect(nameMatches("蒋介石", "Chiang Kai-shek")).toEqual(["Chiang Kai-shek"]);
  });

  it("allows an extra doubled letter or inner h in long names", () => {
    expect(nameMatches("陕西省", "Shaanxi Province")).toEqual(["Shaanxi"]);
    expect(nameMatches("拉萨", "Lhasa")).toEqual(["Lhasa"]);
    // but not a dropped initial: 焊锡 hanxi is not Shanxi, and zh/z are different initials.
    expect(nameMatches("焊锡二百斤", "Shanxi")).toEqual([]);
    expect(nameMatches("藏族", "Zhangzu")).toEqual([]);
  });

  it("does not take English words for names", () => {
    expect(englishNameUnits("The Same Angle According In Since These June Regarding Garden Lake").map((u) => u.surface)).toEqual([]);
    // the sentence has the pinyin sa·me (撒么) yet "Same" is an English word
    expect(nameMatches("撒么", "Same")).toEqual([]);
  });

  it("finds nothing when the name is absent", () => {
    expect(nameMatches("哈尔滨市的手工业社", "The Tianjin handicraft system")).toEqual([]);
    expect(nameMatches("天", "Tianjin")).toEqual([]);
    expect(nameMatches("津天", "Tianjin")).toEqual([]);
  });

  it("needs at least two characters for a pinyin match", () => {
    // 县 alone reads xian; "Xian" must come from two characters such as 西安.
    expect(nameMatches("万县", "Xian")).toEqual([]);
    expect(nameMatches("西安", "Xian")).toEqual(["Xian"]);
  });
});

describe("helpers", () => {
  it("nameKey strips marks, apostrophes and possessives", () => {
    expect(nameKey("Xi'an")).toBe("xian");
    expect(nameKey("Tiānjīn’s")).toBe("tianjin");
    expect(nameKey("Kai-shek")).toBe("kaishek");
  });

  it("readings lists every toneless reading, ü as v and u", () => {
    expect(readings("重")).toEqual(expect.arrayContaining(["zhong", "chong"]));
    expect(readings("旅")).toEqual(expect.arrayContaining(["lv", "lu"]));
    expect(readings("a")).toEqual([]);
  });
});

describe("nameSignal", () => {
  const en = {
    lang: "en" as const,
    sentences: ["The Tianjin system has improved.", "Quality rose.", "In Harbin City, output grew."],
  };
  const zh = { lang: "zh" as const, sentences: ["天津市手工业系统有了提高。", "质量提高了。", "哈尔滨市的产量增加了。"] };
  // A name found adds log(0.7 / 0.05); one missing from the other side costs log(0.3 / 0.95).
  const found = Math.log(0.7 / 0.05);
  const missing = Math.log(0.3 / 0.95);

  it("adds evidence per English name found or missing, and says nothing (0) without names", () => {
    const score = nameSignal.prepare(en, zh).evidence;
    expect(score(0, 1, 0, 1)).toBeCloseTo(found);
    expect(score(0, 1, 2, 3)).toBeCloseTo(missing);
    expect(score(1, 2, 1, 2)).toBe(0);
    expect(score(0, 3, 0, 3)).toBeCloseTo(2 * found);
  });

  it("works with Chinese as the source", () => {
    const score = nameSignal.prepare(zh, en).evidence;
    expect(score(0, 1, 0, 1)).toBeCloseTo(found);
    expect(score(2, 3, 0, 1)).toBeCloseTo(missing);
    expect(prepareNameEvidence(zh, en)(0, 3, 0, 3)).toEqual({ found: 2, total: 2 });
  });

  it("says nothing when both sides are one language", () => {
    expect(nameSignal.prepare(en, en).evidence(0, 1, 0, 1)).toBe(0);
  });
});
