/**
 * Folds a place name for matching: no diacritics, lower case, no dots or apostrophes (so "D.I. Khan"
 * and "DI Khan" meet), every other non-alphanumeric run as one space.
 */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’‘ʼʻ`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded name without spaces, so "Miranshah" matches "Miran Shah". */
export function compactPlaceName(name: string): string {
  return normalisePlaceName(name).replace(/ /g, "");
}
