import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { createTransactionGate } from "./transaction-gate";
import { writeTurns } from "./write-turns";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

// Statements that only read (a pragma without a value is a question; a WITH that names no write
// is a SELECT with common table expressions); anything else outside a transaction waits for a write
// turn. Reading a write as a read would let it skip its turn, so a WITH naming a write counts as one.
const PLAIN_READ = /^\s*(select\b|explain\b|pragma\s+\w+\s*;?\s*$)/i;
const WITH_READ = /^\s*with\b/i;
const WRITE_WORD = /\b(insert|update|delete|replace)\b/i;

/** Whether a statement only reads. A write turn also ends the read caches' data version, so a read taken for a write empties them. */
export function onlyReads(sql: string): boolean {
  return PLAIN_READ.test(sql) || (WITH_READ.test(sql) && !WRITE_WORD.test(sql));
}

/** `target` with some methods replaced; everything else (fields, private state) still answers from target. */
function withMethods<T extends object>(target: T, methods: Partial<T>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (prop in methods) return methods[prop as keyof T];
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}

function inTurn(tx: Transaction, release: () => void): Transaction {
  return withMethods(tx, {
    commit: () => tx.commit().finally(release),
    rollback: () => tx.rollback().finally(release),
  });
}

const both = (first: () => void, second: () => void) => () => {
  first();
  second();
};

/**
 * The adapter opens transactions with a plain (deferred) BEGIN. When another process (a CLI import,
 * a second server, a test's fixtures) writes between this transaction's first read and its first
 * write, SQLite cannot upgrade the lock and fails at once with SQLITE_BUSY, waiting for nothing.
 * Every transaction here writes, so it takes the write lock up front instead, waiting its turn
 * (the connection's busy timeout) like BEGIN IMMEDIATE; the empty deferred one commits as nothing.
 */
async function takeWriteLock(tx: Transaction): Promise<void> {
  await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
  await tx.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
}

function turnTaking(adapter: Adapter): Adapter {
  // Statements outside a transaction wait for the open one (transaction-gate.ts).
  const gate = createTransactionGate();
  const outside = async <R>(query: Query, run: () => Promise<R>): Promise<R> => {
    if (onlyReads(query.sql)) return gate.statement(run);
    const release = await writeTurns().write();
    try {
      return await gate.statement(run);
    } finally {
      release();
    }
  };
  return withMethods(adapter, {
    startTransaction: async (isolationLevel) => {
      const turn = await writeTurns().write();
      // The turn ends first, so the read caches see a new data version before any waiting read runs.
      const release = both(turn, await gate.transaction());
      try {
        const tx = await adapter.startTransaction(isolationLevel);
        await takeWriteLock(tx).catch(async (error: unknown) => {
          await tx.rollback();
          throw error;
        });
        return inTurn(tx, release);
      } catch (error) {
        release();
        throw error;
      }
    },
    queryRaw: (query) => outside(query, () => adapter.queryRaw(query)),
    executeRaw: (query) => outside(query, () => adapter.executeRaw(query)),
    executeScript: async (script) => {
      const release = await writeTurns().write();
      try {
        await gate.statement(() => adapter.executeScript(script));
      } finally {
        release();
      }
    },
  });
}

/**
 * The app's driver adapter, with its transactions and writes waiting for a turn (write-turns.ts)
 * instead of sleeping the thread on SQLite's lock while an import writes in this process.
 */
export function turnTakingFactory(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  return withMethods(factory, {
    connect: async () => turnTaking(await factory.connect()),
  });
}
