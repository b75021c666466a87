import type { Prisma } from "@/generated/prisma/client";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { findProvince } from "@/lib/taxonomy/provinces";
import type { IncidentData } from "../schema";
import { columnValues } from "../fields/column-values";
import { codingToColumn } from "@/lib/sources/coding/coding-schema";
import { figuresDisputed } from "@/lib/sources/report/figures-disputed";

/** The Incident columns the field table names, typed as Prisma writes them, the figures' coding, and whether the reports disagree. */
type FieldColumns = Omit<
  Prisma.IncidentCreateInput,
  | "id"
  | "externalId"
  | "figureCoding"
  | "figuresDisputed"
  | "version"
  | "createdAt"
  | "updatedAt"
  | "deletedAt"
  | "sources"
  | "actors"
  | "claims"
  | "audit"
  | "linksFrom"
  | "linksTo"
  | "pendingEdit"
>;

/** The incident's own columns from validated input; the derived ones (country name, province code) and canonical province names are made here. */
export function toIncidentRow(d: IncidentData): FieldColumns & { figureCoding: string | null; figuresDisputed: boolean } {
  const province = d.province ? findProvince(d.province, d.countryIso3) : undefined;
  return {
    ...(columnValues(d) as FieldColumns),
    countryName: countryByIso3(d.countryIso3)?.name ?? d.countryIso3,
    provinceIso: province?.iso ?? null,
    province: province?.name ?? d.province,
    figureCoding: codingToColumn(d.coding),
    figuresDisputed: figuresDisputed(d.sources),
  };
}
