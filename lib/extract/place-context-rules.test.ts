import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

// Made-up reports in the style of real ones (decision 011, amendment of 2026-12-05, evening).
const read = (text: string) => extractArticle({ text, publishedAt: "2024-05-08" });

describe("place by context", () => {
  it("reads a district whose compass word is in lower case", () => {
    const r = read("Gunmen shot dead two policemen escorting vaccinators in the restive north Waziristan tribal district on Tuesday.");
    expect(r.location?.value).toBe("North Waziristan");
    expect(r.province?.value).toBe("Khyber Pakhtunkhwa");
  });

  it("does not take the city where officials speak for the place of the attack", () => {
    const r = read(
      "Three guards were killed when gunmen attacked a checkpoint in North Waziristan on Tuesday. Health officials in Islamabad said the vaccination drive would go on.",
    );
    expect(r.province?.value).toBe("Khyber Pakhtunkhwa");
  });

  it("treats a city a place lies north of as a landmark", () => {
    const r = read(
      "A car bomb exploded outside a government office north of Kabul on Monday, killing three people in Charikar, the capital of Parwan province.",
    );
    expect(r.province?.value).toBe("Parwan");
  });

  it("reads 'pressure on' a capital as its government", () => {
    const r = read(
      "Militants killed nine tribal guards in Orakzai district on Monday. Washington has kept up pressure on Islamabad to do more against the militants.",
    );
    expect(r.province?.value).toBe("Khyber Pakhtunkhwa");
    expect(r.location?.value).not.toBe("Islamabad");
  });

  it("lets an area the text puts inside a district beat the district's namesake town", () => {
    const r = read("Armed men abducted five road workers from the Gazag tehsil of Kalat district on Wednesday.");
    expect(r.location?.value).toBe("Gazag");
    expect(r.province?.value).toBe("Balochistan");
  });

  it("falls back on the dateline town when the text names only its province", () => {
    const r = read("QUETTA, May 8: A suicide bomber killed twelve policemen at a funeral inside the main police compound of Balochistan on Wednesday.");
    expect(r.location?.value).toBe("Quetta");
    expect(r.province?.value).toBe("Balochistan");
  });
});

describe("running totals", () => {
  it("does not count the year's toll as the attack's", () => {
    const r = read("A roadside bomb killed two farmers in Kandahar on Monday. More than 3,000 people have been killed so far this year in the country.");
    expect(r.killed.total?.value).toBe(2);
  });
});
