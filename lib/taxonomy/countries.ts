/** Countries an incident can be recorded in: the region Atlas covers first, then its neighbours. */
export const COUNTRIES = [
  { iso3: "PAK", iso2: "PK", name: "Pakistan" },
  { iso3: "AFG", iso2: "AF", name: "Afghanistan" },
  { iso3: "IRN", iso2: "IR", name: "Iran" },
  { iso3: "IND", iso2: "IN", name: "India" },
  { iso3: "CHN", iso2: "CN", name: "China" },
  { iso3: "TJK", iso2: "TJ", name: "Tajikistan" },
  { iso3: "UZB", iso2: "UZ", name: "Uzbekistan" },
  { iso3: "TKM", iso2: "TM", name: "Turkmenistan" },
] as const;

export type Country = (typeof COUNTRIES)[number];
export type CountryIso3 = Country["iso3"];

export const COUNTRY_ISO3 = COUNTRIES.map((c) => c.iso3) as [CountryIso3, ...CountryIso3[]];

export function countryByIso3(iso3: string): Country | undefined {
  return COUNTRIES.find((c) => c.iso3 === iso3);
}

export function countryByName(name: string): Country | undefined {
  const wanted = name.trim().toLowerCase();
  return COUNTRIES.find((c) => c.name.toLowerCase() === wanted || c.iso3.toLowerCase() === wanted);
}
