import { describe, expect, it } from "vitest";
import { findCasualtyMentions } from "./casualty-mentions";

const brief = (text: string) => findCasualtyMentions(text).map((m) => [m.role, m.count, m.category, m.subset]);

describe("findCasualtyMentions", () => {
  it("ties counts to passive verbs after them", () => {
    expect(brief("At least 10 policemen were martyred and nine others were injured when terrorists attacked.")).toEqual([
      ["killed", 10, "securityForces", false],
      ["injured", 9, "securityForces", false],
    ]);
  });

  it("ties counts to active verbs before them", () => {
    expect(brief("A suicide bomber set off his vehicle, killing at least 23 troops and wounding 32 others.")).toEqual([
      ["killed", 23, "securityForces", false],
      ["injured", 32, "securityForces", false],
    ]);
    expect(brief("A suicide bomber killed five people outside a bank.")).toEqual([["killed", 5, "unknown", false]]);
  });

  it("keeps parts of a count as parts", () => {
    expect(brief("Seven soldiers, including two officers, were killed on Saturday.")).toEqual([
      ["killed", 7, "securityForces", false],
      ["killed", 2, "securityForces", true],
    ]);
  });

  it("shares a verb across a list", () => {
    expect(brief("all 33 terrorists were killed, while 21 passengers and 4 FC personnel lost their lives.")).toEqual([
      ["killed", 33, "militants", false],
      ["killed", 21, "civilians", false],
      ["killed", 4, "securityForces", false],
    ]);
    expect(brief("At least five children, a passerby and a police official were killed.")).toEqual([
      ["killed", 5, "civilians", false],
      ["killed", 1, "civilians", false],
      ["killed", 1, "securityForces", false],
    ]);
  });

  it("reads the euphemisms of military statements", () => {
    expect(brief("all ten terrorists were sent to hell")).toEqual([["killed", 10, "militants", false]]);
    expect(brief("eighteen brave sons of [the] soil, having fought gallantly, made the ultimate sacrifice")).toEqual([["killed", 18, "securityForces", false]]);
  });

  it("ignores counts that are not casualties", () => {
    expect(brief("A group of six terrorists attacked the post.")).toEqual([]);
    expect(brief("Eight workers have been recovered so far, including one who was injured.")).toEqual([]);
    expect(brief("17 workers were kidnapped and 10 vehicles set on fire.")).toEqual([]);
    expect(brief("Sepoy Bahar Khan, 35, and Sepoy Imran Ali, 28, were martyred.")).toEqual([]);
  });

  it("reads bare numbers only next to their verb", () => {
    expect(brief("killed at least 26 people and injured more than 60.")).toEqual([
      ["killed", 26, "unknown", false],
      ["injured", 60, "unknown", false],
    ]);
    expect(brief("one passenger was killed and four were injured")).toEqual([
      ["killed", 1, "civilians", false],
      ["injured", 4, "unknown", false],
    ]);
  });

  it("reads no toll from dead and wounded counted together", () => {
    expect(findCasualtyMentions("26 people were killed or wounded in a suicide attack")).toEqual([]);
    expect(findCasualtyMentions("70 killed, injured in mosque explosion")).toEqual([]);
    expect(findCasualtyMentions("3 people were killed and 23 others were wounded").map((m) => m.role)).toEqual(["killed", "injured"]);
  });

  it("does not take a noun past the verb as the count's own: '26 injured as a passenger bus'", () => {
    const found = findCasualtyMentions("Eight people were killed and 26 injured as a passenger bus came under fire.");
    expect(found.map((m) => [m.role, m.count])).toEqual([
      ["killed", 8],
      ["injured", 26],
    ]);
    expect(findCasualtyMentions("Two wounded policemen died later in hospital.").map((m) => [m.role, m.count, m.category])).toEqual([
      ["killed", 2, "securityForces"],
    ]);
  });

  it("reads the whole count before an 'including' list that runs on after a comma", () => {
    expect(brief("At least five people including the head of the village council, and two policemen were killed in a blast.")).toEqual([
      ["killed", 5, "unknown", false],
      ["killed", 2, "securityForces", true],
    ]);
  });

  it("reads 'the martyrdom of' as a verb of dying", () => {
    expect(brief("The minister mourned the martyrdom of four policemen in the ambush.")).toEqual([["killed", 4, "securityForces", false]]);
  });

  it("leaves out a count right after 'a day after' once the sentence has told its own attack", () => {
    expect(brief("A bomb hit a patrol in the valley on Monday, a day after at least three people were killed in the town.")).toEqual([]);
    expect(brief("The minister spoke a day after seven soldiers lost their lives in an attack.")).toEqual([["killed", 7, "securityForces", false]]);
  });

  it("counts one more wounded when the noun comes before the verb: 'and another person was injured'", () => {
    expect(brief("Two people were killed and another person was injured in the blast.")).toEqual([
      ["killed", 2, "unknown", false],
      ["injured", 1, "unknown", false],
    ]);
  });
});
