import { createCB } from "xmlbuilder2";
import type { ExportBead } from "./beads";

/**
 * TMX 1.4b (https://www.gala-global.org/tmx-14b): one <tu> per bead, English and Chinese <tuv>s
 * (xml:lang "en" and "zh-CN"), a side with no sentence left out of its <tu>. Props carry the article
 * slug, date, page, bead id, sentence ids, confidence and whether a person checked the link.
 * Written by xmlbuilder2's streaming builder, which escapes text and checks well-formedness (a
 * character XML cannot carry throws instead of writing a broken file), so an archive of any size
 * is serialised chunk by chunk without holding a DOM.
 */

const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const TMX_LANG = { en: "en", zh: "zh-CN" } as const;

export interface TmxHeader {
  /** `creationtoolversion`: the aligner version that made the links. */
  toolVersion: string;
}

/** Streams a TMX document to `write`; `groups` yields each article's beads (or any grouping). */
export function writeTmx(groups: Iterable<readonly ExportBead[]>, header: TmxHeader, write: (chunk: string) => void): void {
  const xml = createCB({
    data: (chunk: string) => write(chunk),
    error: (error: Error) => {
      throw error;
    },
    prettyPrint: true,
    wellFormed: true,
  });
  xml
    .dec({ version: "1.0", encoding: "UTF-8" })
    .ele("tmx", { version: "1.4" })
    .ele("header", {
      creationtool: "parallel-reader",
      creationtoolversion: header.toolVersion,
      segtype: "sentence",
      "o-tmf": "parallel-reader-alignment",
      adminlang: "en",
      srclang: TMX_LANG.en,
      datatype: "plaintext",
    })
    .up()
    .ele("body");
  for (const beads of groups) {
    for (const bead of beads) {
      xml.ele("tu", { tuid: `${bead.article}#${bead.id}` });
      const prop = (type: string, value: string) => xml.ele("prop", { type }).txt(value).up();
      prop("x-article", bead.article);
      prop("x-date", bead.date);
      if (bead.page !== null) prop("x-page", bead.page);
      prop("x-bead", bead.id);
      prop("x-sentences", [...bead.enIds, ...bead.zhIds].join(" "));
      prop("x-confidence", String(bead.confidence));
      prop("x-checked", bead.checked ? "yes" : "no");
      const tuv = (lang: string, text: string) => xml.ele("tuv").att(XML_NS, "xml:lang", lang).ele("seg").txt(text).up().up();
      if (bead.enIds.length > 0) tuv(TMX_LANG.en, bead.en);
      if (bead.zhIds.length > 0) tuv(TMX_LANG.zh, bead.zh);
      xml.up();
    }
  }
  xml.up().up().end();
}

/** The TMX document as one string (one article; the build streams the archive to a file). */
export function toTmx(groups: Iterable<readonly ExportBead[]>, header: TmxHeader): string {
  const chunks: string[] = [];
  writeTmx(groups, header, (chunk) => chunks.push(chunk));
  return chunks.join("");
}
