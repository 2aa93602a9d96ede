/**
 * The archive database's tables. One SQLite file holds everything the site serves: articles,
 * their sentence pairs and full-text index, word data, the month counts the timeline shows and the
 * names of the year download files.
 * Row ids are order keys (keys.ts): date order is id order everywhere.
 */

export { SCHEMA_VERSION } from "./open-archive.mjs";

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- One row per published article. id: keys.ts (day and slot). file: its name under content/.
-- identity: a hash of date and titles, the same for two files holding the same article.
-- input_hash: what it was made from (file, corrections, build code); an unchanged hash skips it.
-- content_hash: of data, what cached pages of it are checked against (lib/serve/page-cache.mjs).
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE,
  base_slug TEXT NOT NULL,
  identity TEXT NOT NULL,
  date TEXT NOT NULL,
  en_page TEXT,
  zh_page TEXT,
  col TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_zh TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  align_key TEXT NOT NULL,
  warnings TEXT,
  data BLOB NOT NULL,
  words BLOB NOT NULL,
  export_slug TEXT NOT NULL,
  tmx BLOB NOT NULL
);
CREATE INDEX articles_base_slug ON articles (base_slug);
CREATE INDEX articles_identity ON articles (identity);

-- Articles per month, page and column: the timeline, its filters and the month pages' facets.
CREATE TABLE month_facets (
  month TEXT NOT NULL,
  en_page TEXT NOT NULL,
  col TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (month, en_page, col)
) WITHOUT ROWID;

-- One row per sentence pair (bead): id = article id * 2^14 + bead (keys.ts).
CREATE TABLE pairs (
  id INTEGER PRIMARY KEY,
  en TEXT NOT NULL,
  zh TEXT NOT NULL,
  en_first INTEGER,
  zh_first INTEGER,
  -- Word → rendering links of the pair (lib/store/links.ts: term and rendering ids, made at build
  -- time by lib/search/renderings.ts): a hit's rendering, and what removing the pair takes off term_counts.
  links BLOB
);

-- The full-text index of the pairs, rowid = pairs.id. Contentless: the text is in pairs.
-- English stemmed (porter), Chinese as characters and character pairs (lib/search/han-grams.ts).
CREATE VIRTUAL TABLE pairs_fts USING fts5 (en, zh, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');

-- The year downloads (lib/build/exports.ts): each file, named after what it holds, recorded by the
-- build that wrote it in the same transaction as the articles it was made from. bytes: as
-- downloaded; stored: gzip on disk.
CREATE TABLE downloads (
  year TEXT NOT NULL,
  format TEXT NOT NULL,
  file TEXT NOT NULL,
  hash TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  stored INTEGER NOT NULL,
  PRIMARY KEY (year, format)
) WITHOUT ROWID;

-- The strings of the concordance's links (lib/search/renderings.ts): Chinese words, English keys and
-- renderings, each stored once; pairs.links and term_counts name them by id (0: no rendering).
CREATE TABLE terms (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);

-- Pairs per term, rendering and year over the archive (rendering 0 for the pairs where the term has
-- none): the concordance's groups and chart are one indexed range. Kept up to date by the writer
-- from each article's pairs' links, added when it is stored and taken off when it is removed.
CREATE TABLE term_counts (
  term INTEGER NOT NULL,
  rendering INTEGER NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (term, rendering, year)
) WITHOUT ROWID;

-- Dictionary entries (pinyin and senses) of every word the articles' word data names.
CREATE TABLE word_entries (word TEXT PRIMARY KEY, entry TEXT NOT NULL) WITHOUT ROWID;
`;
