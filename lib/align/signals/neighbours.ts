/**
 * Matches next door: evidence against a bead from its items whose translation is not inside the
 * bead but in the other side's sentence just before or just after it. The two errors most left on
 * MAC-Dev are of this kind: an English sentence given to the wrong neighbour (its name and nouns
 * translate the next Chinese sentence, its length fits either), and a clause moved across a
 * sentence boundary, which two 1-1 beads split where the gold has one 2-2. Inside a bead such an
 * item counts only as a miss, whatever is beside it; here a rare word found next door costs the
 * bead what finding it would have gained, less what finding it next door by chance explains.
 *
 * A word's chance of a translation in one sentence beside its right bead is not its document
 * frequency d: adjacent sentences share a topic and names, so it is about `NEIGHBOUR_LOCALITY` · d.
 * An item found next door therefore weighs log(q1' / q0ₗ), q0ₗ = min(0.99, locality · d) and
 * q1' = 1 − (1 − q1)(1 − q0ₗ) as for a match (lexical.ts): next to nothing for a word common in
 * the passage, which says nothing about where a boundary lies. Without the locality (d alone)
 * every bead boundary inside a passage on one topic paid for its shared words, and the search
 * merged neighbouring beads (MAC-Dev 0.901 → 0.898 at half the weight).
 */

/**
 * How much likelier than its document frequency a word's translation is in a sentence beside its
 * right bead. Tuned on MAC-Dev as a whole with the weight (docs/aligner-v3.md, fourth round).
 */
export const NEIGHBOUR_LOCALITY = 10;

/**
 * Per item, the evidence against a bead when the item finds its translation only next door, in
 * nats before the lexical weight. `logMiss` holds each item's log(1 − d), d its document frequency
 * through the dictionary; `q1` is the side's translation rate.
 */
export function neighbourWeights(logMiss: Float64Array, q1: number, locality = NEIGHBOUR_LOCALITY): Float64Array {
  const out = new Float64Array(logMiss.length);
  let lastLogMiss = NaN;
  let last = 0;
  for (let k = 0; k < logMiss.length; k++) {
    // Items share a few hundred document frequencies: neighbours in the list often have the same.
    if (logMiss[k] !== lastLogMiss) {
      lastLogMiss = logMiss[k];
      const q0 = Math.min(0.99, Math.max(1e-3, -locality * Math.expm1(lastLogMiss)));
      last = Math.log((1 - (1 - q1) * (1 - q0)) / q0);
    }
    out[k] = last;
  }
  return out;
}
