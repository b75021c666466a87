import type { DatabaseKind } from "@/lib/database/database-kind";

/**
 * For free text, which of the two parts (incident columns, source headlines) reads the trigram
 * index and which scans its table: only the speed differs, never the rows (text-search-plan.ts).
 */
export type TextSearchPlan = {
  incidents: "index" | "scan";
  headlines: "index" | "scan";
  /**
   * The ids of the incidents the text matches, as a JSON array, when read once for a request that
   * runs many queries over the same text (textMatches): each then looks them up instead of searching.
   */
  matches?: string;
  /** The database the plan was made for: PostgreSQL matches text with ILIKE on pg_trgm indexes (postgres-text-search.ts). */
  database?: DatabaseKind;
};
