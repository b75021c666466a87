/** The header of an ACLED export, as the import reads it. */
export const ACLED_HEADER =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

/**
 * A small ACLED CSV whose ids and names carry `tag`: lines 2 and 4 import, line 3 has an unknown
 * event type and line 5 no date, so both are rejected.
 */
export function acledFile(tag: string) {
  const row = (id: string, date: string, type: string, place: string, killed: number) =>
    `E2E-${tag}-${id},${date},2024,1,Political violence,${type},Armed clash,E2E Group ${tag},,2,Military Forces of Pakistan (2018-),,1,12,,586,South Asia,Pakistan,Federally Administered Tribal Areas,North Waziristan,,${place},32.97,70.27,1,"Dawn; The News",National,"On ${date}, militants attacked a post in ${place}.",${killed},,1710000000`;
  return [
    ACLED_HEADER,
    row("1", "2024-03-16", "Battles", `Testabad ${tag}`, 3),
    row("2", "2024-03-17", "Picnic", `Nowhere ${tag}`, 0),
    row("3", "2024-03-18", "Battles", `Second Testabad ${tag}`, 1),
    row("4", "someday", "Battles", `Sometown ${tag}`, 0),
  ].join("\r\n");
}
