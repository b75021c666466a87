import type { ListOrder, ListSort } from "@/lib/incidents/list/sort";
import { SortLink } from "./sort-link";

type Props = {
  column: ListSort;
  label: string;
  order: ListOrder;
  hrefFor: (order: ListOrder) => string;
  className?: string;
};

/** A column header that sorts the list by a link, and tells screen readers how it is sorted. */
export function SortHeader({ column, label, order, hrefFor, className }: Props) {
  const active = order.sort === column;
  return (
    <th scope="col" className={className} aria-sort={active ? (order.dir === "asc" ? "ascending" : "descending") : "none"}>
      <SortLink column={column} label={label} order={order} hrefFor={hrefFor} />
    </th>
  );
}
