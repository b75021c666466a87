import type { Prisma } from "@/generated/prisma/client";

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
  _count: { select: { sources: true } },
} satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof listItemSelect }>;

export type IncidentListItem = Omit<Row, "eventDate" | "endDate" | "_count"> & {
  eventDate: string;
  endDate: string | null;
  sourceCount: number;
};

export function toListItem({ _count, eventDate, endDate, ...rest }: Row): IncidentListItem {
  return {
    ...rest,
    eventDate: eventDate.toISOString().slice(0, 10),
    endDate: endDate ? endDate.toISOString().slice(0, 10) : null,
    sourceCount: _count.sources,
  };
}
