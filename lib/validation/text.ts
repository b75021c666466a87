import { z } from "zod";

// A high surrogate without a low one after it, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string holds half of a UTF-16 surrogate pair. JSON can carry one ("\ud800"), but it is not
 * text: it has no UTF-8 form, so the database, the search index and every export would choke on it.
 */
export const hasLoneSurrogate = (value: string) => LONE_SURROGATE.test(value);

export const brokenCharacterMessage = (label: string) => `${label} contains a broken character (half of a UTF-16 surrogate pair): retype or paste it again`;

/**
 * The base of every text field from outside: a string that is well-formed Unicode. Field schemas add
 * trimming and bounds after it (lib/validation/field-schemas.ts).
 */
export const textString = (label: string, params?: { error?: string }) =>
  z.string(params).refine((v) => !hasLoneSurrogate(v), { error: brokenCharacterMessage(label), abort: true });
