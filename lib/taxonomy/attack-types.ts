/** GTD's attack types. */
export const ATTACK_TYPES = [
  "Assassination",
  "Armed Assault",
  "Bombing/Explosion",
  "Hijacking",
  "Hostage Taking (Barricade Incident)",
  "Hostage Taking (Kidnapping)",
  "Facility/Infrastructure Attack",
  "Unarmed Assault",
  "Unknown",
] as const;

export type AttackType = (typeof ATTACK_TYPES)[number];
