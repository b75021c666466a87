import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { syntheticAcledCsv } from "@/scripts/import/synthetic-acled";
import { planImportFile } from "./import-file";
import { applyImport } from "./apply-import";

vi.setConfig({ testTimeout: 60_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

describe("a form save while an import writes", () => {
  it("waits for the import's transaction to end instead of failing with 'Operation has timed out'", async () => {
    const d = freshDatabase();
    open.push(d);
    const planned = await planImportFile(d.db, new TextEncoder().encode(syntheticAcledCsv(3_000)));
    if (!planned.ok) throw new Error(planned.message);

    const events: string[] = [];
    let save: Promise<number> | null = null;
    const summary = await applyImport(d.url, planned.plan, {
      userId: null,
      onProgress: async (done) => {
        // Between two batches the import's transaction is open and holds SQLite's write lock; the
        // import page's route lets other requests run here (it flushes a progress line).
        if (save || done === planned.plan.items.length) return;
        events.push(`import wrote ${done}`);
        save = insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ title: "Saved during the import" }, 1))).then((id) => {
          events.push("form saved");
          return id;
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
      },
    });
    events.push("import committed");
    const savedId = await save!;

    expect(summary.created).toBe(3_000);
    expect(events).toEqual(["import wrote 2000", "import committed", "form saved"]);
    expect(await d.db.incident.count()).toBe(3_001);
    expect(await d.db.incident.findUniqueOrThrow({ where: { id: savedId }, select: { title: true } })).toEqual({ title: "Saved during the import" });
  });
});
