import { z } from "zod";
import { LIST_SORTS } from "./sort";

export const LIST_PAGE_SIZE = 25;

/** Sort and page of the incident list, from the URL; anything unreadable falls back to the default. */
export const ListParamsSchema = z.object({
  sort: z.enum(LIST_SORTS).catch("date"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type ListParams = z.output<typeof ListParamsSchema>;

export function parseListParams(params: URLSearchParams): ListParams {
  return ListParamsSchema.parse({
    sort: params.get("sort") ?? undefined,
    dir: params.get("dir") ?? undefined,
    page: params.get("page") ?? undefined,
  });
}
