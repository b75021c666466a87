/** Incidents and killed in one province for the current filter (aggregates.server.ts). */
export type ProvinceStat = { iso: string; count: number; killed: number };
