/**
 * Edit mode's server side: writes an article's corrections file (`content/<name>.links`) and
 * regenerates the site data, so a reload shows the article aligned around the new pins.
 *
 * Why a route handler named `route.dev.ts`: next.config.js adds the `dev.ts` page extension only
 * in the development phase (`next dev`), so `next build` never sees this file. The route, its code
 * and everything it imports are absent from the production build, not merely switched off at
 * run time; a server action would be compiled into every build (a reference in the page's
 * JavaScript and a handler on the server) and could only refuse at run time. The production site
 * stays what it is: static files. (e2e/translator.spec.ts checks the built output.)
 *
 * The edits themselves are the pure functions of lib/corrections/edit.ts, the same checks as
 * `npm run pin`; the order of the "next doubtful link" walk is lib/review's, as `npm run review`.
 * Re-aligning runs `scripts/build-data.ts` in a child process, as `npm run dev` does at start,
 * so the aligner and its dictionaries stay out of Next's bundle as everywhere else in the app.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { formatProblem } from "@/lib/content/load";
import type { ContentProblem } from "@/lib/content/types";
import { EDIT_ACTIONS, checkLinks, editLinks, sentenceIndex, type EditAction, type EditResult, type LinksEditResult } from "@/lib/corrections/edit";
import { formatPinIds } from "@/lib/corrections/resolve";
import { linksFileOf, readArticleSentences, readLinks, replaceLinks } from "@/lib/corrections/files";
import { reviewStops } from "@/lib/review/queue";
import { UNCERTAIN_BELOW, type SiteArticle } from "@/lib/site/article";
import { allowedEditHosts, editRequestRefusal } from "@/lib/serve/edit-access";
import { archive } from "@/lib/site/data";
import { articleBySlug } from "@/lib/store/reader";
import type { EditRequest, EditResponse, EditState } from "@/app/_features/edit";

export const dynamic = "force-dynamic";

const root = process.cwd();
// The same content folder as build-data (CONTENT_DIR: the edit-mode test works on a copy).
const contentDir = path.resolve(root, process.env.CONTENT_DIR || "content");
const shown = (file: string) => path.relative(root, file).split(path.sep).join("/");

function fail(status: number, error: string): Response {
  return Response.json({ ok: false, error } satisfies EditResponse, { status });
}

function files(article: SiteArticle) {
  const articleFile = path.join(contentDir, article.file);
  return { articleFile, linksFile: linksFileOf(articleFile) };
}

const allowedHosts = allowedEditHosts(process.env.EDIT_HOSTS);
const refused = (request: Request) => editRequestRefusal({ host: request.headers.get("host"), origin: request.headers.get("origin") }, allowedHosts);

export async function GET(request: Request): Promise<Response> {
  const refusal = refused(request);
  if (refusal) return fail(403, refusal);
  const params = new URL(request.url).searchParams;
  const article = articleBySlug(archive(), params.get("slug") ?? "");
  if (!article) return fail(404, `no article "${params.get("slug")}"`);
  const below = params.has("below") ? Number(params.get("below")) : UNCERTAIN_BELOW;
  if (!(below > 0 && below <= 1.0001)) return fail(400, `below=${params.get("below")}: give a confidence between 0 and 1, as npm run review -- --below`);
  const { linksFile } = files(article);
  const state: EditState = { file: shown(linksFile), text: readLinks(linksFile), stops: reviewStops(article, { below }), below };
  return Response.json(state);
}

// One edit at a time: each reads the file, writes it and regenerates the data.
let queue: Promise<unknown> = Promise.resolve();

export function POST(request: Request): Promise<Response> {
  const next = queue.then(() => edit(request));
  queue = next.catch(() => undefined);
  return next;
}

async function edit(request: Request): Promise<Response> {
  const refusal = refused(request);
  if (refusal) return fail(403, refusal);
  // JSON only: a page of another origin can then not post here without a CORS preflight, which
  // this route never answers, so only edit mode's own page can write to content/.
  if (!request.headers.get("content-type")?.startsWith("application/json")) return fail(415, "send the edit as application/json");
  let body: EditRequest;
  try {
    body = (await request.json()) as EditRequest;
  } catch {
    return fail(400, "the request is not JSON");
  }
  const article = articleBySlug(archive(), body?.slug ?? "");
  if (!article) return fail(404, `no article "${body?.slug}"`);
  if (body.action !== "restore" && !EDIT_ACTIONS.includes(body.action)) return fail(400, `unknown action "${(body as { action: unknown }).action}"`);

  const { articleFile, linksFile } = files(article);
  const file = shown(linksFile);
  const before = readLinks(linksFile);
  if (before !== body.expect) return fail(409, `${file} changed on disk since this page loaded it; reload the page and try again`);
  const sentences = readArticleSentences(articleFile);
  if (!sentences.ok) return fail(422, problemsText(sentences.problems));

  let result: LinksEditResult;
  let message: string;
  if (body.action === "restore") {
    result = checkLinks(file, body.text, sentences.en, sentences.zh);
    message = `Undone: ${file} restored`;
  } else {
    let selection: { en: number[]; zh: number[] };
    try {
      selection = { en: body.en.map(sentenceIndex), zh: body.zh.map(sentenceIndex) };
    } catch (error) {
      return fail(400, (error as Error).message);
    }
    const beads = article.beads.map((b) => ({ en: b.en.map(sentenceIndex), zh: b.zh.map(sentenceIndex) }));
    result = editLinks(file, before, body.action, selection, beads, sentences.en, sentences.zh);
    // A link reads as its corrections line; the other edits name the sentences chosen.
    const chosen = body.action === "link" ? formatPinIds(selection) : [...body.en, ...body.zh].join(" ");
    message = `${label(body.action)} ${chosen}: ${file} written`;
  }
  if (!result.ok) return fail(422, "refused" in result ? `${label(body.action)}: ${result.refused}` : `${file} left unchanged:\n${problemsText((result as Extract<EditResult, { ok: false }>).problems)}`);
  if (result.text === before) return Response.json({ ok: true, before, text: before, message: `${file} unchanged` } satisfies EditResponse);

  if (!replaceLinks(linksFile, before, result.text).ok) return fail(409, `${file} changed on disk since this page loaded it; reload the page and try again`);
  const built = await regenerate();
  if (!built.ok) {
    // The edit passed the same checks as the build, so this is some other problem (another
    // article broken meanwhile): the file goes back as it was, unless another writer (npm run
    // pin) changed it meanwhile, whose change is kept.
    const undone = replaceLinks(linksFile, result.text, before).ok;
    const kept = undone ? `${file} left as it was` : `${file} kept as another writer changed it meanwhile`;
    return fail(500, `re-aligning failed, ${kept}:\n${built.output}`);
  }
  return Response.json({ ok: true, before, text: result.text, message } satisfies EditResponse);
}

const label = (action: EditAction | "restore") => (action === "restore" ? "Undo" : action[0].toUpperCase() + action.slice(1));

const problemsText = (problems: readonly ContentProblem[]) => problems.map(formatProblem).join("\n");

/** Runs build-data, which re-aligns the articles whose text or pins changed (the rest come from the cache). */
function regenerate(): Promise<{ ok: boolean; output: string }> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  return new Promise((resolve) => {
    execFile(tsx, [path.join(root, "scripts", "build-data.ts")], { cwd: root, env: process.env, timeout: 300_000 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stderr}${stdout}`.trim() || String(error ?? "") });
    });
  });
}
