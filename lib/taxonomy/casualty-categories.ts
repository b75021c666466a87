/** Who was killed or injured, as Pakistan's trackers (PIPS, PICSS, SATP) split it. */
export const CASUALTY_CATEGORIES = {
  securityForces: "Security forces",
  civilians: "Civilians",
  militants: "Militants",
  unknown: "Unknown",
} as const;

export type CasualtyCategory = keyof typeof CASUALTY_CATEGORIES;
export const CASUALTY_CATEGORY_NAMES = Object.keys(CASUALTY_CATEGORIES) as [CasualtyCategory, ...CasualtyCategory[]];
