/**
 * MAC-Dev, the aligner's development set (../shared/eval/mac-dev, see its README): six chapters of
 * Chinese novels with their published English translations, one sentence per line, gold beads with
 * Chinese first. Read from the shared folder only, never copied into the project.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseBead } from "../../lib/align/format";
import type { GoldBead } from "../../lib/align-eval/evaluate";

export interface MacChapter {
  id: string;
  title: string;
  zh: string[];
  en: string[];
  gold: GoldBead[];
  /** Bertalign's own output, for comparison, when present. */
  bertalign?: GoldBead[];
}

export const MAC_DEV_DIR = process.env.MAC_DEV_DIR ?? path.resolve(import.meta.dirname, "../../../shared/eval/mac-dev");

const lines = (file: string) => {
  const text = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  const out = text.split("\n");
  if (out[out.length - 1] === "") out.pop();
  return out;
};

function readBeads(file: string): GoldBead[] {
  return lines(file).map((line, k) => {
    const bead = parseBead(line);
    if (!bead) throw new Error(`${file}:${k + 1}: not a bead line: ${line}`);
    return bead;
  });
}

/** The chapters, or null when the folder is absent (a clone with nothing beside it). */
export function loadMacDev(dir = MAC_DEV_DIR): MacChapter[] | null {
  if (!existsSync(path.join(dir, "gold"))) return null;
  const titles = new Map<string, string>();
  const metaPath = path.join(dir, "meta_data.tsv");
  if (existsSync(metaPath)) {
    for (const row of lines(metaPath).slice(1)) {
      const cells = row.split("\t");
      titles.set(cells[0], `${cells[3]} / ${cells[2]}`);
    }
  }
  return readdirSync(path.join(dir, "gold"))
    .filter((f) => f.endsWith(".align"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".align".length);
      const bertalignPath = path.join(dir, "bertalign", f);
      return {
        id,
        title: titles.get(id) ?? id,
        zh: lines(path.join(dir, "split", `${id}.zh`)),
        en: lines(path.join(dir, "split", `${id}.en`)),
        gold: readBeads(path.join(dir, "gold", f)),
        bertalign: existsSync(bertalignPath) ? readBeads(bertalignPath) : undefined,
      };
    });
}
