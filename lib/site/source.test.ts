import { describe, expect, it } from "vitest";
import { parseSource } from "./source";

describe("parseSource", () => {
  it("splits English / Chinese names in either order", () => {
    expect(parseSource("People's Daily / 人民日报")).toEqual({ en: "People's Daily", zh: "人民日报" });
    expect(parseSource("光明日报 / Guangming Daily")).toEqual({ en: "Guangming Daily", zh: "光明日报" });
  });

  it("uses a single name for both languages, and keeps a slash inside a name", () => {
    expect(parseSource("Xinhua")).toEqual({ en: "Xinhua", zh: "Xinhua" });
    expect(parseSource("  大公报 ")).toEqual({ en: "大公报", zh: "大公报" });
    expect(parseSource("A/B Weekly")).toEqual({ en: "A/B Weekly", zh: "A/B Weekly" });
  });
});
