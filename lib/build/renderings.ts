/**
 * The renderings of an article's sentence pairs (lib/search/renderings.ts), on the build's worker
 * threads: translations of a Chinese word from all its CC-CEDICT senses or, for a word the dictionary
 * lacks, from a table learned from the article's own pairs (lib/align/signals/learned.ts), English words keyed by their
 * inflection against CC-CEDICT's English vocabulary. The dictionary side is worked out once per
 * word per process: most words of an article are in many others.
 */
import { learnTranslations } from "@/lib/align/signals/learned";
import type { ExportBead } from "@/lib/export";
import { englishTokens, inflectionKey, isContentWord, linkPair } from "@/lib/search/renderings";
import { loadEnglishVocabulary, loadWordDictionary } from "@/lib/words/load";
import type { ArticleWords } from "@/lib/words/words";

/** [term, rendering]: a Chinese word and its English rendering, or an English key and its Chinese rendering. */
export type RenderingLink = [term: string, rendering: string];

const SENSE_SKIP = /^(CL:|surname |variant of|old variant|see |used in|abbr\. for)/i;
const translations = new Map<string, ReadonlySet<string>>();
const keys = new Map<string, string>();

function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    const vocabulary = loadEnglishVocabulary();
    keys.set(word, (key = inflectionKey(word, (w) => vocabulary.has(w))));
  }
  return key;
}

function dictionaryTranslations(zh: string): ReadonlySet<string> {
  let found = translations.get(zh);
  if (found) return found;
  const out = new Set<string>();
  for (const reading of loadWordDictionary().lookup(zh) ?? []) {
    for (const sense of reading.senses) {
      if (SENSE_SKIP.test(sense)) continue;
      for (const word of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").toLowerCase().match(/[a-z]+/g) ?? []) {
        if (word.length >= 3) out.add(keyOf(word));
      }
    }
  }
  translations.set(zh, out);
  return out;
}

/** Per bead of the article, its links, then the terms that have none ("" as their rendering: counted, never listed). */
export function articleRenderings(beads: readonly ExportBead[], words: ArticleWords): RenderingLink[][] {
  const zhWords = beads.map((bead) => bead.zhIds.flatMap((id) => (words.sentences[id] ?? []).map(([, , word]) => word)));
  const tokens = beads.map((bead) => englishTokens(bead.en, keyOf));
  // Learned only for the words the dictionary lacks (translationsOf below), so only those are counted.
  const unknown = zhWords.map((list) => list.filter((zh) => dictionaryTranslations(zh).size === 0));
  const learned = learnTranslations(
    beads.map((_, k) => ({ src: [k], tgt: [k], confidence: 1 })),
    (k) => unknown[k],
    (k) => tokens[k].flatMap((t) => (t.key === null ? [] : [t.key])),
  );
  // Learned translations only for words the dictionary lacks (names, new terms): beside a
  // dictionary entry, a short article's co-occurrences mostly teach noise (整顿 ~ "production").
  const translationsOf = (zh: string) => {
    const known = dictionaryTranslations(zh);
    return known.size > 0 ? known : new Set(learned.get(zh) ?? []);
  };
  return beads.map((_, k) => {
    const links = linkPair(tokens[k], zhWords[k], translationsOf);
    const out: RenderingLink[] = [...links.zh, ...links.en];
    const unlinked = new Set<string>();
    for (const zh of zhWords[k]) if (isContentWord(zh) && !links.zh.has(zh)) unlinked.add(zh);
    for (const t of tokens[k]) if (t.key !== null && !links.en.has(t.key)) unlinked.add(t.key);
    for (const term of unlinked) out.push([term, ""]);
    return out;
  });
}
