import { describe, expect, it } from "vitest";
import { createWriteTurns } from "./write-turns";

const settled = () => new Promise((r) => setImmediate(r));

describe("write turns", () => {
  it("lets ordinary writes run together", async () => {
    const turns = createWriteTurns();
    const [a, b] = await Promise.all([turns.write(), turns.write()]);
    expect(turns.state()).toMatchObject({ writers: 2, bulk: false });
    a();
    b();
    expect(turns.state()).toMatchObject({ writers: 0 });
  });

  it("holds writes back while a bulk write runs, and lets them go when it ends", async () => {
    const turns = createWriteTurns();
    const endBulk = await turns.bulk();
    const order: string[] = [];
    const write = turns.write().then((release) => {
      order.push("write");
      release();
    });
    await settled();
    expect(order).toEqual([]);
    order.push("bulk ends");
    endBulk();
    await write;
    expect(order).toEqual(["bulk ends", "write"]);
  });

  it("starts a bulk write only once the running writes end, and before writes that came after it", async () => {
    const turns = createWriteTurns();
    const endFirst = await turns.write();
    const order: string[] = [];
    const bulk = turns.bulk().then((release) => {
      order.push("bulk");
      release();
    });
    const later = turns.write().then((release) => {
      order.push("later write");
      release();
    });
    await settled();
    expect(order).toEqual([]);
    endFirst();
    await Promise.all([bulk, later]);
    expect(order).toEqual(["bulk", "later write"]);
  });

  it("counts a release once, however often it is called", async () => {
    const turns = createWriteTurns();
    const release = await turns.write();
    await turns.write();
    release();
    release();
    expect(turns.state().writers).toBe(1);
  });
});
