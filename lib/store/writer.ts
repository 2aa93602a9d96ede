// Edge module: the build's changes to the archive database, all inside one transaction.
import { createHash } from "node:crypto";
import type { ContentProblem } from "@/lib/content/types";
import { articleIdentity, duplicateProblems, groupSlugs } from "@/lib/content/slug";
import type { Db } from "./database";
import { articleId, articleRange, dateSpan, nextSlot, pairId, preferredSlot } from "./keys";
import { forEachLink, NO_RENDERING_ID, packLinks } from "./links";
import { readArticleData, tmxFragment, type ArticleRecord } from "./record";

interface StoredArticle {
  id: number;
  date: string;
  base_slug: string;
  identity: string;
}

/**
 * Adds, replaces and removes articles, then settles what depends on several articles at once:
 * duplicates, slugs (lib/content/slug's policy, group by group), and the month counts. Nothing is
 * visible to readers before `commit()`; `rollback()` leaves the database as it was.
 */
export class ArchiveWriter {
  private readonly months = new Set<string>();
  private readonly slugGroups = new Set<string>();
  private readonly identities = new Set<string>();
  /** Dictionary entries this build has stored already: most words of an article are in many others. */
  private readonly entries = new Set<string>();
  /** Ids of the link strings (terms table) this build has looked up or added. */
  private readonly termIds = new Map<string, number>();
  private readonly statements;

  constructor(
    private readonly db: Db,
    /** The path a problem names a content file by, e.g. `content/x.txt`. */
    private readonly shown: (file: string) => string,
  ) {
    const s = (sql: string) => db.prepare(sql);
    this.statements = {
      byFile: s("SELECT id, date, base_slug, identity FROM articles WHERE file = ?"),
      idTaken: s("SELECT 1 FROM articles WHERE id = ?").pluck(),
      insert: s(`INSERT INTO articles (id, file, slug, base_slug, identity, date, en_page, zh_page, col, title_en, title_zh,
        input_hash, content_hash, align_key, warnings, data, words, export_slug, tmx)
        VALUES (@id, @file, @slug, @baseSlug, @identity, @date, @enPage, @zhPage, @column, @titleEn, @titleZh,
        @inputHash, @contentHash, @alignKey, @warnings, @data, @words, @baseSlug, @tmx)`),
      deleteArticle: s("DELETE FROM articles WHERE id = ?"),
      deletePairs: s("DELETE FROM pairs WHERE id BETWEEN ? AND ?"),
      deleteIndexed: s("DELETE FROM pairs_fts WHERE rowid BETWEEN ? AND ?"),
      insertPair: s("INSERT INTO pairs (id, en, zh, en_first, zh_first, links) VALUES (?, ?, ?, ?, ?, ?)"),
      insertIndexed: s("INSERT INTO pairs_fts (rowid, en, zh) VALUES (?, ?, ?)"),
      pairLinks: s("SELECT links FROM pairs WHERE id BETWEEN ? AND ?").pluck(),
      termId: s("SELECT id FROM terms WHERE text = ?").pluck(),
      insertTerm: s("INSERT INTO terms (text) VALUES (?)"),
      addCount: s("INSERT INTO term_counts (term, rendering, year, count) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count"),
      takeCount: s("UPDATE term_counts SET count = count - ? WHERE term = ? AND rendering = ? AND year = ?"),
      dropCount: s("DELETE FROM term_counts WHERE term = ? AND rendering = ? AND year = ? AND count <= 0"),
      insertEntry: s("INSERT OR IGNORE INTO word_entries (word, entry) VALUES (?, ?)"),
      sameIdentity: s("SELECT file FROM articles WHERE identity = ? ORDER BY file").pluck(),
      group: s("SELECT id, file, slug, title_en, title_zh, export_slug FROM articles WHERE base_slug = ? ORDER BY file"),
      slugTaken: s("SELECT 1 FROM articles WHERE (base_slug = @slug OR slug = @slug) AND base_slug != @base").pluck(),
      setSlug: s("UPDATE articles SET slug = ? WHERE id = ?"),
      data: s("SELECT data FROM articles WHERE id = ?").pluck(),
      setExports: s("UPDATE articles SET export_slug = @slug, tmx = @tmx WHERE id = @id"),
      clearFacets: s("DELETE FROM month_facets WHERE month = ?"),
      countFacets: s(`INSERT INTO month_facets (month, en_page, col, count)
        SELECT @month, ifnull(en_page, ''), col, count(*) FROM articles WHERE id BETWEEN @lo AND @hi GROUP BY 2, 3`),
    };
  }

  begin(): void {
    this.db.exec("BEGIN IMMEDIATE");
  }

  commit(): void {
    this.db.exec("COMMIT");
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
  }

  /** Every article's file name and the hash of what it was made from. */
  inputs(): Map<string, string> {
    const rows = this.db.prepare("SELECT file, input_hash FROM articles").raw().all() as [string, string][];
    return new Map(rows);
  }

  /** Adds the article made from `record.file`, replacing what that file held before. */
  put(record: ArticleRecord, inputHash: string): void {
    const old = this.statements.byFile.get(record.file) as StoredArticle | undefined;
    if (old) this.drop(old);
    const id = old && old.date === record.date ? old.id : this.freeId(record.file, record.date);
    const identity = createHash("sha256").update(articleIdentity(record.date, record.titleEn, record.titleZh)).digest("hex").slice(0, 16);
    this.statements.insert.run({
      ...record,
      id,
      // Unique until settle() gives the article its slug.
      slug: `\u0000${record.file}`,
      identity,
      inputHash,
      warnings: record.warnings.length > 0 ? JSON.stringify(record.warnings) : null,
    });
    const counts = new TermCounts();
    for (const pair of record.pairs) {
      const pid = pairId(id, pair.bead);
      const links = pair.links.map(([term, rendering]) => [this.termId(term), rendering ? this.termId(rendering) : NO_RENDERING_ID] as const);
      for (const [term, rendering] of links) counts.add(term, rendering);
      this.statements.insertPair.run(pid, pair.en, pair.zh, pair.enFirst, pair.zhFirst, links.length > 0 ? packLinks(links) : null);
      this.statements.insertIndexed.run(pid, pair.enSearch, pair.zhSearch);
    }
    const year = Number(record.date.slice(0, 4));
    for (const [term, rendering, n] of counts) this.statements.addCount.run(term, rendering, year, n);
    for (const [word, entry] of record.entries) {
      if (this.entries.has(word)) continue;
      this.statements.insertEntry.run(word, entry);
      this.entries.add(word);
    }
    this.touch({ date: record.date, base_slug: record.baseSlug, identity });
  }

  /** Removes the article of a file that is gone from the content folder. */
  remove(file: string): void {
    const old = this.statements.byFile.get(file) as StoredArticle | undefined;
    if (old) this.drop(old);
  }

  /**
   * Settles what the changes touched across articles: same article in two files (problems, so the
   * build fails), slugs of every base slug a change touched, export fragments of articles whose
   * slug moved, and the counts of every month touched. Returns the problems.
   */
  settle(): ContentProblem[] {
    const problems: ContentProblem[] = [];
    for (const identity of this.identities) {
      problems.push(...duplicateProblems((this.statements.sameIdentity.all(identity) as string[]).map(this.shown)));
    }
    if (problems.length > 0) return problems;
    for (const base of this.slugGroups) this.settleSlugs(base);
    for (const month of this.months) {
      const { first, last } = dateSpan(month);
      this.statements.clearFacets.run(month);
      this.statements.countFacets.run({ month, ...articleRange(first, last) });
    }
    return problems;
  }

  private settleSlugs(base: string): void {
    const group = this.statements.group.all(base) as { id: number; file: string; slug: string; title_en: string; title_zh: string; export_slug: string }[];
    if (group.length === 0) return;
    const slugs = groupSlugs(
      base,
      group.map((row) => ({ enTitle: row.title_en, zhTitle: row.title_zh })),
      (slug) => this.statements.slugTaken.get({ slug, base }) !== undefined,
    );
    const moved = group.filter((row, i) => row.slug !== slugs[i]);
    // In two steps, so that two articles of the group may swap slugs without a moment of clash.
    for (const row of moved) this.statements.setSlug.run(`\u0000${row.file}`, row.id);
    group.forEach((row, i) => {
      if (row.slug !== slugs[i]) this.statements.setSlug.run(slugs[i], row.id);
      if (row.export_slug !== slugs[i]) {
        const article = readArticleData(this.statements.data.get(row.id) as Uint8Array, slugs[i]);
        this.statements.setExports.run({ id: row.id, slug: slugs[i], tmx: tmxFragment(article) });
      }
    });
  }

  /** The id of a link string (a term or a rendering), added to the terms table when new. */
  private termId(text: string): number {
    let id = this.termIds.get(text);
    if (id === undefined) {
      id = (this.statements.termId.get(text) as number | undefined) ?? Number(this.statements.insertTerm.run(text).lastInsertRowid);
      this.termIds.set(text, id);
    }
    return id;
  }

  /** Takes an article's pairs off term_counts, read from their stored links (before the pairs are deleted). */
  private takeTermCounts(lo: number, hi: number, year: number): void {
    const counts = new TermCounts();
    for (const links of this.statements.pairLinks.iterate(lo, hi) as IterableIterator<Uint8Array | null>) forEachLink(links, (term, rendering) => counts.add(term, rendering));
    for (const [term, rendering, n] of counts) {
      this.statements.takeCount.run(n, term, rendering, year);
      this.statements.dropCount.run(term, rendering, year);
    }
  }

  private drop(old: StoredArticle): void {
    const lo = pairId(old.id, 0);
    const hi = pairId(old.id + 1, 0) - 1;
    this.takeTermCounts(lo, hi, Number(old.date.slice(0, 4)));
    this.statements.deleteIndexed.run(lo, hi);
    this.statements.deletePairs.run(lo, hi);
    this.statements.deleteArticle.run(old.id);
    this.touch(old);
  }

  private touch(article: Pick<StoredArticle, "date" | "base_slug" | "identity">): void {
    this.months.add(article.date.slice(0, 7));
    this.slugGroups.add(article.base_slug);
    this.identities.add(article.identity);
  }

  /** An id on the article's day: its file's preferred slot, or the next free one. */
  private freeId(file: string, date: string): number {
    let slot = preferredSlot(createHash("sha256").update(file).digest("hex"));
    while (this.statements.idTaken.get(articleId(date, slot)) !== undefined) slot = nextSlot(slot);
    return articleId(date, slot);
  }
}

/** Pairs per [term, rendering] id of one article. */
class TermCounts {
  private readonly counts = new Map<number, Map<number, number>>();

  add(term: number, rendering: number): void {
    let byRendering = this.counts.get(term);
    if (!byRendering) this.counts.set(term, (byRendering = new Map()));
    byRendering.set(rendering, (byRendering.get(rendering) ?? 0) + 1);
  }

  *[Symbol.iterator](): Generator<[term: number, rendering: number, count: number]> {
    for (const [term, byRendering] of this.counts) for (const [rendering, n] of byRendering) yield [term, rendering, n];
  }
}
