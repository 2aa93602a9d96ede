import { passageText, type PassageLink } from "@/lib/export/passage";
import { citeArticle, citePassage, type CitationData } from "@/lib/site/citation";
import { parseFragment } from "@/lib/site/fragment";

/**
 * The selected passage as the reading layer marks it (`data-sel` on every selected sentence),
 * with the sentence fragment it wrote to the address. Null when nothing is selected.
 */
export function selectedPassage(root: ParentNode = document): { fragment: string; en: string; zh: string } | null {
  const selected = [...root.querySelectorAll<HTMLElement>("[data-sel]")];
  const fragment = window.location.hash.slice(1);
  if (selected.length === 0 || !parseFragment(fragment)) return null;
  const text = (prefix: string, glue: string) =>
    selected
      .filter((el) => el.id.startsWith(prefix))
      .map((el) => (el.textContent ?? "").trim())
      .join(glue);
  return { fragment, en: text("e", " "), zh: text("z", "") };
}

/** The selected passage link by link (beads in document order), each side's sentences joined. */
export function selectedLinks(root: ParentNode = document): PassageLink[] {
  const links = new Map<string, { en: string[]; zh: string[] }>();
  for (const el of root.querySelectorAll<HTMLElement>("[data-sel]")) {
    const link = links.get(el.dataset.b ?? "") ?? { en: [], zh: [] };
    links.set(el.dataset.b ?? "", link);
    link[el.id.startsWith("z") ? "zh" : "en"].push((el.textContent ?? "").trim());
  }
  // By bead: document order lists a row's English before its Chinese, so a Chinese sentence with
  // no counterpart would otherwise come after the English of the links that follow it.
  return [...links]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, link]) => ({ en: link.en.join(" "), zh: link.zh.join("") }));
}

/** What the copy controls copy. */
export type CiteScope = "article" | "passage" | "passage-text";

/**
 * The citation of the selected passage when there is one (and `scope` allows), else of the
 * article; "passage-text" is the passage link by link with its citation (Copy text).
 */
export function citationFor(given: CitationData, scope: CiteScope): string {
  // The address the reader is at, not the one the server was configured with: a build without
  // SITE_URL would otherwise hand out http://localhost:3000 (the page's own tags still do).
  const data = { ...given, url: window.location.origin + window.location.pathname };
  const passage = scope === "article" ? null : selectedPassage();
  if (!passage) return citeArticle(data);
  return scope === "passage-text" ? passageText(data, { fragment: passage.fragment, links: selectedLinks() }) : citePassage(data, passage);
}
