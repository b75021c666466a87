import { formatNumber } from "./intl";

/** A casualty count for display: null is "not reported", which is not the same as 0. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? "not reported" : formatNumber(value);
}

/** Short form for tables: an en dash for "not reported". */
export function formatCountShort(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : formatNumber(value);
}
