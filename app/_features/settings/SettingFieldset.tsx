"use client";

import { useEffect, useState } from "react";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTING_LABELS,
  SETTINGS,
  SETTINGS_STORAGE_KEY,
  settingsAttributes,
  withSetting,
  type SettingName,
  type Settings,
} from "@/lib/site/settings";

/**
 * One remembered setting (lib/site/settings.ts) and its setter. The attribute on <html> was set
 * before first paint by settingsScript; a change sets only this setting's attribute and stores it
 * merged into what is stored now, so controls in different places never undo each other.
 */
export function useSetting<K extends SettingName>(name: K): [Settings[K], (value: Settings[K]) => void] {
  const [value, setValue] = useState<Settings[K]>(DEFAULT_SETTINGS[name]);
  useEffect(() => {
    try {
      setValue(parseSettings(localStorage.getItem(SETTINGS_STORAGE_KEY))[name]);
    } catch {
      // Storage unavailable: the default, as the inline script assumed.
    }
  }, [name]);

  function change(next: Settings[K]) {
    setValue(next);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(SETTINGS_STORAGE_KEY);
    } catch {
      // Privacy modes: the choice lasts for this page only.
    }
    const settings = withSetting(stored, name, next);
    const attribute = SETTINGS[name].attribute;
    const v = settingsAttributes(settings)[attribute];
    if (v === null) document.documentElement.removeAttribute(attribute);
    else document.documentElement.setAttribute(attribute, v);
    try {
      localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
    } catch {
      // As above.
    }
  }
  return [value, change];
}

/** A setting's choices as radio pills under its legend. */
export function SettingFieldset<K extends SettingName>({ name, className }: { name: K; className?: string }) {
  const [value, change] = useSetting(name);
  const labels = SETTING_LABELS[name];
  return (
    <fieldset className={className}>
      <legend>{labels.legend}</legend>
      {SETTINGS[name].values.map((option) => (
        <label key={option}>
          <input type="radio" name={`setting-${name}`} value={option} checked={value === option} onChange={() => change(option as Settings[K])} />
          <span>{(labels.options as Record<string, string>)[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
