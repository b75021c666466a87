import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROVIDERS, modelPart, readModel, renderSchema, schemaPath, type Provider } from "./render-schema";

const committed = (provider: Provider) => readFileSync(schemaPath(provider), "utf8");
const providers = Object.keys(PROVIDERS) as Provider[];

describe("the two Prisma schemas", () => {
  it.each(providers)("%s's committed schema is what `npm run db:schemas` writes from prisma/model.prisma", (provider) => {
    expect(committed(provider), "run `npm run db:schemas` and commit the result").toBe(renderSchema(provider));
  });

  it("differ only in their generator and datasource blocks", () => {
    const [sqlite, postgresql] = providers.map((p) => modelPart(committed(p)));
    expect(postgresql).toBe(sqlite);
    expect(sqlite).toBe(readModel());
  });

  it("name their own provider and client folder", () => {
    expect(committed("sqlite")).toMatch(/provider = "sqlite"/);
    expect(committed("sqlite")).toMatch(/output\s+= "..\/generated\/prisma"/);
    expect(committed("postgresql")).toMatch(/provider = "postgresql"/);
    expect(committed("postgresql")).toMatch(/output\s+= "..\/..\/generated\/prisma-pg"/);
  });

  it("a model edited in one schema only is drift", () => {
    const edited = committed("postgresql").replace("model Incident {", "model Incident {\n  extra String?");
    expect(modelPart(edited)).not.toBe(modelPart(committed("sqlite")));
  });
});
