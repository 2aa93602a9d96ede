"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { parseStored, SAVED_WORDS_KEY } from "@/lib/words/saved";
import { SettingFieldset } from "@/app/_features/settings/SettingFieldset";
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

  // Words above an HSK 2.0 level, and the saved words (kept in this browser): their code comes with
  // the word data, on first use.
  const [hskAbove, setHskAbove] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    const count = () => {
      try {
        setSaved(parseStored(localStorage.getItem(SAVED_WORDS_KEY)).length);
      } catch {
        setSaved(0);
      }
    };
    count();
    window.addEventListener("parallel-reader:saved-words", count);
    return () => window.removeEventListener("parallel-reader:saved-words", count);
  }, []);

  async function markAbove(value: string) {
    const level = value ? Number(value) : null;
    setHskAbove(level);
    try {
      (await loadWords()).setHskAbove(level);
      document.documentElement.toggleAttribute("data-hsk-marks", level !== null);
    } catch {
      words.current = null;
      setHskAbove(null);
    }
  }

  async function exportSaved() {
    const [{ readSaved }, { toAnkiTsv }] = await Promise.all([import("./words-dom"), import("@/lib/words/saved")]);
    const url = URL.createObjectURL(new Blob([toAnkiTsv(readSaved())], { type: "text/tab-separated-values;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "saved-words.tsv";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async function importSaved(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const [{ readSaved, writeSaved }, { mergeSaved, parseAnkiTsv }] = await Promise.all([import("./words-dom"), import("@/lib/words/saved")]);
    try {
      const more = parseAnkiTsv(await file.text(), file.name);
      writeSaved(mergeSaved(readSaved(), more));
      setMessage(`${more.length} word${more.length === 1 ? "" : "s"} imported`);
    } catch (error) {
      setMessage((error as Error).message);
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
      <label className="learn-select" title="Underline words above this HSK 2.0 level, and words off the list">
        <span>Mark above</span>
        <select value={hskAbove ?? ""} onChange={(e) => markAbove(e.target.value)} disabled={busy} data-hsk-above>
          <option value="">off</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              HSK {n}
            </option>
          ))}
        </select>
      </label>
      {/* Remembered like the reader settings: it changes no layout, only how tones are written. */}
      <SettingFieldset name="tones" className="pinyin-tones" />
      <div className="learn-extra saved-words" data-saved-words>
        <span>Saved words: {saved ?? "…"}</span>
        <button type="button" onClick={exportSaved} disabled={!saved} data-export-saved>
          Export for Anki
        </button>
        <label className="import-label">
          Import
          <input type="file" accept=".tsv,.txt,text/tab-separated-values" onChange={importSaved} data-import-saved />
        </label>
        <span role="status" data-saved-message>
          {message}
        </span>
      </div>
    </fieldset>
  );
}
