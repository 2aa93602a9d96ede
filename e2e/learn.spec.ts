import type { Page } from "@playwright/test";
import { expect, layoutShift, test } from "./fixtures";

/*
 * For students of Chinese: word lookup, pinyin and traditional characters, all loaded on demand.
 * The first Chinese sentence of the 1958-08-04 article is
 * 据新华社3日讯　全国十万多个手工业合作社（组）和合作工厂，今年上半年生产获得飞跃发展。
 */

const DESKTOP = { width: 1280, height: 900 };
const LEAP = "/articles/1958-08-04-handicraft-industry-achieves-leap-forward";
const shot = (name: string) => `e2e/screenshots/${name}.png`;

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
}

async function turnOn(page: Page, name: string) {
  const summary = page.locator(".reader-settings > summary");
  if ((await page.locator(".reader-settings[open]").count()) === 0) await summary.click();
  await page.getByRole("checkbox", { name }).check();
  await expect(page.getByRole("checkbox", { name })).toBeChecked();
  await summary.click();
}

test("word data loads only when asked for; a word shows its pinyin and CC-CEDICT senses and marks its English", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, LEAP);
  expect(fetched.filter((p) => p.endsWith("/words.json"))).toEqual([]);
  expect(await page.locator(".w").count()).toBe(0);

  await turnOn(page, "Word lookup");
  expect(fetched).toContain(`${LEAP}/words.json`);
  const z1 = page.locator("#z1");
  const textBefore = await z1.textContent();
  const word = z1.locator('.w[data-w="手工业"]');
  await expect(word).toHaveText("手工业");
  await word.click();
  const card = page.locator(".word-card");
  await expect(card).toBeVisible();
  await expect(card).toContainText("手工业");
  await expect(card).toContainText("shǒu gōng yè");
  await expect(card.locator(".word-card-senses li").first()).toHaveText("handicraft");
  // A lookup is not a selection, and the sentence's text is unchanged by the word spans.
  await expect(page.locator("[data-b][data-sel]")).toHaveCount(0);
  expect(await z1.textContent()).toBe(textBefore);
  // The English word the senses name is marked in the counterpart.
  const marked = await page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get("word-match");
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.every((w) => /^handicraft/i.test(w))).toBe(true);
  await page.screenshot({ path: shot("word-lookup") });

  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();

  // Keyboard: ← → on a focused Chinese sentence step through its words.
  await z1.focus();
  await page.keyboard.press("ArrowRight");
  await expect(card).toBeVisible();
  await expect(card.locator(".word-card-word")).toHaveText("据");
  await page.keyboard.press("ArrowRight");
  await expect(card.locator(".word-card-word")).toHaveText("新华社");
  await expect(card).toContainText("Xinhua News Agency");
  await page.keyboard.press("ArrowLeft");
  await expect(card.locator(".word-card-word")).toHaveText("据");
  await expect(card).toHaveAttribute("aria-live", "polite");
});

test("pinyin over the Chinese, and traditional characters, toggled on and off without changing the text's identity", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, LEAP);
  const z1 = page.locator("#z1");
  const simplified = await z1.textContent();

  await turnOn(page, "Pinyin");
  await expect(page.locator("html")).toHaveAttribute("data-pinyin", "");
  const ruby = await z1.locator('.w[data-w="合作社"]').evaluate((el) => getComputedStyle(el, "::before").content);
  expect(ruby).toBe('"hé zuò shè"');
  expect(await z1.textContent()).toBe(simplified);
  await page.screenshot({ path: shot("pinyin") });

  await turnOn(page, "繁體");
  await expect(z1).toContainText("今年上半年生產獲得飛躍發展");
  await expect(page.locator("h1 .title-zh")).toContainText("飛躍");
  // Word spans survive the conversion; pinyin stays.
  await expect(z1.locator('.w[data-w="飞跃"]')).toHaveText("飛躍");

  const summary = page.locator(".reader-settings > summary");
  await summary.click();
  await page.getByRole("checkbox", { name: "繁體" }).uncheck();
  await page.getByRole("checkbox", { name: "Pinyin" }).uncheck();
  await expect(page.locator("html")).not.toHaveAttribute("data-pinyin");
  expect(await z1.textContent()).toBe(simplified);
});

test("traditional characters alone need no word data, and the page loads without shifting", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, LEAP);
  expect(await layoutShift(page)).toBe(0);
  await turnOn(page, "繁體");
  await expect(page.locator("#z1")).toContainText("飛躍發展");
  expect(fetched.filter((p) => p.endsWith("/words.json"))).toEqual([]);
});

const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

test("pinyin with tone numbers where the reader asks: the pinyin line and the word card, remembered like the other settings", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, LEAP);
  await turnOn(page, "Pinyin");
  await turnOn(page, "Word lookup");
  const word = page.locator('#z1 .w[data-w="合作社"]');
  const line = () => word.evaluate((el) => getComputedStyle(el, "::before").content);
  expect(await line()).toBe('"hé zuò shè"');

  const summary = page.locator(".reader-settings > summary");
  await summary.click();
  await page.getByRole("radio", { name: "Numbers (zheng3)" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-pinyin-tones", "numbers");
  await summary.click();
  expect(await line()).toBe('"he2 zuo4 she4"');
  // Every word's line: no tone mark left anywhere.
  const lines = await page.locator("#reader .w").evaluateAll((spans) => spans.map((s) => getComputedStyle(s, "::before").content));
  expect(lines.length).toBeGreaterThan(20);
  expect(lines.filter((py) => TONE_MARKS.test(py))).toEqual([]);

  // The card: headline, other readings and the senses' bracketed pinyin, all numbered.
  await word.click();
  const card = page.locator("[data-word-card]");
  await expect(card.locator(".word-card-pinyin")).toHaveText("he2 zuo4 she4");
  const le = page.locator('#reader .w[data-w="了"]').first();
  await le.scrollIntoViewIfNeeded();
  await le.click();
  await expect(card.locator(".word-card-pinyin")).toHaveText("le5");
  const readings = await card.locator("[data-reading]").evaluateAll((lists) => lists.map((l) => l.getAttribute("data-reading")));
  expect(readings).toContain("liao3");
  expect(await card.textContent()).not.toMatch(TONE_MARKS);
  expect(readings.join(" ")).not.toMatch(TONE_MARKS);

  // Remembered: after a reload the attribute is there before any script of ours runs.
  await page.reload();
  await expect(page.locator("[data-reader-ready]")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("data-pinyin-tones", "numbers");
  await summary.click();
  await expect(page.getByRole("radio", { name: "Numbers (zheng3)" })).toBeChecked();
  // And back to marks.
  await page.getByRole("radio", { name: "Marks (zhěng)" }).check();
  await expect(page.locator("html")).not.toHaveAttribute("data-pinyin-tones");
  await page.getByRole("checkbox", { name: "Pinyin" }).check();
  await expect(page.locator("#z1 .w").first()).toBeAttached();
  expect(await line()).toBe('"hé zuò shè"');
});

/** A speech synthesis with these voices, recording what it is asked to say (headless Chromium has none). */
async function fakeSpeech(page: Page, voices: { name: string; lang: string }[]) {
  await page.addInitScript((voices) => {
    const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    class Utterance extends EventTarget {
      text: string;
      lang = "";
      voice: { name: string } | null = null;
      constructor(text = "") {
        super();
        this.text = text;
      }
    }
    const list = voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => list,
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      cancel: () => {},
      pause: () => {},
      resume: () => {},
      speaking: false,
      pending: false,
      paused: false,
    });
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  }, voices);
}

async function openCard(page: Page) {
  await page.setViewportSize(DESKTOP);
  await open(page, LEAP);
  await turnOn(page, "Word lookup");
  await page.locator('#z1 .w[data-w="手工业"]').click();
  await expect(page.locator("[data-word-card]")).toBeVisible();
}

test("read aloud: offered with a Chinese voice, speaks the word's Chinese sentence in zh-CN", async ({ page }) => {
  await fakeSpeech(page, [
    { name: "Samantha", lang: "en-US" },
    { name: "Tingting", lang: "zh-CN" },
  ]);
  await openCard(page);
  const button = page.locator("[data-read-aloud]");
  await expect(button).toHaveText("Read sentence aloud");
  await button.click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
  expect(spoken).toEqual([{ text: (await page.locator("#z1").textContent())!.trim(), lang: "zh-CN", voice: "Tingting" }]);
  expect((spoken[0] as { text: string }).text).toMatch(/^据新华社3日讯/);
});

test("read aloud: no control where the speech synthesis has no Chinese voice", async ({ page }) => {
  await fakeSpeech(page, [{ name: "Samantha", lang: "en-US" }]);
  await openCard(page);
  await expect(page.locator("[data-save-word]")).toBeVisible();
  await expect(page.locator("[data-read-aloud]")).toHaveCount(0);
});
