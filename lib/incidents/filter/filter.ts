import { z } from "zod";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { COUNTRY_ISO3 } from "@/lib/taxonomy/countries";
import { ANY_STATUS, STATUS_NAMES } from "@/lib/taxonomy/statuses";
import { findProvince } from "@/lib/taxonomy/provinces";
import { isRealIsoDate } from "@/lib/dates/iso-date";

/**
 * The one filter over incidents. It lives in the URL query string, with the same parameter names in
 * the pages and in GET /api/incidents, so any view is a link. Repeatable parameters may also be
 * comma-separated (?province=PK-KP,PK-BA).
 */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .array(z.string())
    .transform((values) =>
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** An empty date (the filter form's untouched date field) is no bound; anything else must be a real day. */
const isoDate = (label: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.string().refine(isRealIsoDate, `${label} must be a date as YYYY-MM-DD`).optional());

const MIN_KILLED_MESSAGE = "minKilled must be a whole number of killed, 0 or more";

const ProvinceParam = z.string().transform((v, ctx) => {
  const province = findProvince(v);
  if (!province) {
    ctx.addIssue({ code: "custom", message: `Unknown province: ${v}` });
    return z.NEVER;
  }
  return province.iso;
});

export const IncidentFilterSchema = z
  .object({
    province: list(ProvinceParam).default([]),
    country: list(z.enum(COUNTRY_ISO3, { error: "Unknown country code" })).default([]),
    from: isoDate("from"),
    to: isoDate("to"),
    eventType: list(z.enum(EVENT_TYPE_NAMES, { error: "Unknown event type" })).default([]),
    subEventType: list(z.string().max(100)).default([]),
    actor: list(z.string().max(200)).default([]),
    minKilled: z.coerce.number({ error: MIN_KILLED_MESSAGE }).int(MIN_KILLED_MESSAGE).min(0, MIN_KILLED_MESSAGE).max(1_000_000, MIN_KILLED_MESSAGE).optional(),
    // Absent: published records only. "all": every status. Anything but published is for analysts and
    // admins only (reader-filter.ts, decision 017).
    status: z.enum([...STATUS_NAMES, ANY_STATUS], { error: "Unknown status" }).optional(),
    // Only incidents whose sources report different values for a figure (issue #13); "false" is no filter.
    disputed: z
      .enum(["true", "false"], { error: "disputed must be true or false" })
      .optional()
      .transform((v) => (v === "true" ? true : undefined)),
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["to"] });

export type IncidentFilter = z.output<typeof IncidentFilterSchema>;

export const FILTER_KEYS = ["province", "country", "from", "to", "eventType", "subEventType", "actor", "minKilled", "status", "disputed", "q"] as const;
const REPEATABLE = new Set(["province", "country", "eventType", "subEventType", "actor"]);

/** Gathers the filter's parameters from a query string; repeated keys become arrays. */
export function filterParamsFrom(params: URLSearchParams): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    raw[key] = REPEATABLE.has(key) ? values : values[values.length - 1]!;
  }
  return raw;
}

export function parseIncidentFilter(params: URLSearchParams) {
  return IncidentFilterSchema.safeParse(filterParamsFrom(params));
}

/** Next's `searchParams` object as URLSearchParams. */
export function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, value);
  }
  return out;
}

/** The filter written back as query parameters (canonical form: ISO province codes). */
export function filterToSearchParams(f: IncidentFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = f[key];
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [String(v)]) out.append(key, value);
  }
  return out;
}
