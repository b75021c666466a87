import { describe, expect, it } from "vitest";
import { extractPerpetrator } from "./extract-perpetrator";
import { splitSentences } from "./sentences";

function perpetrator(text: string, background: boolean[] = []) {
  const sentences = splitSentences(text);
  return (
    extractPerpetrator(
      sentences,
      sentences.map((_, i) => background[i] ?? false),
    )?.value ?? null
  );
}

describe("extractPerpetrator", () => {
  it("takes the group that claimed the attack, not the one it is said to belong to", () => {
    expect(perpetrator("Tehreek-e-Jihad Pakistan, believed to be an offshoot of the Pakistani Taliban, claimed responsibility for the attack.")).toEqual({
      name: "Tehreek-e-Jihad Pakistan",
      certainty: "claimed",
    });
    expect(perpetrator("The attack was claimed by the separatist Baloch Liberation Army (BLA).")).toEqual({
      name: "Balochistan Liberation Army",
      certainty: "claimed",
    });
  });

  it("prefers a claim over an accusation", () => {
    const text = "The Taliban said the Khawarij had carried out the attack. ISKP has claimed responsibility for the bombing.";
    expect(perpetrator(text)).toEqual({ name: "Islamic State Khorasan Province", certainty: "claimed" });
  });

  it("reads official attributions as alleged", () => {
    expect(perpetrator("The ISPR attributed the attack to the Hafiz Gul Bahadur group.")).toEqual({
      name: "Hafiz Gul Bahadur group",
      certainty: "alleged",
    });
    expect(perpetrator("The IG said the TTP had targeted the assistant commissioner's vehicle.")?.name).toBe("Tehreek-e-Taliban Pakistan");
  });

  it("proposes the state for air strikes", () => {
    expect(perpetrator("Pakistani aircraft bombarded civilian homes in Khost, killing eight.")).toEqual({
      name: "Pakistan Air Force",
      certainty: "alleged",
    });
  });

  it("proposes nobody for denied claims, bare mentions and background", () => {
    expect(perpetrator("No group has claimed responsibility, though the TTP has carried out similar attacks.")).toBeNull();
    expect(perpetrator("Pakistan accuses Kabul of sheltering groups including the TTP.")).toBeNull();
    expect(perpetrator("Five died. In March last year, a blast was claimed by the Islamic State.", [false, true])).toBeNull();
  });
});
