import { z } from "zod";
import { PROVINCES } from "@/lib/taxonomy/provinces";

const Count = z.number().int().min(0).nullable();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const PROVINCE_NAMES = PROVINCES.map((p) => p.name) as [string, ...string[]];

/** The sets the real reports fall in (decision 011). */
export const REAL_SPLITS = ["dev", "test", "holdout", "unseen", "fresh", "blind", "reserve", "spare", "sealed", "locked", "vault", "annex"] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];

/** One real report: where it is, how it was labelled and why. The text itself is never committed. */
export const RealArticleSchema = z
  .object({
    id: z.string().regex(/^[a-z]\d{2}-[a-z0-9-]+$/, "expected a slug like a01-outlet-place-2024"),
    url: z.url(),
    outlet: z.string().min(1),
    year: z.number().int().min(2008).max(2025),
    publishedAt: IsoDate.nullable(),
    /** Reports of one incident share an event key, and the split keeps them in the same set. */
    event: z.string().min(1),
    /**
     * dev: tuned on; test: looked at once; holdout: built after the test half was seen, never tuned on;
     * unseen: built later still, scored once to judge the next round; fresh: built after the unseen set
     * was scored, by someone who neither ran nor read the extractor, scored once to judge the round after;
     * blind: built while the round on the fresh set was tuned, the same way, scored once to judge that round;
     * reserve: built while the round on the blind set was tuned, the same way, scored once to judge that round;
     * spare: built while the round on the reserve set was tuned, the same way, scored once to judge that round;
     * sealed: built while the round on the spare set was tuned, the same way, scored once to judge that round;
     * locked: built while the round after the sealed set's scoring was tuned, the same way, scored once to judge that round;
     * vault: built while the round on the locked set was tuned, the same way, scored once to judge that round;
     * annex: built while the round on the vault set was tuned, the same way, scored once to judge that round (decision 011).
     */
    split: z.enum(REAL_SPLITS),
    incidentType: z.string().min(1),
    labels: z.object({
      eventDate: IsoDate,
      country: z.enum(["PAK", "AFG"]),
      province: z.enum(PROVINCE_NAMES),
      district: z.string().min(1).nullable(),
      place: z.string().min(1),
      placeAlternatives: z.array(z.string().min(1)),
      killed: z.object({ total: Count, securityForces: Count, civilians: Count, militants: Count }),
      injured: Count,
    }),
    reasons: z.object({ date: z.string().min(3), place: z.string().min(3), killed: z.string().min(3), injured: z.string().min(3) }),
  })
  .superRefine((a, ctx) => {
    const k = a.labels.killed;
    const parts = [k.securityForces, k.civilians, k.militants].reduce<number>((n, x) => n + (x ?? 0), 0);
    if (k.total !== null && parts > k.total)
      ctx.addIssue({ code: "custom", path: ["labels", "killed", "total"], message: `below the sum of its parts (${parts})` });
    if (Number(a.labels.eventDate.slice(0, 4)) !== a.year) ctx.addIssue({ code: "custom", path: ["year"], message: "differs from the event date's year" });
    const province = PROVINCES.find((p) => p.name === a.labels.province);
    if (province && province.country !== a.labels.country)
      ctx.addIssue({ code: "custom", path: ["labels", "province"], message: `is not in ${a.labels.country}` });
  });

export const RealArticleFileSchema = z.object({ note: z.string(), articles: z.array(RealArticleSchema).min(1) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  const setOf = new Map<string, string>();
  f.articles.forEach((a, i) => {
    if (seen.has(a.id)) ctx.addIssue({ code: "custom", path: ["articles", i, "id"], message: `duplicate id ${a.id}` });
    seen.add(a.id);
    const set = setOf.get(a.event);
    if (set && set !== a.split)
      ctx.addIssue({ code: "custom", path: ["articles", i, "split"], message: `event ${a.event} is in two sets (${set}, ${a.split})` });
    setOf.set(a.event, a.split);
  });
});

export type RealArticle = z.infer<typeof RealArticleSchema>;
