import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/query";
import { ArchiveReader, createArchive, finishArchive, openArchiveForUpdate, type Db } from "@/lib/store/database";
import { databaseEpoch } from "@/lib/store/epoch";
import { dateOfPair, Matches, renderingSummary } from "@/lib/store/reader";
import { toArticleRecord } from "@/lib/store/record";
import { pairsArticle } from "@/lib/store/test-article";
import { ArchiveWriter } from "@/lib/store/writer";
import { summaryKey, summaryService, type SummaryService } from "./concordance-summary";

const dir = mkdtempSync(path.join(tmpdir(), "concordance-summary-"));
const services: SummaryService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Article n: "The n cooperatives met." (合作社 rendered "cooperatives" in every third, none in the others), dated over nine years. */
function record(n: number, tag = "") {
  const date = `${1950 + (n % 9)}-0${1 + (n % 9)}-1${n % 10}`;
  const site = pairsArticle(`coop-${tag}${n}.txt`, date, [[`The ${n} cooperatives met.`, `${n}个合作社开会。`], ["Output rose.", "产量提高。"]], { title: `Coop ${tag}${n}`, page: String(1 + (n % 2)) });
  return { file: site.file, record: toArticleRecord(site, { sentences: {}, entries: {} }, { alignKey: site.file, warnings: [] }, (beads) =>
    beads.map((bead) => (bead.zh.includes("合作社") ? (n % 3 === 0 ? [["合作社", "cooperatives"], ["cooperative", "合作社"]] : [["合作社", ""]]) : [])),
  ) };
}

function write(db: Db, records: ReturnType<typeof record>[]) {
  const writer = new ArchiveWriter(db, (file) => `content/${file}`);
  writer.begin();
  for (const r of records) writer.put(r.record, r.file);
  expect(writer.settle()).toEqual([]);
  writer.commit();
}

/** A served archive file (WAL, as a build leaves it) of articles 1…count. */
function archiveFile(name: string, count: number): string {
  const file = path.join(dir, name);
  const db = createArchive(file);
  write(db, Array.from({ length: count }, (_, i) => record(i + 1)));
  finishArchive(db);
  return file;
}

// An English phrase and a filtered Chinese word: neither is a counted single word, so both are summarised from their matches.
const QUERIES: [string, { page?: string }][] = [
  ['"cooperatives met"', {}],
  ["合作社", { page: "2" }],
];
// Caps of 2: the 60-match archive takes the long pass (summaryBySample); a sample of 1,000 a year reads every match, so it is exact.
const SMALL = JSON.stringify({ scanCap: 2, idCap: 2, yearSample: 1000 });

describe("the concordance summary counted apart", () => {
  it("answers at once what is cheap, and the long pass on the worker thread gives the exact summary", async () => {
    const file = archiveFile("exact.db", 60);
    const db = new ArchiveReader(file).get();
    const service = summaryService({ file, env: { CONCORDANCE_SUMMARY_LIMITS: SMALL } });
    services.push(service);
    for (const [q, filters] of QUERIES) {
      const terms = parseQuery(q);
      // Read one by one under the default caps: the exact summary.
      const exact = renderingSummary(db, terms, filters);
      expect(exact.total).toBeGreaterThan(0);
      expect(exact.approximate).toBeUndefined();
      expect(service.first(db, terms, filters)).toBeNull();
      const counted = await service.full(db, terms, filters);
      expect(counted).toEqual(exact);
      // Kept: the next first page brings it.
      expect(service.first(db, terms, filters)).toEqual(exact);
    }
    expect(renderingSummary(db, parseQuery('"cooperatives met"'), {}).total).toBe(60);
    // A single counted word is read from term_counts: in the first response, whatever the caps.
    expect(service.first(db, parseQuery("合作社"), {})).toEqual(renderingSummary(db, parseQuery("合作社"), {}));
    // Asked apart anyway (a page restored while pending), the worker gives the same.
    expect(await service.full(db, parseQuery("合作社"), {})).toEqual(renderingSummary(db, parseQuery("合作社"), {}));
  });

  it("never serves a summary of another database: one renamed into place, or one updated in place", async () => {
    const file = archiveFile("served.db", 60);
    const reader = new ArchiveReader(file);
    const service = summaryService({ file, env: { CONCORDANCE_SUMMARY_LIMITS: SMALL } });
    services.push(service);
    const terms = parseQuery('"cooperatives met"');
    expect((await service.full(reader.get(), terms, {})).total).toBe(60);
    expect(service.first(reader.get(), terms, {})?.total).toBe(60);

    // A new build renamed over the file: 30 articles.
    renameSync(archiveFile("next.db", 30), file);
    expect(service.first(reader.get(), terms, {})).toBeNull();
    expect((await service.full(reader.get(), terms, {})).total).toBe(30);
    expect(service.first(reader.get(), terms, {})?.total).toBe(30);

    // A build updating the same file in place (another connection commits): 5 more articles.
    const update = openArchiveForUpdate(file)!;
    write(update, Array.from({ length: 5 }, (_, i) => record(i + 1, "more-")));
    update.close();
    expect(service.first(reader.get(), terms, {})).toBeNull();
    expect((await service.full(reader.get(), terms, {})).total).toBe(35);
  });

  it("gives a connection a new epoch when another commits, and keys summaries by it and the filters that change them", () => {
    const file = archiveFile("epoch.db", 3);
    const db = new ArchiveReader(file).get();
    const before = databaseEpoch(db);
    expect(databaseEpoch(db)).toBe(before);
    const update = openArchiveForUpdate(file)!;
    write(update, [record(9, "x-")]);
    update.close();
    const after = databaseEpoch(db);
    expect(after).not.toBe(before);
    const terms = parseQuery("合作社");
    expect(summaryKey(after, terms, {})).not.toBe(summaryKey(before, terms, {}));
    expect(summaryKey(after, terms, { page: "2" })).not.toBe(summaryKey(after, terms, {}));
    expect(summaryKey(after, terms, { years: { from: "1950", to: "1951" } })).not.toBe(summaryKey(after, terms, {}));
    expect(summaryKey(after, parseQuery("合作社 "), {})).toBe(summaryKey(after, terms, {}));
  });

  it("stops a pass at its deadline and says up to which day it counted", async () => {
    const file = archiveFile("deadline.db", 60);
    const db = new ArchiveReader(file).get();
    const terms = parseQuery('"cooperatives met"');
    const exact = renderingSummary(db, terms, {});
    const ids = db.prepare("SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ? ORDER BY rowid").pluck().all('"cooperatives met"') as number[];
    expect(ids).toHaveLength(60);
    // A clock that ticks once per look, looked at every match: past 20 after 20 matches.
    let tick = 0;
    const stopped = renderingSummary(db, terms, {}, new Matches(db, terms, { scanCap: 2, idCap: 2, yearSample: 1000 }), { at: 20, now: () => tick++, every: 1 });
    expect(stopped.stopped?.through).toBe(dateOfPair(ids[19]));
    expect(stopped.total).toBe(20);
    // What it counted is the exact summary of those matches: every year before the last one counted whole.
    const lastYear = Number(dateOfPair(ids[19]).slice(0, 4));
    for (const year of stopped.years.filter((y) => y.year < lastYear)) expect(year).toEqual(exact.years.find((y) => y.year === year.year));
    expect(Math.max(...stopped.years.map((y) => y.year))).toBe(lastYear);
    // Without a deadline, or one not reached, nothing is said to have stopped.
    expect(renderingSummary(db, terms, {}, new Matches(db, terms, { scanCap: 2, idCap: 2, yearSample: 1000 }), { at: 1e12 })).toEqual(exact);

    // Through the service: a deadline of 0 stops before anything is counted, and the page is told so.
    const service = summaryService({ file, env: { CONCORDANCE_SUMMARY_LIMITS: SMALL }, deadlineMs: 0 });
    services.push(service);
    const none = await service.full(db, terms, {});
    expect(none.stopped).toMatchObject({ through: "" });
    expect(none.total).toBe(0);
  });
});
