"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { PANEL_SETTING_NAMES } from "@/lib/site/settings";
import { SettingFieldset } from "./SettingFieldset";

/**
 * Text size, theme and the side of the Chinese column, in a disclosure under the title, with the
 * learners' controls as children. The attributes on <html> are set before first paint by
 * settingsScript (layout.tsx); the controls only change them and remember the choice
 * (SettingFieldset). Closed by default, so hydrating it moves nothing.
 */
export function ReaderSettings({ children }: { children?: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);

  // Escape, or a tap outside (the sheet covers the text on a phone), closes the panel; Escape
  // gives focus back to its summary. Capture phase: the reading layer's Escape must not also act.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const el = details.current;
      if (event.key !== "Escape" || !el?.open) return;
      event.preventDefault();
      event.stopPropagation();
      el.open = false;
      el.querySelector("summary")?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const el = details.current;
      if (el?.open && event.target instanceof Node && !el.contains(event.target)) el.open = false;
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("click", onClick);
    };
  }, []);

  return (
    <details ref={details} className="reader-settings">
      <summary>
        <span aria-hidden="true">Aa</span> <span className="settings-label">Settings</span>
      </summary>
      <div className="reader-settings-panel">
        {PANEL_SETTING_NAMES.map((name) => (
          <SettingFieldset key={name} name={name} />
        ))}
        {children}
      </div>
    </details>
  );
}
