import { afterEach, describe, expect, it, vi } from "vitest";
import { numberOption, parseOptions } from "./options";

const spec = { count: { type: "string", default: "20000" }, keep: { type: "boolean", default: false } } as const;

describe("parseOptions", () => {
  it("reads declared options, defaults and positionals", () => {
    const { values, positionals } = parseOptions(spec, ["--count", "300", "整顿", "--keep", "合作社"]);
    expect(values).toEqual({ count: "300", keep: true });
    expect(positionals).toEqual(["整顿", "合作社"]);
    expect(parseOptions(spec, []).values).toEqual({ count: "20000", keep: false });
  });

  it("refuses a mistyped option instead of running on the default", () => {
    expect(() => parseOptions(spec, ["--cout", "300"])).toThrow(/--cout/);
  });

  it("refuses an option without its value", () => {
    expect(() => parseOptions(spec, ["--count"])).toThrow(/--count/);
  });
});

describe("numberOption", () => {
  afterEach(() => vi.restoreAllMocks());

  it("turns a numeric value into a number", () => {
    expect(numberOption("count", "1e6")).toBe(1_000_000);
  });

  it.each(["many", "", "12abc"])("stops the script on %j, naming the option", (value) => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exit");
    });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => numberOption("count", value)).toThrow("exit");
    expect(exit).toHaveBeenCalledWith(2);
    expect(error.mock.calls[0][0]).toContain(`--count must be a number, not "${value}"`);
  });
});
