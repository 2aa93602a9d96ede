import { VIEW_LABELS, VIEW_PARAM, VIEWS } from "@/lib/site/view";

/**
 * Plain links, so the control works without script (a reload with `?view=`); the reader script
 * switches in place instead. Which option looks pressed is CSS, from <html data-view>, so it is
 * right before hydration too.
 */
export function ViewControl() {
  return (
    <nav aria-label="View" className="view-control">
      {VIEWS.map((view) => (
        <a key={view} href={`?${VIEW_PARAM}=${view}`} data-view-option={view} title={VIEW_LABELS[view].title} lang={view === "zh" ? "zh-Hans" : undefined}>
          {VIEW_LABELS[view].label}
        </a>
      ))}
    </nav>
  );
}
