import type { EditAction } from "@/lib/corrections/edit";
import type { ReviewStop } from "@/lib/review/queue";

/**
 * What edit mode's page side and its development route (app/api/corrections/route.dev.ts) say to
 * each other. Neither exists in a production build (see the route's comment).
 */
export const EDIT_API = "/api/corrections";

/** GET `${EDIT_API}?slug=…&below=…`: the article's corrections file and its review stops. */
export interface EditState {
  /** The corrections file as a person types it, e.g. `content/000_x.links`. */
  file: string;
  /** Its text; "" when there is none. */
  text: string;
  /** The article's doubtful links and unmatched sentences, in `npm run review`'s order. */
  stops: ReviewStop[];
  below: number;
}

/** POST: one operation on the sentences selected, or, for undo, a previous text restored. */
export type EditRequest =
  | { slug: string; action: EditAction; en: string[]; zh: string[]; /** The text the page last saw: a file changed meanwhile is not overwritten. */ expect: string }
  | { slug: string; action: "restore"; text: string; expect: string };

export type EditResponse = { ok: true; before: string; text: string; message: string } | { ok: false; error: string };
