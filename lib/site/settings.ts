/**
 * Reader settings, remembered in localStorage: text size, colour theme, which side Chinese is on,
 * and how pinyin writes tones (marks, or numbers for a reader who asks). Like the view mode (view.ts), each lives in an attribute on <html>, set before first paint
 * by a tiny inline script (`settingsScript`), and CSS does the rest, so nothing shifts after load.
 * A default value is no attribute at all.
 */

export const SETTINGS_STORAGE_KEY = "parallel-reader:settings";

export const SETTINGS = {
  size: { values: ["s", "m", "l", "xl"], fallback: "m", attribute: "data-size" },
  theme: { values: ["system", "light", "dark"], fallback: "system", attribute: "data-theme" },
  zh: { values: ["right", "left"], fallback: "right", attribute: "data-zh-side" },
  // Shown with the learners' controls (LearnControls), read by CSS and the word card (words-dom.ts).
  tones: { values: ["marks", "numbers"], fallback: "marks", attribute: "data-pinyin-tones" },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: (typeof SETTINGS)[K]["values"][number] };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export const DEFAULT_SETTINGS: Settings = { size: "m", theme: "system", zh: "right", tones: "marks" };

/** The settings the panel lists itself; the rest sit with the controls they belong to. */
export const PANEL_SETTING_NAMES: SettingName[] = ["size", "theme", "zh"];

export const SETTING_LABELS: { [K in SettingName]: { legend: string; options: Record<Settings[K], string> } } = {
  size: { legend: "Text size", options: { s: "Small", m: "Medium", l: "Large", xl: "Extra large" } },
  theme: { legend: "Theme", options: { system: "System", light: "Light", dark: "Dark" } },
  zh: { legend: "Chinese column", options: { right: "Right", left: "Left" } },
  tones: { legend: "Pinyin tones", options: { marks: "Marks (zhěng)", numbers: "Numbers (zheng3)" } },
};

/** Any stored value: invalid or missing fields fall back to the default, junk to all defaults. */
export function parseSettings(stored: unknown): Settings {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      value = null;
    }
  }
  const record = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const pick = <K extends SettingName>(name: K): Settings[K] => {
    const v = record[name];
    return (SETTINGS[name].values as readonly unknown[]).includes(v) ? (v as Settings[K]) : DEFAULT_SETTINGS[name];
  };
  return { size: pick("size"), theme: pick("theme"), zh: pick("zh"), tones: pick("tones") };
}

/** The attributes <html> carries for these settings: defaults are absent (null). */
export function settingsAttributes(settings: Settings): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    out[SETTINGS[name].attribute] = value === SETTINGS[name].fallback ? null : value;
  }
  return out;
}

/**
 * The inline script for <head>: it repeats `parseSettings` + `settingsAttributes` in plain ES5,
 * because it runs before any bundle. Storage may throw (privacy modes): then nothing is set.
 */
export function settingsScript(): string {
  const table = SETTING_NAMES.map((name) => [name, SETTINGS[name].attribute, SETTINGS[name].values, SETTINGS[name].fallback]);
  return (
    `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||"{}")||{},` +
    `t=${JSON.stringify(table)},d=document.documentElement;` +
    `for(var i=0;i<t.length;i++){var v=s[t[i][0]];if(t[i][2].indexOf(v)>=0&&v!==t[i][3])d.setAttribute(t[i][1],v)}}catch(e){}})();`
  );
}

/** The stored settings with one changed: what a control writes back (the others may have changed meanwhile). */
export function withSetting<K extends SettingName>(stored: unknown, name: K, value: Settings[K]): Settings {
  return { ...parseSettings(stored), [name]: value };
}
