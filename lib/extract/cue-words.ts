/**
 * The words that tie a sentence to the attack, to someone speaking about it, or to some other
 * incident. Kept as data so a missed phrasing is a one-line fix.
 */
export const ATTACK_VERBS =
  /\b(attack(?:ed|s|ing)?|killed|killing|martyred|died|dead|lost (?:their|his|her) li(?:ves|fe)|claimed the li(?:ves|fe)|hurled|lobbed|(?:threw|throwing) (?:an? )?(?:explosive|grenade|bomb|cracker)|embraced (?:martyrdom|shahadat)|shot|gunned down|blast|explosion|exploded|bomb(?:ing|ed|er)?|rammed|stormed|ambush(?:ed)?|struck|hit|targeted|blew|detonated|kidnapped|abducted|hijacked|stopped the train|opened fire|fired|strikes?|airstrikes?|bombarded|wounded|injured|overr[au]n|raided|besieged|shelled|shelling|torched)\b/i;

export const SPEECH_CUES =
  /\b(speaking (?:to (?:the )?(?:media|reporters) )?in|told (?:reporters|the media|a press conference)(?: in)?|press conference in|addressing (?:a|the) [a-z ]+ in|news conference in|said in|remarks in)\s*$/i;

/** A sentence about another incident, or about the past, rather than the one reported. */
export const BACKGROUND_CUES: readonly RegExp[] = [
  /\blast (?:year|month|week)\b/i,
  // "Nearly 5,000 people have been killed this year": a running total, not this attack's toll.
  /\b(?:killed|dead|died|lost their lives)\b[^.;]{0,30}\b(?:so far )?this year\b/i,
  /\bearlier this (?:year|month|week)\b/i,
  // "At the outset of this month, 18 soldiers were martyred …": an earlier span, not this attack.
  /\bat the (?:outset|start|beginning) of (?:this|the) (?:month|week|year)\b/i,
  // "Shrines in other cities have also been targeted in the past": history.
  /\b(?:been|were|was) (?:also )?(?:targeted|attacked|hit|struck) in the past\b/i,
  /\b(?:months|weeks|years) (?:after|before|ago)\b/i,
  /\ba similar (?:attack|one|incident|assault|bombing)\b/i,
  /\b(?:a|one|two|three) days? (?:after|before) (?:a|an)\b/i,
  /\bhas been attacked before\b/i,
  /\bsince (?:the )?[A-Za-z ]*(?:returned|took|seized|came) (?:to )?power\b/i,
  /\b(?:comes?|came) (?:just |only )?(?:a|one|two|three|a few|\w+) (?:days?|weeks?|hours?) (?:after|before)\b/i,
  /\bearlier in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  /\bsince (?:the (?:beginning|start|end) of )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b/i,
  // "Since the beginning of the year, drones have killed …": a running total since a point in time.
  /\bsince the (?:beginning|start) of (?:the|this|last) (?:year|month)\b/i,
  // "about 70 drone strikes have killed more than 200 people": a running total of many attacks.
  /\b\d[\d,]* (?:\w+ )?(?:strikes|attacks|raids|bombings|blasts|incidents) (?:have|had) (?:killed|claimed)\b/i,
  // "the worst attack since January": a comparison with earlier attacks, and their tolls.
  /\b(?:worst|deadliest|biggest|largest|bloodiest)\b[^.]*\bsince\b/i,
  // A running total over many attacks: "killed in over 100 drone strikes".
  /\bkilled in (?:over |more than |at least )?\d[\d,]* (?:\w+ )?(?:strikes|attacks|incidents|blasts|bombings)\b/i,
  // "a bombing campaign that has killed more than 4,000 people": a running total of a campaign or conflict.
  /\b(?:campaign|insurgency|violence|war|conflict|attacks|bombings|strikes|militancy)\b[^.;]{0,20}\b(?:that|which) (?:has|have) (?:killed|claimed)\b/i,
  // "the death toll in three days of fighting": a toll over several days, not this event's.
  /\b(?:toll|killed|dead|deaths)\b[^.;]{0,30}\b(?:in|over|during) (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|several|\d+) (?:days|weeks)\b/i,
  // "killed during the past 12 months", "over the last year": a running total over a long span.
  /\b(?:killed|dead|died|deaths|lives)\b[^.;]{0,90}\b(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours|days|weeks|months|years|year|decade)\b/i,
  // "in the first week of May attacks killed 252", "in the nine months to the end of September": a
  // period's total, not one attack's toll.
  /\bin the (?:first|second|third|fourth|last|past|final) (?:\w+ )?(?:days?|weeks?|months?|half|quarter) of\b/i,
  /\b(?:in|over|during) the (?:\w+ )?(?:days|weeks|months|years) (?:to|until|till|through|ending)\b/i,
  // "over the past week have killed at least 38": the singular spans the rule above leaves out.
  /\b(?:killed|dead|died|deaths|lives)\b[^.;]{0,90}\b(?:in|over|during) the (?:past|last) (?:week|month|fortnight)\b/i,
  /\b(?:in|over|during) the (?:past|last) (?:week|month|fortnight)\b[^.;]{0,60}\b(?:killed|dead|died|deaths|lives)\b/i,
  // "According to UN figures, 313 civilians were killed …": a statistic over many events.
  /\baccording to (?:the )?(?:UN|U\.N\.|United Nations|UNAMA|official|government|ministry|annual|latest) (?:figures|data|statistics|report|tally|count)\b/i,
  // "has claimed over 130 lives since November": a running total since a month.
  /\b(?:killed|claimed|lives|dead|deaths)\b[^.;]{0,40}\bsince (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|last \w+)\b/i,
  // "Read: Militant killed in …": a link to another story inside the page.
  /^(?:read|also read|read also|see also)\s*:/i,
];

/**
 * Opens an account of a different incident: it and the rest of its paragraph are background. At the
 * start of a sentence, "Earlier on Wednesday, …" or "The same day, …" opens another incident, unless
 * someone speaks in it ("Earlier on Friday, a spokesman said …" is about this one); "Also on Friday
 * evening, the city witnessed a blast …" does too, unless its subject speaks at once; so do "Hours later,
 * another bomb exploded …" and "Late Monday, another explosion …" (minutes later, it is the same attack's), and
 * "Two days ago, …".
 */
export const SEPARATE_INCIDENT_CUES =
  /\b(earlier in the day|separately|in a separate (?:incident|operation|attack)|in (?:the|a|an) (?:previous|earlier|last|prior) (?:incident|attack|blast|bombing)|elsewhere|in another (?:incident|operation|attack)|another (?:similar )?incident (?:took place|occurred|was reported)|another similar (?:incident|attack)|in a related development|follow-up|in a similar|(?:is|are|was|were) also (?:attacking|under attack)|later in the day|meanwhile|in the meantime)\b|^(?:earlier,? (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in the (?:morning|afternoon|evening|night))|(?:on )?the same day),(?![^.]*\b(?:said|says|told|stated|according to|confirmed|reported)\b)|^also on (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?,\s+(?!(?:\w+\s+){0,3}(?:said|says|told|confirmed)\b)|^(?:two|three|four|five|six|several|a few|\d+) days ago,|^(?:(?:hours|a day|days|a week) later|(?:late|early|later|earlier)(?: on)? (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?),\s+another (?:\w+ )?(?:bomb|blast|explosion|attack|bombing)\b/i;

/** A page's list of other stories ("Related Articles", "Latest News"): it and all after it are not the report. */
export const PAGE_FURNITURE_HEADING =
  /^(?:related (?:articles?|news|posts|stories|articles?)|read more|also (?:see|read)|latest (?:news|headlines|from)|popular posts|top stories|more shorts|recommended|you may also like)\b/i;

/** A count reported by an unnamed or alternative source ("… put the death toll higher at five"): used only when nothing else gives one. */
export const ALTERNATIVE_SOURCE_CUES =
  /\b(source|sources)\b[^.]*\b(said|told|put)\b|\b(?:put|puts|putting|placed) the (?:death |casualty )?(?:toll|figure|number) (?:even )?(?:higher|lower)\b|\bAFP adds\b|\b(?:offered|gave|giving|offering|with) conflicting (?:numbers|figures|accounts|tolls|counts)\b|\bmuch higher\b|\bcould not be (?:independently )?verified\b|^Earlier,?\s+(?:\w+\s+){0,6}(?:said|told|had said|reported)\b/i;

/** The attackers' own spokesman: his tolls are claims, used only when nothing else gives one. */
export const ATTACKER_SPOKESMAN =
  /\b(?:Taliban|TTP|militants['’]?|insurgents['’]?|group['’]s|Islamic State|ISIS|Daesh|BLA|BLF|Jamaat-ul-Ahrar)\s+spokes(?:man|person|woman)\b|\bspokes(?:man|person|woman) for the (?:Taliban|militants|insurgents|group)\b|\b(?:Taliban|militant|insurgent|jihadist)(?:-(?:allied|linked|run|affiliated))?\s+(?:website|web ?site|media outlet|propaganda)\b/i;

/** Operations after the attack: militants killed there are not the attack's own dead. */
export const FOLLOW_UP_OPERATION = /\b(sanitisation|sanitization|search|combing|follow-up) operation\b/i;

export const NEGATED_CLAIM =
  /\b(no (?:group|one|organi[sz]ation|militant group)\b[^.]*\bclaim|no (?:immediate )?claim|(?:not|yet to be|has not been) (?:yet )?claimed|did not claim)/i;
