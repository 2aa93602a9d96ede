"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTING_LABELS,
  SETTING_NAMES,
  SETTINGS,
  SETTINGS_STORAGE_KEY,
  settingsAttributes,
  type SettingName,
  type Settings,
} from "@/lib/site/settings";

/**
 * Text size, theme and the side of the Chinese column, in a disclosure under the title. The
 * attributes on <html> are set before first paint by settingsScript (layout.tsx); this control
 * only changes them and remembers the choice. Closed by default, so hydrating it moves nothing.
 */
export function ReaderSettings({ children }: { children?: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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

  useEffect(() => {
    try {
      setSettings(parseSettings(localStorage.getItem(SETTINGS_STORAGE_KEY)));
    } catch {
      // Storage unavailable: the defaults, as the inline script assumed.
    }
  }, []);

  function change<K extends SettingName>(name: K, value: Settings[K]) {
    const next = { ...settings, [name]: value };
    setSettings(next);
    for (const [attribute, v] of Object.entries(settingsAttributes(next))) {
      if (v === null) document.documentElement.removeAttribute(attribute);
      else document.documentElement.setAttribute(attribute, v);
    }
    try {
      localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Privacy modes: the choice lasts for this page only.
    }
  }

  return (
    <details ref={details} className="reader-settings">
      <summary>
        <span aria-hidden="true">Aa</span> <span className="settings-label">Settings</span>
      </summary>
      <div className="reader-settings-panel">
        {SETTING_NAMES.map((name) => (
          <fieldset key={name}>
            <legend>{SETTING_LABELS[name].legend}</legend>
            {SETTINGS[name].values.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`setting-${name}`}
                  value={value}
                  checked={settings[name] === value}
                  onChange={() => change(name, value as Settings[typeof name])}
                />
                <span>{(SETTING_LABELS[name].options as Record<string, string>)[value]}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {children}
      </div>
    </details>
  );
}
