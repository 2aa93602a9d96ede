import { describe, expect, it } from "vitest";
import { segmentParagraph, segmentSentences } from "./segment";

const zh = (text: string) => segmentSentences(text, "zh");

describe("Chinese sentence segmentation", () => {
  it("ends sentences at 。！？ and their half-width forms", () => {
    expect(zh("今年增加了。产品质量提高！是吗？")).toEqual(["今年增加了。", "产品质量提高！", "是吗？"]);
    expect(zh("真的吗?是的!好")).toEqual(["真的吗?", "是的!", "好"]);
  });

  it("does not end at decimal points or full-width percent signs", () => {
    expect(zh("完成35.5％，增加39.6％。产值四十三亿元。")).toEqual(["完成35.5％，增加39.6％。", "产值四十三亿元。"]);
  });

  it("attaches closing quotes and brackets that follow the terminator", () => {
    expect(zh("他说：“我们走吧。”大家都同意了。")).toEqual(["他说：“我们走吧。”", "大家都同意了。"]);
    expect(zh("「好。」『對。』")).toEqual(["「好。」", "『對。』"]);
    expect(zh("（这是旁注。）正文开始。")).toEqual(["（这是旁注。）", "正文开始。"]);
  });

  it("splits between sentences inside a long quotation but keeps the closer attached", () => {
    expect(zh("他说：“我累了。我要回家。”然后走了。")).toEqual(["他说：“我累了。", "我要回家。”", "然后走了。"]);
  });

  it("keeps a short reporting clause after a quotation", () => {
    expect(zh("“好！”他说。然后走了。")).toEqual(["“好！”他说。", "然后走了。"]);
    expect(zh("“你来了？”老王笑着问道，“吃了吗？”")).toEqual(["“你来了？”老王笑着问道，“吃了吗？”"]);
    expect(zh("“好。”说完他就走了。")).toEqual(["“好。”", "说完他就走了。"]);
    expect(zh("“你想要什么？”她没有回答。")).toEqual(["“你想要什么？”", "她没有回答。"]);
  });

  it("does not end where punctuation continues the sentence", () => {
    expect(zh("他问“为什么？”，没有人回答。")).toEqual(["他问“为什么？”，没有人回答。"]);
    expect(zh("发挥手工业“就地取材”的特点。")).toEqual(["发挥手工业“就地取材”的特点。"]);
  });

  it("ends at ……", () => {
    expect(zh("他想了想……还是去了。")).toEqual(["他想了想……", "还是去了。"]);
    expect(zh("他说……，然后走了。")).toEqual(["他说……，然后走了。"]);
  });

  it("trims ideographic spaces from units", () => {
    expect(segmentParagraph("　　第一句。　第二句。", "zh")).toEqual([
      { start: 2, end: 6, text: "第一句。" },
      { start: 7, end: 11, text: "第二句。" },
    ]);
  });

  it("keeps an ideographic space inside a sentence", () => {
    expect(zh("据新华社3日讯　全国手工业发展。")).toEqual(["据新华社3日讯　全国手工业发展。"]);
  });

  it("makes a parenthesised byline its own unit, trailing or standalone", () => {
    expect(zh("提出了具体方案。　（新华社）")).toEqual(["提出了具体方案。", "（新华社）"]);
    expect(zh("提出了具体方案　（新华社）")).toEqual(["提出了具体方案", "（新华社）"]);
    expect(zh("（全国合作总社西南区办事处通讯组）")).toEqual(["（全国合作总社西南区办事处通讯组）"]);
  });

  it("keeps an ordinary parenthesis attached to its word", () => {
    expect(zh("全国手工业合作社（组）和合作工厂增产。")).toEqual(["全国手工业合作社（组）和合作工厂增产。"]);
    expect(zh("各地都发展了工业（组）")).toEqual(["各地都发展了工业（组）"]);
  });
});
