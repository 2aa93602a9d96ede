"use client";

import { useState } from "react";
import { getStaticHtml } from "./static-html";

/**
 * Server-rendered HTML that React's flight data does not repeat. A server component's output is
 * sent twice in the App Router: as HTML, and again in the inline RSC payload
 * (`self.__next_f.push`) that hydration reads, which made an article page several times the
 * size of its text. Here the server component only puts the HTML aside (putStaticHtml) and
 * passes this component a key; the server render of this component takes the HTML from there,
 * and in the browser, hydrating, it takes it from the server-rendered element itself, so both
 * sides render the same and nothing is sent twice. React never updates the contents afterwards:
 * the reading layer attaches to it by DOM (app/_features/reader/dom/).
 *
 * Rendered in the browser without a server render (a client-side navigation), it would be
 * empty: links to articles are plain <a>, full page loads.
 */
export function StaticHtml({ htmlKey, className }: { htmlKey: string; className?: string }) {
  // The one `{ __html }` object for the component's life, not a new one each render: React 19
  // compares it by identity and, on any re-render with a new object, writes innerHTML again even
  // when the string is the same. That replaced the whole article body with its server HTML as first
  // hydrated: new elements, without the attributes and listeners-by-reference the reading layer
  // had put on the old ones (tabindex, aria-describedby, its bead table). Under `next dev` every
  // server-component refresh (Fast Refresh after a file changes, as edit mode's re-aligning does)
  // re-renders this component.
  const [inner] = useState(() => ({
    __html:
      typeof window === "undefined"
        ? (getStaticHtml(htmlKey) ?? "")
        : (document.querySelector(`[data-static-html="${CSS.escape(htmlKey)}"]`)?.innerHTML ?? ""),
  }));
  return <div className={className} data-static-html={htmlKey} dangerouslySetInnerHTML={inner} />;
}
