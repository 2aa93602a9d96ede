import { XMLBuilder } from "fast-xml-parser";
import { LANG_TAG } from "@/lib/site/lang";
import type { ExportBead } from "./beads";

/**
 * TMX 1.4b (https://www.gala-global.org/tmx-14b): one <tu> per bead, English and Chinese <tuv>s
 * (xml:lang "en" and "zh-Hans", lib/site/lang.ts), a side with no sentence left out of its <tu>;
 * the header's srclang is the original's language, Chinese (the English is the translation). Props carry the article
 * slug, date, page, bead id, sentence ids, confidence and whether a person checked the link.
 *
 * Every element is written by fast-xml-parser's XMLBuilder, which escapes text and attributes.
 * Each <tu> is built once, on one line, and the same string goes into the article's file and the
 * archive's: the document skeleton (declaration, <tmx>, <header>, empty <body>) is built by the
 * library too and the units are placed inside its <body>. (xmlbuilder2 was tried first: about
 * 2 ms per unit, several minutes for a 5,000-article archive; this takes about 0.1 ms.)
 * XML cannot hold some characters (most C0 controls, U+FFFE/U+FFFF, lone surrogates): a text with
 * one throws, naming the article and bead, rather than writing a file no tool can read.
 */

/** The site's language tags (lib/site/lang.ts). */
export const TMX_LANG = LANG_TAG;

export interface TmxHeader {
  /** `creationtoolversion`: the aligner version that made the links. */
  toolVersion: string;
}

const options = { ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: false, processEntities: true };
const flat = new XMLBuilder({ ...options, format: false });
const pretty = new XMLBuilder({ ...options, format: true, indentBy: "  " });

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function xmlText(text: string, where: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new Error(`${where}: character U+${code} cannot be written in XML (TMX export)`);
  }
  return text;
}

/** One `<tu>` element, on one line. */
export function tmxUnit(bead: ExportBead): string {
  const where = `${bead.article} ${bead.id}`;
  const props: [string, string][] = [
    ["x-article", bead.article],
    ["x-date", bead.date],
    ...(bead.page !== null ? [["x-page", bead.page] as [string, string]] : []),
    ["x-bead", bead.id],
    ["x-sentences", [...bead.enIds, ...bead.zhIds].join(" ")],
    ["x-confidence", String(bead.confidence)],
    ["x-checked", bead.checked ? "yes" : "no"],
  ];
  const tuv: { "@_xml:lang": string; seg: string }[] = [];
  if (bead.enIds.length > 0) tuv.push({ "@_xml:lang": TMX_LANG.en, seg: xmlText(bead.en, where) });
  if (bead.zhIds.length > 0) tuv.push({ "@_xml:lang": TMX_LANG.zh, seg: xmlText(bead.zh, where) });
  return flat.build({
    tu: {
      "@_tuid": xmlText(`${bead.article}#${bead.id}`, where),
      prop: props.map(([type, value]) => ({ "@_type": type, "#text": xmlText(value, where) })),
      tuv,
    },
  });
}

/**
 * The document around the units: `head` runs up to and including `<body>`, `tail` from the line
 * break before `</body>` to the end. A document is `head + tmxBody(units) + tail`.
 */
export function tmxFrame(header: TmxHeader): { head: string; tail: string } {
  const skeleton: string = pretty.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    tmx: {
      "@_version": "1.4",
      header: {
        "@_creationtool": "parallel-reader",
        "@_creationtoolversion": xmlText(header.toolVersion, "TMX header"),
        "@_segtype": "sentence",
        "@_o-tmf": "parallel-reader-alignment",
        "@_adminlang": "en",
        "@_srclang": TMX_LANG.zh,
        "@_datatype": "plaintext",
      },
      body: "",
    },
  });
  const at = skeleton.indexOf("<body></body>");
  if (at < 0) throw new Error("TMX export: unexpected document skeleton");
  return { head: skeleton.slice(0, at + "<body>".length), tail: `\n  ${skeleton.slice(at + "<body>".length)}` };
}

/** Units inside <body>, one a line. */
export function tmxBody(units: readonly string[]): string {
  return units.length > 0 ? `\n    ${units.join("\n    ")}` : "";
}

/** The units part of a document written as `head + tmxBody(units) + tail`, to reuse in another. */
export function tmxBodyOf(document: string): string {
  const start = document.indexOf("<body>") + "<body>".length;
  const end = document.lastIndexOf("\n  </body>");
  if (start < "<body>".length || end < start) throw new Error("TMX export: not a document written by tmxFrame");
  return document.slice(start, end);
}

/** Streams a TMX document to `write`: the frame, then each group's units (a group per article). */
export function writeTmx(groups: Iterable<readonly string[]>, header: TmxHeader, write: (chunk: string) => void): void {
  const { head, tail } = tmxFrame(header);
  write(head);
  for (const units of groups) write(tmxBody(units));
  write(tail);
}

/** A TMX document of these beads, as one string. */
export function toTmx(groups: Iterable<readonly ExportBead[]>, header: TmxHeader): string {
  const chunks: string[] = [];
  const units = (function* () {
    for (const beads of groups) yield beads.map(tmxUnit);
  })();
  writeTmx(units, header, (chunk) => chunks.push(chunk));
  return chunks.join("");
}
