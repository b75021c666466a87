import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { naiveListIn } from "./naive-list";

/**
 * A query the bench times over every filter of FILTERS: `run` is the app's read, `naive` (optional)
 * the simple read it replaced, timed the same way for the ratio. Budget: budgets.ts's queryP95Ms, or
 * the one `budget` names. Adding a figure is one entry here.
 */
export type QueryFigure = {
  run: (f: IncidentFilter) => Promise<unknown>;
  naive?: (f: IncidentFilter) => Promise<unknown>;
  budget?: "overviewServerMs";
};

/** The filters each query runs over (their p95 together is the figure). */
export const FILTERS: Record<string, Record<string, unknown>> = {
  "no filter": {},
  "province KP": { province: ["PK-KP"] },
  "KP + Balochistan, 2024": { province: ["PK-KP", "PK-BA"], from: "2024-01-01", to: "2024-12-31" },
  Battles: { eventType: ["Battles"] },
  "killed >= 10, Pakistan": { minKilled: 10, country: ["PAK"] },
  "actor TTP": { actor: ["TTP"] },
  "text 'Peshawar'": { q: "Peshawar" },
  "figures disputed": { disputed: "true" },
};

/**
 * A place deep in the list (the rows before 2019-07-01, about half of them): a Next link far from the
 * first page. Its id is past every row's, the largest PostgreSQL's integer holds (beyond is an error there).
 */
const DEEP = { day: "2019-07-01", killed: 5, id: 2_147_483_647 };

export async function queryFigures(db: Db, count: number): Promise<Record<string, QueryFigure>> {
  const { listIncidentsIn } = await import("@/lib/incidents/list/list-page");
  const { listRecordsIn } = await import("@/lib/incidents/list/record-page");
  const { provinceStatsQuery, histogramQuery } = await import("@/lib/incidents/overview/aggregates.server");
  const { trendsQuery } = await import("@/lib/incidents/trends/trends.server");
  const { textAndActorMatches } = await import("@/lib/incidents/filter/text-search-plan");
  const { bulletinQuery, bulletinPeriodFor } = await import("@/lib/incidents/bulletin/bulletin.server");
  return {
    "list (page 1 + total)": {
      run: (f) => listIncidentsIn(db, f, { sort: "date", dir: "desc" }, {}, 25),
      naive: (f) => naiveListIn(db, f, 1, 25),
    },
    "list, deep page (Next)": {
      run: (f) => listIncidentsIn(db, f, { sort: "date", dir: "desc" }, { after: DEEP }, 25),
      // The same depth by OFFSET: about half-way down.
      naive: (f) => naiveListIn(db, f, Math.max(1, Math.floor(count / 50)), 25),
    },
    "list by killed, fewest": { run: (f) => listIncidentsIn(db, f, { sort: "killed", dir: "asc" }, {}, 25) },
    "list by killed, deep": { run: (f) => listIncidentsIn(db, f, { sort: "killed", dir: "desc" }, { before: DEEP }, 25) },
    "API page (50 records)": { run: (f) => listRecordsIn(db, f, 50, undefined) },
    "per-province counts": { run: (f) => provinceStatsQuery(f) },
    histogram: { run: (f) => histogramQuery(f) },
    // What the overview's server does after a filter change (app/page.tsx), with nothing cached: the
    // text and actors matched once (sharedMatches), then the list, the counts and the histogram.
    "overview (list, counts, histogram)": {
      budget: "overviewServerMs",
      run: async (f) => {
        const plan = await textAndActorMatches(db, f);
        return Promise.all([listIncidentsIn(db, f, { sort: "date", dir: "desc" }, {}, 30, plan), provinceStatsQuery(f, plan), histogramQuery(f, plan)]);
      },
    },
    // The whole /trends page: the monthly rollup or one scan, perpetrators, the comparison periods (decisions 023, 025).
    "trends page (all)": { run: (f) => trendsQuery(f) },
    // The whole /bulletin page and PDF's reads for the latest month with data (decision 022).
    "bulletin (all)": {
      run: async (f) => {
        // As bulletinFor: the text matched once for the period and the bulletin.
        const plan = await textAndActorMatches(db, f);
        const period = await bulletinPeriodFor(f, undefined, plan);
        return period ? bulletinQuery(f, period, plan) : null;
      },
    },
  };
}
