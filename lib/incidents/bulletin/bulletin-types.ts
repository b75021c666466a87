import type { ProfileClaim } from "../profiles/actor-profile.server";
import type { IncidentListItem } from "../list/list-item";
import type { ProvinceStat } from "../overview/aggregates-types";
import type { Period } from "../trends/compare-periods";
import type { Trends } from "../trends/trends-types";
import type { BulletinFigures } from "./bulletin-headlines";

/** How much one bulletin reads, whatever the filter: it must not stall the server (decision 022). */
export const DEADLIEST_COUNT = 10;
export const CLAIM_LIMIT = 20;
/** Incidents named in a PDF footnote before "and N more" and the Atlas link. */
export const FOOTNOTE_INCIDENTS = 10;
/** Months of trend charts, ending with the bulletin's month. */
export const TREND_MONTHS = 12;

export type BulletinSource = {
  id: number;
  outlet: string;
  url: string | null;
  datasetRecord: string | null;
  headline: string | null;
  publishedAt: string | null;
};

export type BulletinIncident = IncidentListItem & { latitude: number | null; longitude: number | null; sources: BulletinSource[] };

export type IncidentRef = { id: number; title: string };

/** Everything a bulletin shows, for one filter and period. */
export type Bulletin = {
  period: Period;
  figures: BulletinFigures;
  /** A few of the incidents behind each number, deadliest first (the charts': latest first), for the PDF's footnotes. */
  behind: Record<"current" | "previous" | "yearEarlier" | "disputed" | "trend", IncidentRef[]>;
  provinces: ProvinceStat[];
  deadliest: BulletinIncident[];
  claims: ProfileClaim[];
  claimCount: number;
  /** The trend charts over TREND_MONTHS up to the period's end (the whole period when longer). */
  trends: Pick<Trends, "range" | "months" | "byEventType" | "victims">;
};
