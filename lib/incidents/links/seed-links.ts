import { z } from "zod";
import { LINK_RELATION_NAMES } from "@/lib/taxonomy/link-relations";

/**
 * The demo data's links (prisma/seed-data/links.json), by the titles of their ends: the seed's
 * records get their ids when they are imported, so a title is the stable key. "from" is the
 * response (or the part), "to" what it responds to (or is part of).
 */
export const SeedLinksSchema = z.object({
  links: z.array(
    z.object({
      from: z.string().min(1),
      relation: z.enum(LINK_RELATION_NAMES),
      to: z.string().min(1),
      note: z.string().nullish(),
    }),
  ),
});
export type SeedLink = z.infer<typeof SeedLinksSchema>["links"][number];
