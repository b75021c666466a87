import type { z } from "zod";
import { isValidSubType } from "@/lib/taxonomy/event-types";
import { weaponSubtypesOf } from "@/lib/taxonomy/weapon-types";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { findProvince, hasProvinceList } from "@/lib/taxonomy/provinces";
import { normaliseUrl } from "@/lib/sources/schema";
import { casualtyProblems } from "./casualty-rules";
import { checkSourceReports } from "@/lib/sources/report/report-rules";
import { checkFigureCoding } from "@/lib/sources/coding/coding-rules";
import { codedCasualties, withCodedCasualties } from "./coded-casualties";
import type { IncidentFieldsSchema } from "./fields-schema";

type Fields = z.output<typeof IncidentFieldsSchema>;

/** Rules that tie an incident's fields together; each problem is reported on the field to fix. */
export function checkIncidentRules(d: Fields, ctx: z.RefinementCtx) {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

  if (d.subEventType && !isValidSubType(d.eventType, d.subEventType)) {
    problem(["subEventType"], `"${d.subEventType}" is not a sub-type of ${d.eventType}`);
  }
  if (d.endDate && d.endDate < d.eventDate) {
    problem(["endDate"], "The end date cannot be before the start date");
  }
  if ((d.latitude === null) !== (d.longitude === null)) {
    problem([d.latitude === null ? "latitude" : "longitude"], "Give both latitude and longitude, or neither");
  }
  if (d.province && hasProvinceList(d.countryIso3) && !findProvince(d.province, d.countryIso3)) {
    problem(["province"], `${d.province} is not a province of ${countryByIso3(d.countryIso3)?.name}`);
  }
  if (d.weaponSubtype && !weaponSubtypesOf(d.weaponType ?? "").includes(d.weaponSubtype)) {
    problem(["weaponSubtype"], d.weaponType ? `"${d.weaponSubtype}" is not a sub-type of ${d.weaponType}` : "Choose a weapon type first");
  }
  // The casualty rules hold for the figures as coded, which is what is stored.
  const coded = codedCasualties({ ...d, coding: d.coding ?? {} });
  const { killed, injured } = withCodedCasualties({ ...d, coding: d.coding ?? {} }, coded);
  for (const [path, message] of [...casualtyProblems("killed", killed), ...casualtyProblems("injured", injured)]) {
    problem(path, message);
  }
  checkFigureCoding(d.coding ?? {}, coded, problem);
  checkSourcesAndClaims(d, problem);
  checkSourceReports(d.sources, problem);
  checkActors(d, problem);
}

/**
 * Rules run even when a field failed its own check, so a malformed URL must not throw here; it is
 * compared as typed, so a claim citing a source whose URL is wrong is not flagged as well.
 */
function urlKey(url: string): string | null {
  try {
    return normaliseUrl(url);
  } catch {
    return url.trim() || null;
  }
}

type Problem = (path: (string | number)[], message: string) => void;

function checkSourcesAndClaims(d: Fields, problem: Problem) {
  // A dataset record (ACLED's) is not an article a reader can open: it does not count (decision 020).
  if (d.status === "published" && !d.sources.some((s) => s.url)) {
    problem(
      ["sources"],
      d.sources.length
        ? "Add at least one article with its URL before publishing: a dataset record such as ACLED's does not count (a draft may have none)"
        : "Add at least one source before publishing (a draft may have none)",
    );
  }
  const urls = new Set<string>();
  d.sources.forEach((s, i) => {
    const url = s.url ? urlKey(s.url) : s.datasetRecord;
    if (url && urls.has(url)) problem(["sources", i, s.url ? "url" : "datasetRecord"], "This source is already listed");
    if (url) urls.add(url);
  });
  d.claims.forEach((c, i) => {
    const url = urlKey(c.sourceUrl);
    if (c.sourceUrl && !(url && urls.has(url))) problem(["claims", i, "sourceUrl"], "Choose one of this incident's sources");
  });
}

function checkActors(d: Fields, problem: Problem) {
  const seen = new Set<string>();
  d.actors.forEach((a, i) => {
    const key = `${a.name.toLowerCase()}|${a.role}`;
    if (seen.has(key)) problem(["actors", i, "name"], `${a.name} is already listed as ${a.role}`);
    seen.add(key);
  });
}
