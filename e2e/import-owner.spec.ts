import { expect, test } from "./fixtures";
import { ImportPreviewSchema, ImportProgressSchema } from "@/lib/import/preview";

const HEADER =
  "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
const acledFile = (tag: string) =>
  `${HEADER}\nE2E-OWN-${tag},2024-03-16,1,Battles,Armed clash,E2E Owner Group ${tag},2,Pakistan,Khyber Pakhtunkhwa,North Waziristan,Ownertown ${tag},32.97,70.27,1,Dawn,Militants attacked a post.,2`;

test("an import preview belongs to its uploader: anyone else, an admin too, gets 404 as for an unknown token", async ({ apiTokenAs, request, db }) => {
  const uploader = await apiTokenAs("analyst");
  const colleague = await apiTokenAs("analyst");
  const admin = await apiTokenAs("admin");
  const tag = Date.now().toString(36);
  try {
    const upload = await request.post("/api/imports", {
      headers: uploader.headers,
      multipart: { file: { name: "own.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) } },
    });
    const { token } = ImportPreviewSchema.parse(await upload.json());
    const unknown = await request.post(`/api/imports/${crypto.randomUUID()}`, { headers: colleague.headers });
    expect(unknown.status()).toBe(404);

    for (const other of [colleague, admin]) {
      const confirm = await request.post(`/api/imports/${token}`, { headers: other.headers });
      expect(confirm.status()).toBe(404);
      expect(await confirm.json()).toEqual(await unknown.json());
      expect((await request.delete(`/api/imports/${token}`, { headers: other.headers })).status()).toBe(404);
    }
    expect(await db.incident.count({ where: { externalId: `E2E-OWN-${tag}` } })).toBe(0);

    const confirmed = await request.post(`/api/imports/${token}`, { headers: uploader.headers });
    const last = ImportProgressSchema.parse(JSON.parse((await confirmed.text()).trim().split("\n").at(-1)!));
    expect(last).toEqual({ type: "done", created: 1, updated: 0, rejected: 0, conflicts: 0, links: 0 });
  } finally {
    await db.incident.deleteMany({ where: { externalId: `E2E-OWN-${tag}` } });
    await db.actor.deleteMany({ where: { name: `E2E Owner Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: `ACLED E2E-OWN-${tag}` } });
  }
});
