/** GTD's target/victim types. */
export const TARGET_TYPES = [
  "Business",
  "Government (General)",
  "Police",
  "Military",
  "Airports & Aircraft",
  "Government (Diplomatic)",
  "Educational Institution",
  "Food or Water Supply",
  "Journalists & Media",
  "Maritime",
  "NGO",
  "Private Citizens & Property",
  "Religious Figures/Institutions",
  "Telecommunication",
  "Terrorists/Non-State Militia",
  "Tourists",
  "Transportation",
  "Utilities",
  "Violent Political Party",
  "Other",
  "Unknown",
] as const;

export type TargetType = (typeof TARGET_TYPES)[number];
