import { describe, expect, it } from "vitest";
import { inOrder } from "./in-order";

describe("inOrder", () => {
  it("yields results in input order, however the jobs finish, with at most `window` running", async () => {
    let running = 0;
    let most = 0;
    const job = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (5 - n) * 3));
      running--;
      return n * 10;
    };
    const out: number[] = [];
    for await (const result of inOrder([0, 1, 2, 3, 4], job, 2)) out.push(result);
    expect(out).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });
});
