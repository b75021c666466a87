/**
 * ISO 3166-2 code for each Natural Earth 10m admin-1 unit whose own code is wrong or outdated.
 * NE swaps Paktia and Paktika, labels Panjshir "Parwan" and Daykundi "Uruzgan", and still has
 * FATA (merged into Khyber Pakhtunkhwa in 2018) as its own unit. Keyed by NE's stable adm1_code.
 */
export const ISO_BY_NE_ADM1_CODE: Readonly<Record<string, string>> = {
  "AFG-3413": "AF-PIA",
  "AFG-1759": "AF-PKA",
  "AFG-1769": "AF-PAN",
  "AFG-1753": "AF-DAY",
  "PAK-1108": "PK-BA",
  "PAK-1109": "PK-JK",
  "PAK-1110": "PK-IS",
  "PAK-1111": "PK-GB",
  "PAK-1112": "PK-KP",
  "PAK-1113": "PK-PB",
  "PAK-1114": "PK-SD",
  "PAK-1123": "PK-KP",
};
