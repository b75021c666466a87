/**
 * The link that shows where an incident's value comes from: its page with that value's reports and
 * quotes opened (`?why=killed.total`) and scrolled to (`#why-killed.total`).
 */
export const whyHref = (incidentId: number, field: string) => `/incidents/${incidentId}?why=${encodeURIComponent(field)}#why-${field}`;

/** The id of the element that holds a value's provenance on the incident page. */
export const whyId = (field: string) => `why-${field}`;
