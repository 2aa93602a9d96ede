import type { ContentProblem } from "@/lib/content/types";

/**
 * The corrections file of an article, `content/<name>.links` beside `content/<name>.txt`. One pinned
 * link per line (format in docs/translators.md, "Corrections"):
 *
 *     e12 e13 = z11            # English sentences 12 and 13 translate Chinese sentence 11
 *     e20 = -                  # English sentence 20 has no counterpart
 *     - = z7                   # nor has Chinese sentence 7
 *     e5 = z5 | 3k9x0a 0p2m7q  # with the hashes of the English and Chinese text when pinned
 *
 * `#` starts a comment; blank lines are ignored. Ids are the site's (1-based, document order).
 * This module only reads the syntax; `resolvePins` checks the pins against the article.
 */

export interface Pin {
  /** 1-based line in the corrections file. */
  line: number;
  /** 0-based sentence indices, consecutive; empty for "-". */
  en: number[];
  zh: number[];
  /** Hashes of the pinned text per side (`-` for an empty side), when the line has them. */
  hash?: { en: string; zh: string };
}

export interface ParsedLinks {
  pins: Pin[];
  problems: ContentProblem[];
}

const HASH = /^(?:[0-9a-z]{6}|-)$/;
const SIDE_NAME = { en: "English", zh: "Chinese" } as const;

export function parseLinks(file: string, text: string): ParsedLinks {
  const pins: Pin[] = [];
  const problems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    const problem = (message: string) => problems.push({ file, line, message });
    const content = raw.replace(/#.*/, "").trim();
    if (content === "") return;
    const match = /^([^=|]*)=([^=|]*)(?:\|(.*))?$/.exec(content);
    if (!match) {
      problem(`cannot read "${content}": a link is written "e12 e13 = z11" (English ids = Chinese ids, "-" for none)`);
      return;
    }
    const en = parseSide(match[1], "en", problem);
    const zh = parseSide(match[2], "zh", problem);
    let hash: Pin["hash"];
    if (match[3] !== undefined) {
      const tokens = match[3].trim().split(/\s+/).filter(Boolean);
      if (tokens.length !== 2 || !tokens.every((t) => HASH.test(t))) {
        problem(`after "|" come two text hashes, English then Chinese (six letters or digits each, "-" for a side with no sentence), not "${match[3].trim()}"`);
        return;
      }
      hash = { en: tokens[0], zh: tokens[1] };
    }
    if (!en || !zh) return;
    if (en.length === 0 && zh.length === 0) {
      problem(`"- = -" links nothing`);
      return;
    }
    pins.push(hash ? { line, en, zh, hash } : { line, en, zh });
  });
  return { pins, problems };
}

function parseSide(text: string, lang: "en" | "zh", problem: (message: string) => void): number[] | null {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const name = SIDE_NAME[lang];
  const letter = lang === "en" ? "e" : "z";
  if (tokens.length === 0) {
    problem(`the ${name} side is empty: write "-" for a link with no ${name} sentence`);
    return null;
  }
  if (tokens.length === 1 && tokens[0] === "-") return [];
  const indices: number[] = [];
  for (const token of tokens) {
    const id = new RegExp(`^${letter}([1-9][0-9]{0,5})$`).exec(token);
    if (!id) {
      const other = lang === "en" ? /^z\d+$/ : /^e\d+$/;
      problem(
        other.test(token)
          ? `${token} is on the ${name} side: English ids (e…) go left of "=", Chinese ids (z…) right`
          : `"${token}" is not ${lang === "en" ? "an" : "a"} ${name} sentence id (${letter}1, ${letter}2, …) or "-"`,
      );
      return null;
    }
    indices.push(Number(id[1]) - 1);
  }
  for (let k = 1; k < indices.length; k++) {
    if (indices[k] !== indices[0] + k) {
      problem(`${tokens.join(" ")}: a link joins neighbouring sentences, in order (e.g. ${letter}${indices[0] + 1} ${letter}${indices[0] + 2})`);
      return null;
    }
  }
  return indices;
}
