import { provinceByIso } from "../taxonomy/provinces";
import raw from "./data/gazetteer.json";
import type { GazetteerPlace, GazetteerRecord } from "./gazetteer-place";

function toPlace(record: GazetteerRecord): GazetteerPlace {
  const province = record.provinceIso ? provinceByIso(record.provinceIso) : undefined;
  if (record.provinceIso && !province) throw new Error(`gazetteer.json: unknown province ${record.provinceIso}`);
  return Object.freeze({ ...record, altNames: [...record.altNames], province: province?.name ?? null });
}

let places: readonly GazetteerPlace[] | undefined;

/** Every place in the committed gazetteer, decoded on first use. */
export function loadPlaces(): readonly GazetteerPlace[] {
  places ??= Object.freeze((raw as unknown as GazetteerRecord[]).map(toPlace));
  return places;
}
