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

/** The citation of the selected passage when there is one (and `scope` allows), else of the article. */
export function citationFor(data: CitationData, scope: "article" | "passage"): string {
  const passage = scope === "passage" ? selectedPassage() : null;
  return passage ? citePassage(data, passage) : citeArticle(data);
}
