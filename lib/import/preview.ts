import { z } from "zod";
import { IMPORT_FORMATS, type ImportFormat } from "./candidate";
import type { ImportPlan } from "./analyse-import";

/** How many rows of each kind the preview lists (the counts cover them all). */
export const PREVIEW_LIMITS = { rejected: 1000, accepted: 200 } as const;

const PreviewRowSchema = z.object({
  line: z.number().int(),
  where: z.string().describe('"line 12" for CSV, "feature 3" for GeoJSON'),
  action: z.enum(["create", "update", "reject"]),
  title: z.string(),
  reasons: z.array(z.string()).describe("Why the row is rejected"),
  notes: z.array(z.string()).describe("What was changed on the way in, e.g. a former province name"),
  targetId: z.number().int().nullable().describe("The incident an update replaces"),
});

export const ImportPreviewSchema = z
  .object({
    token: z.string().describe("Pass to POST /api/imports/{token} to confirm"),
    fileName: z.string(),
    format: z.enum(Object.keys(IMPORT_FORMATS) as [ImportFormat, ...ImportFormat[]]),
    formatLabel: z.string(),
    counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int() }),
    rows: z.array(PreviewRowSchema).describe(`Every rejected row (up to ${PREVIEW_LIMITS.rejected}), then the first ${PREVIEW_LIMITS.accepted} accepted`),
  })
  .meta({ id: "ImportPreview" });

export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** What a confirmed import is doing, in order. */
export const IMPORT_PHASES = ["checking", "writing", "finishing"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** One NDJSON line of the confirm stream. */
export const ImportProgressSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("progress"),
      phase: z
        .enum(IMPORT_PHASES)
        .describe("checking: the file is read and checked again against the database; writing: rows are written (done of total); finishing: indexes are rebuilt and the transaction committed"),
      done: z.number().int(),
      total: z.number().int(),
    }),
    z.object({
      type: z.literal("done"),
      created: z.number().int(),
      updated: z.number().int(),
      rejected: z.number().int(),
    }),
    z.object({ type: z.literal("error"), message: z.string() }),
  ])
  .meta({ id: "ImportProgress" });

export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export function toPreview(plan: ImportPlan, token: string, fileName: string): ImportPreview {
  const rejected = plan.rows.filter((r) => r.action === "reject").slice(0, PREVIEW_LIMITS.rejected);
  const accepted = plan.rows.filter((r) => r.action !== "reject").slice(0, PREVIEW_LIMITS.accepted);
  return { token, fileName, format: plan.format, formatLabel: IMPORT_FORMATS[plan.format], counts: plan.counts, rows: [...rejected, ...accepted] };
}
