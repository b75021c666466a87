import type { ClaimKind } from "@/lib/taxonomy/claims";
import type { Certainty } from "@/lib/taxonomy/actor-roles";

/**
 * One proposed value with the words it came from: `evidence` is the sentence, and [start, end) are
 * its character offsets in the submitted text so the UI can highlight it. Values derived from the
 * URL rather than the text have null offsets.
 */
export type Proposal<T> = {
  value: T;
  evidence: string;
  start: number | null;
  end: number | null;
  confidence: number;
  /** The next-best readings, best first (at most two), each with its own evidence. */
  alternatives?: Alternative<T>[];
};

export type Alternative<T> = Omit<Proposal<T>, "alternatives">;

/** `lostStop`: a paragraph of the report whose full stop the page lost (see `markLostStops`). */
export type Sentence = { text: string; start: number; end: number; paragraph: number; index: number; lostStop?: boolean };

export type PerpetratorValue = { name: string; certainty: Extract<Certainty, "claimed" | "alleged"> };
export type ClaimValue = { kind: ClaimKind; claimant: string; subject: string };

type Maybe<T> = Proposal<T> | null;

export type KilledProposals = {
  total: Maybe<number>;
  securityForces: Maybe<number>;
  civilians: Maybe<number>;
  militants: Maybe<number>;
};

export type ArticleProposals = {
  outlet: Maybe<string>;
  headline: Maybe<string>;
  eventDate: Maybe<string>;
  location: Maybe<string>;
  district: Maybe<string>;
  province: Maybe<string>;
  /** ISO 3166-1 alpha-3, as in lib/taxonomy/countries ("PAK", "AFG"). */
  country: Maybe<string>;
  latitude: Maybe<number>;
  longitude: Maybe<number>;
  killed: KilledProposals;
  injured: { total: Maybe<number> };
  eventType: Maybe<string>;
  subEventType: Maybe<string>;
  attackType: Maybe<string>;
  weaponType: Maybe<string>;
  suicide: Maybe<boolean>;
  perpetrator: Maybe<PerpetratorValue>;
  claims: Proposal<ClaimValue>[];
};
