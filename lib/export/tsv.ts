import type { ExportBead } from "./beads";

/**
 * Tab-separated values, one row per bead, with a header row. Quoting follows RFC 4180 with a tab
 * for the comma: a field holding a tab, a double quote, CR or LF is put in double quotes and its
 * quotes doubled, which spreadsheets (LibreOffice, Excel) and Python's csv module read back.
 */

export const TSV_COLUMNS = ["english", "chinese", "confidence", "checked", "english_ids", "chinese_ids", "article", "bead"] as const;

export function tsvField(value: string): string {
  return /[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tsvRow(fields: readonly string[]): string {
  return `${fields.map(tsvField).join("\t")}\n`;
}

export function tsvHeader(): string {
  return tsvRow(TSV_COLUMNS);
}

export function tsvRows(beads: readonly ExportBead[]): string {
  return beads
    .map((b) =>
      tsvRow([b.en, b.zh, String(b.confidence), b.checked ? "yes" : "no", b.enIds.join(" "), b.zhIds.join(" "), b.article, b.id]),
    )
    .join("");
}

export function toTsv(beads: readonly ExportBead[]): string {
  return tsvHeader() + tsvRows(beads);
}

/**
 * Reads TSV written as above (or by a spreadsheet) back into rows of fields. Throws with the line
 * number on an unterminated quote or stray text after a closing quote, never guesses.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let i = 0;
  let atFieldStart = true;
  const endField = () => {
    row.push(field);
    field = "";
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`line ${startLine}: quoted field is never closed`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === "\n") line++;
        field += text[i++];
      }
      const next = text[i];
      if (next !== undefined && next !== "\t" && next !== "\n" && next !== "\r") {
        throw new Error(`line ${line}: text after a closing quote`);
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (c === "\t") {
      endField();
      i++;
    } else if (c === "\n" || c === "\r") {
      endField();
      rows.push(row);
      row = [];
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (!atFieldStart || field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
