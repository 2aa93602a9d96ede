import { describe, expect, it } from "vitest";
import { endsQuote, startsQuote, turnSignal } from "./turns";

describe("quotation marks at a sentence's edges", () => {
  it("finds an opening mark at the start and a closing one at the end, spaces aside", () => {
    expect(startsQuote("“快走！”他喊道。")).toBe(true);
    expect(startsQuote("  'At you!'")).toBe(true);
    expect(startsQuote('"Well, since Professor Ye asked me."')).toBe(true);
    expect(startsQuote("他问：“你是谁？”")).toBe(false);
    expect(endsQuote("他问：“你是谁？”")).toBe(true);
    expect(endsQuote("Go out and rob?' ")).toBe(true);
    expect(endsQuote("'It's easy,' said Gou-er, 'but what do you expect me to do?")).toBe(false);
    expect(endsQuote("「来了！」")).toBe(true);
  });
});

describe("turnSignal", () => {
  const zh = { lang: "zh" as const, sentences: ["韦小宝道：“咱们再打。”", "“很好！”", "他走了。", "天黑了。", "“你是谁？”", "雨停了。"] };
  const en = { lang: "en" as const, sentences: ["'Is that right?' said Trinket.", "'Come on then!'", "'At you!'", "He left.", "It was dark.", "'Who are you?'", "The rain stopped."] };
  const beads = [
    { src: [0], tgt: [0, 1], confidence: 1 },
    { src: [1], tgt: [2], confidence: 1 },
    { src: [2], tgt: [3], confidence: 1 },
    { src: [3], tgt: [4], confidence: 1 },
    { src: [4], tgt: [5], confidence: 1 },
    { src: [5], tgt: [6], confidence: 1 },
  ];

  it("says nothing before the document's alignment has estimated its tables", () => {
    const prepared = turnSignal.prepare(zh, en);
    expect(prepared.evidence(0, 1, 0, 1)).toBe(0);
    expect(prepared.evidence(1, 2, 2, 3)).toBe(0);
  });

  it("then favours beads whose edges agree: the speech turn's end and the next one's start", () => {
    const prepared = turnSignal.prepare(zh, en);
    prepared.refit!(beads);
    // The right bead: both sides end with a closing mark, and the next begins with an opening one.
    const right = prepared.evidence(0, 1, 0, 2) + prepared.evidence(1, 2, 2, 3);
    // The English sentence given to the next turn: the first bead ends outside a quotation on
    // one side only, the second starts without an opening mark on one side.
    const wrong = prepared.evidence(0, 1, 0, 1) + prepared.evidence(1, 2, 1, 3);
    expect(right).toBeGreaterThan(wrong);
    expect(prepared.evidence(2, 3, 3, 4)).toBeGreaterThan(0);
  });

  it("gives the same evidence with English as the source", () => {
    const forward = turnSignal.prepare(zh, en);
    const reverse = turnSignal.prepare(en, zh);
    forward.refit!(beads);
    reverse.refit!(beads.map((b) => ({ ...b, src: b.tgt, tgt: b.src })));
    expect(reverse.evidence(0, 2, 0, 1)).toBeCloseTo(forward.evidence(0, 1, 0, 2), 12);
    expect(reverse.evidence(1, 3, 1, 2)).toBeCloseTo(forward.evidence(1, 2, 1, 3), 12);
  });
});
