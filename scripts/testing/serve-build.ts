// For benchmarks: serves the existing production build with `next start` on a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { archiveFile } from "@/lib/store/database";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

export interface Served {
  base: string;
  child: ChildProcess;
  stop(): void;
}

/** `next start` in `root` (its .next and database), answering on 127.0.0.1; throws when there is no build. */
export async function serveBuild(root: string, env: Record<string, string> = {}): Promise<Served> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(archiveFile(root))) throw new Error("no build found; run `npm run build` first");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  await waitForServer(`${base}/search`, child);
  return { base, child, stop: () => child.kill() };
}
