/** ACLED's event types, their sub-event types, and the disorder type each belongs to. */
export const EVENT_TYPES = {
  Battles: {
    disorder: "Political violence",
    subTypes: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  },
  "Explosions/Remote violence": {
    disorder: "Political violence",
    subTypes: ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  },
  "Violence against civilians": {
    disorder: "Political violence",
    subTypes: ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  },
  Protests: {
    disorder: "Demonstrations",
    subTypes: ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
  },
  Riots: {
    disorder: "Demonstrations",
    subTypes: ["Violent demonstration", "Mob violence"],
  },
  "Strategic developments": {
    disorder: "Strategic developments",
    subTypes: [
      "Agreement",
      "Arrests",
      "Change to group/activity",
      "Disrupted weapons use",
      "Headquarters or base established",
      "Looting/property destruction",
      "Non-violent transfer of territory",
      "Other",
    ],
  },
} as const satisfies Record<string, { disorder: string; subTypes: readonly string[] }>;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType]["subTypes"][number];

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

export function subTypesOf(eventType: string): readonly string[] {
  return Object.hasOwn(EVENT_TYPES, eventType) ? EVENT_TYPES[eventType as EventType].subTypes : [];
}

/** The sub-types of any of the given event types, in the taxonomy's order; every sub-type when none is given. */
export function subTypesOfAny(eventTypes: readonly string[]): readonly string[] {
  const chosen = eventTypes.length ? EVENT_TYPE_NAMES.filter((t) => eventTypes.includes(t)) : EVENT_TYPE_NAMES;
  return chosen.flatMap((t) => EVENT_TYPES[t].subTypes);
}

export function isValidSubType(eventType: string, subType: string): boolean {
  return subTypesOf(eventType).includes(subType);
}

export function disorderTypeOf(eventType: string): string | null {
  return Object.hasOwn(EVENT_TYPES, eventType) ? EVENT_TYPES[eventType as EventType].disorder : null;
}
