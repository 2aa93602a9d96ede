"use client";

import { useRef, useState } from "react";
import type { WordsHandle } from "./words-dom";

/**
 * For students of Chinese: pinyin over the Chinese, word lookup (pinyin and CC-CEDICT senses of a
 * tapped word) and traditional characters. Nothing of it loads with the page: the first use
 * imports the code (words-dom.ts, traditional.ts) and fetches the article's word data. Turning
 * one on changes the layout on the reader's request, so these choices are not remembered (a
 * remembered one would shift the page when the data arrives).
 */
export function LearnControls({ slug, rootId }: { slug: string; rootId: string }) {
  const [state, setState] = useState({ pinyin: false, lookup: false, traditional: false });
  const [busy, setBusy] = useState(false);
  const words = useRef<Promise<WordsHandle> | null>(null);
  const traditional = useRef<Promise<typeof import("./traditional")> | null>(null);
  const traditionalOn = useRef(false);

  function loadWords(): Promise<WordsHandle> {
    words.current ??= (async () => {
      const [{ attachWords }, response] = await Promise.all([import("./words-dom"), fetch(`/articles/${slug}/words.json`)]);
      if (!response.ok) throw new Error(`words.json: ${response.status}`);
      const data = await response.json();
      const root = document.getElementById(rootId)!;
      // Word spans are made on the simplified text: undo the conversion while wrapping.
      const t = traditional.current ? await traditional.current : null;
      t?.toSimplified(root);
      const handle = attachWords(root, data);
      if (t && traditionalOn.current) t.toTraditional(root);
      return handle;
    })();
    return words.current;
  }

  async function toggle(name: keyof typeof state, on: boolean) {
    // Checked at once; unchecked again if the code or the data cannot be loaded (offline).
    setState((s) => ({ ...s, [name]: on }));
    setBusy(true);
    try {
      const root = document.getElementById(rootId)!;
      if (name === "traditional") {
        traditional.current ??= import("./traditional");
        const t = await traditional.current;
        if (on) t.toTraditional(root);
        else t.toSimplified(root);
        traditionalOn.current = on;
      } else {
        const handle = await loadWords();
        if (name === "pinyin") document.documentElement.toggleAttribute("data-pinyin", on);
        else {
          handle.setLookup(on);
          document.documentElement.toggleAttribute("data-lookup", on);
        }
      }
    } catch {
      words.current = null;
      setState((s) => ({ ...s, [name]: !on }));
    } finally {
      setBusy(false);
    }
  }

  const option = (name: keyof typeof state, label: string, hint: string) => (
    <label title={hint}>
      <input type="checkbox" checked={state[name]} disabled={busy} onChange={(e) => toggle(name, e.target.checked)} />
      <span>{label}</span>
    </label>
  );

  return (
    <fieldset>
      <legend>Learning Chinese</legend>
      {option("pinyin", "Pinyin", "Pinyin over the Chinese")}
      {option("lookup", "Word lookup", "Tap a Chinese word for its pinyin and dictionary senses")}
      {option("traditional", "繁體", "Traditional characters")}
    </fieldset>
  );
}
