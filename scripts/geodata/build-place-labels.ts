import { readFileSync } from "node:fs";
import path from "node:path";
import type { GazetteerRecord } from "../../lib/geo/gazetteer-place";
import { placeLabels } from "./place-labels";
import { DATA_DIR, writeData } from "./write-json";

// Built from the committed gazetteer, so it needs no source package.
const gazetteer = JSON.parse(readFileSync(path.join(DATA_DIR, "gazetteer.json"), "utf8")) as GazetteerRecord[];
writeData("place-labels.json", placeLabels(gazetteer));
