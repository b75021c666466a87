import { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { readPageFilter } from "../filter/page-query";
import { hrefFor, withFilter } from "../filter/filter-url";
import { parseBulletinPeriod } from "./bulletin-period";

/**
 * The bulletin's address: the overview's filter (any parameter works as there) and `month`, which
 * stands for from/to (bulletinPeriod), so the filter's dates are left out beside it.
 */
export function bulletinQuery(filterQuery: string, month: string | undefined): string {
  if (!month) return filterQuery;
  const params = new URLSearchParams(withFilter(filterQuery, { from: undefined, to: undefined }));
  params.set("month", month);
  return params.toString();
}

export const bulletinHref = (filterQuery: string, month?: string) => hrefFor("/bulletin", bulletinQuery(filterQuery, month));
export const bulletinPdfHref = (filterQuery: string, month?: string) => hrefFor("/bulletin.pdf", bulletinQuery(filterQuery, month));

/**
 * The bulletin page's parameters, read as the overview reads its filter (page-query.ts): what cannot
 * be read is reported with its field (month included) and left out, the rest applies.
 */
export function readBulletinPage(params: URLSearchParams, role: Role | null | undefined) {
  const page = readPageFilter(params, role);
  const period = parseBulletinPeriod(params);
  const issues = [...(page.error?.issues ?? []), ...(period.success ? [] : period.error.issues)];
  return { ...page, month: period.success ? period.data.month : undefined, error: issues.length ? new z.ZodError(issues) : null };
}
