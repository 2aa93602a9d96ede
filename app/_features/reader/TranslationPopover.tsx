"use client";

import { useEffect, useRef } from "react";
import { attachPopover } from "./popover-dom";

/**
 * Translation on demand (popover-dom.ts): one fixed box, hidden until a sentence is hovered,
 * focused or tapped in a view that needs it. It repeats what each sentence's accessible
 * description already says, so it is hidden from assistive technology.
 */
export function TranslationPopover({ rootId }: { rootId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!root || !box.current) return;
    return attachPopover(root, box.current);
  }, [rootId]);
  return (
    <div ref={box} className="popover" aria-hidden="true" hidden>
      <p data-popover-text hidden />
      <p data-popover-note className="popover-note" hidden />
    </div>
  );
}
