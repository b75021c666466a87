import { formatListCursor } from "./list-cursor";
import type { ListPage } from "./list-page";
import type { ListOrder } from "./sort";

/**
 * The First, Previous and Next links of a list page (decision 028): the page's URL with the cursor
 * of the row it continues from; every other parameter (filter, sort) is kept. `hrefFor` turns a
 * query string into the link.
 */
export function pageLinks(params: URLSearchParams, order: ListOrder, page: ListPage, hrefFor: (query: string) => string) {
  const withCursor = (name?: "after" | "before", cursor?: string) => {
    const next = new URLSearchParams(params);
    for (const key of ["after", "before", "page"]) next.delete(key);
    if (name && cursor) next.set(name, cursor);
    return hrefFor(next.toString());
  };
  // An empty page past the end (its last row was deleted meanwhile) has no Previous: First leads back.
  const lost = page.items.length === 0 && (params.has("after") || params.has("before"));
  return {
    firstHref: page.previous || lost ? withCursor() : null,
    previousHref: page.previous ? withCursor("before", formatListCursor(order.sort, page.previous)) : null,
    nextHref: page.next ? withCursor("after", formatListCursor(order.sort, page.next)) : null,
  };
}
