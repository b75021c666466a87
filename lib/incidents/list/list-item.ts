import type { Prisma } from "@/generated/prisma/client";
import { utcToIsoDate } from "@/lib/dates/iso-date";

/** What a row of the incident list shows. */
export const listItemSelect = {
  id: true,
  title: true,
  status: true,
  eventDate: true,
  endDate: true,
  datePrecision: true,
  location: true,
  district: true,
  province: true,
  countryName: true,
  eventType: true,
  subEventType: true,
  killedTotal: true,
  injuredTotal: true,
} satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof listItemSelect }>;

export type IncidentListItem = Omit<Row, "eventDate" | "endDate"> & {
  eventDate: string;
  endDate: string | null;
  sourceCount: number;
};

/** Source counts are read separately for the page's rows (see listIncidents). */
export function toListItem({ eventDate, endDate, ...rest }: Row, sourceCount: number): IncidentListItem {
  return {
    ...rest,
    eventDate: utcToIsoDate(eventDate),
    endDate: endDate ? utcToIsoDate(endDate) : null,
    sourceCount,
  };
}
