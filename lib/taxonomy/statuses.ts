import type { IncidentStatus } from "@/generated/prisma/enums";

/** The labels of the Prisma enum IncidentStatus (schema.prisma holds the values). */
export const STATUSES = { draft: "Draft", published: "Published" } as const satisfies Record<IncidentStatus, string>;
export type Status = keyof typeof STATUSES;
export const STATUS_NAMES = Object.keys(STATUSES) as [Status, ...Status[]];
