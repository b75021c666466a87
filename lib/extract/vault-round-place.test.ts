import { describe, expect, it } from "vitest";
import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";
import { extractArticle } from "./extract-article";
import { buildPlaceIndex } from "./place-index";
import { namedAreas } from "./place-areas";
import { findPlaceMentions, forgetPlaceMentions } from "./place-mentions";
import { kindHint, scoreMention } from "./place-scoring";
import { isReferencePoint } from "./reference-point";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";

// The vault round's place rules (decision 011). The sentences are made up; the places come from
// the tests' small gazetteer and the few added here.

const extra = (name: string, district: string | null, province: string, more: Partial<GazetteerPlace> = {}): GazetteerPlace => ({
  id: `vault-${name}`,
  name,
  asciiName: name,
  altNames: [],
  lat: 33,
  lng: 69,
  featureCode: "PPL",
  population: 1000,
  country: "AFG",
  provinceIso: "AF-X",
  province,
  district,
  ...more,
});

const PLACES: readonly GazetteerPlace[] = [
  ...TEST_PLACES,
  extra("Kabul", "Kabul", "Kabul", { featureCode: "PPLC", population: 3000000 }),
  extra("Zarkan", "Zarkan", "Zabul", { featureCode: "PPLA" }),
  extra("Shahabad", "Shahabad", "Zabul", { featureCode: "PPLA2" }),
  extra("Tarnak", "Tarnak", "Ghazni", { featureCode: "PPLA2" }),
  extra("Jand", "Jand", "Ghazni"),
  // A district the gazetteer knows only through a village in it.
  extra("Kuzkhel", "Dehbala", "Zabul"),
];

const index = buildPlaceIndex(PLACES);
const run = (text: string) => extractArticle({ text }, { places: PLACES });
const sentence = (text: string) => splitSentences(text)[0]!;

describe("a distance written in words", () => {
  it("makes the town measured from a landmark", () => {
    expect(isReferencePoint("The depot lies some eight miles from ")).toBe(true);
    expect(isReferencePoint("a shop a few kilometres north of ")).toBe(true);
  });
});

describe("the town a capital is named to locate", () => {
  it("is a landmark ('near the Afghan capital X')", () => {
    expect(isReferencePoint("at a farm near the Afghan capital ")).toBe(true);
    const text =
      "Six builders were abducted from a farm near the Afghan capital Kabul on Monday. Armed men kidnapped them at a road in Zabul province after their shift.";
    expect(run(text).province?.value).toBe("Zabul");
  });
});

describe("where a vehicle was driving to", () => {
  it("reads as a destination, like where it was going", () => {
    const scoreOf = (text: string) => {
      const s = sentence(text);
      return scoreMention(
        findPlaceMentions(s.text, index).find((m) => m.text === "Kabul")!,
        s,
        { crowded: false, dateline: 0, attackSentence: true },
      );
    };
    expect(scoreOf("A mine hit the truck as it was driving from the hills to Kabul.")).toBe(
      scoreOf("A mine hit the truck as it was going from the hills to Kabul."),
    );
  });

  it("is not the container of the district where the blast hit", () => {
    const text =
      "A mine killed six travellers on a truck on Monday. " +
      "The truck, driving up from Ghazni province to Kabul, struck the mine in the Zarkan district of Zabul province.";
    expect(run(text).province?.value).toBe("Zabul");
  });
});

describe("a one-word name followed by a common second name", () => {
  it("is a person ('Zarkan Mohammad'), not the town", () => {
    forgetPlaceMentions(index);
    const [m] = findPlaceMentions("The dead included a shopkeeper, Zarkan Mohammad.", index);
    expect(m?.personLike).toBe(true);
    expect(findPlaceMentions("The dead included a shopkeeper in Zarkan.", index)[0]?.personLike).toBe(false);
  });
});

describe("an English word's ending", () => {
  it("keeps a capitalised word from being sounded out as a place ('Joined' ~ Jand)", () => {
    forgetPlaceMentions(index);
    expect(findPlaceMentions("Joined", index)).toEqual([]);
    expect(findPlaceMentions("Jaanid", index).map((m) => m.entries[0]?.name)).toEqual(["Jand"]);
  });
});

describe("a dateline in capitals that opens a later paragraph", () => {
  it("stands in for the place when the text names only the province", () => {
    const text = "Builders taken\n\nZARKAN: Armed men kidnapped four road builders in Zabul province on Friday, a guard said.";
    const r = run(text);
    expect(r.location?.value).toBe("Zarkan");
    expect(r.province?.value).toBe("Zabul");
  });
});

describe("an area's container", () => {
  it("is not a district named in the next clause", () => {
    const s = sentence("Three guards died at a post in Tarnak district, while five more died at a fort in Zarkan district.");
    expect(namedAreas(s, index).find((a) => a.name === "Tarnak")).toBeUndefined();
  });
});

describe("an unknown name set off by a comma before its district", () => {
  it("is the place inside that district ('in X, Bajaur Agency')", () => {
    const r = run("A mine blew up a cart in Gorzandi, Bajaur Agency, on Tuesday and killed its two drivers.");
    expect(r.location?.value).toBe("Gorzandi");
    expect(r.district?.value).toBe("Bajaur");
  });
});

describe("an area the text ties to the chosen district", () => {
  it("goes before an area named with no district", () => {
    const text =
      "Villagers said rockets struck fields in Sarkoh area on Friday. " +
      "A day earlier, three guards were wounded in an attack on forts in Bajaur. " +
      "Rockets hit the forts in Dargoh area of Bajaur after midnight.";
    expect(run(text).location?.value).toBe("Dargoh");
  });
});

describe("a mosque named in the attack sentence", () => {
  it("is the place, inside the town after it", () => {
    const r = run("A bomb went off inside Gulzari Mosque in Zarkan city at noon prayers and killed a worshipper.");
    expect(r.location?.value).toBe("Gulzari Mosque");
    expect(r.province?.value).toBe("Zabul");
  });
});

describe("a lede that names no place", () => {
  it("leaves the lede's weight to the next attack sentence", () => {
    const text =
      "KABUL, Afghanistan -- A mine blew up a tractor full of farmers. " +
      "Another bomb hit the men who ran to them. " +
      "Zabul province's governor said six farmers were killed in the two blasts, all in one district: Dehbala. " +
      "Gunmen also attacked a fort in the district of Tarnak at night, the governor said.";
    expect(run(text).location?.value).toBe("Dehbala");
  });
});

describe("'the district of X'", () => {
  it("asks for the district, not its namesake town", () => {
    const s = sentence("Rockets fell on a fort in the district of Shahabad on Friday.");
    const m = findPlaceMentions(s.text, index).find((x) => x.text === "Shahabad")!;
    expect(kindHint(m, s)).toBe("district");
  });
});
