import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { incidentFromFormValues } from "@/lib/incidents/form/form-data";
import { extractArticle } from "./extract-article";
import { ExtractInputSchema } from "./schema";
import { reviewClaimsFromProposals, reviewFieldsFromProposals, type ReviewClaim, type ReviewField } from "./review-fields";
import { articleFormValues } from "./article-form-values";
import type { ArticleProposals } from "./types";

const SEED_FILE = path.join(process.cwd(), "tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json");
const seed = JSON.parse(readFileSync(SEED_FILE, "utf8")) as { text: string; url: string; publishedAt: string };
const article = ExtractInputSchema.parse({ text: seed.text, url: seed.url, publishedAt: seed.publishedAt });
const proposals = extractArticle(article);
const HEADLINE = "Pakistan defence minister says terrorism mostly conducted from Afghanistan after attack kills seven soldiers";

function review(p: ArticleProposals = proposals) {
  return { fields: reviewFieldsFromProposals(p), claims: reviewClaimsFromProposals(p) };
}

const clear = (fields: ReviewField[], ...names: string[]) => fields.map((f) => (names.includes(f.name) ? { ...f, use: false } : f));
const edit = (fields: ReviewField[], name: string, value: string) => fields.map((f) => (f.name === name ? { ...f, value } : f));

describe("articleFormValues on the seed article", () => {
  it("fills the form with every accepted proposal, the article as the source and the claims cited to it", () => {
    const { fields, claims } = review();
    expect(articleFormValues(article, fields, claims)).toEqual({
      status: "draft",
      title: HEADLINE,
      datePrecision: "day",
      eventDate: "2024-03-16",
      location: "Mir Ali",
      district: "North Waziristan",
      province: "Khyber Pakhtunkhwa",
      countryIso3: "PAK",
      latitude: "32.97",
      longitude: "70.27",
      geoPrecision: "town",
      "killed.total": "7",
      "killed.securityForces": "7",
      eventType: "Explosions/Remote violence",
      subEventType: "Suicide bomb",
      attackType: "Bombing/Explosion",
      weaponType: "Explosives",
      suicide: "yes",
      "sources.0.url": "https://www.arabnews.pk/node/2478126/pakistan",
      "sources.0.outlet": "Arab News Pakistan",
      "sources.0.headline": HEADLINE,
      "sources.0.publishedAt": "2024-03-17",
      "sources.0.language": "en",
      "sources.0.archivedText": seed.text,
      "claims.0.kind": "origin",
      "claims.0.claimantName": "Defence Minister Khawaja Muhammad Asif",
      "claims.0.claimantRole": "",
      "claims.0.subject": "Afghanistan",
      "claims.0.statement": proposals.claims[0]!.evidence,
      "claims.0.madeOn": "",
      "claims.0.sourceUrl": "https://www.arabnews.pk/node/2478126/pakistan",
      "claims.1.kind": "denial",
      "claims.1.claimantName": "Kabul",
      "claims.1.claimantRole": "",
      "claims.1.subject": "Afghanistan",
      "claims.1.statement": proposals.claims[1]!.evidence,
      "claims.1.madeOn": "",
      "claims.1.sourceUrl": "https://www.arabnews.pk/node/2478126/pakistan",
    });
  });

  it("gives values the incident schema accepts, keeping the article text as the source's archived copy", () => {
    const { fields, claims } = review();
    const parsed = IncidentInputSchema.safeParse(incidentFromFormValues(articleFormValues(article, fields, claims)));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.sources[0]!.archivedText).toBe(seed.text);
    expect(parsed.data!.claims).toHaveLength(2);
  });

  it("keeps the archived text's line breaks as pasted after a form submission turned them into CRLF", () => {
    const { fields, claims } = review();
    const values = articleFormValues(article, fields, claims);
    const submitted = { ...values, "sources.0.archivedText": seed.text.replace(/\n/g, "\r\n") };
    expect(incidentFromFormValues(submitted).sources?.[0]?.archivedText).toBe(seed.text);
  });

  it("leaves cleared proposals out and takes edited ones as typed", () => {
    const { fields, claims } = review();
    const changed = edit(clear(fields, "location", "killed.securityForces", "sources.0.headline"), "killed.total", " 8 ");
    const values = articleFormValues(
      article,
      changed,
      claims.map((c, i) => ({ ...c, use: i === 1 })),
    );
    expect(values.location).toBeUndefined();
    expect(values["killed.securityForces"]).toBeUndefined();
    expect(values["killed.total"]).toBe("8");
    expect(values.geoPrecision).toBe("district");
    expect(values.title).toBe("");
    expect(values["sources.0.headline"]).toBe("");
    expect(values["claims.0.kind"]).toBe("denial");
    expect(values["claims.1.kind"]).toBeUndefined();
  });

  it("keeps a suicide proposal answered No as not a suicide attack, and Not known as not known", () => {
    const { fields, claims } = review();
    const no = articleFormValues(article, edit(fields, "suicide", "no"), claims);
    expect(no.suicide).toBe("no");
    expect(incidentFromFormValues(no).suicide).toBe(false);
    expect(incidentFromFormValues(articleFormValues(article, edit(fields, "suicide", ""), claims)).suicide).toBeNull();
  });
});

describe("articleFormValues with a perpetrator", () => {
  const perpetrator = {
    value: { name: "Tehreek-e-Taliban Pakistan", certainty: "claimed" as const },
    evidence: "TTP claimed it.",
    start: 0,
    end: 15,
    confidence: 0.8,
  };
  const withPerpetrator = { ...proposals, perpetrator };

  it("adds the perpetrator as an actor with the proposed certainty", () => {
    const { fields, claims } = review(withPerpetrator);
    expect(fields.filter((f) => f.name.startsWith("actors.")).map((f) => [f.name, f.value])).toEqual([
      ["actors.0.name", "Tehreek-e-Taliban Pakistan"],
      ["actors.0.certainty", "claimed"],
    ]);
    const values = articleFormValues(article, fields, claims);
    expect([values["actors.0.name"], values["actors.0.kind"], values["actors.0.role"], values["actors.0.certainty"]]).toEqual([
      "Tehreek-e-Taliban Pakistan",
      "armed_group",
      "perpetrator",
      "claimed",
    ]);
  });

  it("makes a perpetrator whose certainty was cleared alleged, and drops a cleared perpetrator entirely", () => {
    const { fields, claims } = review(withPerpetrator);
    expect(articleFormValues(article, clear(fields, "actors.0.certainty"), claims)["actors.0.certainty"]).toBe("alleged");
    const values = articleFormValues(article, clear(fields, "actors.0.name"), claims);
    expect(Object.keys(values).filter((k) => k.startsWith("actors."))).toEqual([]);
  });
});

describe("articleFormValues without a URL or a date", () => {
  it("keeps the article text and headline in a source row the analyst completes, and claims without a source", () => {
    const bare = ExtractInputSchema.parse({ text: seed.text });
    const p = extractArticle(bare);
    const values = articleFormValues(bare, reviewFieldsFromProposals(p), reviewClaimsFromProposals(p) as ReviewClaim[]);
    expect(values["sources.0.url"]).toBe("");
    expect(values["sources.0.outlet"]).toBe("");
    expect(values["sources.0.publishedAt"]).toBe("");
    expect(values["sources.0.archivedText"]).toBe(seed.text);
    for (const k of Object.keys(values).filter((k) => /^claims\.\d+\.sourceUrl$/.test(k))) expect(values[k]).toBe("");
  });
});
