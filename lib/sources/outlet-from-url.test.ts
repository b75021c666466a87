import { describe, expect, it } from "vitest";
import { headlineFromText, outletFromUrl } from "./outlet-from-url";

describe("outletFromUrl", () => {
  it.each([
    ["https://www.dawn.com/news/1821887/2-officers", "Dawn"],
    ["https://www.thenews.com.pk/latest/1169247-terrorism", "The News"],
    ["https://www.arabnews.pk/node/2478126/pakistan", "Arab News Pakistan"],
    ["https://tribune.com.pk/story/2576916/x?amp=1", "The Express Tribune"],
    ["https://www.geo.tv/latest/1", "Geo News"],
    ["https://www.reuters.com/world/asia-pacific/x", "Reuters"],
    ["https://www.aljazeera.com/news/2024/3/21/x", "Al Jazeera"],
    ["https://www.bbc.com/news/world-asia-1", "BBC"],
    ["https://apnews.com/article/x", "AP"],
    ["https://www.rferl.org/a/afghanistan/32865938.html", "RFE/RL"],
    ["https://gandhara.rferl.org/a/x.html", "RFE/RL Radio Azadi/Mashaal"],
    ["https://tolonews.com/afghanistan-1", "TOLOnews"],
    ["https://english.aaj.tv/news/330364521", "Aaj News"],
    ["http://m.dawn.com/news/1", "Dawn"],
  ])("%s is %s", (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it("returns null for unknown sites, look-alike domains and bad URLs", () => {
    expect(outletFromUrl("https://example.org/a")).toBeNull();
    expect(outletFromUrl("https://notdawn.com/a")).toBeNull();
    expect(outletFromUrl("not a url")).toBeNull();
  });
});

describe("headlineFromText", () => {
  it("takes the first line with its offsets", () => {
    const text = "\n  Seven soldiers killed in North Waziristan  \n\nISLAMABAD: Seven soldiers were killed.";
    const h = headlineFromText(text)!;
    expect(h.headline).toBe("Seven soldiers killed in North Waziristan");
    expect(text.slice(h.start, h.end)).toBe(h.headline);
  });

  it("does not take a long first paragraph for a headline", () => {
    const para =
      "Seven soldiers were killed on Saturday when militants rammed a truck into a post in Mir Ali, a town in North Waziristan, the army said, adding that all six attackers had also died in the exchange of fire that followed.";
    expect(headlineFromText(para)).toBeNull();
    expect(headlineFromText("")).toBeNull();
  });
});
