/** The bulletin's method note, one paragraph a string: the same words in the HTML and the PDF. */
export const METHOD_NOTE: readonly { title: string; text: string }[] = [
  {
    title: "What is counted",
    text: "An incident is one recorded event (ACLED's event types) with its date, place and sources. The bulletin counts the published records whose event date (the first day, for an event over several days) falls in the period and that match the filter; drafts, records in review and records in the trash are left out. Each incident counts once.",
  },
  {
    title: "Killed",
    text: 'Killed is the sum of the incidents\' coded killed totals: security forces, civilians, militants and people not identified, attackers included. An incident whose sources give no toll adds nothing. In the victim chart, "unknown or not split" is each total less its known parts.',
  },
  {
    title: "Disputed figures",
    text: "When sources report different values for the same figure, the incident's figure follows a visible rule: the best value is the report of the most direct originator (official statements and hospitals before named speakers, and those before unnamed sources), the most recent among equals; the lowest and highest reports are kept as the range. An analyst may choose another report or set a value with a reason, shown on the incident's page. \"Incidents with disputed figures\" counts the period's incidents whose sources disagree on any figure.",
  },
  {
    title: "Changes and claims",
    text: "A change compares the period with the same number of whole months (or days) just before it and with the same days a year earlier. Claims and allegations are those recorded on the period's incidents: who claimed responsibility, alleged an origin or denied it, when, and the source that reports it, the latest first.",
  },
];
