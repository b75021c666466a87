import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the seeded Atlas holds, read from the seed file itself, so a test states "the seeded
 * incidents in Khyber Pakhtunkhwa" instead of a number that breaks when the demo data grows.
 * Tests using these run in the whole-atlas projects (playwright.config.ts), on databases of their
 * own: no other test adds incidents while they count.
 */
const incidents = (
  JSON.parse(readFileSync(join(__dirname, "../prisma/seed-data/incidents.json"), "utf8")) as {
    items: { provinceIso: string | null; eventDate: string }[];
  }
).items;

export const SEED_TOTAL = incidents.length;

/** Seeded incidents in any of these provinces (ISO 3166-2 codes). */
export function seededIn(...provinceIsos: string[]): number {
  return incidents.filter((i) => i.provinceIso !== null && provinceIsos.includes(i.provinceIso)).length;
}

/** The seeded incidents' first and last event dates (YYYY-MM-DD). */
export const SEED_FIRST_DATE = incidents.map((i) => i.eventDate).reduce((a, b) => (a < b ? a : b));
export const SEED_LAST_DATE = incidents.map((i) => i.eventDate).reduce((a, b) => (a > b ? a : b));

/** "28 incidents" or "13 incidents match the filter", as the overview's status line says it. */
export const incidentsText = (n: number, filtered = false) => `${n} incident${n === 1 ? "" : "s"}${filtered ? " match the filter" : ""}`;
