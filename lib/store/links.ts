/**
 * A sentence pair's rendering links as the database stores them (pairs.links): [term, rendering]
 * pairs of ids into the `terms` table, rendering 0 where the term has none, as unsigned LEB128
 * varints. About 5 bytes a link, against about 70 for a row of a (pair, term, rendering) table and
 * its index. Pure.
 */

/** The id of "no rendering found": terms' ids start at 1. */
export const NO_RENDERING_ID = 0;

export type LinkIds = readonly (readonly [term: number, rendering: number])[];

function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a link id: ${value}`);
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

export function packLinks(links: LinkIds): Uint8Array {
  const out: number[] = [];
  for (const [term, rendering] of links) {
    pushVarint(out, term);
    pushVarint(out, rendering);
  }
  return Uint8Array.from(out);
}

/** Calls `each` with every [term, rendering] of a packed list, in order. */
export function forEachLink(bytes: Uint8Array | null | undefined, each: (term: number, rendering: number) => void): void {
  if (!bytes) return;
  let at = 0;
  const read = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error("truncated link list");
      const byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  while (at < bytes.length) {
    const term = read();
    each(term, read());
  }
}

export function unpackLinks(bytes: Uint8Array | null | undefined): [number, number][] {
  const out: [number, number][] = [];
  forEachLink(bytes, (term, rendering) => out.push([term, rendering]));
  return out;
}

/** The rendering of `term` in a packed list (its first link, as a (pair, term) key kept the first), or undefined when the term has no link there. */
export function renderingIn(bytes: Uint8Array | null | undefined, term: number): number | undefined {
  let found: number | undefined;
  forEachLink(bytes, (t, rendering) => {
    if (found === undefined && t === term) found = rendering;
  });
  return found;
}
