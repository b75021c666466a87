import type { CountryIso3 } from "../taxonomy/countries";

/**
 * An administrative unit below the province, as stored in data/districts.json: a GeoNames admin-2
 * district, or a hand-added district or tehsil (`within` names the district a tehsil lies in).
 * `position` says where the point comes from: the unit's seat, the mean of its towns, or none known.
 */
export type DistrictRecord = {
  name: string;
  altNames: string[];
  country: CountryIso3;
  provinceIso: string;
  within?: string;
  lat: number | null;
  lng: number | null;
  position: "seat" | "towns" | "none";
};
