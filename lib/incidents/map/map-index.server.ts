import "server-only";
import { db } from "@/lib/db.server";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import type { IncidentFilter } from "../filter/filter";
import { mapIndexIn } from "./map-index-query";

/**
 * Each filter's cluster index, kept until the data changes (lib/read-cache, decision 009). Four at
 * most: the whole region's index is about 47 MB at a million incidents (docs/decisions/027).
 */
export const mapIndex = cachedByVersion("map-index", 4, (filter: IncidentFilter) => mapIndexIn(db, filter));
