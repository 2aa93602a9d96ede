import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Lang } from "@/lib/align/types";
import { segmentParagraph, segmentSentences } from "./segment";

const contentDir = new URL("../../content/", import.meta.url);
const seedLines = readdirSync(contentDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(new URL(f, contentDir), "utf8").split("\n"))
  .filter((line) => line.trim() !== "");

const samples: [string, Lang][] = [
  ...seedLines.map((line): [string, Lang] => [line, /[\u4e00-\u9fff]/.test(line) ? "zh" : "en"]),
  ["  Mr. Smith left.   He came back!  ", "en"],
  ["\t(Xinhua News Agency)\t", "en"],
  ["　　第一句。　第二句；第三句：甲、乙。　（新华社）　", "zh"],
  ["", "en"],
  ["   ", "zh"],
];

describe("span invariants", () => {
  for (const subSentences of [false, true]) {
    it(`hold on every seed line and sample (subSentences: ${subSentences})`, () => {
      for (const [text, lang] of samples) {
        const spans = segmentParagraph(text, lang, { subSentences });
        let previousEnd = 0;
        const covered = new Array<boolean>(text.length).fill(false);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text.trim()).toBe(span.text);
          for (let k = span.start; k < span.end; k++) covered[k] = true;
          previousEnd = span.end;
        }
        for (let k = 0; k < text.length; k++) {
          if (!covered[k]) expect(text[k]).toMatch(/\s/);
        }
      }
    });
  }

  it("returns no spans for blank text", () => {
    expect(segmentParagraph("", "en")).toEqual([]);
    expect(segmentParagraph(" \u3000 ", "zh")).toEqual([]);
  });

  it("gives offsets into the original string", () => {
    expect(segmentParagraph("  Mr. Smith left.   He came back!  ", "en")).toEqual([
      { start: 2, end: 17, text: "Mr. Smith left." },
      { start: 20, end: 33, text: "He came back!" },
    ]);
  });
});

describe("subSentences mode", () => {
  const sub = (text: string, lang: Lang) => segmentSentences(text, lang, { subSentences: true });

  it("is off by default", () => {
    expect(segmentSentences("甲地增产；乙地节约。", "zh")).toEqual(["甲地增产；乙地节约。"]);
  });

  it("cuts after semicolons", () => {
    expect(sub("甲地增产；乙地节约。下一句。", "zh")).toEqual(["甲地增产；", "乙地节约。", "下一句。"]);
    expect(sub("Pumps, etc.; lathes, etc.; watches, etc.", "en")).toEqual(["Pumps, etc.;", "lathes, etc.;", "watches, etc."]);
    expect(sub("We met at 10:30; then we left.", "en")).toEqual(["We met at 10:30;", "then we left."]);
  });

  it("does not cut inside brackets or quotes", () => {
    expect(sub("他们（甲；乙）都来了；我们走了。", "zh")).toEqual(["他们（甲；乙）都来了；", "我们走了。"]);
    expect(sub("他写道“甲；乙”。", "zh")).toEqual(["他写道“甲；乙”。"]);
    expect(sub('He wrote "first; second" and left.', "en")).toEqual(['He wrote "first; second" and left.']);
  });

  it("cuts after a colon that introduces a semicolon list", () => {
    expect(sub("适宜于分散生产：对于甲，保留；对于乙，调整。", "zh")).toEqual([
      "适宜于分散生产：",
      "对于甲，保留；",
      "对于乙，调整。",
    ]);
    expect(sub("Repair is suitable: for some, keep points; for others, move. Fine.", "en")).toEqual([
      "Repair is suitable:",
      "for some, keep points;",
      "for others, move.",
      "Fine.",
    ]);
  });

  it("cuts after a colon that introduces a bare 、 enumeration", () => {
    expect(sub("产品包括：收割机、锅驼机、抽水机等。", "zh")).toEqual(["产品包括：", "收割机、锅驼机、抽水机等。"]);
  });

  it("keeps a colon that does not introduce a list", () => {
    expect(sub("座谈会提出：应该提高技术、改善管理，满足需要。", "zh")).toEqual(["座谈会提出：应该提高技术、改善管理，满足需要。"]);
    expect(sub("Xinhua News Agency, August 3rd: The nation grew.", "en")).toEqual(["Xinhua News Agency, August 3rd: The nation grew."]);
    expect(sub("It starts at 10:30 sharp; bring tools.", "en")).toEqual(["It starts at 10:30 sharp;", "bring tools."]);
  });

  it("keeps a colon after a verb of saying or believing with what it reports", () => {
    expect(sub("大家一致认为：城市要整顿；其他地区要完成任务。", "zh")).toEqual([
      "大家一致认为：城市要整顿；",
      "其他地区要完成任务。",
    ]);
    expect(sub("The report said: output rose; costs fell.", "en")).toEqual(["The report said: output rose;", "costs fell."]);
  });
});
