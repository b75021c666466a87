import type { ClaimKind as ClaimKindEnum } from "@/generated/prisma/enums";

/**
 * What a claim asserts about an incident. "origin" is the design card's "claimed origin". The values
 * are the Prisma enum ClaimKind (schema.prisma).
 */
export const CLAIM_KINDS = {
  responsibility: { label: "Claimed responsibility", verb: "claimed by" },
  origin: { label: "Claimed origin", verb: "alleged by" },
  attribution: { label: "Attributed to", verb: "attributed by" },
  denial: { label: "Denial", verb: "denied by" },
} as const satisfies Record<ClaimKindEnum, object>;

export type ClaimKind = keyof typeof CLAIM_KINDS;
export const CLAIM_KIND_NAMES = Object.keys(CLAIM_KINDS) as [ClaimKind, ...ClaimKind[]];
