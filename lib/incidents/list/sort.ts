export const LIST_SORTS = ["date", "killed"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type ListOrder = { sort: ListSort; dir: "asc" | "desc" };
