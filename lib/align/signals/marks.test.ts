import { describe, expect, it } from "vitest";
import { markCounts, markSignal } from "./marks";

describe("markCounts", () => {
  it("counts quotations, question and exclamation marks and parentheses in Chinese", () => {
    expect(markCounts("他说：“你来了？”她答：「来了！！」（笑）", "zh")).toEqual({ quote: 2, question: 1, exclamation: 1, paren: 1 });
  });

  it("tells English opening quotes from apostrophes", () => {
    expect(markCounts("'Why fight a dummy!' he cried. 'Trinket's here?!'", "en")).toEqual({ quote: 2, question: 1, exclamation: 2, paren: 0 });
    expect(markCounts("It's the boys' turn, isn't it.", "en").quote).toBe(0);
    expect(markCounts('He said "yes" and "no".', "en").quote).toBe(2);
  });
});

describe("markSignal", () => {
  const zh = { lang: "zh" as const, sentences: ["他问：“你是谁？”", "天黑了。", "“快走！”他喊道。", "雨停了。"] };
  const en = { lang: "en" as const, sentences: ["'Who are you?' he asked.", "It was dark.", "'Hurry!' he shouted.", "The rain stopped."] };
  const score = markSignal.prepare(zh, en).evidence;

  it("rewards agreeing marks, penalises marks without a partner, says nothing without marks", () => {
    expect(score(0, 1, 0, 1)).toBeGreaterThan(0);
    expect(score(0, 1, 2, 3)).toBeLessThan(score(0, 1, 0, 1));
    expect(score(0, 1, 1, 2)).toBeLessThan(0);
    expect(score(1, 2, 3, 4)).toBe(0);
  });

  it("gives the same evidence with English as the source", () => {
    const reversed = markSignal.prepare(en, zh).evidence;
    expect(reversed(0, 1, 0, 1)).toBeCloseTo(score(0, 1, 0, 1), 12);
  });
});
