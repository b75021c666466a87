import Link from "next/link";
import type { ListOrder, ListSort } from "@/lib/incidents/list/sort";

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
  const nextDir = active && order.dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className={className} aria-sort={active ? (order.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={hrefFor({ sort: column, dir: nextDir })}>
        {label}
        <span aria-hidden="true">{active ? (order.dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
        <span className="visually-hidden">{`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}</span>
      </Link>
    </th>
  );
}
