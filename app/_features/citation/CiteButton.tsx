"use client";

import { useEffect, useRef, useState } from "react";
import type { CitationData } from "@/lib/site/citation";
import { citationFor, type CiteScope } from "./cite-dom";
import { copyText } from "@/app/_shared/clipboard";

/**
 * Copies a citation (format: lib/site/citation.ts, README "Citing"): of the article, or with
 * scope "passage" of the selected passage in both languages with its sentence link, or with
 * scope "passage-text" the passage link by link with that citation (lib/export/passage.ts). The
 * copied text is also shown, so it can be copied by hand where the clipboard is not allowed.
 */
export function CiteButton({ data, scope, label }: { data: CitationData; scope: CiteScope; label: string }) {
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (text === null) return;
    // Escape closes this panel only, and focus goes back to the button. Capture phase and
    // preventDefault: the reading layer's Escape (clear the selected passage) must not see it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      setText(null);
      button.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) setText(null);
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("click", onClick);
    };
  }, [text]);

  const cite = async () => {
    const citation = citationFor(data, scope);
    setText(citation);
    setCopied(await copyText(citation));
  };

  return (
    <span className="relative inline-block">
      <button ref={button} type="button" onClick={cite} data-cite={scope} aria-expanded={text !== null}>
        {label}
      </button>
      {text !== null && (
        <div
          ref={panel}
          role="status"
          data-citation
          className={`absolute z-30 w-[min(34rem,90vw)] rounded-md border border-rule bg-paper p-3 text-left shadow-lg ${
            scope === "article" ? "top-full left-0 mt-2" : "bottom-full right-0 mb-2"
          }`}
        >
          <p className="meta mb-1.5">
            {scope === "passage-text"
              ? copied
                ? "Passage copied with its citation:"
                : "Copy this passage and its citation:"
              : copied
                ? "Citation copied (Chicago style):"
                : "Copy this citation (Chicago style):"}
          </p>
          <p data-citation-text className="whitespace-pre-wrap text-[0.875rem] leading-snug text-ink select-all" style={{ whiteSpace: "pre-wrap" }}>
            {text}
          </p>
        </div>
      )}
    </span>
  );
}
