/**
 * WCAG 2.2 contrast (success criteria 1.4.3 and 1.4.11): the ratio of two colours' relative
 * luminances, and what a colour with alpha looks like over another. Pure: the colours come from
 * the browser in e2e/contrast.spec.ts.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number];
export type Rgb = [number, number, number];

/** "#777", "#777777" or "#77777780" as RGBA. */
export function parseHex(hex: string): Rgba {
  const digits = hex.replace(/^#/, "");
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join("") : digits;
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return [byte(0), byte(2), byte(4), full.length === 8 ? byte(6) / 255 : 1];
}

/** `top` painted over the opaque `bottom` (source-over compositing). */
export function over(top: Rgba, bottom: Rgb): Rgb {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)) as Rgb;
}

/** A stack of backgrounds, nearest first, painted over `base`: the colour a reader sees behind the text. */
export function flatten(layers: readonly Rgba[], base: Rgb): Rgb {
  return layers.reduceRight<Rgb>((below, layer) => over(layer, below), base);
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** WCAG's large text: at least 18 pt (24 px), or 14 pt (18.66 px) bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}

/** AA's minimum for text: 4.5:1, 3:1 for large text. */
export function aaMinimum(fontSizePx: number, fontWeight: number): number {
  return isLargeText(fontSizePx, fontWeight) ? 3 : 4.5;
}
