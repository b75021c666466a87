import { Prisma } from "@/generated/prisma/client";
import type { BucketUnit } from "./histogram";

/** First day of each bucket of a day column `d."day"` ("YYYY-MM-DD…"), in SQL; must agree with bucketStart() in histogram.ts. */
export const BUCKET_SQL: Record<BucketUnit, Prisma.Sql> = {
  day: Prisma.sql`substr(d."day", 1, 10)`,
  week: Prisma.sql`date(substr(d."day", 1, 10), '-6 days', 'weekday 1')`,
  month: Prisma.sql`substr(d."day", 1, 7) || '-01'`,
  year: Prisma.sql`substr(d."day", 1, 4) || '-01-01'`,
};

/** A bucket's incidents and killed as SQLite returns them (COUNT/SUM as bigint through the adapter). */
export type BucketRow = { start: string; count: bigint | number; killed: bigint | number | null };
