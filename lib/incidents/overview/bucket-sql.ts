import { Prisma } from "@/generated/prisma/client";
import type { DatabaseKind } from "@/lib/database/database-kind";
import type { BucketUnit } from "./histogram";

/**
 * First day of each bucket of a day column `d."day"` (text, "YYYY-MM-DD…"), in SQL; must agree with
 * bucketStart() in histogram.ts. Only the week differs between the databases: both start it on the
 * Monday on or before the day.
 */
export const BUCKET_SQL: Record<DatabaseKind, Record<BucketUnit, Prisma.Sql>> = {
  sqlite: {
    day: Prisma.sql`substr(d."day", 1, 10)`,
    week: Prisma.sql`date(substr(d."day", 1, 10), '-6 days', 'weekday 1')`,
    month: Prisma.sql`substr(d."day", 1, 7) || '-01'`,
    year: Prisma.sql`substr(d."day", 1, 4) || '-01-01'`,
  },
  postgresql: {
    day: Prisma.sql`substr(d."day", 1, 10)`,
    week: Prisma.sql`to_char(date_trunc('week', substr(d."day", 1, 10)::date), 'YYYY-MM-DD')`,
    month: Prisma.sql`substr(d."day", 1, 7) || '-01'`,
    year: Prisma.sql`substr(d."day", 1, 4) || '-01-01'`,
  },
};

/** A bucket's incidents and killed as the database returns them (COUNT/SUM as bigint through the adapter). */
export type BucketRow = { start: string; count: bigint | number; killed: bigint | number | null };
