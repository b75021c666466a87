import Link from "next/link";
import type { ListOrder, ListSort } from "@/lib/incidents/list/sort";

type Props = {
  column: ListSort;
  label: string;
  order: ListOrder;
  hrefFor: (order: ListOrder) => string;
};

/** A link that sorts the list by a column (descending first, then the other way), with its state for the eye and in words. */
export function SortLink({ column, label, order, hrefFor }: Props) {
  const active = order.sort === column;
  const nextDir = active && order.dir === "desc" ? "asc" : "desc";
  return (
    <Link href={hrefFor({ sort: column, dir: nextDir })}>
      {label}
      <span aria-hidden="true">{active ? (order.dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
      <span className="visually-hidden">{`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}</span>
    </Link>
  );
}

/** How the list is sorted now, in words ("newest first"). */
export function sortedBy(order: ListOrder): string {
  if (order.sort === "date") return order.dir === "desc" ? "date, newest first" : "date, oldest first";
  return order.dir === "desc" ? "killed, most first" : "killed, fewest first";
}
