import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const Count = z.number().int().min(0).nullable();

export const FixtureSchema = z.object({
  url: z.string().regex(/^https?:\/\//),
  outlet: z.string().min(1),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  retrieval: z.enum(["restated", "reconstructed"]),
  /** "late": written and labelled after the extractor was built, before it first ran on them. */
  split: z.enum(["dev", "late"]).default("dev"),
  note: z.string(),
  text: z.string().min(1).max(4_500),
  expected: z.object({
    eventDate: z.string().nullable(),
    eventDateAlternatives: z.array(z.string()).optional(),
    location: z.string().nullable(),
    locationAlternatives: z.array(z.string()).optional(),
    district: z.string().nullable(),
    province: z.string().nullable(),
    country: z.enum(["PAK", "AFG"]),
    killed: z.object({ total: Count, securityForces: Count, civilians: Count, militants: Count }),
    injured: Count,
    attackType: z.string(),
    perpetrator: z.string().nullable(),
    originClaim: z.object({ subject: z.string(), claimant: z.string() }).nullable(),
  }),
});

export type Fixture = z.infer<typeof FixtureSchema> & { slug: string };

export const FIXTURE_DIR = path.join(process.cwd(), "tests", "fixtures", "articles");

/** The labelled articles, each checked against the fixture schema so a bad label fails loudly. */
export function loadFixtures(dir: string = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const parsed = FixtureSchema.safeParse(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      return { ...parsed.data, slug: f.replace(/\.json$/, "") };
    });
}
