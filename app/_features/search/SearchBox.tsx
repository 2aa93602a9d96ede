"use client";

import { useEffect, useRef } from "react";
import { isFormControl } from "@/app/_shared/form-control";

/**
 * The header's search field: a plain GET form to /search (works without script); `/` focuses it
 * from anywhere on the page except while typing in another field. The search code itself loads
 * only on the search page.
 */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isFormControl(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form action="/search" method="get" role="search" className="flex items-center">
      <input
        ref={input}
        type="search"
        name="q"
        aria-label="Search the archive (press / to focus)"
        placeholder="Search 搜索  /"
        className="w-[11rem] rounded-full border border-rule bg-transparent px-3 py-1 font-[family-name:var(--font-ui)] text-[0.8125rem] text-ink placeholder:text-muted focus:border-muted focus:outline-none sm:w-[15rem]"
        data-search-box
      />
    </form>
  );
}
