import { describe, expect, it } from "vitest";
import { createTransactionGate } from "./transaction-gate";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the transaction gate", () => {
  it("runs a statement at once when no transaction is open", async () => {
    const gate = createTransactionGate();
    expect(await gate.statement(async () => "ran")).toBe("ran");
  });

  it("holds statements while a transaction is open and runs them before the next transaction", async () => {
    const gate = createTransactionGate();
    const order: string[] = [];
    const endFirst = await gate.transaction();
    order.push("tx1 begins");
    const statement = gate.statement(async () => order.push("statement"));
    const second = gate.transaction().then((end) => {
      order.push("tx2 begins");
      return end;
    });
    await tick();
    expect(order).toEqual(["tx1 begins"]);
    expect(gate.state()).toEqual({ open: true, waitingStatements: 1, waitingTransactions: 1 });

    endFirst();
    await statement;
    const endSecond = await second;
    expect(order).toEqual(["tx1 begins", "statement", "tx2 begins"]);
    endSecond();
    expect(gate.state()).toEqual({ open: false, waitingStatements: 0, waitingTransactions: 0 });
  });

  it("issues a resumed statement in the turn it finds the connection free, even with a transaction queued behind it", async () => {
    const gate = createTransactionGate();
    const end = await gate.transaction();
    let openWhenIssued: boolean | undefined;
    const statement = gate.statement(async () => (openWhenIssued = gate.state().open));
    const next = gate.transaction();
    end();
    await statement;
    expect(openWhenIssued).toBe(false);
    (await next)();
  });

  it("ends a transaction once, however often its release is called", async () => {
    const gate = createTransactionGate();
    const end = await gate.transaction();
    const next = gate.transaction();
    end();
    end();
    const endNext = await next;
    expect(gate.state().open).toBe(true);
    endNext();
  });
});
