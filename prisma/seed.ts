import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { KNOWN_ACTORS } from "@/lib/actors/known-actors";
import { readImportFile } from "@/lib/import/read-import-file";
import { analyseImport } from "@/lib/import/analyse-import";
import { applyImport } from "@/lib/import/apply-import";
import { SeedLinksSchema } from "@/lib/incidents/links/seed-links";
import { addLink } from "@/lib/incidents/links/link-writes";

/** The demo incidents, as an Atlas JSON export: they are loaded through the import, as an analyst's file would be. */
export const SEED_FILE = path.join(__dirname, "seed-data", "incidents.json");
/** The links between demo incidents, by title (decision 021). */
export const SEED_LINKS_FILE = path.join(__dirname, "seed-data", "links.json");

/** Links the demo incidents named in links.json; the newest record of a title is the one just seeded. */
async function seedLinks() {
  const { links } = SeedLinksSchema.parse(JSON.parse(readFileSync(SEED_LINKS_FILE, "utf8")));
  const idOf = async (title: string) => {
    const row = await db.incident.findFirst({ where: { title, deletedAt: null }, orderBy: { id: "desc" }, select: { id: true } });
    if (!row) throw new Error(`links.json names an incident the seed does not hold: ${title}`);
    return row.id;
  };
  for (const link of links) {
    const [fromId, toId] = [await idOf(link.from), await idOf(link.to)];
    const direction = link.relation === "same_event" ? "mutual" : "outgoing";
    const result = await addLink(db, { incidentId: fromId, otherId: toId, relation: link.relation, direction, note: link.note ?? null }, null);
    if (result.status !== "saved") throw new Error(`The seed link ${link.from} -> ${link.to} was refused: ${JSON.stringify(result.fieldErrors)}`);
  }
  return links.length;
}

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
  const read = readImportFile(readFileSync(SEED_FILE));
  if (!read.ok) throw new Error(`The seed file cannot be read: ${read.message}`);
  // Forced into a database that has incidents, the records are added as new ones: their ids may
  // belong to an analyst's incidents by now.
  const candidates = force ? [...read.candidates].map((c) => ({ ...c, atlasId: null, keeping: {} })) : read.candidates;
  // The demo is public: its records keep the status the file gives them (published), as a restore does.
  const plan = await analyseImport(db, read.format, candidates, undefined, "from-file");
  const rejected = plan.rows.filter((r) => r.action === "reject");
  if (rejected.length) throw new Error(`Seed records are invalid: ${rejected.map((r) => `${r.where}: ${r.reasons.join("; ")}`).join(" | ")}`);
  // No signed-in user: History names these changes "System (import or seed)".
  const summary = await applyImport(env.DATABASE_URL, plan, { userId: null });
  const linked = await seedLinks();
  console.log(`Seeded ${summary.created} incidents, ${linked} links between them and ${KNOWN_ACTORS.length} actors.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
