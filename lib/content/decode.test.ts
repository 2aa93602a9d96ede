import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8Byte } from "./decode";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeUtf8", () => {
  it("strips a BOM and normalises CRLF and lone CR to LF", () => {
    const input = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("a\r\nb\rc\n中")]);
    expect(decodeUtf8("f.txt", input)).toEqual({ ok: true, text: "a\nb\nc\n中" });
  });

  it("names the line of the first invalid byte, counting CRLF and CR line breaks", () => {
    // "ok\r\nok\rok\n" then GBK 手 (CA D6) on line 4.
    const input = Uint8Array.from([...utf8("ok\r\nok\rok\n"), 0xca, 0xd6, ...utf8("\n")]);
    expect(decodeUtf8("f.txt", input)).toEqual({
      ok: false,
      problem: { file: "f.txt", line: 4, message: "this file is not UTF-8 text (unexpected byte 0xCA on this line); save it with UTF-8 encoding" },
    });
  });

  it("rejects a file with NUL bytes as binary", () => {
    const result = decodeUtf8("f.bin", bytes(0x61, 0x0a, 0x00));
    expect(result).toEqual({
      ok: false,
      problem: { file: "f.bin", line: 2, message: "this looks like a binary file, not text (it contains a NUL byte); only article text files belong here" },
    });
  });
});

describe("firstInvalidUtf8Byte", () => {
  it("accepts well-formed text of every sequence length", () => {
    expect(firstInvalidUtf8Byte(utf8("a é 中 😀"))).toBe(-1);
  });

  it("rejects overlong forms, surrogates, code points above U+10FFFF and truncated sequences", () => {
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8Byte(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong 3-byte
    expect(firstInvalidUtf8Byte(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(firstInvalidUtf8Byte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(firstInvalidUtf8Byte(bytes(0x61, 0x62, 0xe4, 0xb8))).toBe(2); // cut off at end of file
    expect(firstInvalidUtf8Byte(bytes(0x80))).toBe(0); // lone continuation byte
  });
});
