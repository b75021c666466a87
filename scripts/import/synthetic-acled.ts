import { csvRow } from "@/lib/csv/write-csv";
import { ACLED_COLUMNS, type AcledColumn } from "@/lib/acled/columns";
import { addDays } from "@/lib/dates/iso-date";

const PLACES = [
  { admin1: "Khyber Pakhtunkhwa", admin2: "North Waziristan", location: "Mir Ali", lat: 32.97, lng: 70.27 },
  { admin1: "Federally Administered Tribal Areas", admin2: "South Waziristan", location: "Wana", lat: 32.3, lng: 69.57 },
  { admin1: "Balochistan", admin2: "Quetta", location: "Quetta", lat: 30.19, lng: 67.01 },
  { admin1: "Sindh", admin2: "Karachi", location: "Karachi", lat: 24.86, lng: 67.01 },
];
const TYPES = [
  ["Battles", "Armed clash", "Military Forces of Pakistan (2018-)", "1", "Tehreek-i-Taliban Pakistan", "2"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", "3", "Police Forces of Pakistan (2018-)", "1"],
  ["Violence against civilians", "Attack", "Islamic State (Pakistan)", "2", "Civilians (Pakistan)", "7"],
] as const;

/** Deterministic ACLED-layout rows for benchmarks and tests: `count` rows in ACLED's column order. */
export function syntheticAcledCsv(count: number): string {
  const out = [csvRow(ACLED_COLUMNS)];
  for (let i = 0; i < count; i++) {
    const p = PLACES[i % PLACES.length]!;
    const [eventType, sub, a1, i1, a2, i2] = TYPES[i % TYPES.length]!;
    const day = addDays("2020-01-01", i % 1500);
    const row: Record<AcledColumn, string | number> = {
      event_id_cnty: `PAK${100000 + i}`,
      event_date: day,
      year: day.slice(0, 4),
      time_precision: 1 + (i % 3),
      disorder_type: "Political violence",
      event_type: eventType,
      sub_event_type: sub,
      actor1: a1,
      assoc_actor_1: "",
      inter1: i1,
      actor2: a2,
      assoc_actor_2: "",
      inter2: i2,
      interaction: `${i1}${i2}`,
      civilian_targeting: "",
      iso: 586,
      region: "South Asia",
      country: "Pakistan",
      admin1: p.admin1,
      admin2: p.admin2,
      admin3: "",
      location: p.location,
      latitude: p.lat,
      longitude: p.lng,
      geo_precision: 1 + (i % 3),
      source: "Dawn; The News",
      source_scale: "National",
      notes: `On ${day}, an incident in ${p.location}, ${p.admin2}. ${i % 7} people were reported killed.`,
      fatalities: i % 7,
      tags: "",
      timestamp: 1700000000,
    };
    out.push(csvRow(ACLED_COLUMNS.map((c) => row[c])));
  }
  return out.join("");
}
