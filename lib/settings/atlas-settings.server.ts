import "server-only";
import { db } from "@/lib/db.server";
import { readAtlasSettings, type AtlasSettings } from "./atlas-settings";

/** The Atlas's settings now, for pages. */
export const getAtlasSettings = (): Promise<AtlasSettings> => readAtlasSettings(db);
