import type { Lang } from "@/lib/align/types";

/**
 * Sub-sentence cuts inside one sentence: after each `；`/`;`, and after a `：`/`:` that opens a
 * list (items separated by `；`, or, in Chinese, a bare `、` enumeration running to the end).
 * Nothing is cut inside brackets or quotes, where a semicolon belongs to an aside.
 */

/**
 * A colon after a verb of saying or believing (`大家一致认为：`, `He said:`) introduces reported
 * content, which translations usually render as one clause ("agreed that ..."); cutting there
 * would leave the verb as a fragment.
 */
const REPORTING_VERB_ZH = /(?:认为|以为|说|说道|写道|表示|指出|强调|声明|宣布|声称|宣称)$/;
const REPORTING_VERB_EN = /\b(?:said|says|say|stated|states|agreed|agree|believed|believes|declared|noted|added|announced|wrote|writes|asked|replied|argued|stressed|emphasized|pointed out)$/i;

const OPEN = "（([【《〈「『“‘";
const CLOSE = "）)]】》〉」』”’";

/** Offsets, relative to `sentence`, where a new clause begins. */
export function clauseCuts(sentence: string, lang: Lang): number[] {
  const topLevel = topLevelPositions(sentence);
  const cuts: number[] = [];
  for (const i of topLevel) {
    const ch = sentence[i];
    const end = i + 1;
    if (end >= sentence.trimEnd().length) continue;
    if (ch === "；" || ch === ";") cuts.push(end);
    else if ((ch === "：" || (ch === ":" && /\s/.test(sentence[end] ?? ""))) && opensList(sentence, end, topLevel, lang)) {
      cuts.push(end);
    }
  }
  return cuts;
}

function opensList(sentence: string, from: number, topLevel: number[], lang: Lang): boolean {
  const head = sentence.slice(0, from - 1).trimEnd();
  if ((lang === "zh" ? REPORTING_VERB_ZH : REPORTING_VERB_EN).test(head)) return false;
  if (topLevel.some((i) => i >= from && (sentence[i] === "；" || sentence[i] === ";"))) return true;
  if (lang !== "zh") return false;
  const rest = sentence.slice(from).replace(/[。！？!?…\s]+$/, "");
  return rest.includes("、") && !/[，,；;：:]/.test(rest);
}

/** Indices of characters outside any bracket or quotation. */
function topLevelPositions(sentence: string): number[] {
  const positions: number[] = [];
  let depth = 0;
  let inStraightQuote = false;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '"') inStraightQuote = !inStraightQuote;
    else if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !inStraightQuote) positions.push(i);
  }
  return positions;
}
