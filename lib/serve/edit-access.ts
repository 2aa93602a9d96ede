/**
 * Who may use edit mode's route (it writes content/ and starts a build): only pages of the
 * development server itself, reached on this machine. The server binds 127.0.0.1 (package.json),
 * which keeps other machines out; the Host check stops DNS rebinding (a foreign name that resolves
 * to 127.0.0.1 in the victim's browser), and the Origin check a page of another site posting here.
 * EDIT_HOSTS (comma-separated host names) admits more, e.g. a name for this machine on a LAN.
 */

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface EditRequestHeaders {
  host: string | null;
  origin: string | null;
}

/** The host name of a Host header (`name:port`, `[v6]:port`), lower-cased; null when it is not one. */
function hostName(host: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host.trim());
  return match ? match[1].toLowerCase() : null;
}

export function allowedEditHosts(env: string | undefined): Set<string> {
  const extra = (env ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return new Set([...LOOPBACK, ...extra]);
}

/** Why the request is refused, or null when it comes from the server's own pages on an allowed host. */
export function editRequestRefusal(headers: EditRequestHeaders, allowed: ReadonlySet<string>): string | null {
  const name = headers.host ? hostName(headers.host) : null;
  if (!name || !allowed.has(name)) return `edit mode answers only on this machine (Host ${JSON.stringify(headers.host)} is not one of ${[...allowed].join(", ")}; EDIT_HOSTS adds names)`;
  if (headers.origin === null) return null;
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return `edit mode answers only its own pages (Origin ${JSON.stringify(headers.origin)})`;
  }
  if (!/^https?:$/.test(origin.protocol) || origin.host.toLowerCase() !== headers.host!.trim().toLowerCase()) {
    return `edit mode answers only its own pages (Origin ${headers.origin} is not http://${headers.host})`;
  }
  return null;
}
