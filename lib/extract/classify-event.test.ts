import { describe, expect, it } from "vitest";
import { classifyEvent } from "./classify-event";
import { splitSentences } from "./sentences";

function classify(text: string, killed = { any: true, forcesInvolved: false }) {
  const sentences = splitSentences(text);
  const c = classifyEvent(
    sentences,
    sentences.map(() => false),
    killed,
  );
  return [c.eventType?.value, c.subEventType?.value, c.attackType?.value, c.weaponType?.value, c.suicide?.value ?? false];
}

describe("classifyEvent", () => {
  it("classifies a vehicle bomb rammed into a post as a suicide bombing", () => {
    expect(classify("Militants rammed an explosives-laden truck into a checkpost, killing seven soldiers.")).toEqual([
      "Explosions/Remote violence",
      "Suicide bomb",
      "Bombing/Explosion",
      "Explosives",
      true,
    ]);
  });

  it("classifies roadside bombs, air strikes and gun attacks", () => {
    expect(classify("An IED struck their vehicle.")[1]).toBe("Remote explosive/landmine/IED");
    expect(classify("Pakistani airstrikes killed eight civilians.")[1]).toBe("Air/drone strike");
    expect(classify("Gunmen opened fire on passengers.")).toEqual(["Violence against civilians", "Attack", "Armed Assault", "Firearms", false]);
    expect(classify("Terrorists attacked the police station and a gunfight followed.", { any: true, forcesInvolved: true })[0]).toBe("Battles");
  });

  it("does not read recovered explosives as a bombing", () => {
    expect(classify("All eight attackers died in the exchange of fire; arms, ammunition and explosives were recovered.")[2]).toBe("Armed Assault");
  });

  it("tells kidnappings, hijackings and assassinations apart", () => {
    expect(classify("Militants kidnapped 17 workers.", { any: false, forcesInvolved: false })[2]).toBe("Hostage Taking (Kidnapping)");
    expect(classify("They stopped the train near Bolan. The attackers held hostages; 21 passengers died.")[2]).toBe("Hijacking");
    expect(classify("Gunmen hijacked a bus.")[2]).toBe("Hijacking");
    expect(classify("Militants took 17 workers hostage.", { any: false, forcesInvolved: false })[2]).toBe("Hostage Taking (Kidnapping)");
    expect(classify("A suicide bomber struck; the primary target of the attack was the cleric.")[2]).toBe("Assassination");
  });

  it("proposes nothing when the article does not say how", () => {
    expect(classify("Terrorists attacked a post; seven soldiers lost their lives.")).toEqual([undefined, undefined, undefined, undefined, false]);
  });
});
