import type { IncidentListItem } from "@/lib/incidents/list/list-item";
import type { ListOrder } from "@/lib/incidents/list/sort";
import { IncidentTable } from "./incident-table";
import { IncidentCards } from "./incident-cards";

type Props = {
  items: IncidentListItem[];
  order: ListOrder;
  sortHref: (order: ListOrder) => string;
};

/**
 * The incidents as a table on a wide screen and as cards on a narrow one (below 600 px the table's
 * eight columns would scroll sideways). CSS shows one of the two (.only-wide and .only-narrow in
 * globals.css), so it works without JavaScript; the hidden one is out of the accessibility tree too.
 */
export function IncidentList(props: Props) {
  return (
    <>
      <div className="only-wide">
        <IncidentTable {...props} />
      </div>
      <div className="only-narrow">
        <IncidentCards {...props} />
      </div>
    </>
  );
}
