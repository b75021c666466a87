import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { fullName, speakerNear, speakerOf } from "./speakers";

const one = (text: string, whole = text) => speakerOf(splitSentences(text)[0]!, whole);

describe("speakerOf", () => {
  it("finds the speaker before the speech verb, without the country's possessive", () => {
    expect(one("ISLAMABAD: Pakistan's Defence Minister Khawaja Muhammad Asif said on Sunday that it came from abroad.")).toBe(
      "Defence Minister Khawaja Muhammad Asif",
    );
  });

  it("finds the speaker after 'said'", () => {
    expect(one("It was an attack, said Zabihullah Mujahid, the spokesman.")).toBe("Zabihullah Mujahid");
  });

  it("expands a surname or an acronym from elsewhere in the article", () => {
    const text = "Defence Minister Khawaja Muhammad Asif spoke. The Inter-Services Public Relations (ISPR) issued a note.";
    expect(fullName("Asif", text)).toBe("Defence Minister Khawaja Muhammad Asif");
    expect(fullName("ISPR", text)).toBe("Inter-Services Public Relations (ISPR)");
    expect(fullName("Naqvi", text)).toBe("Naqvi");
  });

  it("reads 'the military said' as the ISPR when the article names it", () => {
    expect(one("Nine died, the military said.", "Nine died, the military said. ISPR is the media wing.")).toBe("ISPR");
    expect(one("He said it came from abroad.")).toBeNull();
  });
});

describe("speakerNear", () => {
  it("attributes a quote to the speaker named in the next sentence", () => {
    const text = '"It comes from Afghanistan." Asif told reporters in Sialkot.';
    expect(speakerNear(splitSentences(text), 0, text)).toBe("Asif");
  });
});
