import { exportBeads, type ExportBead } from "@/lib/export/beads";
import { tsvRow } from "@/lib/export/tsv";
import { UNCERTAIN_BELOW, type SiteArticle } from "@/lib/site/article";

/**
 * The review queue: what a person should look at to bring an archive to 100 %. Doubtful links are
 * links with sentences on both sides whose confidence is below a threshold (by default the site's
 * "uncertain" threshold), least confident first; unmatched sentences are beads with one side empty.
 * Links a person already pinned (checked) are never listed.
 */

export interface ReviewItem extends ExportBead {
  /** Source file under content/, where the corrections file goes beside it. */
  file: string;
}

export interface ReviewQueue {
  doubtful: ReviewItem[];
  unmatched: ReviewItem[];
  /** Links in the archive, and how many are checked, for the progress line. */
  links: number;
  checked: number;
}

export interface ReviewOptions {
  /** Links with confidence strictly below this are doubtful. */
  below?: number;
}

/** Articles in any order; the queue's order is by confidence, then article slug, then position. */
export function reviewQueue(articles: Iterable<SiteArticle>, options: ReviewOptions = {}): ReviewQueue {
  const below = options.below ?? UNCERTAIN_BELOW;
  const doubtful: (ReviewItem & { at: number })[] = [];
  const unmatched: (ReviewItem & { at: number })[] = [];
  let links = 0;
  let checked = 0;
  for (const article of articles) {
    exportBeads(article).forEach((bead, at) => {
      links++;
      if (bead.checked) {
        checked++;
        return;
      }
      const item = { ...bead, file: article.file, at };
      if (bead.enIds.length === 0 || bead.zhIds.length === 0) unmatched.push(item);
      else if (bead.confidence < below) doubtful.push(item);
    });
  }
  const byPlace = (a: { article: string; at: number }, b: { article: string; at: number }) =>
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.at - b.at;
  doubtful.sort((a, b) => a.confidence - b.confidence || byPlace(a, b));
  unmatched.sort(byPlace);
  const strip = ({ at: _at, ...item }: ReviewItem & { at: number }): ReviewItem => item;
  return { doubtful: doubtful.map(strip), unmatched: unmatched.map(strip), links, checked };
}

/** The line that pins this link as it stands, for the article's corrections file. */
export function pinLineOf(item: Pick<ExportBead, "enIds" | "zhIds">): string {
  return `${item.enIds.join(" ") || "-"} = ${item.zhIds.join(" ") || "-"}`;
}

/** Plain-text report: doubtful links worst first, then unmatched sentences, each with both texts. */
export function formatReview(queue: ReviewQueue, options: { limit?: number } = {}): string {
  const limit = options.limit ?? Infinity;
  const out: string[] = [];
  const item = (i: ReviewItem, head: string) => {
    out.push(`${head}  ${i.article} ${i.id}  ${pinLineOf(i)}    (content/${linksName(i.file)})`);
    if (i.en) out.push(`      EN  ${i.en}`);
    if (i.zh) out.push(`      ZH  ${i.zh}`);
  };
  const shown = (list: ReviewItem[]) => list.slice(0, limit);
  out.push(`Doubtful links: ${queue.doubtful.length}${queue.doubtful.length > limit ? `, the ${limit} least confident shown` : ""}`);
  for (const i of shown(queue.doubtful)) item(i, i.confidence.toFixed(4));
  out.push("", `Unmatched sentences: ${queue.unmatched.length}${queue.unmatched.length > limit ? `, the first ${limit} shown` : ""}`);
  for (const i of shown(queue.unmatched)) item(i, "     -");
  const share = queue.links === 0 ? 100 : (100 * queue.checked) / queue.links;
  out.push("", `${queue.checked} of ${queue.links} links checked (${share.toFixed(1)} %).`);
  return `${out.join("\n")}\n`;
}

/** `x.txt` → `x.links`: the corrections file beside an article file. */
export function linksName(articleFile: string): string {
  return `${articleFile.replace(/\.[^.]*$/, "")}.links`;
}

export const REVIEW_TSV_COLUMNS = ["kind", "confidence", "article", "bead", "english_ids", "chinese_ids", "english", "chinese", "file"] as const;

/** The same queue as TSV (quoted as the TSV export), for a spreadsheet. */
export function reviewTsv(queue: ReviewQueue): string {
  const rows = [
    ...queue.doubtful.map((i) => ["doubtful", i] as const),
    ...queue.unmatched.map((i) => ["unmatched", i] as const),
  ].map(([kind, i]) => tsvRow([kind, String(i.confidence), i.article, i.id, i.enIds.join(" "), i.zhIds.join(" "), i.en, i.zh, i.file]));
  return tsvRow(REVIEW_TSV_COLUMNS) + rows.join("");
}

/** A stop of edit mode's "next doubtful link" walk. */
export interface ReviewStop {
  kind: "doubtful" | "unmatched";
  /** Bead id, `s12`. */
  id: string;
  enIds: string[];
  zhIds: string[];
  confidence: number;
}

/**
 * One article's queue in the order `npm run review` lists it (doubtful links least confident
 * first, then unmatched sentences in document order): the stops of edit mode's `n` / `p` keys.
 */
export function reviewStops(article: SiteArticle, options: ReviewOptions = {}): ReviewStop[] {
  const queue = reviewQueue([article], options);
  const stop = (kind: ReviewStop["kind"]) => (i: ReviewItem): ReviewStop => ({ kind, id: i.id, enIds: i.enIds, zhIds: i.zhIds, confidence: i.confidence });
  return [...queue.doubtful.map(stop("doubtful")), ...queue.unmatched.map(stop("unmatched"))];
}
