"use client";

import { useEffect, useState, type MouseEvent } from "react";
import { VIEW_LABELS, VIEW_PARAM, VIEWS } from "@/lib/site/view";

/**
 * A slim bar fixed at the top of the window once the article's title has scrolled away: the
 * English title (a link back to the top) and the view control. Fixed, so showing it moves nothing;
 * hidden in print (globals.css). It renders nothing until first needed, so it adds no HTML, and it
 * takes the title from the page rather than as a prop, so the title is not repeated in the
 * flight data. Its view links hand the click to the header's own control, which the reading layer
 * (dom/views.ts) switches in place; they carry data-sticky-view, not data-view-option, so that
 * the header's control stays the one control of that name.
 */
export function StickyHeader({ rootId }: { rootId: string }) {
  const [title, setTitle] = useState<string | null>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const heading = document.getElementById(rootId)?.querySelector("h1");
    if (!heading) return;
    const observer = new IntersectionObserver(([entry]) => {
      // Only above the window: the title is out of sight because the reader scrolled past it.
      const past = !entry.isIntersecting && entry.boundingClientRect.bottom <= 0;
      if (past) setTitle((t) => t ?? heading.querySelector('[lang="en"]')?.textContent ?? heading.textContent);
      setShown(past);
    });
    observer.observe(heading);
    return () => observer.disconnect();
  }, [rootId]);

  if (title === null) return null;

  const switchView = (event: MouseEvent<HTMLAnchorElement>) => {
    const option = document.querySelector<HTMLElement>(`[data-view-option="${event.currentTarget.dataset.stickyView}"]`);
    if (!option || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    option.click();
  };

  return (
    <div className="sticky-header" data-sticky-header hidden={!shown}>
      {/* A button, not a link to #reader: a hash change would clear the selected passage. */}
      <button type="button" className="sticky-title" lang="en" title="Back to the top" onClick={() => window.scrollTo({ top: 0 })}>
        {title}
      </button>
      <nav aria-label="Reading mode" className="sticky-views">
        {VIEWS.map((view) => (
          <a key={view} href={`?${VIEW_PARAM}=${view}`} data-sticky-view={view} title={VIEW_LABELS[view].title} lang={view === "zh" ? "zh-Hans" : undefined} onClick={switchView}>
            {VIEW_LABELS[view].label}
          </a>
        ))}
      </nav>
    </div>
  );
}
