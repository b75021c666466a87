import { z } from "zod";
import { LIST_SORTS } from "./sort";
import { CURSOR_NOT_VALID, listCursorSchema, type ListKey } from "./list-cursor";

export const LIST_PAGE_SIZE = 25;

/**
 * Sort and place of the incident list, from the URL. An unknown sort or direction falls back to the
 * default; a cursor (`after` for Next, `before` for Previous: the key of the row the page continues
 * from, decision 028) that cannot be read for the sort is an error the page shows, not a guess.
 */
export const ListParamsSchema = z
  .object({
    sort: z.enum(LIST_SORTS).catch("date"),
    dir: z.enum(["asc", "desc"]).catch("desc"),
    after: z.string().optional(),
    before: z.string().optional(),
  })
  .transform((p, ctx) => {
    if (p.after !== undefined && p.before !== undefined) {
      ctx.addIssue({ code: "custom", message: CURSOR_NOT_VALID, path: ["before"] });
      return z.NEVER;
    }
    const position: { after?: ListKey; before?: ListKey } = {};
    for (const name of ["after", "before"] as const) {
      const text = p[name];
      if (text === undefined) continue;
      const key = listCursorSchema(p.sort).safeParse(text);
      if (!key.success) {
        ctx.addIssue({ code: "custom", message: CURSOR_NOT_VALID, path: [name] });
        return z.NEVER;
      }
      position[name] = key.data;
    }
    return { sort: p.sort, dir: p.dir, position };
  });

export type ListParams = z.output<typeof ListParamsSchema>;

/** The list's parameters of a URL; `page` of the OFFSET era is ignored (its link opens the first page). */
export function parseListParams(params: URLSearchParams) {
  return ListParamsSchema.safeParse({
    sort: params.get("sort") ?? undefined,
    dir: params.get("dir") ?? undefined,
    after: params.get("after") ?? undefined,
    before: params.get("before") ?? undefined,
  });
}

/** The URL parameters of the list's own (not the filter's): dropped when the filter or the sort changes. */
export const LIST_PARAM_KEYS = ["sort", "dir", "after", "before", "page"] as const;
