import type { IncidentFormValues } from "@/lib/incidents/form/form-data";
import { newIncidentFormValues } from "@/lib/incidents/form/form-values";
import { LIMITS } from "@/lib/validation/limits";
import type { ParsedExtractInput } from "./schema";
import type { ReviewClaim, ReviewField } from "./review-fields";

/**
 * The incident form's starting values from an article and the proposals the analyst accepted: a
 * draft whose one source is the article (its text kept as the archived copy), titled from the
 * headline, with the accepted claims cited to it and the perpetrator as an actor.
 */
export function articleFormValues(
  article: ParsedExtractInput,
  fields: readonly Pick<ReviewField, "name" | "value" | "use">[],
  claims: readonly Pick<ReviewClaim, "kind" | "claimant" | "subject" | "evidence" | "use">[],
): IncidentFormValues {
  const accepted = new Map<string, string>(fields.filter((f) => f.use).map((f) => [f.name, f.value.trim()]));
  const take = (name: string) => accepted.get(name) ?? "";
  const out: IncidentFormValues = { ...newIncidentFormValues(), status: "draft" };

  for (const [name, value] of accepted) {
    if (!name.startsWith("actors.") && !name.startsWith("sources.")) out[name] = value;
  }
  out.geoPrecision = take("location") ? "town" : take("district") ? "district" : take("province") ? "province" : out.geoPrecision!;
  out.title = take("sources.0.headline").slice(0, LIMITS.title);

  Object.assign(out, {
    "sources.0.url": article.url ?? "",
    "sources.0.outlet": take("sources.0.outlet"),
    "sources.0.headline": take("sources.0.headline"),
    "sources.0.publishedAt": article.publishedAt ?? "",
    "sources.0.language": "en",
    "sources.0.archivedText": article.text,
  });

  if (take("actors.0.name")) {
    Object.assign(out, {
      "actors.0.name": take("actors.0.name"),
      "actors.0.kind": "armed_group",
      "actors.0.role": "perpetrator",
      // A perpetrator named in a news report is at most alleged until someone claims it.
      "actors.0.certainty": take("actors.0.certainty") || "alleged",
    });
  }

  claims
    .filter((c) => c.use)
    .forEach((c, i) => {
      Object.assign(out, {
        [`claims.${i}.kind`]: c.kind,
        [`claims.${i}.claimantName`]: c.claimant.trim(),
        [`claims.${i}.claimantRole`]: "",
        [`claims.${i}.subject`]: c.subject.trim(),
        [`claims.${i}.statement`]: c.evidence.slice(0, LIMITS.statement),
        [`claims.${i}.madeOn`]: "",
        [`claims.${i}.sourceUrl`]: article.url ?? "",
      });
    });
  return out;
}
