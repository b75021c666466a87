const INCIDENT = "(?:incident|attack|blast|explosion|bombing|ambush|air\\s?strike|strike|shooting)";

// "The incident took place late on Friday in X district", "the incident in X province is under
// review": the report saying outright where its incident was ("after the blast in X" may be a caption's or
// another day's).
const TOOK_PLACE = new RegExp(
  `\\b${INCIDENT}\\s+(?:took place|occurred|happened)\\b[^.;"“”]{0,40}?\\b(?:in|at|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$|(?<!\\b(?:after|since|before|following)\\s+)\\bthe\\s+incident\\s+in\\s+(?:the\\s+)?$`,
  "i",
);

// "militants died during the operations in X", "a wider offensive near X", "troops have been fighting
// rebels in X": the site of a campaign around the attack, not the attack itself.
const CAMPAIGN =
  /\b(?:(?:ongoing|continuing|military|security)\s+operations|(?:during|amid|in)\s+(?:the\s+)?operations|offensive|campaign|(?:have|has|had)\s+been\s+fighting)\b[^.;]{0,50}$/i;

/** Whether the words before a name say it is where the report's incident took place. */
export const namedAsIncidentSite = (before: string): boolean => TOOK_PLACE.test(before);

/** Whether the words before a name make it the site of a campaign rather than of the attack. */
export const namedAsCampaignSite = (before: string): boolean => CAMPAIGN.test(before);

const SAYS_SITE = new RegExp(`\\b${INCIDENT}\\s+(?:took place|occurred|happened)\\b`, "i");

/** Whether a sentence says where the incident took place ("The incident took place in X village"). */
export const saysIncidentSite = (text: string): boolean => SAYS_SITE.test(text);
