/** How many rows of each kind the preview lists (the counts cover them all). */
export const PREVIEW_LIMITS = { rejected: 1000, conflict: 200, accepted: 200 } as const;
