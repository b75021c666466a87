import { z } from "zod";
import { LIMITS } from "./limits";
import { DATE_PRECISION_NAMES, GEO_PRECISION_NAMES } from "@/lib/taxonomy/precision";
import { STATUS_NAMES } from "@/lib/taxonomy/statuses";
import { COUNTRY_ISO3 } from "@/lib/taxonomy/countries";
import { isNotInFuture, isRealIsoDate } from "@/lib/dates/iso-date";
import { textString } from "./text";

/** A text field: trimmed, bounded; an empty value becomes null. */
export const optionalText = (max: number, label: string) =>
  textString(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, label: string) =>
  textString(label, { error: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}`)
    .max(max, `${label} must be at most ${max} characters`);

/** A calendar day as YYYY-MM-DD, not after today. */
export const PastDateSchema = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .trim()
  // An empty field is a missing date, not a wrongly written one: one message, not two.
  .min(1, { error: "Enter the date", abort: true })
  .refine(isRealIsoDate, "Enter a real date as YYYY-MM-DD")
  .refine(isNotInFuture, "The date cannot be in the future");

export const OptionalPastDateSchema = z
  .union([z.literal(""), PastDateSchema])
  .nullish()
  .transform((v) => (v ? v : null));

export const LatitudeSchema = z
  .number({ error: "Latitude must be a number" })
  .min(-90, "Latitude must be between -90 and 90")
  .max(90, "Latitude must be between -90 and 90");

export const LongitudeSchema = z
  .number({ error: "Longitude must be a number" })
  .min(-180, "Longitude must be between -180 and 180")
  .max(180, "Longitude must be between -180 and 180");

/** A casualty count: null means "not reported", 0 means "none". */
export const CountSchema = z
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(0, "A count cannot be negative")
  .max(LIMITS.count, `A count cannot exceed ${LIMITS.count.toLocaleString("en")}`)
  .nullish()
  .transform((v) => (v === undefined ? null : v));

export const HttpUrlSchema = textString("The URL", { error: "Enter the article's URL" })
  .trim()
  // An empty URL gets one message, not "enter it" and "it is not a web address" both.
  .min(1, { error: "Enter the article's URL", abort: true })
  .max(LIMITS.url, `A URL must be at most ${LIMITS.url} characters`)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a web address starting with http:// or https://");

export const DatePrecisionSchema = z.enum(DATE_PRECISION_NAMES, { error: "Choose how precisely the date is known" });
export const GeoPrecisionSchema = z.enum(GEO_PRECISION_NAMES, { error: "Choose how precisely the place is known" });
export const StatusSchema = z.enum(STATUS_NAMES, { error: "Choose draft, in review, published or rejected" });
export const CountryIso3Schema = z.enum(COUNTRY_ISO3, { error: "Choose a country" });
