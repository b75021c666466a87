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
    expect(isReferencePoint("It happened only six miles from ")).toBe(true);
    expect(isReferencePoint("It happened a few kilometres from ")).toBe(true);
  });
});

describe("the town a capital is named to locate", () => {
  it("is a landmark ('near the Afghan capital X')", () => {
    expect(isReferencePoint("in a troubled area near the Afghan capital ")).toBe(true);
    const text =
      "Gunmen kidnapped six builders in an area near the Afghan capital Kabul on Monday. The builders were kidnapped at gunpoint in Zabul province as they left work.";
    expect(run(text).province?.value).toBe("Zabul");
  });
});

describe("where a vehicle was driving to", () => {
  it("reads as a destination, like where it was going", () => {
    const scoreOf = (text: string) => {
      const s = sentence(text);
      return scoreMention(findPlaceMentions(s.text, index).find((m) => m.text === "Kabul")!, s, { crowded: false, dateline: 0, attackSentence: true });
    };
    expect(scoreOf("The bus was driving from the north to Kabul when a bomb hit it.")).toBe(scoreOf("The bus was going from the north to Kabul when a bomb hit it."));
  });

  it("is not the container of the district where the blast hit", () => {
    const text =
      "A roadside bomb tore through a bus on Monday, killing six travellers. " +
      "The bus was driving from the northern province of Ghazni to Kabul when the blast hit it in the Zarkan district of Zabul province.";
    expect(run(text).province?.value).toBe("Zabul");
  });
});

describe("a one-word name followed by a common second name", () => {
  it("is a person ('Zarkan Mohammad'), not the town", () => {
    forgetPlaceMentions(index);
    const [m] = findPlaceMentions("The guard chief said Zarkan Mohammad was among the dead.", index);
    expect(m?.personLike).toBe(true);
    expect(findPlaceMentions("The guard chief said Zarkan was quiet.", index)[0]?.personLike).toBe(false);
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
    const text = "Six builders seized\n\nZARKAN: Gunmen kidnapped six builders in Zabul province on Monday, police said.";
    const r = run(text);
    expect(r.location?.value).toBe("Zarkan");
    expect(r.province?.value).toBe("Zabul");
  });
});

describe("an area's container", () => {
  it("is not a district named in the next clause", () => {
    const s = sentence("Seven guards were killed in Tarnak district, while seven others were killed in Zarkan district.");
    expect(namedAreas(s, index).find((a) => a.name === "Tarnak")).toBeUndefined();
  });
});

describe("an unknown name set off by a comma before its district", () => {
  it("is the place inside that district ('in X, Bajaur Agency')", () => {
    const r = run("Two children were killed in a bomb attack in Gorzandi, Bajaur Agency, on Friday morning.");
    expect(r.location?.value).toBe("Gorzandi");
    expect(r.district?.value).toBe("Bajaur");
  });
});

describe("an area the text ties to the chosen district", () => {
  it("goes before an area named with no district", () => {
    const text =
      "Residents said gunmen opened fire in Sarkoh area on Wednesday. " +
      "On Tuesday, four guards were injured in an attack on posts in Bajaur. " +
      "The posts in Dargoh area of Bajaur were fired upon, the guards said.";
    expect(run(text).location?.value).toBe("Dargoh");
  });
});

describe("a mosque named in the attack sentence", () => {
  it("is the place, inside the town after it", () => {
    const r = run("An explosion ripped through Gulzari Mosque in Zarkan city on Friday, killing one worshipper.");
    expect(r.location?.value).toBe("Gulzari Mosque");
    expect(r.province?.value).toBe("Zabul");
  });
});

describe("a lede that names no place", () => {
  it("leaves the lede's weight to the next attack sentence", () => {
    const text =
      "KABUL, Afghanistan -- A roadside bomb tore through a minivan packed with farmers. " +
      "A second bomb hit those who came to help. " +
      "Officials in Zabul province said nine farmers were killed in three blasts on Sunday in a single district: Dehbala. " +
      "Gunmen also stormed a police post in the district of Tarnak just after dawn, the governor's office said.";
    expect(run(text).location?.value).toBe("Dehbala");
  });
});

describe("'the district of X'", () => {
  it("asks for the district, not its namesake town", () => {
    const s = sentence("Gunmen stormed a police post in the district of Shahabad on Sunday.");
    const m = findPlaceMentions(s.text, index).find((x) => x.text === "Shahabad")!;
    expect(kindHint(m, s)).toBe("district");
  });
});
