// The security headers of every response (next.config.js `headers()`), plain JavaScript because
// Next.js loads its configuration without compiling it.
//
// The Content-Security-Policy allows scripts from the site itself only: no other origin, no
// eval, no plugins, no <base> that redirects relative addresses, no form posting elsewhere, no
// framing (frame-ancestors, and X-Frame-Options for older browsers). Inline scripts are allowed
// ('unsafe-inline'), not named by nonce or hash: Next.js writes each page's data as inline
// scripts of its own content, and pages are kept as HTML (the page cache, a CDN for 5 minutes),
// so a nonce made per request could not match the kept HTML, and a hash per page would need the
// HTML before its headers are sent. Article text never reaches a script: it is escaped into HTML
// (lib/site/rows-html.ts, React) and into JSON-LD with `<` escaped (lib/site/metadata.ts).

/** @param {{ development: boolean }} options */
export function contentSecurityPolicy({ development }) {
  const directives = {
    "default-src": ["'self'"],
    // `next dev` evaluates its hot-reloaded modules.
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** @param {{ development: boolean }} options */
export function securityHeaders({ development }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
