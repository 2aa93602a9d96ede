import type { ContentProblem } from "./types";

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: ContentProblem };

/**
 * Index of the first byte that does not start (or continue) a well-formed UTF-8 sequence, or -1.
 * TextDecoder's fatal mode only says "invalid", never where; writers need the line to fix the file.
 * Byte ranges follow the WHATWG/Unicode table, so overlong forms and surrogates are rejected.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += needed + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Strict UTF-8 decoding: BOM stripped, CRLF and lone CR normalised to LF. */
export function decodeUtf8(file: string, bytes: Uint8Array): DecodeResult {
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      problem: {
        file,
        line: lineOfByte(bytes, bad),
        message: `this file is not UTF-8 text (unexpected byte 0x${hex} on this line); save it with UTF-8 encoding`,
      },
    };
  }
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return {
      ok: false,
      problem: {
        file,
        line: text.slice(0, nul).split(/\r\n|\r|\n/).length,
        message: "this looks like a binary file, not text (it contains a NUL byte); only article text files belong here",
      },
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}
