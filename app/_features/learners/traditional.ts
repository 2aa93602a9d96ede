import { Converter } from "opencc-js/cn2t";

/**
 * Simplified → traditional characters for the Chinese of the article (opencc-js, loaded on demand
 * from LearnControls). Only the text nodes change: the original of each is kept, so switching
 * back restores the exact text, and sentence ids, links and word spans stay as they are.
 */

const toTw = Converter({ from: "cn", to: "t" });
const originals = new Map<Text, string>();

/** The Chinese text nodes: the Chinese cells and the Chinese title and metadata. */
function chineseTextNodes(root: HTMLElement): Text[] {
  const nodes: Text[] = [];
  for (const container of root.querySelectorAll<HTMLElement>('[lang="zh-Hans"]')) {
    if (container.parentElement?.closest('[lang="zh-Hans"]')) continue;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

export function toTraditional(root: HTMLElement) {
  for (const node of chineseTextNodes(root)) {
    const text = originals.get(node) ?? node.data;
    const converted = toTw(text);
    if (converted === text) continue;
    originals.set(node, text);
    node.data = converted;
  }
  root.setAttribute("data-script", "traditional");
}

export function toSimplified(root: HTMLElement) {
  for (const [node, text] of originals) node.data = text;
  originals.clear();
  root.removeAttribute("data-script");
}
