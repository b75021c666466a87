import { createDb, type Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { freshDatabase } from "./fresh-database";

/**
 * A fresh database seen by two app servers: on PostgreSQL two clients of it; on SQLite the one
 * (one server, one connection). `remove` disconnects the second and drops the database.
 */
export function twoServerDatabase(): { a: Db; b: Db; remove: () => Promise<void> } {
  const database = freshDatabase();
  const a = database.db;
  const b = dialectOf(a).kind === "postgresql" ? createDb(database.url) : a;
  return {
    a,
    b,
    remove: async () => {
      if (b !== a) await b.$disconnect();
      await database.remove();
    },
  };
}
