import { copyText } from "@/app/_shared/clipboard";
import type { ReaderState } from "./state";

/** Copies the page's address (with the passage fragment); false when no way of copying worked. */
export async function copyLink(state: ReaderState): Promise<boolean> {
  const url = window.location.href;
  const copied = await copyText(url);
  state.callbacks.announce(copied ? "Link copied" : `Copy this link: ${url}`);
  return copied;
}
