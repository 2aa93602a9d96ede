import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseSettings, settingsAttributes, settingsScript, SETTINGS_STORAGE_KEY, withSetting } from "./settings";

/** Runs the inline script against a fake <html> and storage; returns the attributes it set. */
function runScript(stored: string | null, throws = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (throws) throw new Error("denied");
      return key === SETTINGS_STORAGE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  new Function("localStorage", "document", settingsScript())(localStorage, document);
  return attributes;
}

describe("reader settings", () => {
  it("parses stored JSON, keeping valid fields and defaulting the rest", () => {
    expect(parseSettings('{"size":"l","theme":"dark","zh":"left"}')).toEqual({ size: "l", theme: "dark", zh: "left", tones: "marks" });
    expect(parseSettings('{"tones":"numbers"}')).toEqual({ ...DEFAULT_SETTINGS, tones: "numbers" });
    expect(parseSettings('{"tones":"colours"}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"huge","theme":"dark"}')).toEqual({ ...DEFAULT_SETTINGS, theme: "dark" });
    expect(parseSettings("not json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("[1,2]")).toEqual(DEFAULT_SETTINGS);
  });

  it("maps settings to <html> attributes, defaults to none", () => {
    expect(settingsAttributes(DEFAULT_SETTINGS)).toEqual({ "data-size": null, "data-theme": null, "data-zh-side": null, "data-pinyin-tones": null });
    expect(settingsAttributes({ size: "xl", theme: "light", zh: "left", tones: "numbers" })).toEqual({
      "data-size": "xl",
      "data-theme": "light",
      "data-zh-side": "left",
      "data-pinyin-tones": "numbers",
    });
  });

  it("the inline script sets the same attributes as settingsAttributes, and survives junk and blocked storage", () => {
    for (const stored of ['{"size":"l","theme":"dark","zh":"left"}', '{"tones":"numbers"}', '{"size":"m","theme":"system"}', '{"theme":"sepia","size":"s"}']) {
      const expected = Object.fromEntries(Object.entries(settingsAttributes(parseSettings(stored))).filter(([, v]) => v !== null));
      expect(runScript(stored)).toEqual(expected);
    }
    expect(runScript(null)).toEqual({});
    expect(runScript("{{")).toEqual({});
    expect(runScript("null")).toEqual({});
    expect(runScript('{"size":"l"}', true)).toEqual({});
  });

  it("one control's change keeps what another control stored meanwhile", () => {
    expect(withSetting('{"size":"xl","theme":"dark"}', "tones", "numbers")).toEqual({ size: "xl", theme: "dark", zh: "right", tones: "numbers" });
    expect(withSetting(null, "size", "s")).toEqual({ ...DEFAULT_SETTINGS, size: "s" });
  });
});
