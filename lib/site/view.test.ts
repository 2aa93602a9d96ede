import { describe, expect, it } from "vitest";
import { chooseView, parseView, viewScript, VIEW_STORAGE_KEY } from "./view";

describe("parseView and chooseView", () => {
  it("accepts the four modes only", () => {
    expect(["side-by-side", "interleaved", "en", "zh"].map(parseView)).toEqual(["side-by-side", "interleaved", "en", "zh"]);
    for (const junk of ["", "EN", "sidebyside", "zh-Hans", null, undefined, 3]) expect(parseView(junk)).toBeNull();
  });

  it("lets the URL win over storage and skips invalid values", () => {
    expect(chooseView("interleaved", "en")).toBe("interleaved");
    expect(chooseView("bogus", "en")).toBe("en");
    expect(chooseView(null, "bogus")).toBeNull();
  });
});

/** Runs the inline script against a stand-in page and returns the data-view it set, if any. */
function runScript(search: string, stored: string | null, storageThrows = false): string | null {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error("denied");
      return key === VIEW_STORAGE_KEY ? stored : null;
    },
  };
  new Function("document", "location", "localStorage", "URLSearchParams", viewScript())(
    document,
    { search },
    localStorage,
    URLSearchParams,
  );
  return attributes["data-view"] ?? null;
}

describe("viewScript", () => {
  it("sets data-view from the URL first, then from storage", () => {
    expect(runScript("?view=interleaved", "en")).toBe("interleaved");
    expect(runScript("", "zh")).toBe("zh");
    expect(runScript("?view=nonsense", "en")).toBe("en");
    expect(runScript("?x=1&view=side-by-side", null)).toBe("side-by-side");
  });

  it("leaves the attribute unset when nothing valid is given, and survives storage errors", () => {
    expect(runScript("", null)).toBeNull();
    expect(runScript("?view=", "bogus")).toBeNull();
    expect(runScript("", null, true)).toBeNull();
    expect(runScript("?view=en", null, true)).toBe("en");
  });
});
