import { describe, expect, it } from "vitest";
import { findCasualtyMentions } from "./casualty-mentions";
import { extractArticle } from "./extract-article";

// The rules of the round on the sealed set (decision 011, amendment of 2026-12-07). Every text here is
// made up for the test; the people's and places' names are invented.

const counts = (sentence: string) => findCasualtyMentions(sentence).map((m) => [m.count, m.role]);
const totals = (text: string, publishedAt: string | null = "2024-05-08") => {
  const r = extractArticle({ text, publishedAt });
  return { killed: r.killed.total?.value ?? null, injured: r.injured.total?.value ?? null };
};

describe("who a count counts", () => {
  it("reads a count right after an active verb as what the attacker killed, not the attacker as dead", () => {
    expect(counts("A suicide attacker in a grey coat killed at least 12 in Zorvan, police said.")).toEqual([[12, "killed"]]);
    expect(counts("A bomber killed nine near the gate.")).toEqual([[9, "killed"]]);
  });

  it("reads passives that still report the dead or wounded: confirmed, feared, slightly wounded", () => {
    expect(counts("According to the guards, 10 people have been confirmed dead.")).toEqual([[10, "killed"]]);
    expect(counts("Eight villagers are feared dead.")).toEqual([[8, "killed"]]);
    expect(counts("One guard was slightly wounded in the raid.")).toEqual([[1, "injured"]]);
  });

  it("reads neither toll from a count both killed and injured", () => {
    expect(counts("The blast also killed and injured at least four guards of the elder.")).toEqual([]);
    expect(counts("The blast also injured four guards of the elder.")).toEqual([[4, "injured"]]);
  });

  it("reads a count of deaths as a count of the dead", () => {
    expect(counts("Officials were looking into at least 14 civilian deaths in the valley.")).toEqual([[14, "killed"]]);
    expect(counts("Six deaths were reported from the market.")).toEqual([[6, "killed"]]);
  });

  it("leaves a casualty verb to the vague count beside it, not to the count before", () => {
    expect(counts("The blast in Zorvan claimed the lives of 13 people and left several others injured.")).toEqual([[13, "killed"]]);
    expect(counts("The blast in Zorvan killed five guards and injured many others.")).toEqual([[5, "killed"]]);
    expect(counts("The blast in Zorvan claiming the lives of 13 people was heard far away.")).toEqual([[13, "killed"]]);
  });
});

describe("an account the speaker has replaced", () => {
  it("drops a count the speaker had given earlier", () => {
    expect(
      totals(
        "A bomber killed the guard commander of Zorvan on Friday. Two other guards were wounded, a spokesman said. He had earlier said the two other guards were killed.",
      ),
    ).toEqual({ killed: 1, injured: 2 });
  });
});
