import type { ActorKind as ActorKindEnum, ActorRole as ActorRoleEnum, Certainty as CertaintyEnum } from "@/generated/prisma/enums";

/**
 * Kinds of actor, the part an actor played in an incident, and how sure the record is of it: the labels
 * of the Prisma enums ActorKind, ActorRole and Certainty (schema.prisma holds the values).
 */
export const ACTOR_KINDS = {
  armed_group: "Armed group",
  state_force: "State force",
  government: "Government",
  other: "Other",
} as const satisfies Record<ActorKindEnum, string>;
export type ActorKind = keyof typeof ACTOR_KINDS;
export const ACTOR_KIND_NAMES = Object.keys(ACTOR_KINDS) as [ActorKind, ...ActorKind[]];

export const ACTOR_ROLES = { perpetrator: "Perpetrator", target: "Target" } as const satisfies Record<ActorRoleEnum, string>;
export type ActorRole = keyof typeof ACTOR_ROLES;
export const ACTOR_ROLE_NAMES = Object.keys(ACTOR_ROLES) as [ActorRole, ...ActorRole[]];

export const CERTAINTIES = {
  confirmed: "Confirmed",
  claimed: "Claimed",
  alleged: "Alleged",
  suspected: "Suspected",
} as const satisfies Record<CertaintyEnum, string>;
export type Certainty = keyof typeof CERTAINTIES;
export const CERTAINTY_NAMES = Object.keys(CERTAINTIES) as [Certainty, ...Certainty[]];
