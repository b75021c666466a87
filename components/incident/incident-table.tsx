import Link from "next/link";
import { WhyLink } from "./why-link";
import type { IncidentListItem } from "@/lib/incidents/list/list-item";
import type { ListOrder } from "@/lib/incidents/list/sort";
import { formatEventDate } from "@/lib/dates/format-date";
import { formatCountShort } from "@/lib/format/count";
import { SortHeader } from "./sort-header";
import { StatusBadge } from "@/components/ui/status-badge";

/** What both views of the incident list take: the page's items, their order, and links to reorder them. */
export type IncidentListProps = {
  items: IncidentListItem[];
  order: ListOrder;
  sortHref: (order: ListOrder) => string;
};

export function IncidentTable({ items, order, sortHref }: IncidentListProps) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Incidents</caption>
        <thead>
          <tr>
            <SortHeader column="date" label="Date" order={order} hrefFor={sortHref} />
            <th scope="col">Title</th>
            <th scope="col">Place</th>
            <th scope="col">District</th>
            <th scope="col">Province</th>
            <SortHeader column="killed" label="Killed" order={order} hrefFor={sortHref} className="num" />
            <th scope="col" className="num">
              Injured
            </th>
            <th scope="col" className="num">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td className="nowrap">{formatEventDate(i.eventDate, i.datePrecision, i.endDate)}</td>
              <td>
                <Link href={`/incidents/${i.id}`}>{i.title}</Link>
                <StatusBadge status={i.status} />
              </td>
              <td>{i.location ?? "–"}</td>
              <td>{i.district ?? "–"}</td>
              <td>{i.province ?? i.countryName}</td>
              <td className="num">
                <WhyLink incidentId={i.id} field="killed.total" label={`${formatCountShort(i.killedTotal)} killed`}>
                  {formatCountShort(i.killedTotal)}
                </WhyLink>
              </td>
              <td className="num">
                <WhyLink incidentId={i.id} field="injured.total" label={`${formatCountShort(i.injuredTotal)} injured`}>
                  {formatCountShort(i.injuredTotal)}
                </WhyLink>
              </td>
              <td className="num">{i.sourceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
