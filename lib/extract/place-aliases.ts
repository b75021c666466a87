/**
 * Spellings the press uses for districts that the gazetteer files under another name, and place
 * names that are also everyday words (matched only as "X district", "X city"...).
 */
export const DISTRICT_ALIASES: Readonly<Record<string, string>> = {
  noshki: "Nushki",
  musakhail: "Musa Khel",
  "musa khail": "Musa Khel",
  bolan: "Kachhi",
  "di khan": "Dera Ismail Khan",
  "dera ismail": "Dera Ismail Khan",
  "dg khan": "Dera Ghazi Khan",
  "lower kurram": "Kurram",
  "upper kurram": "Kurram",
  "kurram agency": "Kurram",
  "khyber agency": "Khyber",
  "bajaur agency": "Bajaur",
  "north waziristan agency": "North Waziristan",
  "south waziristan agency": "South Waziristan",
  "lower south waziristan": "South Waziristan",
  "upper south waziristan": "South Waziristan",
  spera: "Sperah",
  "killa abdullah": "Qila Abdullah",
  "killa saifullah": "Qila Saifullah",
  kohlu: "Kohlu",
};

export const COMMON_WORDS = new Set([
  "bagh", "tank", "kot", "zero", "point", "police", "station", "army", "bank", "market", "bazar", "bazaar", "road",
  "gate", "main", "city", "town", "district", "province", "chowk", "colony", "camp", "post", "khan", "ali", "said",
  "mir", "shah", "gul", "sadar", "saddar", "cantonment", "cantt", "hospital", "court", "jail", "centre", "center",
  "islam", "taliban", "kabul bank", "new", "union", "shahid", "awaran", "nawab", "may", "june", "march", "august",
]);

/** Words before a name that make it a district or area, not a person's surname. */
export const AREA_WORDS = /^(?:district|tehsil|area|city|town|village|valley|province|division|agency|region|sector|bazaar|bazar)\b/i;
