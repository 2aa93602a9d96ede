import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { settingsScript } from "@/lib/site/settings";
import { viewScript } from "@/lib/site/view";
import { siteConfig } from "@/site.config";
import { SearchBox } from "@/app/_features/search/SearchBox";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: "Parallel Reader · 双语对照", template: "%s · Parallel Reader" },
  description: "Chinese newspaper articles and their English translations, read side by side, paragraph by paragraph.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#151413" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets <html data-view> and the reader settings (data-size, data-theme,
    // data-zh-side) before first paint, so the attributes differ from the server's.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: viewScript() + settingsScript() }} />
        {/*
          No first paint of a half-parsed article: side by side, a row's lines are as tall as
          the longer language, so painting the English before the Chinese has arrived would
          shift it when the Chinese does. Render-blocks until #article-end is parsed (or the
          document is, on pages without it); browsers without rel=expect ignore it.
        */}
        <link rel="expect" href="#article-end" {...{ blocking: "render" }} />
      </head>
      <body className="min-h-dvh antialiased">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="border-b border-rule">
          <div className="mx-auto flex max-w-[72rem] items-baseline justify-between px-5 py-4 sm:px-8">
            <a href="/" className="meta text-ink hover:text-accent">
              <span className="font-semibold tracking-wide">Parallel Reader</span>
              {/* One unit when the name wraps on a narrow screen: never 双语对 / 照. */}
              <span lang="zh-Hans" className="ml-2 inline-block whitespace-nowrap">
                双语对照
              </span>
            </a>
            <SearchBox />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-[72rem] px-5 pt-10 pb-24 sm:px-8 wide:pt-14">{children}</main>
      </body>
    </html>
  );
}
