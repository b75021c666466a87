/** ACLED's export columns, in ACLED's order: Atlas's CSV starts with them so ACLED tools read it. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Columns without which a file is not in ACLED's layout. */
export const REQUIRED_ACLED_COLUMNS = ["event_date", "event_type", "country"] as const satisfies readonly AcledColumn[];

export type AcledRow = Partial<Record<AcledColumn, string>>;
