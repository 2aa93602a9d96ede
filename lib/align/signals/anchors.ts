import type { PreparedSide } from "../types";
import type { EvidenceSignal } from "./evidence";
import { prepareNameEvidence } from "./names";
import { prepareNumberEvidence } from "./numbers";

/**
 * Numbers and names as likelihood ratios. Between translations a number or name of one side is
 * found on the other most of the time; between unrelated sentences rarely. Each found mention adds
 * log(p_found / p_chance), each missing one log((1 − p_found) / (1 − p_chance)); a span pair with
 * no mention scores exactly 0.
 */
function llr(pFound: number, pChance: number): (found: number, missing: number) => number {
  // The rates are fixed: their logarithms are worked out once, not at every bead priced.
  const gain = Math.log(pFound / pChance);
  const loss = Math.log((1 - pFound) / (1 - pChance));
  return (found, missing) => found * gain + missing * loss;
}

const numberLlr = llr(0.8, 0.05);
const nameLlr = llr(0.7, 0.05);

export const numberSignal: EvidenceSignal = {
  name: "numbers",
  prepare(src: PreparedSide, tgt: PreparedSide) {
    const evidence = prepareNumberEvidence(src, tgt);
    return {
      evidence(i0, i1, j0, j1) {
        const e = evidence(i0, i1, j0, j1);
        const found = e.srcMatched + e.tgtMatched;
        // Both sides count a matched pair: half weight each.
        return 0.5 * numberLlr(found, e.srcTotal + e.tgtTotal - found);
      },
    };
  },
};

export const nameSignal: EvidenceSignal = {
  name: "names",
  prepare(src: PreparedSide, tgt: PreparedSide) {
    const evidence = prepareNameEvidence(src, tgt);
    return {
      evidence(i0, i1, j0, j1) {
        const e = evidence(i0, i1, j0, j1);
        return nameLlr(e.found, e.total - e.found);
      },
    };
  },
};
