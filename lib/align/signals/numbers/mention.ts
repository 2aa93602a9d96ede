/** A number found in a text, and the helpers both languages' readers share. */
export type NumberKind = "count" | "percent" | "year" | "month" | "day" | "ordinal" | "fraction";

export interface NumberMention {
  kind: NumberKind;
  /** The value; for a range, its lower end. */
  value: number;
  /** Inclusive bounds when the text gives a range (四五万, "40,000 to 50,000", 两、三次). */
  range?: [number, number];
  /** "More than", "about", 多, 余, 左右 …: the translation may round. */
  approx?: boolean;
  /** The text the mention was read from. */
  source: string;
}

/** Full-width digits, ％ and ． to ASCII, one character for one so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff05\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function mention(kind: NumberKind, lo: number, hi: number, approx: boolean, source: string): NumberMention {
  const m: NumberMention = { kind, value: lo, source };
  if (hi !== lo) m.range = [lo, hi];
  if (approx) m.approx = true;
  return m;
}

export const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** A lookup table without a prototype, so words like "constructor" are simply absent. */
export const table = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null), entries);
