"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { BeadRange } from "@/lib/site/fragment";
import type { EditModeProps } from "@/app/_features/edit";
import { attachReader, type ReaderHandle } from "./dom/attach";

/**
 * The article page's reading client component. It attaches the reading layer (dom/) to the
 * server-rendered article `#rootId` and draws what exists only with script: the counterpart hint,
 * the bar of the selected passage with its copy-link button, and a polite live region.
 */
export function Reader({ rootId, children }: { rootId: string; /** More actions in the passage bar (Cite). */ children?: ReactNode }) {
  const hint = useRef<HTMLDivElement>(null);
  const handle = useRef<ReaderHandle | null>(null);
  const [selection, setSelection] = useState<{ range: BeadRange; fragment: string } | null>(null);
  const [message, setMessage] = useState("");
  const [copied, setCopied] = useState(false);
  const [EditMode, setEditMode] = useState<ComponentType<EditModeProps> | null>(null);

  // Edit mode (app/_features/edit) exists under `npm run dev` only. In a production build
  // NODE_ENV is the constant "production", so this branch is dead code: the bundler never follows
  // the import and the chunk is never built (e2e/translator.spec.ts checks). In development it
  // loads after the page, so it never weighs on the article's first load either.
  useEffect(() => {
    if (process.env.NODE_ENV === "development") {
      void import("@/app/_features/edit").then((module) => setEditMode(() => module.EditMode));
    }
  }, []);

  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!root || !hint.current) return;
    handle.current = attachReader(root, hint.current, {
      onSelection(range, fragment) {
        setSelection(range && fragment ? { range, fragment } : null);
        setCopied(false);
      },
      announce: setMessage,
    });
    return () => handle.current?.detach();
  }, [rootId]);

  // Keyboard: Tab from a selected sentence goes straight to the passage bar (it comes last in the
  // page), Shift+Tab from the bar's first button back to the sentence.
  const bar = useRef<HTMLDivElement>(null);
  const from = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey || !bar.current) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const first = bar.current.querySelector<HTMLElement>("button, a");
      if (!event.shiftKey && active?.matches("[data-sel]")) {
        from.current = active;
        event.preventDefault();
        bar.current.querySelector<HTMLElement>("[data-copy-link]")?.focus();
      } else if (event.shiftKey && active && active === first && from.current?.isConnected) {
        event.preventDefault();
        from.current.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selection]);

  /** × : clears the passage and gives focus back to its first sentence, not to the page. */
  const clear = () => {
    const first = document.querySelector<HTMLElement>(`#${rootId} [data-sel]`);
    handle.current?.clearSelection();
    first?.focus({ preventScroll: true });
  };

  const copy = async () => {
    setCopied((await handle.current?.copyLink()) ?? false);
  };

  return (
    <>
      <div ref={hint} className="counterpart-hint" aria-hidden="true" hidden />
      {selection && (
        <div ref={bar} className="passage-bar" role="group" aria-label="Selected passage">
          <span className="passage-label">
            <span className="passage-word">Passage </span>
            <a href={`#${selection.fragment}`}>{selection.fragment.replace("-", "–")}</a>
          </span>
          <button type="button" onClick={copy} data-copy-link>
            {copied ? "Copied" : "Copy link"}
          </button>
          {children}
          <button type="button" onClick={clear} aria-label="Clear selection (Escape)" title="Clear selection (Esc)">
            ×
          </button>
        </div>
      )}
      <p className="sr-only" aria-live="polite" data-reader-status>
        {message}
      </p>
      {EditMode && <EditMode rootId={rootId} onEnter={() => handle.current?.clearSelection()} />}
    </>
  );
}
