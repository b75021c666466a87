export const STATUSES = { draft: "Draft", published: "Published" } as const;
export type Status = keyof typeof STATUSES;
export const STATUS_NAMES = Object.keys(STATUSES) as [Status, ...Status[]];
