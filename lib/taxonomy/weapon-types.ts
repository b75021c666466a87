/** GTD's weapon types, with the sub-types GTD keeps for explosives. */
export const WEAPON_TYPES = {
  Firearms: [],
  Explosives: ["Vehicle", "Suicide", "Remote Trigger", "Projectile (rockets, mortars, RPGs)", "Grenade", "Mine", "Time Fuse", "Unknown"],
  Incendiary: [],
  Melee: [],
  "Vehicle (not a vehicle bomb)": [],
  Chemical: [],
  Biological: [],
  Radiological: [],
  Nuclear: [],
  "Fake Weapons": [],
  "Sabotage Equipment": [],
  Other: [],
  Unknown: [],
} as const satisfies Record<string, readonly string[]>;

export type WeaponType = keyof typeof WEAPON_TYPES;

export const WEAPON_TYPE_NAMES = Object.keys(WEAPON_TYPES) as [WeaponType, ...WeaponType[]];

export function weaponSubtypesOf(weaponType: string): readonly string[] {
  return Object.hasOwn(WEAPON_TYPES, weaponType) ? WEAPON_TYPES[weaponType as WeaponType] : [];
}
