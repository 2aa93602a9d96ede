import { describe, expect, it } from "vitest";
import { allowedEditHosts, editRequestRefusal } from "./edit-access";

const allowed = allowedEditHosts(undefined);
const refusal = (host: string | null, origin: string | null = null) => editRequestRefusal({ host, origin }, allowed);

describe("edit mode's route: only its own pages on this machine (issue 19, item 8)", () => {
  it("admits the development server's own page, by any loopback name, with or without Origin", () => {
    expect(refusal("127.0.0.1:3000", "http://127.0.0.1:3000")).toBeNull();
    expect(refusal("localhost:3211", "http://localhost:3211")).toBeNull();
    expect(refusal("[::1]:3000", "http://[::1]:3000")).toBeNull();
    expect(refusal("127.0.0.1:3000")).toBeNull();
  });

  it("refuses a foreign Host: another machine's name or address, or DNS rebinding", () => {
    expect(refusal("evil.example:3000", "http://evil.example:3000")).toMatch(/^edit mode answers only on this machine \(Host "evil.example:3000"/);
    expect(refusal("192.168.1.20:3000")).toMatch(/only on this machine/);
    expect(refusal(null)).toMatch(/only on this machine/);
    expect(refusal("localhost.evil.example:3000")).toMatch(/only on this machine/);
  });

  it("refuses a foreign Origin on a loopback Host: another site's page, another port, a sandboxed frame", () => {
    expect(refusal("127.0.0.1:3000", "https://evil.example")).toBe("edit mode answers only its own pages (Origin https://evil.example is not http://127.0.0.1:3000)");
    expect(refusal("127.0.0.1:3000", "http://127.0.0.1:8080")).toMatch(/only its own pages/);
    expect(refusal("127.0.0.1:3000", "null")).toMatch(/only its own pages/);
  });

  it("EDIT_HOSTS admits more names", () => {
    const lan = allowedEditHosts("studio.local, Box.Lan");
    expect(editRequestRefusal({ host: "box.lan:3000", origin: "http://box.lan:3000" }, lan)).toBeNull();
    expect(editRequestRefusal({ host: "studio.local:3000", origin: null }, lan)).toBeNull();
    expect(editRequestRefusal({ host: "other.lan:3000", origin: null }, lan)).toMatch(/only on this machine/);
  });
});
