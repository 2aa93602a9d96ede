import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { viewScript } from "@/lib/site/view";
import { siteConfig } from "@/site.config";
import { SearchBox } from "@/app/_components/SearchBox";
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
    // The inline script sets <html data-view> before first paint, so the attribute differs from the server's.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: viewScript() }} />
      </head>
      <body className="min-h-dvh antialiased">
        <header className="border-b border-rule">
          <div className="mx-auto flex max-w-[72rem] items-baseline justify-between px-5 py-4 sm:px-8">
            <a href="/" className="meta text-ink hover:text-accent">
              <span className="font-semibold tracking-wide">Parallel Reader</span>
              <span lang="zh-Hans" className="ml-2">
                双语对照
              </span>
            </a>
            <SearchBox />
          </div>
        </header>
        <main className="mx-auto max-w-[72rem] px-5 pt-10 pb-24 sm:px-8 wide:pt-14">{children}</main>
      </body>
    </html>
  );
}
