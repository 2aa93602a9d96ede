/**
 * Passage links: the URL fragment of an article page. Pure, so the browser code stays a thin
 * layer over it. Accepted forms (ids are 1-based positions in document order):
 *   #s12      bead 12            #s12-s15   beads 12 to 15 (either order)
 *   #e5, #z5  the bead holding English / Chinese sentence 5
 *   #p3       every bead with a sentence in paragraph row 3
 * Anything else, and numbers beyond the article, yield null and are ignored.
 */

export type Fragment =
  | { kind: "beads"; from: number; to: number }
  | { kind: "sentence"; lang: "en" | "zh"; n: number }
  | { kind: "row"; n: number };

/** Beads first..last inclusive, 0-based. */
export interface BeadRange {
  first: number;
  last: number;
}

/** What resolving needs to know of an article; numbers are 1-based as in the ids, results 0-based. */
export interface FragmentLookup {
  beadCount: number;
  /** 0-based bead of English/Chinese sentence n, or undefined when there is no such sentence. */
  beadOfSentence(lang: "en" | "zh", n: number): number | undefined;
  /** Beads touching row n, or undefined when there is no such row. */
  beadsOfRow(n: number): BeadRange | undefined;
}

// Six digits is far beyond any article and keeps the numbers exact.
const NUMBER = "([1-9][0-9]{0,5})";
const BEADS = new RegExp(`^s${NUMBER}(?:-s${NUMBER})?$`);
const SENTENCE = new RegExp(`^([ez])${NUMBER}$`);
const ROW = new RegExp(`^p${NUMBER}$`);

/** Syntax only: `"#s12-s15"` (with or without the `#`) → `{ kind: "beads", from: 12, to: 15 }`. */
export function parseFragment(hash: string): Fragment | null {
  if (typeof hash !== "string" || hash.length > 32) return null;
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  let match = BEADS.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = match[2] === undefined ? a : Number(match[2]);
    return { kind: "beads", from: Math.min(a, b), to: Math.max(a, b) };
  }
  match = SENTENCE.exec(text);
  if (match) return { kind: "sentence", lang: match[1] === "e" ? "en" : "zh", n: Number(match[2]) };
  match = ROW.exec(text);
  if (match) return { kind: "row", n: Number(match[1]) };
  return null;
}

/** The beads a fragment names in this article, or null when it names nothing that exists. */
export function resolveFragment(fragment: Fragment | null, lookup: FragmentLookup): BeadRange | null {
  if (!fragment) return null;
  switch (fragment.kind) {
    case "beads":
      return fragment.to <= lookup.beadCount ? { first: fragment.from - 1, last: fragment.to - 1 } : null;
    case "sentence": {
      const bead = lookup.beadOfSentence(fragment.lang, fragment.n);
      return bead === undefined ? null : { first: bead, last: bead };
    }
    case "row":
      return lookup.beadsOfRow(fragment.n) ?? null;
  }
}

/** `{ first: 11, last: 14 }` → `"s12-s15"`; a single bead → `"s12"`. */
export function formatFragment(range: BeadRange): string {
  const first = Math.min(range.first, range.last) + 1;
  const last = Math.max(range.first, range.last) + 1;
  return first === last ? `s${first}` : `s${first}-s${last}`;
}

/** The range from a selection's anchor bead to the bead shift-clicked, in document order. */
export function extendRange(anchor: number, to: number): BeadRange {
  return { first: Math.min(anchor, to), last: Math.max(anchor, to) };
}
