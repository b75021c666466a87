import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, renderSchema, schemaPath, type Provider } from "./render-schema";

// `npm run db:schemas`: writes each provider's schema.prisma from prisma/model.prisma.
for (const provider of Object.keys(PROVIDERS) as Provider[]) {
  const file = schemaPath(provider);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSchema(provider));
  console.log(`Wrote ${PROVIDERS[provider].schema}`);
}
