"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { BeadRange } from "@/lib/site/fragment";
import type { EditModeProps } from "./edit/EditMode";
import { attachReader, type ReaderHandle } from "./reader-dom";

/**
 * The article page's only client component. It attaches the reading layer (reader-dom.ts) to the
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

  // Edit mode (edit/EditMode.tsx) exists under `npm run dev` only. In a production build
  // NODE_ENV is the constant "production", so this branch is dead code: the bundler never follows
  // the import and the chunk is never built (e2e/translator.spec.ts checks). In development it
  // loads after the page, so it never weighs on the article's first load either.
  useEffect(() => {
    if (process.env.NODE_ENV === "development") {
      void import("./edit/EditMode").then((module) => setEditMode(() => module.EditMode));
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

  const copy = async () => {
    setCopied((await handle.current?.copyLink()) ?? false);
  };

  return (
    <>
      <div ref={hint} className="counterpart-hint" aria-hidden="true" hidden />
      {selection && (
        <div className="passage-bar" role="group" aria-label="Selected passage">
          <span className="passage-label">
            Passage <a href={`#${selection.fragment}`}>{selection.fragment.replace("-", "–")}</a>
          </span>
          <button type="button" onClick={copy} data-copy-link>
            {copied ? "Copied" : "Copy link"}
          </button>
          {children}
          <button type="button" onClick={() => handle.current?.clearSelection()} aria-label="Clear selection (Escape)" title="Clear selection (Esc)">
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
