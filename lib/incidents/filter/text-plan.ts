import type { DatabaseKind } from "@/lib/database/database-kind";

/**
 * For free text, which of the two parts (incident columns, source headlines) reads the trigram
 * index and which scans its table: only the speed differs, never the rows (text-search-plan.ts).
 */
export type TextSearchPlan = {
  incidents: "index" | "scan";
  headlines: "index" | "scan";
  /**
   * The ids of the incidents the free text and the actors match, as a JSON array, when read once for
   * several queries over the same filter (textAndActorMatches): each then looks them up instead of
   * searching; it stands for both conditions.
   */
  matches?: string;
  /** The database the plan was made for: PostgreSQL matches text with ILIKE on pg_trgm indexes (postgres-text-search.ts). */
  database?: DatabaseKind;
};
