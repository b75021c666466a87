const INCIDENT = "(?:incident|attack|blast|explosion|bombing|ambush|air\\s?strike|strike|shooting)";

// "The incident took place on Monday morning in X district", "the incident in X province, which
// occurred Sunday": the report saying outright where its incident was.
const TOOK_PLACE = new RegExp(
  `\\b${INCIDENT}\\s+(?:took place|occurred|happened)\\b[^.;"“”]{0,40}?\\b(?:in|at|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$|\\bthe\\s+${INCIDENT}\\s+in\\s+(?:the\\s+)?$`,
  "i",
);

// "killed during the operations in X", "an offensive in and around the town of X", "have been fighting
// the Taliban in X for weeks": the site of a campaign around the attack, not the attack itself.
const CAMPAIGN =
  /\b(?:(?:ongoing|continuing|military|security)\s+operations|(?:during|amid|in)\s+(?:the\s+)?operations|offensive|campaign|(?:have|has|had)\s+been\s+fighting)\b[^.;]{0,50}$/i;

/** Whether the words before a name say it is where the report's incident took place. */
export const namedAsIncidentSite = (before: string): boolean => TOOK_PLACE.test(before);

/** Whether the words before a name make it the site of a campaign rather than of the attack. */
export const namedAsCampaignSite = (before: string): boolean => CAMPAIGN.test(before);
