import { useEffect, useRef, useState } from "react";
import type { EditAction } from "@/lib/corrections/edit";
import { sentenceIndex } from "@/lib/corrections/edit";
import { NO_SELECTION, chooseSentence, selectionOf, stepStop, type EditSelection } from "@/lib/corrections/selection";
import type { ReviewStop } from "@/lib/review/queue";
import { isFormControl } from "@/app/_shared/form-control";
import { attachEditor, type EditorCallbacks, type EditorHandle } from "./edit-dom";
import { EDIT_API, type EditRequest, type EditResponse, type EditState } from "./protocol";
import "./edit-mode.css";

/**
 * Edit mode, under `npm run dev` only (Reader.tsx imports this module on demand, and only in a
 * development build; a production build has none of it). A person chooses sentences on both sides
 * and links, unlinks, merges or splits them; each edit is written to the article's corrections
 * file by the development route (app/api/corrections/route.dev.ts), which re-aligns the article,
 * and the page reloads to show it. Undo writes back the file's text from before each of this
 * session's edits, latest first. `n` / `p` walk through the article's doubtful links and unmatched
 * sentences in `npm run review`'s order.
 *
 * What must survive the reload after an edit (edit mode being on, the undo stack, the message and
 * the scroll position) is kept in sessionStorage: this tab, this session.
 */

export interface EditModeProps {
  rootId: string;
  /** Clears the reader's passage selection: in edit mode a click chooses sentences instead. */
  onEnter(): void;
}

const ACTIONS: { action: EditAction; key: string; label: string; help: string }[] = [
  { action: "link", key: "l", label: "Link", help: "The chosen English and Chinese sentences translate each other (choosing one whole link confirms it)" },
  { action: "unlink", key: "u", label: "Unlink", help: "Each chosen sentence has no counterpart" },
  { action: "merge", key: "m", label: "Merge", help: "The links holding the chosen sentences, and any between them, become one" },
  { action: "split", key: "s", label: "Split", help: "The chosen sentences become a link of their own, apart from the rest of their link" },
  { action: "unpin", key: "x", label: "Unpin", help: "Remove the pins holding the chosen sentences: the aligner decides again" },
];

interface UndoEntry {
  before: string;
  after: string;
  message: string;
}

const ON_KEY = "edit-mode";
const undoKey = (slug: string) => `edit-mode:undo:${slug}`;
const afterKey = (slug: string) => `edit-mode:after-reload:${slug}`;

function readSession<T>(key: string, fallback: T): T {
  try {
    const value = sessionStorage.getItem(key);
    return value === null ? fallback : (JSON.parse(value) as T);
  } catch {
    return fallback;
  }
}

const ids = (selection: { en: readonly number[]; zh: readonly number[] }) => [...selection.en.map((k) => `e${k + 1}`), ...selection.zh.map((k) => `z${k + 1}`)];
const run = (letter: string, side: readonly number[]) =>
  side.length === 0 ? "none" : side.length === 1 ? `${letter}${side[0] + 1}` : `${letter}${side[0] + 1}–${letter}${side[side.length - 1] + 1}`;
const pinText = (stop: ReviewStop) => `${stop.enIds.join(" ") || "-"} = ${stop.zhIds.join(" ") || "-"}`;

export function EditMode({ rootId, onEnter }: EditModeProps) {
  const [on, setOn] = useState(() => readSession(ON_KEY, false));
  const [state, setState] = useState<EditState | null>(null);
  const [selection, setSelection] = useState<EditSelection>(NO_SELECTION);
  const [position, setPosition] = useState(-1);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [undoCount, setUndoCount] = useState(0);
  const editor = useRef<EditorHandle | null>(null);
  const root = typeof document === "undefined" ? null : document.getElementById(rootId);
  const slug = root?.dataset.slug ?? "";

  // `e` turns edit mode on and off, whether it is on or not.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "e" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isFormControl(event.target)) return;
      toggle();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const toggle = () => {
    const next = !on;
    sessionStorage.setItem(ON_KEY, JSON.stringify(next));
    setOn(next);
    if (next) onEnter();
  };

  useEnterEditMode(on, slug, setState, setStatus, setUndoCount);

  // The keys and clicks, through a ref so the listeners always see this render's state.
  const handlers = useRef<EditorCallbacks>({ choose: () => {}, key: () => false });
  handlers.current = {
    choose(lang, k, extend) {
      setSelection((s) => chooseSentence(s, lang, k, extend));
    },
    key(key, event) {
      if ((event.ctrlKey || event.metaKey) && key === "z") {
        void undo();
        return true;
      }
      if (event.ctrlKey || event.metaKey) return false;
      const action = ACTIONS.find((a) => a.key === key);
      if (action) void act(action.action);
      else if (key === "z") void undo();
      else if (key === "n" || key === "p") walk(key === "n" ? 1 : -1);
      else if (key === "Escape" && (selection.en.length > 0 || selection.zh.length > 0)) setSelection(NO_SELECTION);
      else return false;
      return true;
    },
  };

  useEffect(() => {
    if (!on || !root) return;
    editor.current = attachEditor(root, {
      choose: (lang, k, extend) => handlers.current.choose(lang, k, extend),
      key: (key, event) => handlers.current.key(key, event),
    });
    return () => {
      editor.current?.detach();
      editor.current = null;
    };
  }, [on, root]);

  const stop = state && position >= 0 ? state.stops[position] : undefined;
  useEffect(() => {
    editor.current?.paint(ids(selection), stop ? [...stop.enIds, ...stop.zhIds] : []);
  }, [selection, stop]);

  async function send(request: EditRequest): Promise<EditResponse> {
    setBusy(true);
    setStatus(request.action === "restore" ? "Undoing…" : `Writing ${state?.file ?? "the corrections file"} and re-aligning…`);
    try {
      const response = await fetch(EDIT_API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
      return (await response.json()) as EditResponse;
    } catch (error) {
      return { ok: false, error: `The development server did not answer: ${(error as Error).message}` };
    } finally {
      setBusy(false);
    }
  }

  /** The page as the server now renders it: the article re-aligned around the new pins. */
  function reloadWith(message: string) {
    sessionStorage.setItem(afterKey(slug), JSON.stringify({ message, scrollY: window.scrollY }));
    window.location.reload();
  }

  async function act(action: EditAction) {
    if (!state || busy) return;
    const chosen = { en: selection.en.map((k) => `e${k + 1}`), zh: selection.zh.map((k) => `z${k + 1}`) };
    const response = await send({ slug, action, ...chosen, expect: state.text });
    if (!response.ok) return setStatus(response.error);
    if (response.text === response.before) return setStatus(response.message);
    const stack = readSession<UndoEntry[]>(undoKey(slug), []);
    sessionStorage.setItem(undoKey(slug), JSON.stringify([...stack, { before: response.before, after: response.text, message: response.message }]));
    reloadWith(response.message);
  }

  async function undo() {
    if (busy) return;
    const stack = readSession<UndoEntry[]>(undoKey(slug), []);
    const last = stack.at(-1);
    if (!last) return setStatus("Nothing to undo: no edits of yours in this session");
    const response = await send({ slug, action: "restore", text: last.before, expect: last.after });
    if (!response.ok) return setStatus(response.error);
    sessionStorage.setItem(undoKey(slug), JSON.stringify(stack.slice(0, -1)));
    reloadWith(`Undone: ${last.message}`);
  }

  function walk(delta: 1 | -1) {
    const stops = state?.stops ?? [];
    const next = stepStop(position, stops.length, delta);
    if (next === null) {
      setStatus(
        stops.length === 0
          ? `No doubtful links (below ${state?.below ?? 0.8}) or unmatched sentences in this article`
          : `That was the ${delta > 0 ? "last" : "first"} of ${stops.length}`,
      );
      return;
    }
    const target = stops[next];
    setPosition(next);
    // The link shown is chosen as a whole: Link confirms it as it stands, Split cuts it.
    setSelection(selectionOf({ en: target.enIds.map(sentenceIndex), zh: target.zhIds.map(sentenceIndex) }));
    editor.current?.focus([...target.enIds, ...target.zhIds]);
    setStatus(stopLabel(target, next, stops.length));
  }

  if (!on) {
    return (
      <button type="button" className="edit-toggle" data-edit-toggle onClick={toggle} title="Edit links (e): development server only">
        ✎ Edit links
      </button>
    );
  }

  return <EditToolbar state={state} selection={selection} status={status} busy={busy} undoCount={undoCount} onLeave={toggle} onAct={(action) => void act(action)} onUndo={() => void undo()} onWalk={walk} />;
}

interface ToolbarProps {
  state: EditState | null;
  selection: EditSelection;
  status: string;
  busy: boolean;
  undoCount: number;
  onLeave(): void;
  onAct(action: EditAction): void;
  onUndo(): void;
  onWalk(delta: 1 | -1): void;
}

/** The edit toolbar: the file, the chosen sentences, the actions with their keys, the walk through doubtful links, the status. */
function EditToolbar({ state, selection, status, busy, undoCount, onLeave, onAct, onUndo, onWalk }: ToolbarProps) {
  const chosen = selection.en.length + selection.zh.length > 0;
  return (
    <div className="edit-toolbar" role="region" aria-label="Edit links" data-edit-mode aria-busy={busy}>
      <div className="edit-head">
        <strong>Edit links</strong>
        <code title="The corrections file each edit writes">{state?.file ?? "…"}</code>
        <button type="button" onClick={onLeave} aria-label="Leave edit mode (e)" title="Leave edit mode (e)">
          ×
        </button>
      </div>
      <p className="edit-line" data-edit-selection>
        {chosen ? `English ${run("e", selection.en)} · Chinese ${run("z", selection.zh)}` : "Click sentences on either side to choose them; shift-click extends."}
      </p>
      <div className="edit-buttons">
        {ACTIONS.map((a) => (
          <button key={a.action} type="button" data-edit-action={a.action} disabled={busy || !state} onClick={() => onAct(a.action)} title={a.help}>
            {a.label} <kbd>{a.key}</kbd>
          </button>
        ))}
        <button type="button" data-edit-undo disabled={busy || undoCount === 0} onClick={onUndo} title="Undo your last edit in this session">
          Undo <kbd>z</kbd>
          {undoCount > 0 && ` (${undoCount})`}
        </button>
      </div>
      <div className="edit-buttons">
        <button type="button" data-edit-walk="previous" onClick={() => onWalk(-1)} title="Previous doubtful link">
          <kbd>p</kbd> ‹
        </button>
        <span className="edit-line">
          {state ? `${state.stops.length} doubtful link${state.stops.length === 1 ? "" : "s"} or unmatched (below ${state.below})` : ""}
        </span>
        <button type="button" data-edit-walk="next" onClick={() => onWalk(1)} title="Next doubtful link, least confident first">
          › <kbd>n</kbd>
        </button>
      </div>
      <p className="edit-line" role="status" aria-live="polite" data-edit-status>
        {status}
      </p>
    </div>
  );
}

/** Entering edit mode, and after every reload while it is on: the file, the stops, the message. */
function useEnterEditMode(on: boolean, slug: string, setState: (state: EditState) => void, setStatus: (status: string) => void, setUndoCount: (count: number) => void) {
  useEffect(() => {
    if (!on || !slug) return;
    document.documentElement.setAttribute("data-editing", "");
    setUndoCount(readSession<UndoEntry[]>(undoKey(slug), []).length);
    const after = readSession<{ message: string; scrollY: number } | null>(afterKey(slug), null);
    if (after) {
      sessionStorage.removeItem(afterKey(slug));
      setStatus(after.message);
      window.scrollTo({ top: after.scrollY, behavior: "instant" });
    }
    const below = new URL(window.location.href).searchParams.get("below");
    const query = new URLSearchParams({ slug, ...(below ? { below } : {}) });
    let current = true;
    fetch(`${EDIT_API}?${query}`)
      .then(async (response) => {
        const body = (await response.json()) as EditState | { error: string };
        if (!current) return;
        if ("error" in body) setStatus(body.error);
        else setState(body);
      })
      .catch((error: Error) => current && setStatus(`The development server did not answer: ${error.message}`));
    return () => {
      current = false;
      document.documentElement.removeAttribute("data-editing");
    };
  }, [on, slug]);
}

function stopLabel(stop: ReviewStop, position: number, count: number): string {
  const what = stop.kind === "doubtful" ? `doubtful link, confidence ${stop.confidence.toFixed(2)}` : "no counterpart";
  return `${position + 1} of ${count}: ${stop.id} ${pinText(stop)} (${what})`;
}
