import type { CountryIso3 } from "../taxonomy/countries";

/** A named place: GeoNames (CC BY 4.0) or the curated supplement, see data/SOURCES.md. */
export type GazetteerPlace = {
  id: string;
  name: string;
  asciiName: string;
  altNames: string[];
  lat: number;
  lng: number;
  featureCode: string;
  population: number;
  country: CountryIso3;
  provinceIso: string | null;
  province: string | null;
  district: string | null;
};

/** One row of data/gazetteer.json: the province name is looked up from its code when loaded. */
export type GazetteerRecord = Omit<GazetteerPlace, "province">;
