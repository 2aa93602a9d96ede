import { describe, expect, it } from "vitest";
import { numberSignal } from "./anchors";
import { extractNumbers, numberSimilarity, type NumberMention } from "./numbers";

/** kind:value (kind:lo-hi for ranges, ~ when approximate), the compact form the tests compare. */
const zh = (text: string) => extractNumbers(text, "zh").map(show);
const en = (text: string) => extractNumbers(text, "en").map(show);
function show(m: NumberMention): string {
  return `${m.kind}:${m.range ? `${m.range[0]}-${m.range[1]}` : m.value}${m.approx ? "~" : ""}`;
}

describe("Chinese numerals", () => {
  it.each([
    ["四十三亿三千万元", ["count:4330000000"]],
    ["三十八亿七千万", ["count:3870000000"]],
    ["七万四千二百九十四人", ["count:74294"]],
    ["二百十三个", ["count:213"]],
    ["一万五千三百五十件", ["count:15350"]],
    ["七百二十一万元", ["count:7210000"]],
    ["二十三个省", ["count:23"]],
    ["一千四百二十七个", ["count:1427"]],
    ["十四个铁器生产合作社", ["count:14"]],
    ["三百万人", ["count:3000000"]],
    ["十万一千人", ["count:101000"]],
    ["一万五千人", ["count:15000"]],
    ["一万五人", ["count:15000"]], // colloquial: the bare digit takes the next unit down
    ["三千二百元", ["count:3200"]],
    ["一千零五个", ["count:1005"]],
  ])("%s", (text, expected) => {
    expect(zh(text)).toEqual(expected);
  });

  it("reads percentages: 百分之, 成, ％ and full-width digits", () => {
    expect(zh("提高了百分之十六点四")).toEqual(["percent:16.4"]);
    expect(zh("增加了百分之二十九点九二")).toEqual(["percent:29.92"]);
    expect(zh("增加三成")).toEqual(["percent:30"]);
    expect(zh("增加四成")).toEqual(["percent:40"]);
    expect(zh("完成计划的35.5％")).toEqual(["percent:35.5"]);
    expect(zh("完成计划的３５．５％")).toEqual(["percent:35.5"]);
    expect(zh("千分之五")).toEqual(["percent:0.5"]);
    expect(zh("三分之一")).toEqual([`fraction:${Math.round(1e9 / 3) / 1e9}`]);
  });

  it("reads years only from 年 or digit-by-digit readings", () => {
    expect(zh("一九五三年")).toEqual(["year:1953"]);
    expect(zh("1957年")).toEqual(["year:1957"]);
    expect(zh("到一九五七年发展")).toEqual(["year:1957"]);
    expect(zh("五十年代")).toEqual(["year:1950-1959"]);
    expect(zh("五年")).toEqual(["count:5"]); // a duration, not a year
    expect(zh("两年盈余")).toEqual(["count:2"]);
  });

  it("reads dates: months, days, 3日", () => {
    expect(zh("六月十日")).toEqual(["month:6", "day:10"]);
    expect(zh("在六月十日到二十四日召开")).toEqual(["month:6", "day:10", "day:24"]);
    expect(zh("据新华社3日讯")).toEqual(["day:3"]);
    expect(zh("今年三月份的产量")).toEqual(["month:3"]);
    expect(zh("一九五三年十二月份")).toEqual(["year:1953", "month:12"]);
    expect(zh("五个月内")).toEqual(["count:5"]); // 个月 is a duration
    expect(zh("一、二月份")).toEqual(["month:1", "month:2"]);
  });

  it("reads ranges: adjacent digits and 、", () => {
    expect(zh("四五万台")).toEqual(["count:40000-50000"]);
    expect(zh("七、八万台")).toEqual(["count:70000-80000"]);
    expect(zh("两、三次")).toEqual(["count:2-3"]);
    expect(zh("十七八个")).toEqual(["count:17-18"]);
    expect(zh("三四百万人")).toEqual(["count:3000000-4000000"]);
    expect(zh("一两个")).toEqual(["count:1-2"]);
    expect(zh("三四个")).toEqual(["count:3-4"]);
    expect(zh("四五运动")).toEqual([]); // a pair of digits needs a measure word
  });

  it("marks approximate values and keeps their magnitude", () => {
    expect(zh("一亿余元")).toEqual(["count:100000000~"]);
    expect(zh("八十多个")).toEqual(["count:80~"]);
    expect(zh("八十几个生产社")).toEqual(["count:80~"]);
    expect(zh("十万多个")).toEqual(["count:100000~"]);
    expect(zh("五十四亿八千多万元")).toEqual(["count:5480000000~"]);
    expect(zh("八百七十多亿元")).toEqual(["count:87000000000~"]);
    expect(zh("约有十八万人")).toEqual(["count:180000~"]);
    expect(zh("百分之十二左右")).toEqual(["percent:12~"]);
    expect(zh("四千八百亿元以上")).toEqual(["count:480000000000~"]);
  });

  it("reads Arabic numbers with Chinese units", () => {
    expect(zh("1.5万人")).toEqual(["count:15000"]);
    expect(zh("4.33亿元")).toEqual(["count:433000000"]);
    expect(zh("100多万元")).toEqual(["count:1000000~"]);
    expect(zh("90％的社")).toEqual(["percent:90"]);
    expect(zh("1,427个")).toEqual(["count:1427"]);
  });

  it("reads 半 only where it means half", () => {
    expect(zh("上半年")).toEqual(["fraction:0.5"]);
    expect(zh("一半")).toEqual(["fraction:0.5"]);
    expect(zh("半年多")).toEqual(["fraction:0.5"]);
    expect(zh("山东半岛")).toEqual([]);
    expect(zh("多半是")).toEqual([]);
  });

  it("reads 第N as an ordinal, including 第一", () => {
    expect(zh("第三冶炼社")).toEqual(["ordinal:3"]);
    expect(zh("全区第一次手工业工作会议")).toEqual(["ordinal:1"]);
    expect(zh("第三季度")).toEqual(["ordinal:3"]);
    expect(extractNumbers("第一次", "zh")[0].source).toBe("第一");
  });

  it("does not read numerals inside ordinary words", () => {
    expect(zh("一些一般统一一定一起唯一之一")).toEqual([]);
    expect(zh("十分重要")).toEqual([]);
    expect(zh("四川省")).toEqual([]);
    expect(zh("五四运动")).toEqual([]);
    expect(zh("万一发生")).toEqual([]);
    expect(zh("一个问题")).toEqual([]); // 一个 is the article
    expect(zh("仅四川省万县专区")).toEqual([]);
    expect(zh("3D打印")).toEqual([]);
    expect(zh("十分之一")).toEqual(["fraction:0.1"]); // but 十分 before 之 is a fraction
    expect(zh("二十分钟")).toEqual(["count:20"]);
  });

  it("treats 几 and 数 before a unit as vague", () => {
    expect(zh("几十个")).toEqual([]);
    expect(zh("数万人")).toEqual([]);
    expect(zh("几个月")).toEqual([]);
  });
});

describe("English numbers", () => {
  it("reads digits, separators, decimals and scale words", () => {
    expect(en("more than 100,000 cooperatives")).toEqual(["count:100000~"]);
    expect(en("reached 4.33 billion yuan")).toEqual(["count:4330000000"]);
    expect(en("7.21 million yuan")).toEqual(["count:7210000"]);
    expect(en("1,427 cooperatives with 74,294 members")).toEqual(["count:1427", "count:74294"]);
    expect(en("about 180,000 laborers")).toEqual(["count:180000~"]);
  });

  it("reads number words", () => {
    expect(en("twenty-three provinces")).toEqual(["count:23"]);
    expect(en("nine counties")).toEqual(["count:9"]);
    expect(en("approximately three million people")).toEqual(["count:3000000~"]);
    expect(en("two hundred and thirteen cooperatives")).toEqual(["count:213"]);
    expect(en("a million people")).toEqual(["count:1000000"]);
    expect(en("for thirty-odd years")).toEqual(["count:30~"]);
    expect(en("the First Five-Year Plan")).toEqual(["ordinal:1", "count:5"]);
  });

  it("reads percentages", () => {
    expect(en("an increase of 16.4%")).toEqual(["percent:16.4"]);
    expect(en("70 percent of counties")).toEqual(["percent:70"]);
    expect(en("seventy per cent")).toEqual(["percent:70"]);
    expect(en("35.5％ of the plan")).toEqual(["percent:35.5"]);
  });

  it("reads ranges but not changes", () => {
    expect(en("from 40,000 to 50,000 in 1957 to 70,000 to 80,000")).toEqual([
      "count:40000",
      "count:50000",
      "year:1957",
      "count:70000-80000",
    ]);
    expect(en("40,000 to 50,000 machines")).toEqual(["count:40000-50000"]);
    expect(en("two or three such meetings")).toEqual(["count:2-3"]);
    expect(en("four to five million")).toEqual(["count:4000000-5000000"]);
    expect(en("20-30%")).toEqual(["percent:20-30"]);
    expect(en("between 3 and 5 days")).toEqual(["count:3-5"]);
    expect(en("from 1953 to 1957")).toEqual(["year:1953", "year:1957"]);
  });

  it("reads dates", () => {
    expect(en("Xinhua News Agency, August 3rd:")).toEqual(["month:8", "day:3"]);
    expect(en("from June 10th to 24th")).toEqual(["month:6", "day:10", "day:24"]);
    expect(en("on 10 June 1954")).toEqual(["day:10", "month:6", "year:1954"]);
    expect(en("In January and February of this year")).toEqual(["month:1", "month:2"]);
    expect(en("the end of May")).toEqual(["month:5"]);
    expect(en("May we go.")).toEqual([]); // the verb
    expect(en("in the 1950s")).toEqual(["year:1950-1959"]);
  });

  it("separates years from counts", () => {
    expect(en("in 1953")).toEqual(["year:1953"]);
    expect(en("1,953 people")).toEqual(["count:1953"]);
  });

  it("reads ordinals and fractions", () => {
    expect(en("the Tianjin No. 3 Smelting Cooperative")).toEqual(["ordinal:3"]);
    expect(en("the first regional conference")).toEqual(["ordinal:1"]);
    expect(en("the third quarter")).toEqual(["ordinal:3"]);
    expect(en("should first select")).toEqual([]); // adverb
    expect(en("the first half of the year")).toEqual(["fraction:0.5"]); // 上半年
    expect(en("two-thirds of them")).toEqual([`fraction:${Math.round(2e9 / 3) / 1e9}`]);
    expect(en("a third of them")).toEqual([`fraction:${Math.round(1e9 / 3) / 1e9}`]);
  });

  it("finds number words in any case and next to any punctuation, and none inside other words", () => {
    expect(en("SEVENTY PER CENT")).toEqual(["percent:70"]);
    expect(en("a QUARTER of the land")).toEqual(["fraction:0.25"]);
    expect(en("x_nine counties")).toEqual(["count:9"]);
    expect(en("(half) the crop")).toEqual(["fraction:0.5"]);
    expect(en("Often someone tended money, attention.")).toEqual([]);
  });

  it("ignores words that are object properties", () => {
    expect(en("the constructor of toString and valueOf")).toEqual([]);
  });

  it("skips a lone 'one'", () => {
    expect(en("one of the problems")).toEqual([]);
    expect(en("one hundred people")).toEqual(["count:100"]);
    expect(en("1 person")).toEqual(["count:1"]);
  });
});

describe("numberSimilarity", () => {
  const sim = (a: string, b: string) => numberSimilarity(extractNumbers(a, "zh"), extractNumbers(b, "en"));

  it("matches equal values across scripts", () => {
    const zhText = "上半年手工业产值达到四十三亿三千万元，完成计划的35.5％";
    const enText = "output in the first half of the year reached 4.33 billion yuan, completing 35.5% of the plan";
    // 半/half weigh 0.5, the other two 1 each.
    expect(sim(zhText, enText)).toEqual({ matchedA: 2.5, matchedB: 2.5, totalA: 2.5, totalB: 2.5 });
    expect(sim(zhText, "reached 4.33 billion yuan")).toEqual({ matchedA: 1, matchedB: 1, totalA: 2.5, totalB: 1 });
  });

  it("matches ranges with ranges and points inside ranges", () => {
    expect(sim("已由1957年的四五万台增加到七、八万台", "from 40,000 to 50,000 in 1957 to 70,000 to 80,000")).toEqual({
      matchedA: 3,
      matchedB: 4, // 50,000 lies inside 四五万
      totalA: 3,
      totalB: 4,
    });
  });

  it("never matches a percent with a count, or a year with a count", () => {
    expect(sim("百分之十六", "16 people")).toEqual({ matchedA: 0, matchedB: 0, totalA: 1, totalB: 1 });
    expect(sim("一九五三年", "1,953 people")).toEqual({ matchedA: 0, matchedB: 0, totalA: 1, totalB: 1 });
    expect(sim("一九五三年", "in 1953")).toEqual({ matchedA: 1, matchedB: 1, totalA: 1, totalB: 1 });
  });

  it("lets approximate values differ by a few percent, exact integers not at all", () => {
    expect(sim("近三十个", "28 units")).toMatchObject({ matchedA: 1, matchedB: 1 });
    expect(sim("二百十三个", "214 cooperatives")).toMatchObject({ matchedA: 0, matchedB: 0 });
    expect(sim("二百十三个", "213 cooperatives")).toMatchObject({ matchedA: 1, matchedB: 1 });
  });

  it("counts a multiset: a repeated number matches once per occurrence", () => {
    expect(sim("一百元", "100 yuan and 100 yuan")).toEqual({ matchedA: 1, matchedB: 1, totalA: 1, totalB: 2 });
  });

  it("never matches the ordinal 第一 with a count of 1", () => {
    expect(sim("第一次", "1 person")).toEqual({ matchedA: 0, matchedB: 0, totalA: 0.5, totalB: 0.5 });
  });

  it("matches 第一 with 'first' and an ordinal digit with a day", () => {
    expect(sim("第一次", "the first meeting")).toMatchObject({ matchedA: 0.5, matchedB: 0.5 });
    expect(sim("据新华社3日讯", "Xinhua, August 3rd")).toEqual({ matchedA: 1, matchedB: 1, totalA: 1, totalB: 1.5 });
  });
});

describe("numberSignal", () => {
  const zhSide = { lang: "zh" as const, sentences: ["产值达到四十三亿三千万元。", "产品质量也有了显著提高。", "比去年增加39.6％。"] };
  const enSide = { lang: "en" as const, sentences: ["Output reached 4.33 billion yuan.", "Quality improved.", "An increase of 39.6%."] };
  const score = numberSignal.prepare(zhSide, enSide).evidence;
  // A matched mention adds log(0.8 / 0.05) from each side at half weight; a missing one costs
  // half of log(0.2 / 0.95).
  const found = Math.log(0.8 / 0.05);
  const missing = 0.5 * Math.log(0.2 / 0.95);

  it("says nothing (exactly 0) when neither span has numbers", () => {
    expect(score(1, 2, 1, 2)).toBe(0);
  });

  it("rewards matching numbers and penalises numbers without a partner", () => {
    expect(score(0, 1, 0, 1)).toBeCloseTo(found);
    expect(score(0, 1, 2, 3)).toBeCloseTo(2 * missing); // 4.33 billion vs 39.6%: one mention a side, neither matched
    expect(score(1, 2, 0, 1)).toBeLessThan(0); // one number without a partner
  });

  it("prefers the merge that explains all numbers", () => {
    const zh2 = { lang: "zh" as const, sentences: ["产值达到四十三亿三千万元，比去年增加39.6％。"] };
    const s = numberSignal.prepare(zh2, enSide).evidence;
    expect(s(0, 1, 0, 3)).toBeGreaterThan(s(0, 1, 0, 1));
    expect(s(0, 1, 0, 3)).toBeCloseTo(2 * found);
  });

  it("works with English as the source", () => {
    expect(numberSignal.prepare(enSide, zhSide).evidence(0, 1, 0, 1)).toBeCloseTo(found);
  });
});
