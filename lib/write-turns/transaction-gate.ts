type Wake = () => void;

/**
 * Who may use the app's one SQLite connection while an interactive transaction is open on it.
 *
 * Prisma's better-sqlite3 adapter runs every statement on one connection and orders only the
 * transactions among themselves: a statement from another request, issued while a transaction
 * waits between two of its own statements, ran inside that transaction. It read the transaction's
 * uncommitted rows, and a write of its own, already answered as saved, was rolled back with the
 * transaction if that failed. So a statement outside a transaction waits here until the open one
 * ends; a transaction waits until the one before it ends. When a transaction ends, the statements
 * waiting for it go before the next transaction.
 *
 * Code inside a transaction must therefore use the transaction's client (`tx`), never `db`: a
 * statement through `db` would wait for the transaction it is part of.
 */
export function createTransactionGate() {
  let open = false;
  const statements: Wake[] = [];
  const transactions: Wake[] = [];

  function wake() {
    // Statements first: each runs synchronously once resumed, before the next transaction begins.
    for (const resume of statements.splice(0)) resume();
    transactions.shift()?.();
  }

  return {
    /**
     * Runs `issue` once no transaction is open. It is called in the same turn as that check, so its
     * statement (better-sqlite3 runs it synchronously) cannot land inside a transaction begun meanwhile.
     */
    async statement<R>(issue: () => Promise<R>): Promise<R> {
      while (open) await new Promise<void>((resolve) => statements.push(resolve));
      return issue();
    },
    /** Waits for the connection, then holds it for a transaction until the returned release is called. */
    async transaction(): Promise<() => void> {
      while (open) await new Promise<void>((resolve) => transactions.push(resolve));
      open = true;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open = false;
        wake();
      };
    },
    state: () => ({ open, waitingStatements: statements.length, waitingTransactions: transactions.length }),
  };
}

export type TransactionGate = ReturnType<typeof createTransactionGate>;
