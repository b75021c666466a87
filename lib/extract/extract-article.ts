import { loadDistricts } from "@/lib/geo/district-data";
import { allPlaces, type GazetteerPlace } from "@/lib/geo/gazetteer";
import { headlineFromText, outletFromUrl } from "@/lib/sources/outlet-from-url";
import { backgroundTail, findBackground } from "./background";
import { classifyEvent } from "./classify-event";
import { extractCasualties } from "./extract-casualties";
import { extractClaims } from "./extract-claims";
import { extractEventDate } from "./extract-date";
import { extractPerpetrator } from "./extract-perpetrator";
import { extractPlace } from "./extract-place";
import { otherProvinceClauses, otherProvinceSentences } from "./other-province";
import { pageDate } from "./page-date";
import { buildPlaceIndex, type PlaceIndex } from "./place-index";
import { forgetPlaceMentions } from "./place-mentions";
import type { ParsedExtractInput } from "./schema";
import { splitSentences } from "./sentences";
import type { ArticleProposals, Proposal } from "./types";

const indexes = new WeakMap<readonly GazetteerPlace[], PlaceIndex>();

function placeIndex(places: readonly GazetteerPlace[]): PlaceIndex {
  let index = indexes.get(places);
  // The bundled gazetteer comes with the district table; a test's own places stand alone.
  if (!index) indexes.set(places, (index = buildPlaceIndex(places, places === allPlaces() ? loadDistricts() : [])));
  return index;
}

function sourceProposals(text: string, url: string | null): Pick<ArticleProposals, "outlet" | "headline"> {
  const outlet = url ? outletFromUrl(url) : null;
  const h = headlineFromText(text);
  return {
    outlet: url && outlet ? { value: outlet, evidence: url, start: null, end: null, confidence: 0.95 } : null,
    headline: h ? { value: h.headline, evidence: h.headline, start: h.start, end: h.end, confidence: 0.6 } : null,
  };
}

/**
 * Turns a news article into a draft incident record: every proposed value with the sentence it
 * came from and how sure the extractor is. Pure: no database, no network. `places` replaces the
 * bundled gazetteer (tests use a small one).
 */
export function extractArticle(
  input: Pick<ParsedExtractInput, "text"> & Partial<Pick<ParsedExtractInput, "url" | "publishedAt">>,
  options: { places?: readonly GazetteerPlace[] } = {},
): ArticleProposals {
  const { text } = input;
  // With no publication date given, the page's own (in its address or dateline) resolves its weekdays.
  const published = input.publishedAt ?? pageDate(input.url, text);
  const sentences = splitSentences(text);
  const eventDate = extractEventDate(sentences, findBackground(sentences, { eventDate: null, published }), published);
  const background = findBackground(sentences, { eventDate: eventDate?.value ?? null, published });
  const index = placeIndex(options.places ?? allPlaces());
  forgetPlaceMentions(index, text);
  const place = extractPlace(sentences, background, index);
  const elsewhere = otherProvinceSentences(sentences, index, place.province?.value ?? null);
  const { killed, injured } = extractCasualties(
    sentences,
    background.map((b, i) => b || elsewhere[i]!),
    otherProvinceClauses(sentences, index, place.province?.value ?? null).map((spans, i) => {
      const tail = backgroundTail(sentences[i]!);
      return tail === null ? spans : [...spans, [tail, sentences[i]!.text.length] as [number, number]];
    }),
  );
  const perpetrator = extractPerpetrator(sentences, background);
  const positive = (p: Proposal<number> | null) => (p?.value ?? 0) > 0;
  const classification = classifyEvent(sentences, background, {
    any: positive(killed.total),
    forcesInvolved: positive(killed.securityForces) || positive(killed.militants),
  });
  return {
    ...sourceProposals(text, input.url ?? null),
    eventDate,
    ...place,
    killed,
    injured,
    ...classification,
    perpetrator,
    claims: extractClaims(sentences, background, text, perpetrator),
  };
}
