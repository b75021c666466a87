import type { IncidentStatus } from "@/generated/prisma/enums";

/** The labels of the Prisma enum IncidentStatus (schema.prisma holds the values), in workflow order. */
export const STATUSES = { draft: "Draft", in_review: "In review", published: "Published", rejected: "Rejected" } as const satisfies Record<
  IncidentStatus,
  string
>;
export type Status = keyof typeof STATUSES;
export const STATUS_NAMES = Object.keys(STATUSES) as [Status, ...Status[]];

/** The one status the public sees; every other is for analysts and admins only (decision 017). */
export const PUBLIC_STATUS = "published" satisfies Status;

/** The filter's `status=all`: records of every status (analysts and admins only). */
export const ANY_STATUS = "all";
export const STATUS_FILTER_LABELS = { ...STATUSES, [ANY_STATUS]: "All statuses" } as const;
