import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import { IMPORT_FORMATS, type ImportFormat } from "./candidate";
import type { ImportPlan } from "./analyse-import";
import { PREVIEW_LIMITS } from "./preview-limits";
import { MAX_LISTED_SKIPS } from "./links/plan-links";

const ConflictSchema = z.object({
  exportedVersion: z.number().int().nullable().describe("The version the row was exported at; null when the file does not say"),
  currentVersion: z.number().int(),
  changes: z.array(z.string()).describe("What changed since the exported version, as History words it (empty when that version is not recorded)"),
  changedBy: z.array(z.string()).describe("Who saved the versions since"),
});

const PreviewRowSchema = z.object({
  line: z.number().int(),
  where: z.string().describe('"line 12" for CSV, "feature 3" for GeoJSON'),
  action: z
    .enum(["create", "update", "conflict", "reject"])
    .describe("conflict: the record was saved after the row was exported; it is written only if the confirmation says to overwrite it"),
  title: z.string(),
  reasons: z.array(z.string()).describe("Why the row is rejected, or is a conflict"),
  notes: z.array(z.string()).describe("What was changed on the way in, e.g. a former province name"),
  targetId: z.number().int().nullable().describe("The incident an update or a conflict replaces"),
  conflict: ConflictSchema.nullable(),
});

export const ImportPreviewSchema = z
  .object({
    token: z.string().describe("Pass to POST /api/imports/{token} to confirm"),
    fileName: z.string(),
    format: z.enum(Object.keys(IMPORT_FORMATS) as [ImportFormat, ...ImportFormat[]]),
    formatLabel: z.string(),
    counts: z.object({ create: z.number().int(), update: z.number().int(), conflict: z.number().int(), reject: z.number().int() }),
    links: z
      .object({
        restore: z.number().int().describe("Links the file names between incidents that will both be in the atlas, not there yet"),
        already: z.number().int().describe("Links the atlas already has"),
        skipped: z.number().int(),
        skips: z.array(z.object({ where: z.string(), reason: z.string() })).describe(`Why links are skipped (the first ${MAX_LISTED_SKIPS})`),
      })
      .describe("Links to other incidents in an Atlas export (decision 023), counted once for both ends"),
    rows: z
      .array(PreviewRowSchema)
      .describe(
        `Every rejected row (up to ${PREVIEW_LIMITS.rejected}), every conflict (up to ${PREVIEW_LIMITS.conflict}), then the first ${PREVIEW_LIMITS.accepted} to write`,
      ),
  })
  .meta({ id: "ImportPreview" });

export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type PreviewRow = ImportPreview["rows"][number];

/** The body of POST /api/imports/{token}: which conflicting rows to write over newer edits. */
export const ImportConfirmSchema = z
  .object({
    overwrite: z
      .union([z.enum(["none", "all"]), z.array(z.number().int().positive().max(MAX_RECORD_ID)).max(1_000_000)])
      .default("none")
      .describe('"none" (the default) keeps every newer edit; "all" overwrites every conflict the preview showed; or the ids of the incidents to overwrite'),
  })
  .meta({ id: "ImportConfirm" });

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
        .describe(
          "checking: the file is read and checked again against the database; writing: rows are written (done of total); finishing: indexes are rebuilt and the transaction committed",
        ),
      done: z.number().int(),
      total: z.number().int(),
    }),
    z.object({
      type: z.literal("done"),
      created: z.number().int(),
      updated: z.number().int(),
      rejected: z.number().int(),
      conflicts: z.number().int().describe("Rows not written because their record was saved after the export"),
      links: z.number().int().describe("Links between incidents restored from the file"),
    }),
    z.object({ type: z.literal("error"), message: z.string() }),
  ])
  .meta({ id: "ImportProgress" });

export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** The preview of a plan; what changed since each conflict's export is added by explainConflicts. */
export function toPreview(plan: ImportPlan, token: string, fileName: string): ImportPreview {
  const rejected = plan.rows.filter((r) => r.action === "reject").slice(0, PREVIEW_LIMITS.rejected);
  const conflicts = plan.rows.filter((r) => r.action === "conflict").slice(0, PREVIEW_LIMITS.conflict);
  const accepted = plan.rows.filter((r) => r.action === "create" || r.action === "update").slice(0, PREVIEW_LIMITS.accepted);
  const rows = [...rejected, ...conflicts, ...accepted].map((r) => ({ ...r, conflict: r.conflict && { ...r.conflict, changes: [], changedBy: [] } }));
  const { restore, already, skipped, skips } = plan.links;
  const links = { restore: restore.length, already, skipped, skips };
  return { token, fileName, format: plan.format, formatLabel: IMPORT_FORMATS[plan.format], counts: plan.counts, links, rows };
}

/** [incident id, current version] of every conflict in a plan: what the preview showed, kept with the upload. */
export function previewedConflicts(plan: ImportPlan): [number, number][] {
  return plan.rows.flatMap((r): [number, number][] =>
    r.action === "conflict" && r.targetId !== null && r.conflict ? [[r.targetId, r.conflict.currentVersion]] : [],
  );
}
