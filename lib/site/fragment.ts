/**
 * Passage links: the URL fragment of an article page. Pure, so the browser code stays a thin
 * layer over it. Accepted forms (ids are 1-based positions in document order):
 *   #e12-e15, #z7   English sentences 12 to 15 / Chinese sentence 7 (either order in a range):
 *                   the beads that hold them now, whatever the aligner grouped together
 *   #e12-z9         from the bead of English sentence 12 to the bead of Chinese sentence 9 (a
 *                   passage that starts and ends with sentences untranslated on the other side)
 *   #s12, #s12-s15  bead 12, beads 12 to 15 (older links; still resolved as before)
 *   #p3             every bead with a sentence in paragraph row 3
 * Anything else, and numbers beyond the article, yield null and are ignored.
 *
 * Links the site writes name sentences, never beads: sentence ids depend only on the text and the
 * segmenter, so a link keeps selecting the same sentences when the aligner regroups them.
 */

export type Lang = "en" | "zh";

/** English or Chinese sentence n (1-based). */
export interface SentenceRef {
  lang: Lang;
  n: number;
}

export type Fragment =
  | { kind: "beads"; from: number; to: number }
  | { kind: "sentences"; from: SentenceRef; to: SentenceRef }
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
  beadOfSentence(lang: Lang, n: number): number | undefined;
  /** Beads touching row n, or undefined when there is no such row. */
  beadsOfRow(n: number): BeadRange | undefined;
  /** 1-based numbers of the sentences of this language in 0-based bead n, in order (empty when none). */
  sentencesOfBead(n: number, lang: Lang): number[];
}

// Six digits is far beyond any article and keeps the numbers exact.
const NUMBER = "([1-9][0-9]{0,5})";
const BEADS = new RegExp(`^s${NUMBER}(?:-s${NUMBER})?$`);
const SENTENCES = new RegExp(`^([ez])${NUMBER}(?:-([ez])${NUMBER})?$`);
const ROW = new RegExp(`^p${NUMBER}$`);

const prefix = (lang: Lang) => (lang === "en" ? "e" : "z");

/** Syntax only: `"#e12-e15"` (with or without the `#`) → `{ kind: "sentences", lang: "en", from: 12, to: 15 }`. */
export function parseFragment(hash: string): Fragment | null {
  if (typeof hash !== "string" || hash.length > 32) return null;
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  let match = BEADS.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = match[2] === undefined ? a : Number(match[2]);
    return { kind: "beads", from: Math.min(a, b), to: Math.max(a, b) };
  }
  match = SENTENCES.exec(text);
  if (match) {
    const a: SentenceRef = { lang: match[1] === "e" ? "en" : "zh", n: Number(match[2]) };
    const b: SentenceRef = match[3] === undefined ? a : { lang: match[3] === "e" ? "en" : "zh", n: Number(match[4]) };
    // Within one language the order is known; across languages the beads decide (resolveFragment).
    const swap = a.lang === b.lang && b.n < a.n;
    return { kind: "sentences", from: swap ? b : a, to: swap ? a : b };
  }
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
    case "sentences": {
      const first = lookup.beadOfSentence(fragment.from.lang, fragment.from.n);
      const last = lookup.beadOfSentence(fragment.to.lang, fragment.to.n);
      return first === undefined || last === undefined ? null : { first: Math.min(first, last), last: Math.max(first, last) };
    }
    case "row":
      return lookup.beadsOfRow(fragment.n) ?? null;
  }
}

/** `{ first: 11, last: 14 }` → `"s12-s15"`; a single bead → `"s12"`. The old bead form, kept for tools. */
export function formatFragment(range: BeadRange): string {
  const first = Math.min(range.first, range.last) + 1;
  const last = Math.max(range.first, range.last) + 1;
  return first === last ? `s${first}` : `s${first}-s${last}`;
}

/**
 * The fragment the site writes for selected beads: the first to the last sentence they hold, in
 * the language the reader clicked (`#e12-e15`, `#z7`). When that language has no sentence in the
 * first or last bead (a sentence untranslated on the other side), the other language is used if it
 * has both ends, else each end in whichever language has it (`#e2-z4`); so the fragment always
 * resolves to exactly the selected beads.
 */
export function sentenceFragment(range: BeadRange, preferred: Lang, lookup: FragmentLookup): string {
  const first = Math.min(range.first, range.last);
  const last = Math.max(range.first, range.last);
  const other: Lang = preferred === "en" ? "zh" : "en";
  const covers = (lang: Lang) => lookup.sentencesOfBead(first, lang).length > 0 && lookup.sentencesOfBead(last, lang).length > 0;
  const lang = covers(preferred) ? preferred : covers(other) ? other : null;
  const end = (bead: number, which: "first" | "last"): SentenceRef | null => {
    for (const l of lang ? [lang] : [preferred, other]) {
      const numbers = lookup.sentencesOfBead(bead, l);
      if (numbers.length > 0) return { lang: l, n: which === "first" ? numbers[0] : numbers[numbers.length - 1] };
    }
    return null;
  };
  const from = end(first, "first");
  const to = end(last, "last");
  if (!from || !to) return formatFragment(range);
  const id = (ref: SentenceRef) => `${prefix(ref.lang)}${ref.n}`;
  return from.lang === to.lang && from.n === to.n ? id(from) : `${id(from)}-${id(to)}`;
}

/** The range from a selection's anchor bead to the bead shift-clicked, in document order. */
export function extendRange(anchor: number, to: number): BeadRange {
  return { first: Math.min(anchor, to), last: Math.max(anchor, to) };
}

/** A lookup over beads given as lists of sentence ids (`{ en: ["e1", "e2"], zh: ["z1"] }`), as in alignment.json. */
export function beadLookup(
  beads: readonly { en: readonly string[]; zh: readonly string[] }[],
  beadsOfRow: (n: number) => BeadRange | undefined = () => undefined,
): FragmentLookup {
  const beadOf = { en: new Map<number, number>(), zh: new Map<number, number>() };
  const numbers = beads.map((bead, n) => {
    const en = bead.en.map((id) => Number(id.slice(1)));
    const zh = bead.zh.map((id) => Number(id.slice(1)));
    for (const k of en) beadOf.en.set(k, n);
    for (const k of zh) beadOf.zh.set(k, n);
    return { en, zh };
  });
  return {
    beadCount: beads.length,
    beadOfSentence: (lang, n) => beadOf[lang].get(n),
    beadsOfRow,
    sentencesOfBead: (n, lang) => numbers[n]?.[lang] ?? [],
  };
}
