import { provinceByIso } from "../taxonomy/provinces";
import raw from "./data/districts.json";
import type { DistrictRecord } from "./district-record";

/** A district (or hand-added tehsil) with its province's name looked up from its code. */
export type District = Readonly<DistrictRecord & { province: string }>;

let districts: readonly District[] | undefined;

/** Every district of both countries (data/districts.json), decoded on first use. Server-side only, like the gazetteer. */
export function loadDistricts(): readonly District[] {
  districts ??= Object.freeze(
    (raw as unknown as DistrictRecord[]).map((d) => {
      const province = provinceByIso(d.provinceIso);
      if (!province) throw new Error(`districts.json: unknown province ${d.provinceIso}`);
      return Object.freeze({ ...d, province: province.name });
    }),
  );
  return districts;
}
