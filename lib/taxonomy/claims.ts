/** What a claim asserts about an incident. "origin" is the design card's "claimed origin". */
export const CLAIM_KINDS = {
  responsibility: { label: "Claimed responsibility", verb: "claimed by" },
  origin: { label: "Claimed origin", verb: "alleged by" },
  attribution: { label: "Attributed to", verb: "attributed by" },
  denial: { label: "Denial", verb: "denied by" },
} as const;

export type ClaimKind = keyof typeof CLAIM_KINDS;
export const CLAIM_KIND_NAMES = Object.keys(CLAIM_KINDS) as [ClaimKind, ...ClaimKind[]];
