import { db } from "@/lib/db.server";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { createIncident } from "@/lib/incidents/write/mutations.server";
import { KNOWN_ACTORS } from "@/lib/actors/known-actors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import records from "./seed-data/incidents.json";
import { seedRecordToInput, type SeedRecord } from "./seed-record";

/**
 * Loads the known actors and the demo incidents into an empty database. Does nothing when incidents
 * already exist (so `npm start` can call it every time) unless run with --force.
 */
async function main() {
  const force = process.argv.includes("--force");
  const existing = await db.incident.count();
  if (existing > 0 && !force) {
    console.log(`Seed skipped: the database already holds ${existing} incidents.`);
    return;
  }
  for (const actor of KNOWN_ACTORS) {
    await db.actor.upsert({
      where: { name: actor.name },
      update: {},
      create: { name: actor.name, kind: actor.kind, aliases: { create: actor.aliases.map((alias) => ({ alias })) } },
    });
  }
  for (const record of records as SeedRecord[]) {
    const parsed = IncidentInputSchema.safeParse(seedRecordToInput(record));
    if (!parsed.success) {
      throw new Error(`Seed record ${record.key} is invalid: ${JSON.stringify(toFieldErrors(parsed.error))}`);
    }
    await createIncident(parsed.data, { userId: null });
  }
  console.log(`Seeded ${records.length} incidents and ${KNOWN_ACTORS.length} actors.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
